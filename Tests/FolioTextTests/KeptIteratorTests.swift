import Dispatch
import Foundation
import Testing
@testable import FolioText

/// Each thread keeps the ICU break iterators it opened and sets the next paragraph's text on them (CLineBreak):
/// the breaks must be those of an iterator opened for that paragraph alone, whatever the thread broke before —
/// a longer or shorter text, word breaks between line breaks — and on many threads at once.
@Suite struct KeptIteratorTests {
    /// Texts of different lengths and kinds: Han with marks, Latin and figures, a hard line break, one character.
    static let texts = [
        "2020年全镇实现地区生产总值(GDP)668.10亿元，比上年增长8.5%。",
        "要牢固树立“四个意识”、坚定“四个自信”、做到“两个维护”。",
        "Folio 2020 年 GDP 增长 8.5%，CPI 上涨 2.1%（同比），R&D 投入 1,234.56 万元。",
        "第一行\n第二行",
        "镇",
        "全面推进乡村振兴，加快农业农村现代化，持续改善农村人居环境整治，规划（2021—2025年）。",
    ]
    /// Titles for the word iterator (ICU's dictionary segmentation), called between the line breaks.
    static let titles = ["XX镇2021年度全面推进乡村振兴工作总结", "关于进一步加强农村人居环境整治的实施意见"]

    /// The breaks of `text` as the engine finds them (ICU's, tailored).
    static func lineBreaks(_ engine: TextEngine, _ text: String) throws -> [Bool] {
        try BreakOpportunities.find(try UnitStoreTests.store(engine, text))
    }

    /// `work` run on a thread of its own, which has opened no iterator before.
    static func onFreshThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) throws -> T {
        let box = ResultCell<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.result = Result { try work() }
            done.signal()
        }
        thread.start()
        done.wait()
        return try #require(box.result).get()
    }

    /// One thread breaks the texts in several orders, word breaks between: each as a fresh iterator breaks it.
    @Test func reusedIteratorsBreakAsFreshOnes() throws {
        let engine = try #require(Fixture.engine)
        var fresh: [[Bool]] = []
        for text in Self.texts { fresh.append(try Self.onFreshThread { try Self.lineBreaks(engine, text) }) }
        var freshWords: [[Int]] = []
        for title in Self.titles { freshWords.append(try Self.onFreshThread { try WordBreaks.boundaries(in: title) }) }
        #expect(fresh.contains { $0.contains(true) })
        // One thread, the texts in several orders (long after short, short after long), word breaks between.
        let orders = [Array(Self.texts.indices), Self.texts.indices.reversed(), [5, 4, 0, 3, 1, 2, 4, 5, 0]]
        for order in orders {
            for (n, i) in order.enumerated() {
                #expect(try Self.lineBreaks(engine, Self.texts[i]) == fresh[i], "text \(i) after \(order.prefix(n))")
                let t = n % Self.titles.count
                #expect(try WordBreaks.boundaries(in: Self.titles[t]) == freshWords[t])
            }
        }
    }

    /// 64 iterations on the pool's threads at once, line and word breaks: each as a fresh iterator breaks it.
    @Test func concurrentBreaksMatchFreshOnes() throws {
        let engine = try #require(Fixture.engine)
        let fresh = try Self.texts.map { text in try Self.onFreshThread { try Self.lineBreaks(engine, text) } }
        let freshWords = try Self.titles.map { title in
            try Self.onFreshThread { try WordBreaks.boundaries(in: title) }
        }
        let results = ResultList(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { k in
            let (i, t) = (k % Self.texts.count, k % Self.titles.count)
            do {
                let same =
                    try Self.lineBreaks(engine, Self.texts[i]) == fresh[i]
                    && WordBreaks.boundaries(in: Self.titles[t]) == freshWords[t]
                results.set(k, same ? nil : "iteration \(k): text \(i) or title \(t) broke differently")
            } catch {
                results.set(k, "iteration \(k): \(error)")
            }
        }
        #expect(results.problems.isEmpty, "\(results.problems)")
    }
}

/// A value one thread sets and another reads after a semaphore orders the two.
private final class ResultCell<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}

/// What concurrent iterations found, each in its own slot, under a lock: nil for no problem.
private final class ResultList: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [String?]
    private var filled: [Bool]
    /// `count` empty slots.
    init(count: Int) { (slots, filled) = (Array(repeating: nil, count: count), Array(repeating: false, count: count)) }
    /// Records iteration `i`'s problem (nil: none).
    func set(_ i: Int, _ problem: String?) { lock.withLock { (slots[i], filled[i]) = (problem, true) } }
    /// The problems, and an entry for each iteration that recorded nothing.
    var problems: [String] {
        lock.withLock {
            slots.compactMap { $0 } + filled.indices.filter { !filled[$0] }.map { "iteration \($0) did not run" }
        }
    }
}
