import FolioData
import FolioDocument
import FolioTestSupport
import Foundation
import Testing

/// A speech — a report with a speaker under its title — is published without a 署名 at its end: who spoke and
/// when stand under the title. A report without a speaker keeps its issuer and date (GB/T 9704 §7.3.5).
@Suite("A speech's signature")
struct SpeechSignatureTests {
    static func document(speaker: String?) throws -> Document {
        let speakerLine = speaker.map { "\n  speaker: \($0)" } ?? ""
        let yaml = """
            report:
              title: 孙庙乡2025年政府工作报告
              issuer: 孙庙乡人民政府
              date: 2024-12-23
              subtitle: ——在孙庙乡第十二届人民代表大会第五次会议上\(speakerLine)
            body:
              - 各位代表，同志们：
              - 现在，我代表孙庙乡人民政府向大会作工作报告，请予审议。
            """
        let (dataset, _) = try DatasetLoader.load(yaml: yaml, fileName: "speech.yaml")
        let theme = try YAMLDocument.decode(Theme.self, from: Checkout.theme("gongwen"))
        return try Document.resolve(dataset, theme: theme).document
    }

    static func signatures(_ d: Document) -> [Signature] {
        d.blocks.compactMap { block -> Signature? in if case .signature(let s) = block { s } else { nil } }
    }

    @Test func aSpeechEndsWithoutASignature() throws {
        let speech = try Self.document(speaker: "于亮")
        #expect(Self.signatures(speech).isEmpty)
        // The speaker and the date line stand under the title instead.
        let subtitle = speech.blocks.compactMap { block -> Subtitle? in
            if case .subtitle(let s) = block { s } else { nil }
        }
        #expect(subtitle.first?.speaker == "于　亮")
        #expect(subtitle.first?.dateLine == "（2024年12月23日）")
    }

    @Test func aReportWithoutASpeakerIsSigned() throws {
        let report = try Self.document(speaker: nil)
        let signatures = Self.signatures(report)
        #expect(signatures.count == 1)
        #expect(signatures.first?.issuer == "孙庙乡人民政府")
    }
}
