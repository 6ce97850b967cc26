import FolioMessages
import FolioRender

/// `--expect-text`: every non-empty line of the expected text appears in the PDF's text, white space and line
/// breaks ignored, page-number lines (“— 3 —”, “第 3 页”) dropped first, as they sit between the two halves
/// of a paragraph that crosses a page.
enum ExpectedText {
    /// Findings listed one by one; beyond this, one more finding gives the count.
    static let listed = 10

    static func check(_ expected: String, in doc: PDFReadback) -> [VerifyFinding] {
        let have = squash(
            doc.pages.flatMap { $0.text.split(separator: "\n", omittingEmptySubsequences: false) }
                .filter { !isPageNumber($0) }.joined())
        let wanted = expected.split(whereSeparator: \.isNewline).map { squash($0) }.filter { !$0.isEmpty }
        let missing = wanted.filter { !have.contains($0) }
        var found = missing.prefix(listed).map {
            VerifyFinding(
                rule: VerifyRules.text.id, severity: .error,
                message: Message(
                    "verify.expected-text-found-pdf",
                    ["value": "\($0.prefix(40))", "value2": "\($0.count > 40 ? "…" : "")"]),
                fix: Message("verify.text-was-lost-reordered.hint"))
        }
        if missing.count > listed {
            found.append(
                VerifyFinding(
                    rule: VerifyRules.text.id, severity: .error,
                    message: Message(
                        "verify.value-more-count-expected",
                        ["value": "\(missing.count - listed)", "count": "\(wanted.count)"])))
        }
        return found
    }

    /// The text without white space.
    static func squash<S: StringProtocol>(_ s: S) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// “— 3 —”, “-3-”, “12”, “第 3 页…”.
    static func isPageNumber<S: StringProtocol>(_ line: S) -> Bool {
        let s = squash(line)
        if s.hasPrefix("第"), let ye = s.firstIndex(of: "页"),
            s[s.index(after: s.startIndex)..<ye].allSatisfy(\.isASCIIDigit), s.index(after: s.startIndex) < ye
        {
            return true
        }
        let dashes: Set<Character> = ["—", "－", "–", "-"]
        let core = s.drop(while: { dashes.contains($0) }).reversed().drop(while: { dashes.contains($0) })
        return !core.isEmpty && core.allSatisfy(\.isASCIIDigit)
    }
}
