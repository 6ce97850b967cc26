import Foundation
import Testing

@testable import FolioImport

/// Word's list numbering read from numbering.xml: a start value from the file is bounded, so that counting on from
/// it cannot overflow (a start of Int64.max or Int64.min once stopped `folio import`, and with it `folio serve`).
@Suite("Docx list numbering")
struct DocxNumberingTests {
    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    /// numbering.xml with one list (numId 1) whose level 0 starts at `start`.
    static func numbering(start: String, format: String = "decimal") throws -> DocxNumbering {
        let xml = """
            <w:numbering \(w)><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="\(start)"/>\
            <w:numFmt w:val="\(format)"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
            """
        return DocxNumbering(try XMLTreeReader().read(Data(xml.utf8)))
    }

    @Test(
        "an extreme start is clamped to what Word accepts; the list counts on from it",
        arguments: [
            ("9223372036854775807", "32767.", "32768."), ("-9223372036854775808", "0.", "1."), ("3", "3.", "4."),
        ])
    func extremeStarts(start: String, first: String, second: String) throws {
        var numbering = try Self.numbering(start: start)
        #expect(numbering.next(numId: "1", level: 0) == first)
        #expect(numbering.next(numId: "1", level: 0) == second)
    }

    @Test("a Chinese-counted list starting at 1 reads 一、二")
    func chineseCounting() throws {
        var numbering = try Self.numbering(start: "1", format: "chineseCounting")
        #expect(numbering.next(numId: "1", level: 0) == "一.")
        #expect(numbering.next(numId: "1", level: 0) == "二.")
    }
}
