import FolioMessages
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
                    .warning, Message("document.signers.title-goes-up-higher", ["title": "\(title)"]),
                    at: parts.location,
                    hint: Message("document.signers.gb-t-add-report.hint"),
                    code: "document.signers")
            ]
        }
        if Self.downwardKinds.contains(where: { stem.hasSuffix($0) }) && !parts.signers.isEmpty {
            return [
                Diagnostic(
                    .warning, Message("document.signers.title-upward-document-yet", ["title": "\(title)"]),
                    at: parts.location,
                    hint: Message("document.signers.gb-t-appear-on.hint"),
                    code: "document.signers")
            ]
        }
        return []
    }

    /// The issuing bodies of `report.issuer`: a joint document names them separated by spaces, the lead body first.
    static func issuingBodies(_ issuer: String) -> [String] {
        let bodies = issuer.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        return bodies.isEmpty ? [issuer] : bodies
    }

    /// GB/T 9704 §7.3.5.1 and §7.3.5.3: a sealed joint document bears one seal per issuing body ("将印章一一对应"), and one
    /// signed with leaders' 签名章 one leader per body ("每行只编排一个机关的签发人职务、签名章"), in the issuers' order.
    func checkSeals() -> [Diagnostic] {
        let parts = dataset.report.document
        let bodies = Self.issuingBodies(dataset.report.issuer)
        var out: [Diagnostic] = []
        if !parts.seals.isEmpty && parts.seals.count != bodies.count {
            out.append(
                Diagnostic(
                    .error,
                    Message(
                        "document.seal.seal-per-issuer",
                        ["seals": "\(parts.seals.count)", "issuers": "\(bodies.count)", "names": .texts(bodies)]),
                    at: parts.location, hint: Message("document.seal.seal-per-issuer.hint"), code: "document.seal"))
        }
        if parts.signerSeals.count > 1 && parts.signerSeals.count != bodies.count {
            out.append(
                Diagnostic(
                    .error,
                    Message(
                        "document.seal.signer-per-issuer",
                        ["signers": "\(parts.signerSeals.count)", "issuers": "\(bodies.count)"]),
                    at: parts.location, hint: Message("document.seal.signer-per-issuer.hint"), code: "document.seal"))
        }
        if !parts.seals.isEmpty && !parts.signerSeals.isEmpty {
            out.append(
                Diagnostic(
                    .warning, Message("document.seal.seal-and-signed-by"), at: parts.location,
                    hint: Message("document.seal.seal-and-signed-by.hint"), code: "document.seal"))
        }
        return out
    }
}
