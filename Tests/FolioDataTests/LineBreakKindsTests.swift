import Foundation
@testable import FolioData
import FolioTestSupport
import Testing

/// A dataset saved with CR LF line breaks (Windows) or CR alone is read, drafted and edited as the same text with LF
/// breaks, and written back with the breaks it had: libyaml counts lines at each kind, and the text editors cut
/// lines where it does (`YAMLSourceLines`).
@Suite("Line breaks of every kind")
struct LineBreakKindsTests {
    static let county = Checkout.assets.appendingPathComponent("reports/sample-county-2016-2020.yaml")

    @Test("the lines are cut at LF, CR, CR LF (one break), NEL, LS and PS, each break kept")
    func cutting() {
        let lines = YAMLSourceLines("a\r\nb\rc\nd\u{85}e\u{2028}f\u{2029}g")
        #expect(lines.count == 7)
        #expect((0..<7).map { String(String.UnicodeScalarView(lines[$0])) } == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(
            (0..<7).map { lines.lineBreak(after: $0) } == ["\r\n", "\r", "\n", "\u{85}", "\u{2028}", "\u{2029}", ""])
        #expect(YAMLSourceLines("x\r\ny\r\nz\n").usualBreak == "\r\n")
        let text = "a\r\nb\rc\nd\u{85}e\u{2028}f\u{2029}g\r\n"
        let guarded = YAMLGuard.lines(of: Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
        let cut = YAMLSourceLines(text)
        #expect(guarded == (0..<cut.count).map { String(String.UnicodeScalarView(cut[$0])) })
        #expect(YAMLSourceLines("").count == 1 && YAMLSourceLines("").usualBreak == "\n")
        for sample in [
            "", "abc", "全镇2021年", "e\u{301}\u{1F600}\r\n豈\u{F900}", String(repeating: "年a\u{85}", count: 99),
        ] {
            let measure = SourceScalars.measure(sample)
            #expect(measure.count == sample.unicodeScalars.count, "\(sample.debugDescription)")
            #expect(
                measure.narrow == !sample.unicodeScalars.contains { $0.value > 0xFFFF }, "\(sample.debugDescription)")
        }
        // A text with a scalar beyond the Basic Multilingual Plane is kept four bytes a scalar, the others two: the
        // same scalars either way.
        for sample in ["e\u{301}\u{1F600}\r\n豈\u{F900}", "全镇2021年\n" + String(repeating: "年a\u{85}", count: 99)] {
            let cut = YAMLSourceLines(sample)
            let kept = (0..<cut.count).flatMap { Array(cut[$0]) }
            #expect(kept == sample.unicodeScalars.filter { !"\n\r\u{85}".unicodeScalars.contains($0) })
            #expect(kept.indices.allSatisfy { cut.scalars.value(at: $0) == kept[$0].value })
        }
    }

    @Test(
        "next period's draft of a CR LF or CR file is the LF draft with the file's breaks", arguments: ["\r\n", "\r"])
    func nextPeriodDraft(_ lineBreak: String) throws {
        let yaml = try String(contentsOf: Self.county, encoding: .utf8)
        let folder = Self.county.deletingLastPathComponent()
        let lf = try NextPeriodDraft.draft(yaml: yaml, fileName: "county.yaml", directory: folder)
        let other = try NextPeriodDraft.draft(
            yaml: yaml.replacingOccurrences(of: "\n", with: lineBreak), fileName: "county.yaml", directory: folder)
        #expect(lf.yaml.contains("【待填】"))
        #expect(other.yaml == lf.yaml.replacingOccurrences(of: "\n", with: lineBreak))
        #expect(other.notes.map(\.location?.line) == lf.notes.map(\.location?.line))
    }

    @Test("a value edited in a CR LF file keeps every other byte")
    func editing() throws {
        let yaml = "report:\r\n  title: 旧标题\r\n  issuer: X镇\r\n"
        let place = try #require(DatasetTextEdit.location(of: ["report", "issuer"], in: yaml, fileName: "t.yaml"))
        let text = try DatasetTextEdit.replacing(
            in: yaml, fileName: "t.yaml", line: place.line, column: place.column, with: .text("Y镇"))
        #expect(text == "report:\r\n  title: 旧标题\r\n  issuer: \"Y镇\"\r\n")
    }

    @Test("a data file's unclosed quote is found on its line whatever the rows end with")
    func csvQuoteLine() {
        for lineBreak in ["\n", "\r\n", "\r"] {
            let csv = ["名称,2020", "\"收入,12", "支出,3", ""].joined(separator: lineBreak)
            #expect(CSVTable.firstLineWithOddQuotes(csv) == 2, "\(lineBreak.unicodeScalars.map(\.value))")
        }
        #expect(CSVTable.firstLineWithOddQuotes("a,b\r\nc,d") == 1)
    }
}
