import Dispatch
import Foundation
import Folio

extension Build {
    /// `folio build A.yaml B.yaml …`: every dataset built in this one process into `-o FOLDER` (default output/), as
    /// `<dataset name>.pdf`, two at a time (one per core, each laid out and drawn on its own thread): fontconfig's
    /// set-up, the check lists and the loaded program are shared instead of paid once per report
    /// (docs/scaling.md). Each report is checked and refused on its own as a single build would be; one line per
    /// report says what happened, and the run fails (the first failure's status) when any report failed.
    func runBatch(_ datasets: [String], options base: BuildOptions) throws {
        guard format == .pdf else { throw UsageError(message: Lang.text("cli.batch.pdf-only")) }
        guard !StandardOutput.isRequested(output), !datasets.contains("-") else {
            throw UsageError(message: Lang.text("cli.batch.no-streams"))
        }
        let folder = URL(fileURLWithPath: output ?? "output")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let names = datasets.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
        if let repeated = Dictionary(grouping: names, by: { $0 }).first(where: { $0.value.count > 1 })?.key {
            throw UsageError(message: Lang.text("cli.batch.same-name", ["name": "\(repeated)"]))
        }
        var serial = base
        serial.parallel = false   // one report per core instead of one report on both
        let options = serial
        let results = BatchResults(count: datasets.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, datasets.count))
        let next = BatchCounter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let i = next.take(below: datasets.count) {
                let out = folder.appendingPathComponent(names[i] + ".pdf")
                results.set(i, Result { try buildOne(URL(fileURLWithPath: datasets[i]), to: out, options: options) })
            }
        }
        var firstFailure: Error?
        for (i, result) in results.all.enumerated() {
            switch result {
            case .success(let line): Console.out(line)
            case .failure(let error):
                note(Lang.text("cli.batch.not-built", ["dataset": "\(datasets[i])"]))
                firstFailure = firstFailure ?? error
                _ = FolioCommand.exitStatus(for: error)
            case nil: break
            }
        }
        if let firstFailure { throw BatchFailure(status: FolioCommand.exitStatus(forQuiet: firstFailure)) }
    }

    /// Builds one report of a batch as `run()` builds a single one; returns its "wrote" line.
    private func buildOne(_ dataset: URL, to out: URL, options: BuildOptions) throws -> String {
        try checkDestination(out)
        let (loaded, findings) = try Pipeline.loadForBuild(
            dataset: dataset, theme: input.theme, gate: BuildGate(requireFilled: !draft, check: !force),
            options: options)
        for w in findings { note(w.text(Lang.current)) }
        let result = try Pipeline.build(consume loaded, output: out, options: options)
        for w in result.warnings { note(w.text(Lang.current)) }
        for n in result.notices { note("\(dataset.relativePath): \(n.text(Lang.current))") }
        return Lang.text(
            "cli.wrote-path-page-count", ["path": "\(result.output.path)", "page-count": "\(result.pageCount)"])
    }
}

/// A batch's outcome per dataset, written from the workers.
private final class BatchResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<String, Error>?]
    init(count: Int) { results = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ result: Result<String, Error>) { lock.withLock { results[i] = result } }
    var all: [Result<String, Error>?] { lock.withLock { results } }
}

/// The next dataset of a batch to build.
private final class BatchCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    /// The next index below `limit`, or nil when all are taken.
    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}

/// A batch in which some report failed (each failure already printed): exits with the first one's status.
struct BatchFailure: Error {
    /// The exit status.
    var status: Int32
}
