import Testing
@testable import FolioCheck
import FolioData

/// The checks compare characters by scalar where that is exact (`TextScan.plainScalar`: `==` normalised
/// every character and was most of `folio check` on a long report). Canonical equivalence must still hold.
@Suite("Check text scanning") struct CheckTextScanTests {
    @Test("plain characters compare by scalar, others as Swift compares them")
    func sameIsCanonicalEquivalence() {
        let pairs: [(Character, Character)] = [
            ("发", "发"), ("发", "展"), ("A", "A"), ("A", "a"), ("“", "“"), ("。", "，"),
            ("\u{F900}", "\u{8C48}"),   // a CJK compatibility ideograph and its unified form: equal
            ("\u{212A}", "K"),   // KELVIN SIGN is canonically K
            ("\u{00E9}", "e\u{0301}"),   // é precomposed and decomposed
            ("\u{00E9}", "e"),
        ]
        for (a, b) in pairs { #expect(TextScan.same(a, b) == (a == b), "\(a) \(b)") }
        #expect(TextScan.plainScalar("\u{F900}") == nil && TextScan.plainScalar("中") == 0x4E2D)
        #expect(TextScan.plainScalar("e\u{0301}") == nil && TextScan.plainScalar("，") == 0xFF0C)
    }

    @Test("a unit's text held as values reads back every character as printed, plain or not")
    func proseTextReadsBack() {
        let characters = Array("全镇2021年增长5.8%，“十四五”\u{F900}e\u{301}\u{1F600}\r\n🇨🇳é;\u{37E}")
        let text = ProseText(characters)
        #expect(Array(text) == characters && text.count == characters.count)
        #expect(text.indices.allSatisfy { text[$0] == characters[$0] })
        #expect(String(text[3..<8]) == String(characters[3..<8]))
        #expect(text == ProseText(characters) && text != ProseText(Array(characters.dropLast())))
        #expect(ProseText(["\u{F900}", "年"]) == ProseText(["\u{8C48}", "年"]) && ProseText(["豈"]) != ProseText(["岂"]))
        let unit = ProseUnit(kind: .paragraph, text: characters, origins: characters.map { _ in .literal(nil) })
        #expect(Array(unit.text) == characters && unit.scalars == ProseUnit.values(of: characters))
    }

    @Test("a character's plain scalar read from its bytes is the one its scalars give")
    func plainScalarFromBytes() {
        /// The definition: one scalar, in the plain ranges.
        func reference(_ c: Character) -> UInt32? {
            let scalars = Array(c.unicodeScalars)
            guard scalars.count == 1, let v = scalars.first?.value else { return nil }
            switch v {
            case 0..<0x80, 0x2010...0x2027, 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: return v
            default: return nil
            }
        }
        var characters: [Character] = (0..<0x3_0000).compactMap { Unicode.Scalar($0).map(Character.init) }
        characters += ["\r\n", "e\u{301}", "中\u{FE00}", "a\u{200D}b", "\u{1F600}", "\u{1F1E8}\u{1F1F3}", "全\u{20DD}"]
        for c in characters where TextScan.plainScalar(c) != reference(c) {
            Issue.record("\(c.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("the confusion rule's scalar matching finds what TextScan.has finds, at every position")
    func confusionMatchingIsTextScanMatching() {
        let texts = [
            "以新发展理念于指导，以便于指导", "caf\u{E9} cafe\u{301} 豈\u{F900}豈", "于\u{F900}于\u{8C48}", "", "于",
        ]
        let words = ["于指导", "于", "\u{8C48}", "\u{F900}于", "cafe\u{301}", "caf\u{E9}", "便于指导", "以"]
        for text in texts.map(Array.init) {
            let prose = ProseText(text)
            for word in words.map(Array.init) {
                let wordScalars = ProseUnit.values(of: word)
                for at in -1...(text.count + 1) {
                    let byValue = prose.has(word, values: wordScalars, at: at)
                    #expect(byValue == TextScan.has(text, word, at: at), "\(String(word)) at \(at) in \(String(text))")
                }
            }
        }
    }

    @Test("sentence ends and clause breaks keep their canonical equivalents")
    func punctuationSetsStayExact() {
        let ends = ProseUnit.sentenceEnds, breaks = ConfusionRule.clauseBreaks
        #expect(ends.contains("。") && ends.contains(";") && !ends.contains("，"))
        #expect(ends.contains("\u{037E}"))   // GREEK QUESTION MARK is canonically “;”
        #expect(breaks.contains("，") && breaks.contains("\n") && !breaks.contains("的"))
        #expect(breaks.contains("\u{037E}") && !breaks.contains("\r\n"))
        #expect(QuoteBalanceRule.marks.contains("“") && !QuoteBalanceRule.marks.contains("中"))
    }

    @Test("a word list matches the longest word first, equal lengths in their order")
    func wordListOrder() {
        let list = WordList(["元", "万元", "亿元", "万"])
        #expect(list.entries.map(\.text) == ["万元", "亿元", "元", "万"])
        #expect(TextScan.match(Array("共计万元"), list, at: 2) == "万元")
        #expect(TextScan.match(Array("共计万人"), list, at: 2) == "万")
        #expect(TextScan.match(Array("共计"), list, at: 2) == nil)
    }
}

/// The rules' scalar view of the prose (`ProseUnit.scalars`) must answer as the characters do.
@Suite("Check scalar view") struct CheckScalarViewTests {
    static let sample: [Character] = [
        "发", "〇", "，", ";", "\u{037E}", "\u{F900}", "\u{212A}", "K", "e\u{0301}", "\r\n", "\n", "㐀", "。", "中\u{0301}",
    ]

    @Test("each character's value is its plain scalar, else notPlain; the Han test by value agrees")
    func valuesAndHan() {
        let unit = ProseUnit(kind: .paragraph, text: Self.sample, origins: Self.sample.map { _ in .literal(nil) })
        #expect(unit.scalars.count == Self.sample.count)
        for (c, v) in zip(Self.sample, unit.scalars) {
            #expect(v == (TextScan.plainScalar(c) ?? ProseUnit.notPlain), "\(c)")
            #expect(TextScan.isHan(value: v) == TextScan.isHan(c), "\(c)")
        }
    }

    @Test("a set of plain characters asked by value answers as asked by character")
    func setsByValue() {
        for set in [DoubledPunctuationRule.marks, EnumerationRule.clauseStarts, ProseUnit.sentenceEnds] {
            for c in Self.sample {
                let v = TextScan.plainScalar(c) ?? ProseUnit.notPlain
                #expect(set.contains(v, c) == set.contains(c), "\(c)")
            }
        }
        #expect(DoubledPunctuationRule.marks.contains(ProseUnit.notPlain, "\u{037E}"))   // canonically “;”
    }

    @Test("a set with an ideograph answers for ideographs; one without turns them away by range, exactly")
    func setsWithIdeographs() {
        let han = PlainCharacterSet(["豈", "，"]), marks = PlainCharacterSet(["，", "。"])
        for c in Self.sample + ["豈", "\u{8C48}"] {
            let v = TextScan.plainScalar(c) ?? ProseUnit.notPlain
            #expect(han.contains(v, c) == Set<Character>(["豈", "，"]).contains(c), "\(c)")
            #expect(marks.contains(v, c) == Set<Character>(["，", "。"]).contains(c), "\(c)")
        }
        #expect(han.contains(ProseUnit.notPlain, "\u{F900}"))   // the compatibility ideograph is canonically 豈
    }

    @Test("numbers scanned from the values are the numbers scanned from the characters")
    func numbersByValue() {
        let texts = [
            "增长12.5%，达到８７４０元，2021—2025年，１２．５和3.和.5，1.2.3", "第1.5亿元\u{F900}2020年", "", "7", "年。",
            "0.0005与10:30，１．", "e\u{0301}12\u{0301}3",
        ]
        for text in texts.map(Array.init) {
            let unit = ProseUnit(kind: .paragraph, text: text, origins: text.map { _ in .literal(nil) })
            #expect(unit.numbers == TextScan.numbers(in: text), "\(String(text))")
            for i in -1...text.count {
                #expect(TextScan.number(inValues: unit.scalars, at: i) == TextScan.number(in: text, at: i))
                if text.indices.contains(i) {
                    #expect(TextScan.digit(value: unit.scalars[i]) == TextScan.digit(text[i]))
                }
            }
        }
    }

    @Test("a character's places, a word's and two characters' sameness by value agree with comparing characters")
    func placesByValue() {
        let text = Array("各各\u{F900}豈长，长截止2021年截止，各e\u{0301}e\u{0301}")
        let unit = ProseUnit(kind: .paragraph, text: text, origins: text.map { _ in .literal(nil) })
        for c in Set(text) + ["\u{8C48}", "x"] {
            #expect(unit.indices(of: c) == text.indices.filter { text[$0] == c }, "\(c)")
        }
        #expect(unit.indices(of: "豈") == [2, 3])
        #expect(unit.indices(ofWord: Array("截止")) == [7, 14])
        #expect(unit.indices(ofWord: []) == [])
        #expect(unit.indices(ofWord: Array("\u{8C48}\u{8C48}长")) == [2])
        // Every word of one to three characters taken from the text, or running past its end, against `TextScan.has`.
        let words =
            (0..<text.count).flatMap { i in (1...3).map { Array(text[i..<min(text.count, i + $0)]) } }
            + [Array("é\u{301}x"), Array("e\u{0301}e\u{0301}e\u{0301}"), Array("\u{F900}")]
        for word in words {
            #expect(
                unit.indices(ofWord: word) == text.indices.filter { TextScan.has(text, word, at: $0) }, "\(word)")
        }
        for i in text.indices { for j in text.indices { #expect(unit.same(i, j) == (text[i] == text[j])) } }
    }

    @Test("a character that is canonically an ASCII mark is still a half-width mark, and still doubled")
    func canonicalMarks() throws {
        let greek = try CheckFixture.findings("punctuation.half-width", in: "全镇共有党支部8个\u{037E}党员293人。")
        let ascii = try CheckFixture.findings("punctuation.half-width", in: "全镇共有党支部8个;党员293人。")
        #expect(greek.count == 1 && ascii.count == 1)
        #expect(try CheckFixture.findings("punctuation.doubled", in: "党员293人，\u{037E}共计。").count == 1)
    }

    @Test("a file with CR LF (or CR) line breaks gives the findings the same lines and columns as with LF")
    func lineBreaksOfEveryKind() throws {
        let yaml = CheckFixture.yaml(["全镇,共有党支部8个:党员(293人)。", "其中,女党员52名。"])
        let placesOf = { (text: String) throws -> [String] in
            try CheckFixture.check(yaml: text).findings(of: "punctuation.half-width").map {
                "\($0.location?.line ?? 0):\($0.location?.column ?? 0)"
            }
        }
        let lf = try placesOf(yaml)
        #expect(lf.count == 5)
        #expect(try placesOf(yaml.replacingOccurrences(of: "\n", with: "\r\n")) == lf)
        #expect(try placesOf(yaml.replacingOccurrences(of: "\n", with: "\r")) == lf)
    }
}
