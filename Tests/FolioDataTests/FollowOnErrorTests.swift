import FolioData
import Foundation
import Testing

/// One mistake reads as one error: what only follows from an error already reported is left out (`FollowOnErrors`).
/// A figure written in words once also made every use of it "an unknown name", an unreadable period made every 本期
/// "needs a report period" (seventeen errors for one), and a figure a failed `sum:` used was "never used".
@Suite("Follow-on errors")
struct FollowOnErrorTests {
    /// The diagnostics of loading `yaml` (with `files` written beside it first); empty when it loads.
    static func diagnostics(_ yaml: String, files: [String: String] = [:]) throws -> [Diagnostic] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-follow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        do {
            _ = try DatasetLoader.load(yaml: yaml, fileName: "r.yaml", directory: folder)
            return []
        } catch let e as DiagnosticError {
            return e.diagnostics
        }
    }

    @Test("a figure written in words is one error, not also an unknown name in the text and in a sum")
    func figureInWords() throws {
        let yaml = """
            report: { title: 标题, issuer: 机关, date: 2021-07-15 }
            data:
              水田面积: { unit: 亩, value: 一万九千 }
              旱田面积: { unit: 亩, value: 1275 }
              耕地面积: { unit: 亩, sum: [水田面积, 旱田面积] }
            body:
              - p: "耕地面积{耕地面积}亩，其中水田{水田面积}亩。"
            """
        let found = try Self.diagnostics(yaml)
        #expect(found.count == 1, "\(found.map(\.description))")
        #expect(found.first?.location?.line == 3)
    }

    @Test("an unreadable report.period is one error, not also one at every 本期")
    func unreadablePeriod() throws {
        let yaml = """
            report: { title: 标题, issuer: 机关, date: 2021-07-15, period: 二〇二〇 }
            data:
              收入: { unit: 元, values: { 2019: 1, 2020: 2 } }
            body:
              - p: "本期{收入[本期]}元，上期{收入[上期]}元。"
            """
        let found = try Self.diagnostics(yaml)
        #expect(found.map(\.code) == ["schema.period"], "\(found.map(\.description))")
    }

    @Test("an unreadable cell of a data file is one error, not also an unknown name where the text uses the row")
    func unreadableCell() throws {
        let yaml = """
            report: { title: 标题, issuer: 机关, date: 2021-07-15 }
            data-files: [a.csv]
            body:
              - p: "{收入[2020]}"
            """
        let found = try Self.diagnostics(yaml, files: ["a.csv": "指标,单位,2019,2020\n收入,元,1,一万\n"])
        #expect(found.map(\.code) == ["datafile.number"], "\(found.map(\.description))")
    }

    @Test("a name nobody wrote is still an unknown name")
    func realUnknownNamesStay() throws {
        let yaml = """
            report: { title: 标题, issuer: 机关, date: 2021-07-15 }
            data:
              收入: { unit: 元, value: x }
            body:
              - p: "{支出}"
            """
        let found = try Self.diagnostics(yaml)
        #expect(found.contains { $0.code == "expr.unknown-name" }, "\(found.map(\.description))")
    }
}
