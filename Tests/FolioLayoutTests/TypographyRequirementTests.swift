import Testing
import FolioDisplay
import FolioLayout
@testable import FolioText

/// The measurable requirements of docs/typography.md (R1–R22), each checked on the display list of
/// the bundled report and of the stress text.
@Suite("Typography requirements (docs/typography.md)")
struct TypographyRequirementTests {
    @Test("R3: 16 pt body on the 28-cell grid; pure-Han lines hold 28; indent 2 cells", arguments: Doc.allCases)
    func r3Grid(doc: Doc) throws {
        let (lines, m) = try doc.bodyLines()
        let left = m.typeArea.minX, indent = m.typeArea.minX + m.charPitch * 2
        #expect(abs(m.charPitch.value - 15.793) < 0.05)
        var pureHan = 0
        for (i, line) in lines.enumerated() {
            let starts = [left, indent].contains { abs(($0 - line.minX).value) < 0.01 }
            #expect(starts, "line starts at \(line.minX): \(line.text)")
            // Han characters never come closer than one cell: the grid holds under compression and squeeze.
            for (a, b) in zip(line.chars, line.chars.dropFirst()) where a.isHan && b.isHan {
                #expect(b.x - a.x >= m.charPitch - 0.05, "\(a.text)\(b.text) closer than a cell: \(line.text)")
            }
            let continued = lines[safe: i + 1].map { abs(($0.minX - left).value) < 0.01 } ?? false
            guard continued, abs((line.minX - left).value) < 0.01, line.chars.allSatisfy(\.isHan) else { continue }
            pureHan += 1
            #expect(line.chars.count == 28, "\(line.chars.count) characters: \(line.text)")
            for (a, b) in zip(line.chars, line.chars.dropFirst()) {
                #expect(abs((b.x - a.x - m.charPitch).value) < 0.05, "pitch \(b.x - a.x): \(line.text)")
            }
        }
        if doc == .stress { #expect(pureHan >= 3) }
    }

    @Test("R4: 22 lines a page on a constant baseline pitch", arguments: Doc.allCases)
    func r4Lines(doc: Doc) throws {
        let (pages, m) = try doc.laidOut()
        #expect(abs(m.linePitch.value - 28.95) < 0.001 && m.linesPerPage == 22)
        var fullPages = 0
        for page in pages {
            let lines = SetLine.lines(of: page, metrics: m)
            var slots = Set<Int>()
            for line in lines {
                let k = (line.baseline - m.cellTop(0) - m.baselineInCell(size: m.bodySize)) / m.linePitch
                #expect(abs(k - k.rounded()) < 0.001, "page \(page.index + 1): off-grid baseline \(line.baseline)")
                #expect(k.rounded() >= 0 && k.rounded() < 22, "page \(page.index + 1): line \(k) outside the 22")
                slots.insert(Int(k.rounded()))
            }
            if slots.count == 22 { fullPages += 1 }
        }
        if doc == .bundled { #expect(fullPages >= 5, "only \(fullPages) pages hold 22 body lines") }
    }

    @Test(
        "R5: every non-final line justified to the right edge; none wider than the type area", arguments: Doc.allCases)
    func r5Justified(doc: Doc) throws {
        let (lines, m) = try doc.bodyLines()
        var checked = 0
        for (line, next) in zip(lines, lines.dropFirst()) where abs((next.minX - m.typeArea.minX).value) < 0.01 {
            checked += 1
            #expect(abs((line.maxX - m.typeArea.maxX).value) <= 1, "ends at \(line.maxX): \(line.text)")
        }
        for line in lines {
            #expect(line.minX >= m.typeArea.minX - 0.01 && line.maxX <= m.typeArea.maxX + 0.1, "overfull: \(line.text)")
        }
        #expect(checked > (doc == .bundled ? 150 : 15))
    }

    @Test("R11: page numbers — 14 pt, 1-em dashes, 7 mm below, outer side one character in", arguments: Doc.allCases)
    func r11PageNumbers(doc: Doc) throws {
        let (pages, m) = try doc.laidOut()
        for page in pages {
            let folio = page.frame.items.compactMap { item -> (GlyphRun, Point)? in
                guard case .text(let run, let at) = item, at.y > m.typeArea.maxY else { return nil }
                return (run, at)
            }
            let chars = folio.flatMap { SetLine.chars(of: $0.0, at: $0.1) }
            let number = page.index + 1
            #expect(chars.map(\.text).joined() == "— \(number) —")
            guard let run = folio.first?.0, let at = folio.first?.1, let first = chars.first, let last = chars.last
            else { continue }
            #expect(run.size == 14)
            #expect(abs(first.advance.value - 14) < 0.01 && abs(last.advance.value - 14) < 0.01, "dash not 1 em")
            for d in chars where CharClass.isDigit(d.scalar) {
                #expect(d.advance.value <= 0.6 * 14, "digit not half-width")
            }
            // The dash's centre line, 0.38 em above the baseline in CJK faces, is 7 mm below the type area.
            let centre = at.y - run.size * 0.38
            #expect(abs(centre.value - 762.52) < 2.8, "dash line at \(centre)")
            if number % 2 == 1 {
                #expect(abs((last.end - (m.typeArea.maxX - 16)).value) < 0.1, "odd page ends at \(last.end)")
            } else {
                #expect(abs((first.x - (m.typeArea.minX + 16)).value) < 0.1, "even page starts at \(first.x)")
            }
        }
    }

    @Test("R13: no forbidden mark at a line start or end; —— and …… whole and 2 em", arguments: Doc.allCases)
    func r13Kinsoku(doc: Doc) throws {
        let (lines, m) = try doc.bodyLines()
        var longs = 0
        for line in lines {
            guard let first = line.chars.first, let last = line.chars.last else { continue }
            #expect(!CharClass.notAtLineStart.contains(first.scalar.value), "starts with \(first.text): \(line.text)")
            #expect(!CharClass.notAtLineEnd.contains(last.scalar.value), "ends with \(last.text): \(line.text)")
            var k = 0
            while k < line.chars.count {
                let c = line.chars[k]
                guard CharClass.isLong(c.scalar) else { k += 1; continue }
                let pair = line.chars[safe: k + 1]
                #expect(pair?.text == c.text, "\(c.text) split or single: \(line.text)")
                if let pair {
                    longs += 1
                    #expect(
                        abs((c.advance + pair.advance - m.charPitch * 2).value) < 0.32, "\(c.text)\(pair.text) not 2 em"
                    )
                    #expect(abs((pair.x - c.x - c.advance).value) < 0.01, "space inside \(c.text)\(pair.text)")
                }
                k += 2
            }
        }
        #expect(longs >= (doc == .stress ? 3 : 0))
    }

    @Test(
        "R15: adjacent marks take 1.5 em, a heading number's marks 2 em, isolated marks 1 em (½ em only as a last resort)",
        arguments: Doc.allCases)
    func r15Compression(doc: Doc) throws {
        let (lines, m) = try doc.bodyLines()
        let tolerance = 0.02 * 16.0
        var pairs = 0, numbers = 0
        for line in lines {
            let s = line.spread(pitch: m.charPitch), c = line.chars
            for k in c.indices {
                guard c[k].isMark, let next = c[safe: k + 1] else { continue }
                let before = k > 0 && c[k - 1].isMark
                if next.isMark {
                    guard !before, let after = c[safe: k + 2], !after.isMark else { continue }
                    let width = after.x - c[k].x - s * 2
                    if Self.endsHeadingNumber(c[...k]) {
                        // GB/T 9704 §7.3.3: a heading number keeps its marks' full width ("二、“十三五”").
                        numbers += 1
                        #expect(abs(width.value - 2 * m.charPitch.value) < tolerance, "number \(width): \(line.text)")
                        continue
                    }
                    pairs += 1
                    #expect(abs(width.value - 1.5 * m.charPitch.value) < tolerance, "pair \(width): \(line.text)")
                } else if !before {
                    let width = next.x - c[k].x - s - hanLatinGap(c[k], next, m)
                    let full = abs((width - m.charPitch).value) < tolerance
                    let squeezed = width.value >= m.charPitch.value * 0.5 - tolerance && s.value < 0.01
                    #expect(full || squeezed, "mark \(c[k].text) takes \(width): \(line.text)")
                }
            }
        }
        #expect(pairs >= (doc == .stress ? 4 : 20))
        #expect(numbers >= (doc == .stress ? 0 : 1))
    }

    /// Whether `chars`, from a line's start, are a heading number and nothing else: 一、 （二） 3. （4）.
    static func endsHeadingNumber(_ chars: ArraySlice<SetChar>) -> Bool {
        let text = chars.map(\.text).joined()
        return text.wholeMatch(of: /[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+[.．]|（[0-9]+）/) != nil
    }

    /// No Han–Latin gap follows a mark; kept as a function so R15 states what it subtracts.
    private func hanLatinGap(_ a: SetChar, _ b: SetChar, _ m: PageMetrics) -> Pt { .zero }

    @Test(
        "R16: Han–Latin gap ¼ em (⅛…½ em when justifying), none at edges or by punctuation, no source space",
        arguments: Doc.allCases)
    func r16HanLatin(doc: Doc) throws {
        let (lines, m) = try doc.bodyLines()
        var gaps = 0
        for line in lines {
            let s = line.spread(pitch: m.charPitch)
            #expect(!line.text.contains(" "), "a source space survived: \(line.text)")
            for (a, b) in zip(line.chars, line.chars.dropFirst()) {
                let gap = b.x - a.end - s
                if (a.isHan && b.isLatin) || (a.isLatin && b.isHan) {
                    gaps += 1
                    #expect(
                        gap.value >= 2 - 0.01 && gap.value <= 8 + 0.01, "gap \(gap) in \(a.text)\(b.text): \(line.text)"
                    )
                } else if (a.isMark && b.isLatin) || (a.isLatin && b.isMark) {
                    #expect(gap.value <= 0.01, "gap \(gap) by punctuation in \(a.text)\(b.text): \(line.text)")
                }
            }
        }
        #expect(gaps >= 10)
    }

    @Test("R18: no paragraph ends on a line of one character (plus punctuation)", arguments: Doc.allCases)
    func r18LastLine(doc: Doc) throws {
        let (lines, m) = try doc.bodyLines()
        for (i, line) in lines.enumerated() {
            let next = lines[safe: i + 1]
            let final = next.map { abs(($0.minX - m.typeArea.minX).value) > 0.01 } ?? true
            let isParagraphStart = abs(line.minX.value - (m.typeArea.minX + m.charPitch * 2).value) < 0.01
            guard final, !isParagraphStart else { continue }
            let letters = line.chars.filter { !$0.isMark && !CharClass.notAtLineStart.contains($0.scalar.value) }
            #expect(letters.count >= 2, "last line \(line.text)")
        }
    }

    @Test(
        "R19: headings keep two lines of what follows; no single paragraph line alone at a page top or foot",
        arguments: Doc.allCases)
    func r19PageFlow(doc: Doc) throws {
        let (pages, m) = try doc.laidOut()
        let (all, _) = try doc.bodyLines()
        let left = m.typeArea.minX
        for page in pages {
            let lines = all.filter { $0.page == page.index }
            for entry in page.outline {
                let baseline = entry.y + m.baselineInCell(size: m.bodySize)
                let after = lines.filter { $0.baseline > baseline + 0.01 }.count
                #expect(after >= 2, "heading \(entry.title) has \(after) lines after it on page \(page.index + 1)")
            }
            guard let top = lines.first, let foot = lines.last else { continue }
            let isContinuation = { (l: SetLine) in abs((l.minX - left).value) < 0.01 }
            if isContinuation(top),
                let i = all.firstIndex(where: { $0.page == top.page && $0.baseline == top.baseline })
            {
                let endsParagraph = all[safe: i + 1].map { !isContinuation($0) } ?? true
                #expect(!endsParagraph, "widow at the top of page \(page.index + 1): \(top.text)")
            }
            if !isContinuation(foot), let next = all.first(where: { $0.page == page.index + 1 }) {
                #expect(!isContinuation(next), "orphan at the foot of page \(page.index + 1): \(foot.text)")
            }
        }
    }
}

extension Array {
    /// The element at `index`, or nil when out of range.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
