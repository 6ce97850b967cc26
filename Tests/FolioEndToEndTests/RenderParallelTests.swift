import Foundation
import FolioTestSupport
import Testing
import FolioDisplay
@testable import Folio

/// Layout on a second thread while pages are drawn must not change a byte, and failures on
/// either side must stop both sides.
@Suite struct RenderParallelTests {
    @Test func parallelBuildIsByteIdenticalToSerial() throws {
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let serial = folder.appendingPathComponent("serial.pdf"),
            parallel = folder.appendingPathComponent("parallel.pdf")
        var options = BuildOptions()
        options.parallel = false
        let a = try Pipeline.build(dataset: Checkout.bundledReport, output: serial, options: options)
        options.parallel = true
        let b = try Pipeline.build(dataset: Checkout.bundledReport, output: parallel, options: options)
        #expect(a.pageCount == b.pageCount)
        #expect(a.pageCount > 1)
        let bytes = try Data(contentsOf: serial)
        #expect(!bytes.isEmpty)
        #expect(bytes == (try Data(contentsOf: parallel)))
    }

    @Test func handoffKeepsOrderAndBoundsTheQueue() throws {
        let handoff = PageHandoff(capacity: 2)
        let producer = Thread {
            for i in 0..<50 { try? handoff.put(Self.page(i)) }
            handoff.finish(error: nil)
        }
        producer.start()
        var seen: [Int] = []
        while let page = try handoff.take() { seen.append(page.index) }
        #expect(seen == Array(0..<50))
    }

    @Test func layoutErrorReachesTheWriter() throws {
        struct Boom: Error {}
        let handoff = PageHandoff()
        let producer = Thread {
            try? handoff.put(Self.page(0))
            handoff.finish(error: Boom())
        }
        producer.start()
        #expect(try handoff.take()?.index == 0)
        #expect(throws: Boom.self) { try handoff.take() }
    }

    @Test func stoppedWriterStopsLayout() throws {
        let handoff = PageHandoff(capacity: 1)
        let stopped = ResultBox<Bool>()
        let producer = Thread {
            do {
                for i in 0..<1000 { try handoff.put(Self.page(i)) }
                stopped.value = false
            } catch {
                stopped.value = error is PageHandoff.Stopped
            }
            handoff.finish(error: nil)
        }
        producer.start()
        _ = try handoff.take()
        handoff.stop()
        handoff.waitUntilFinished()
        #expect(stopped.value == true)
    }

    private static func page(_ index: Int) -> Page {
        Page(index: index, label: String(index + 1), frame: Frame(size: Size.a4), outline: [])
    }
}
