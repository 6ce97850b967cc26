import FolioCheck
import FolioData
import Testing

/// A confusion's explanation in the reader's language: confusions.yaml gives `why` in Chinese and `why-en` in
/// English. A Chinese report once carried the English gloss ("以…为指导 (take … as the guide)").
@Suite("Confusion explanations")
struct ConfusionWhyTests {
    @Test("the Chinese finding carries the Chinese why, the English one the English why")
    func whyByLanguage() throws {
        let found = try CheckFixture.findings("confusion", in: "坚持以新发展理念于指导，推动高质量发展。")
        let finding = try #require(found.first)
        let chinese = finding.messageText.text(.chinese), english = finding.messageText.text(.english)
        #expect(chinese.hasSuffix("的常见误写；以…为指导"), "\(chinese)")
        #expect(english.hasSuffix("; 以…为指导 (take … as the guide)"), "\(english)")
    }

    @Test("every entry whose why has Latin letters gives a Chinese why without them, and an English why-en")
    func everyWhyIsChinese() {
        for entry in CheckFixture.lists.confusions {
            guard let why = entry.why else { continue }
            #expect(!why.contains { $0.isASCII && $0.isLetter }, "\(entry.find): why “\(why)” is not Chinese")
        }
    }
}
