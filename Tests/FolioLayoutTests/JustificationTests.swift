import Testing
import FolioDisplay
import FolioLayout

/// Justification measured on the display list (R5): a body line followed by a continuation line
/// (one that starts flush at the type area's left edge) is not its paragraph's last line, so it must
/// end at the type area's right edge.
@Suite("Justification on the display list")
struct JustificationTests {
    @Test("every non-final body line ends within 0.1 pt of the right edge")
    func nonFinalLinesReachTheRightEdge() throws {
        let (pages, metrics) = try LaidOutReport.pages()
        let body = pages.map { PrintedLine.lines(of: $0).filter { $0.baseline < metrics.typeArea.maxY } }
        let flat = body.flatMap { $0 }
        var checked = 0
        for (line, next) in zip(flat, flat.dropFirst()) where line.size == metrics.bodySize {
            let continuation = abs((next.minX - metrics.typeArea.minX).value) < 0.5
            guard continuation else { continue }
            checked += 1
            #expect(
                abs((line.maxX - metrics.typeArea.maxX).value) <= 0.1,
                "line ends at \(line.maxX), edge \(metrics.typeArea.maxX): \(line.text)")
        }
        #expect(checked > 100, "only \(checked) continued lines found")
    }

    @Test("no body line is wider than the type area")
    func noOverfullLines() throws {
        let (pages, metrics) = try LaidOutReport.pages()
        for page in pages {
            for line in PrintedLine.lines(of: page) where line.baseline < metrics.typeArea.maxY {
                // An opening mark at the left edge is set half width (R15): its blank half lies outside.
                let lead = line.text.first.map { "“‘（《「『【〔".contains($0) } == true ? line.size * 0.5 : .zero
                #expect(
                    line.minX >= metrics.typeArea.minX - lead - 0.01 && line.maxX <= metrics.typeArea.maxX + 0.1,
                    "page \(page.index + 1): \(line.text)")
            }
        }
    }
}
