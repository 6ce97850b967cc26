import FolioMessages
import FolioRender

/// The tagged-PDF checks of `folio verify` (ISO 32000-1 §14.8): what screen readers, text extraction and reflow
/// need. Warnings: an untagged PDF prints and archives (PDF/A-2b, -2u) as well as a tagged one.
enum TaggingRules {
    /// Every tagging finding, in rule order; `language` adds the /Lang check (left to `verify.pdfa.lang` with
    /// `--pdf-standard`).
    static func check(_ doc: PDFReadback, language: Bool = true) -> [VerifyFinding] {
        tagged(doc) + alternativeText(doc) + (language ? self.language(doc) : [])
    }

    /// §14.7.1, §14.8: /MarkInfo /Marked true and a structure tree with elements.
    static func tagged(_ doc: PDFReadback) -> [VerifyFinding] {
        let rule = VerifyRules.tagged
        let t = doc.tagging
        var missing: [MessageArgument] = []
        if !t.hasStructureTree || t.elements == 0 {
            missing.append(.message(Message("verify.tagged.no-tree")))
        } else if t.contentElements == 0 {
            missing.append(.message(Message("verify.tagged.grouping-only")))
        }
        if !t.marked { missing.append(.message(Message("verify.tagged.not-marked"))) }
        guard !missing.isEmpty else { return [] }
        return [
            VerifyFinding(
                rule: rule.id, severity: rule.severity,
                message: Message("verify.tagged.missing", ["what": .list(missing)]),
                fix: Message("verify.tagged.missing.hint"))
        ]
    }

    /// §14.9.3: a figure's alternative text, which a screen reader reads in its place.
    static func alternativeText(_ doc: PDFReadback) -> [VerifyFinding] {
        let t = doc.tagging
        guard t.figuresWithoutAlternative > 0 else { return [] }
        let rule = VerifyRules.alternativeText
        return [
            VerifyFinding(
                rule: rule.id, severity: rule.severity,
                message: Message(
                    "verify.alt.missing",
                    ["count": .number(t.figuresWithoutAlternative), "figures": .number(t.figures)]),
                fix: Message("verify.alt.missing.hint"))
        ]
    }

    /// §14.9.2.1: the document's natural language.
    static func language(_ doc: PDFReadback) -> [VerifyFinding] {
        missingLanguage(doc, rule: VerifyRules.language, message: Message("verify.lang.missing"))
    }

    /// The finding of `rule` saying `message` when the catalogue names no language (/Lang, ISO 32000-1 §14.9.2.1);
    /// none when it does. The tagging rule and PDF/A's (`ArchiveRules.language`) differ only in id and wording.
    static func missingLanguage(_ doc: PDFReadback, rule: VerifyRule, message: Message) -> [VerifyFinding] {
        guard (doc.archive.language ?? "").isEmpty else { return [] }
        return [
            VerifyFinding(
                rule: rule.id, severity: rule.severity, message: message, fix: Message("verify.set-lang-e-g.hint"))
        ]
    }
}
