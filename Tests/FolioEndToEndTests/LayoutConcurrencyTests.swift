import Foundation
import FolioTestSupport
import Testing
import FolioDisplay
import FolioLayout
@testable import Folio

/// Blocks composed concurrently (`LayoutEngine.concurrentBlocks`) give the same pages and the same bytes
/// as blocks composed one after another, whatever the window width.
@Suite("Concurrent layout") struct LayoutConcurrencyTests {
    static let datasets = [
        "Assets/reports/xx-town-2016-2020.yaml", "Assets/reports/sample-county-2016-2020.yaml",
        "Tests/FolioLayoutTests/Fixtures/stress.yaml",
    ]

    /// Every page of `dataset` laid out with `width` blocks at a time.
    static func pages(_ dataset: String, width: Int, theme: String? = nil) throws -> [Page] {
        let report = try Pipeline.load(dataset: Checkout.url(dataset), theme: theme)
        var layout = LayoutEngine(theme: report.theme, text: try Pipeline.textEngine(for: report.theme))
        layout.concurrentBlocks = width
        var pages: [Page] = []
        try layout.layout(report.document) { pages.append($0) }
        return pages
    }

    @Test("the same pages for every width", arguments: datasets)
    func samePages(dataset: String) throws {
        let serial = try Self.pages(dataset, width: 1)
        #expect(serial.count > 0)
        for width in [2, 7, 32] {
            let concurrent = try Self.pages(dataset, width: width)
            #expect(concurrent == serial, "width \(width)")
        }
        #expect(try Self.pages(dataset, width: 32, theme: "report") == Self.pages(dataset, width: 1, theme: "report"))
    }

    @Test("the same bytes, serial or concurrent, with or without drawing alongside")
    func sameBytes() throws {
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [Data] = []
        for (parallel, width) in [(false, 1), (false, 32), (true, 32), (true, 1)] {
            let url = folder.appendingPathComponent("\(parallel)-\(width).pdf")
            var options = BuildOptions()
            options.parallel = parallel
            options.concurrentBlocks = width
            _ = try Pipeline.build(dataset: Checkout.bundledReport, output: url, options: options)
            outputs.append(try Data(contentsOf: url))
        }
        #expect(!outputs[0].isEmpty)
        #expect(outputs.allSatisfy { $0 == outputs[0] })
    }

    @Test("an error from the page consumer stops concurrent layout at once")
    func errorsSurface() throws {
        let report = try Pipeline.load(dataset: Checkout.bundledReport)
        var layout = LayoutEngine(theme: report.theme, text: try Pipeline.textEngine(for: report.theme))
        layout.concurrentBlocks = 8
        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) {
            try layout.layout(report.document) { _ in
                seen += 1; if seen == 3 { throw Stop() }
            }
        }
        #expect(seen == 3)
    }
}
