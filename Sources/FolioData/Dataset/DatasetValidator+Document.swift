import Foundation

extension DatasetValidator {
    /// The kinds of document that go up to a higher authority (上行文: 请示, 报告 with a 发文字号), and those that go
    /// down (通知, 通报, 批复, 决定, 意见…), by the last words of the title (《党政机关公文处理工作条例》 §8).
    static let upwardKinds = ["的请示", "的报告"]
    static let downwardKinds = ["的通知", "的通报", "的批复", "的决定", "的意见", "的函"]

    /// GB/T 9704 §7.2.6: an upward document with a 发文字号 names its 签发人; a downward one has none.
    func checkSigners() -> [Diagnostic] {
        let parts = dataset.report.document
        guard parts.number != nil else { return [] }
        let title = dataset.report.title.raw.trimmingCharacters(in: .whitespaces)
        let stem = title.hasSuffix("）") ? String(title[..<(title.lastIndex(of: "（") ?? title.endIndex)]) : title
        if Self.upwardKinds.contains(where: { stem.hasSuffix($0) }) && parts.signers.isEmpty {
            return [
                Diagnostic(
                    .warning, "“\(title)” goes up to a higher authority (上行文) but names no 签发人",
                    at: parts.location,
                    hint: "GB/T 9704 §7.2.6: add report.document.signers: [the leader who signed it]",
                    code: "document.signers")
            ]
        }
        if Self.downwardKinds.contains(where: { stem.hasSuffix($0) }) && !parts.signers.isEmpty {
            return [
                Diagnostic(
                    .warning, "“\(title)” is not an upward document, yet it names 签发人", at: parts.location,
                    hint: "GB/T 9704 §7.2.6: 签发人 appear on 上行文 (请示, 报告) only; remove report.document.signers",
                    code: "document.signers")
            ]
        }
        return []
    }
}
