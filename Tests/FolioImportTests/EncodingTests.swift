import Foundation
import Testing
@testable import FolioImport

/// Each encoding a report saved as text arrives in is read and named; Word's line breaks never reach the dataset.
@Suite struct EncodingTests {
    static let text = "XX镇2020年工作总结\n一、基本情况\n全镇国土面积118.6平方公里。\n"

    static func bytes(_ encoding: String.Encoding, mark: [UInt8]) -> Data {
        Data(mark) + (text.data(using: encoding) ?? Data())
    }

    @Test(arguments: [
        (TextEncoding.utf8, [UInt8]()), (.utf8BOM, [0xEF, 0xBB, 0xBF]), (.utf16LE, [0xFF, 0xFE]),
        (.utf16BE, [0xFE, 0xFF]),
    ])
    func unicode_encodings(_ expected: TextEncoding, _ mark: [UInt8]) throws {
        let encoding: String.Encoding =
            switch expected {
            case .utf16LE: .utf16LittleEndian
            case .utf16BE: .utf16BigEndian
            default: .utf8
            }
        let decoded = try #require(TextEncoding.decode(Self.bytes(encoding, mark: mark)))
        #expect(decoded.encoding == expected)
        #expect(decoded.text == Self.text)
    }

    @Test func gb18030() throws {
        // “国土面积” in GB18030 (GBK) bytes: B9FA CDC1 C3E6 BBFD.
        let data = Data([0xB9, 0xFA, 0xCD, 0xC1, 0xC3, 0xE6, 0xBB, 0xFD, 0x31, 0x31, 0x38])
        let decoded = try #require(TextEncoding.decode(data))
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == "国土面积118")
    }

    @Test func encoding_is_named_in_the_header() throws {
        let r = ReportImporter(sourceName: "t.txt", encoding: .gb18030).run(Self.text)
        #expect(r.yaml.hasPrefix("# Imported by `folio import` from t.txt (read as GB18030)."))
    }

    @Test func manual_line_breaks_and_separators_end_lines_and_wrapped_lines_join() {
        let text = "XX镇2020年工作总结\u{000B}一、基本情况\u{2028}全镇国土面积118.6平方公里，\n总人口11531人。\n"
        let r = ReportImporter(sourceName: "t.txt").run(text)
        #expect(!r.yaml.contains("\u{000B}") && !r.yaml.contains("\u{2028}"))
        #expect(r.structure.headingCounts == [1, 0, 0, 0])
        #expect(r.yaml.contains("- p: \"全镇国土面积{国土面积}平方公里，总人口{总人口}人。\""))
    }
}
