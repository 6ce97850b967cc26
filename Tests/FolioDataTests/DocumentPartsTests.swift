import FolioData
import Foundation
import FolioTestSupport
import Testing

/// `report.document:`: each value read, and each form the standard fixes refused with its place and the rule.
@Suite("Document parts")
struct DocumentPartsTests {
    static func yaml(_ lines: String) -> String {
        MinimalDataset.yaml().replacingOccurrences(of: "report:\n", with: "report:\n  document:\n\(lines)\n")
    }

    @Test(arguments: [
        ("X政发[2021]12号", "the year is in []; the standard's brackets are the 六角括号 〔〕"),
        ("X政发（2021）12号", "the year is in （）; the standard's brackets are the 六角括号 〔〕"),
        ("X政发〔21〕12号", "the year “21” is not written in full with four digits"),
        ("X政发〔2021〕第12号", "the serial number takes no 第"),
        ("X政发〔2021〕012号", "the serial number has a leading zero (虚位): 1, not 01"),
        ("〔2021〕12号", "the issuing body's code (机关代字) is missing before 〔"),
        ("X政发〔2021〕12", "it does not end with 号"),
    ])
    func documentNumbersOfTheWrongFormAreRefused(number: String, problem: String) {
        #expect(NodeReaderProbe.numberProblem(number) == problem)
        let found = Fixture.problems(Self.yaml("    number: \(number)")).filter { $0.code == "document.number" }
        #expect(found.count == 1)
        #expect(found.first?.message == "report.document.number “\(number)”: \(problem)")
    }

    @Test func aRightNumberAndTheOtherPartsAreRead() throws {
        let yaml = Self.yaml(
            """
                copy: "000001"
                secrecy: 机密★1年
                urgency: 加急
                mark: [中共XX镇委员会, XX镇人民政府, 文件]
                number: X政发〔2021〕1号
                signers: [张三]
                to: 各村
                note: 此件公开发布
                cc: [县委办]
                printer: XX镇党政办
                printed: 2021-07-16
            """)
        let (dataset, _) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        let d = dataset.report.document
        #expect(d.copyNumber == "000001" && d.secrecy == "机密★1年" && d.urgency == "加急")
        #expect(d.mark == ["中共XX镇委员会", "XX镇人民政府", "文件"] && d.number == "X政发〔2021〕1号")
        #expect(d.signers == ["张三"] && d.recipients == "各村" && d.notice == "此件公开发布")
        #expect(
            d.copiesTo == ["县委办"] && d.printer == "XX镇党政办" && d.printed == DatasetDate(year: 2021, month: 7, day: 16))
        #expect(d.hasHeader && d.hasImprint)
    }

    @Test func theOtherFormsAreCheckedToo() {
        let codes = Fixture.problems(
            Self.yaml(
                """
                    copy: "12"
                    secrecy: 内部
                    urgency: 很急
                    printed: 2021-07-16
                """)
        ).map(\.code).filter { $0.hasPrefix("document.") }
        #expect(codes.sorted() == ["document.copy", "document.imprint", "document.secrecy", "document.urgency"])
    }

    @Test func signersBelongToUpwardDocuments() throws {
        func warnings(title: String, signers: String?) throws -> [Diagnostic] {
            let yaml = MinimalDataset.yaml()
                .replacingOccurrences(of: "  title: 标题", with: "  title: \(title)")
                .replacingOccurrences(
                    of: "report:\n",
                    with: "report:\n  document:\n    number: X政报〔2021〕3号\n"
                        + (signers.map { "    signers: [\($0)]\n" } ?? ""))
            return try DatasetLoader.load(yaml: yaml, fileName: "t.yaml").warnings.filter {
                $0.code == "document.signers"
            }
        }
        let missing = try warnings(title: "关于2021年度工作情况的报告", signers: nil)
        #expect(missing.map(\.message) == ["“关于2021年度工作情况的报告” goes up to a higher authority (上行文) but names no 签发人"])
        #expect(try warnings(title: "关于拨付专项资金的请示", signers: "张三").isEmpty)
        let misplaced = try warnings(title: "关于做好整治工作的通知", signers: "张三")
        #expect(misplaced.count == 1)
        #expect(try warnings(title: "XX镇2021年工作总结", signers: nil).isEmpty)
    }
}

/// The 发文字号 rule as the loader applies it.
enum NodeReaderProbe {
    static func numberProblem(_ number: String) -> String? {
        let yaml = DocumentPartsTests.yaml("    number: \"\(number)\"")
        let found = Fixture.problems(yaml).first { $0.code == "document.number" }
        guard let message = found?.message, let r = message.range(of: "”: ") else { return nil }
        return String(message[r.upperBound...])
    }
}

/// A draft's document parts still to fill, and seals whose lettering would enter the text layer.
@Suite("Document parts: drafts and seals")
struct DocumentPartsDraftTests {
    static func yaml(_ lines: String) -> String { DocumentPartsTests.yaml(lines) }

    @Test func aDraftsNumberAndPrintingDateAreToFill() throws {
        // X政发〔2022〕【待填】号 and 印发日期 【待填】, as new-year writes them: warnings the build refuses, no error.
        let yaml = Self.yaml("    number: X政发〔2022〕【待填】号\n    printer: XX镇党政办\n    printed: 【待填】")
        let (dataset, warnings) = try DatasetLoader.load(yaml: yaml, fileName: "t.yaml")
        #expect(dataset.report.document.number == "X政发〔2022〕【待填】号" && dataset.report.document.printedToFill)
        #expect(warnings.filter { $0.code == "data.todo" }.count == 2, "\(warnings)")
        let order = Self.yaml("    number: 第【待填】号")
        #expect(Fixture.problems(order).isEmpty)
        #expect(Fixture.problems(Self.yaml("    number: X政发〔2022〕【待填】")).contains { $0.code == "document.number" })
    }

    @Test func aSealWhoseLetteringIsTextIsNoted() throws {
        let folder = try Checkout.temporaryFolder("seal-text")
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = { (inner: String) in
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"42mm\" height=\"42mm\" viewBox=\"0 0 420 420\">\(inner)</svg>"
        }
        try svg("<text x=\"210\" y=\"110\">某镇人民政府</text>").write(
            to: folder.appendingPathComponent("text.svg"), atomically: true, encoding: .utf8)
        try svg("<path d=\"M10 10H400V400H10Z\" fill=\"red\"/>").write(
            to: folder.appendingPathComponent("paths.svg"), atomically: true, encoding: .utf8)
        for (file, noted) in [("text.svg", true), ("paths.svg", false)] {
            let (_, warnings) = try DatasetLoader.load(
                yaml: Self.yaml("    seal: \(file)"), fileName: "t.yaml", directory: folder)
            #expect(warnings.contains { $0.code == "image.seal-text" } == noted, "\(file): \(warnings)")
        }
    }
}
