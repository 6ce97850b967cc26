import Folio
import FolioData
import FolioTestSupport
import Foundation
import Testing

/// Every dataset feature made in Swift with `DatasetBuilder`, without YAML text: a table with two header rows, merged
/// cells, its unit and note; an image; attachments; the official-document parts (版头, 主送, 附注, seal, 版记). The PDF
/// is the same, to the byte, as that of the same dataset written in YAML.
@Suite("DatasetBuilder: tables, images, attachments, document parts")
struct BuilderDocumentTests {
    static let seal = Checkout.assets.appendingPathComponent("reports/sample-notice-seal.svg")

    /// The notice built in Swift.
    static func built() throws -> Dataset {
        let seal = DatasetImage(name: "sample-notice-seal.svg", data: try Data(contentsOf: Self.seal))
        var report = DatasetBuilder(
            title: "关于做好2021年度农村人居环境整治工作的通知", issuer: "YY镇人民政府",
            date: DatasetDate(year: 2021, month: 3, day: 5))
        var document = DatasetDocument()
        document.copyNumber = "000012"
        document.secrecy = "秘密★1年"
        document.urgency = "特急"
        document.mark = ["YY镇人民政府文件"]
        document.number = "Y政发〔2021〕12号"
        document.recipients = "各村（社区）、镇属各单位"
        document.notice = "此件公开发布"
        document.copiesTo = ["县农业农村局", "县生态环境局"]
        document.printer = "YY镇党政办公室"
        document.printed = DatasetDate(year: 2021, month: 3, day: 6)
        document.seals = [seal]
        report.document(document)
        report.figure("改厕户数", 1200, unit: "户")
        report.figure("整治村庄", 14, unit: "个")
        report.paragraph("为深入推进农村人居环境整治，现将有关事项通知如下。")
        report.section("工作目标") { body in
            body.paragraph("全年完成农户卫生厕所改造{改厕户数}户，完成{整治村庄}个村庄的环境整治。")
            body.image(seal, caption: "示例图片", alt: "一枚示例印章", width: .fraction(0.3))
        }
        report.attachment("YY镇2021年度农村人居环境整治任务分解表") { body in
            body.table(
                "任务分解",
                header: [
                    [DatasetCell("任务", rows: 2), DatasetCell("目标", columns: 2), DatasetCell("责任单位", rows: 2)],
                    ["数量", "完成时限"],
                ],
                rows: [
                    ["农户卫生厕所改造", "{改厕户数}户", "10月底", "镇农业农村办公室"],
                    ["村庄环境整治", "{整治村庄}个", "11月底", "各村（社区）"],
                ],
                unit: "单位：户、个", note: "注：完成时限均为2021年。")
        }
        report.attachment("进展情况月报表（样式）") { body in
            body.paragraph("各村（社区）于每月25日前填报本月进展。")
        }
        return try report.dataset()
    }

    /// The same notice in YAML.
    static let yaml = """
        report:
          title: 关于做好2021年度农村人居环境整治工作的通知
          issuer: YY镇人民政府
          date: 2021-03-05
          document:
            copy: "000012"
            secrecy: 秘密★1年
            urgency: 特急
            mark: YY镇人民政府文件
            number: Y政发〔2021〕12号
            to: 各村（社区）、镇属各单位
            note: 此件公开发布
            cc: [县农业农村局, 县生态环境局]
            printer: YY镇党政办公室
            printed: 2021-03-06
            seal: sample-notice-seal.svg
        data:
          改厕户数: { unit: 户, value: 1200 }
          整治村庄: { unit: 个, value: 14 }
        body:
          - 为深入推进农村人居环境整治，现将有关事项通知如下。
          - section: 工作目标
            body:
              - 全年完成农户卫生厕所改造{改厕户数}户，完成{整治村庄}个村庄的环境整治。
              - image: { file: sample-notice-seal.svg, caption: 示例图片, alt: 一枚示例印章, width: 30% }
        attachments:
          - title: YY镇2021年度农村人居环境整治任务分解表
            body:
              - table:
                  caption: 任务分解
                  unit: 单位：户、个
                  note: 注：完成时限均为2021年。
                  columns:
                    - [{ text: 任务, rowspan: 2 }, { text: 目标, colspan: 2 }, { text: 责任单位, rowspan: 2 }]
                    - [数量, 完成时限]
                  rows:
                    - [农户卫生厕所改造, "{改厕户数}户", 10月底, 镇农业农村办公室]
                    - [村庄环境整治, "{整治村庄}个", 11月底, 各村（社区）]
          - title: 进展情况月报表（样式）
            body:
              - 各村（社区）于每月25日前填报本月进展。
        """

    @Test("a notice with every part built in Swift gives the PDF of the same notice in YAML, to the byte")
    func sameBytes() throws {
        let built = try Pipeline.pdf(.dataset(Self.built()), options: InMemoryAPITests.options)
        let written = try Pipeline.pdf(
            .yaml(Self.yaml, name: "notice.yaml", folder: Self.seal.deletingLastPathComponent()),
            options: InMemoryAPITests.options)
        #expect(built.pageCount == written.pageCount && built.pageCount >= 3)
        #expect(built.data == written.data, "the Swift-built notice's PDF differs from the YAML one's")
    }

    @Test("bad parts are located at the Swift line: a 发文字号 in the wrong brackets, a table row too short, no image")
    func problems() throws {
        var report = DatasetBuilder(title: "通知", issuer: "某机关", date: DatasetDate(year: 2021, month: 3, day: 5))
        var document = DatasetDocument()
        document.number = "Y政发[2021]12号"
        let numberLine = #line + 1
        report.document(document)
        report.section("一") { body in
            body.table("表", header: [["甲", "乙"]], rows: [["1"]])
            body.image(DatasetImage(name: "a.png", data: Data("not an image".utf8)))
        }
        do {
            _ = try report.dataset()
            Issue.record("the dataset should not validate")
        } catch let error as DiagnosticError {
            let codes = error.diagnostics.map(\.code)
            #expect(codes.contains("document.number") && codes.contains("table.row-length"))
            #expect(codes.contains("image.format"), "\(codes)")
            let number = error.diagnostics.first { $0.code == "document.number" }
            #expect(number?.location?.line == numberLine)
            #expect(number?.location?.file.hasSuffix("BuilderDocumentTests.swift") == true)
        }
    }
}
