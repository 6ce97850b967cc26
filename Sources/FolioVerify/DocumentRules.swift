import FolioMessages
import FolioDisplay
import FolioRender

/// The rules on the file as a whole: structure, paper, fonts, document information, outline.
enum DocumentRules {
    /// qpdf's errors and warnings; a repaired file is still reported, as `qpdf --check` exits non-zero on it.
    static func structure(_ doc: PDFReadback) -> [VerifyFinding] {
        doc.structure.map {
            VerifyFinding(
                rule: VerifyRules.structure.id, severity: .error,
                message: Message(
                    $0.isError ? "verify.structure.unreadable" : "verify.structure.repaired",
                    ["detail": .message(.foreign($0.message, prefix: "system."))]),
                fix: Message("verify.regenerate-pdf-printer-s.hint"))
        }
    }

    /// Every page the expected paper, portrait (GB/T 9704 §5.1: A4).
    static func pageSize(_ doc: PDFReadback, paper: PaperSize) -> [VerifyFinding] {
        let rule = VerifyRules.pageSize.id
        guard !doc.pages.isEmpty else {
            return [VerifyFinding(rule: rule, severity: .error, message: Message("verify.document-has-pages"))]
        }
        let want = "\(paper.rawValue) (\(points(paper.size)))"
        return doc.pages.compactMap { page in
            if paper.matches(page.size) { return nil }
            let turned = Size(width: page.size.height, height: page.size.width)
            if paper.matches(turned) {
                return VerifyFinding(
                    rule: rule, severity: .warning, page: page.number,
                    message: Message(
                        "verify.page-raw-value-landscape",
                        ["raw-value": "\(paper.rawValue)", "value": "\(points(page.size))"]),
                    fix: Message("verify.check-that-page-meant.hint"))
            }
            return VerifyFinding(
                rule: rule, severity: .error, page: page.number,
                message: Message("verify.page-value-want", ["value": "\(points(page.size))", "want": "\(want)"]),
                fix: Message("verify.set-paper-size-raw.hint", ["raw-value": "\(paper.rawValue)"]))
        }
    }

    /// Every font embedded (PDF/A, a printer without the font), subset (no whole font redistributed) and with a
    /// ToUnicode map (text can be searched, copied and read aloud; ISO 32000-1 §9.10).
    static func fonts(_ doc: PDFReadback) -> [VerifyFinding] {
        let rule = VerifyRules.fonts.id
        if doc.fonts.isEmpty && doc.pages.contains(where: { !$0.text.allSatisfy(\.isWhitespace) }) {
            return [
                VerifyFinding(
                    rule: rule, severity: .warning,
                    message: Message("verify.text-was-extracted-but"))
            ]
        }
        return doc.fonts.compactMap { font in
            var missing: [MessageArgument] = []
            if !font.embedded { missing.append(.message(Message("verify.font.not-embedded"))) }
            if !font.subset { missing.append(.message(Message("verify.font.not-subset"))) }
            if !font.hasToUnicode { missing.append(.message(Message("verify.font.no-tounicode"))) }
            guard !missing.isEmpty else { return nil }
            return VerifyFinding(
                rule: rule, severity: .error, page: font.firstPage,
                message: Message(
                    "verify.font.problems",
                    ["font": "\(font.name)", "subtype": "\(font.subtype)", "what": .list(missing)]),
                fix: Message("verify.embed-subset-fonts-tounicode.hint"))
        }
    }

    /// Title, Author and Creator non-empty; CreationDate present, ModDate present; both valid PDF dates
    /// (ISO 32000-1 §14.3.3 and §7.9.4).
    static func info(_ doc: PDFReadback) -> [VerifyFinding] {
        let rule = VerifyRules.info.id
        var found: [VerifyFinding] = []
        for key in ["Title", "Author", "Creator"] {
            let value = doc.info[key]?.trimmingWhitespace ?? ""
            if value.isEmpty {
                found.append(
                    VerifyFinding(
                        rule: rule, severity: .error,
                        message:
                            Message(
                                "verify.document-information-has-key",
                                [
                                    "key": "\(key)",
                                    "value": doc.info[key] == nil ? "" : .message(Message("verify.info.it-is-empty")),
                                ]),
                        fix: Message("verify.set-key-program-that.hint", ["key": "\(key)"])))
            }
        }
        for key in ["CreationDate", "ModDate"] {
            guard let value = doc.info[key] else {
                found.append(
                    VerifyFinding(
                        rule: rule, severity: key == "CreationDate" ? .error : .warning,
                        message: Message("verify.document-information-has-key-2", ["key": "\(key)"])))
                continue
            }
            if !PDFDate.isValid(value) {
                found.append(
                    VerifyFinding(
                        rule: rule, severity: .error,
                        message: Message("verify.key-value-pdf-date", ["key": "\(key)", "value": "\(value)"]),
                        fix: Message("verify.write-dates-d-z.hint")))
            }
        }
        return found
    }

    /// Bookmarks in a document of more than one page.
    static func outline(_ doc: PDFReadback) -> [VerifyFinding] {
        guard doc.pages.count > 1, doc.outlineCount == 0 else { return [] }
        return [
            VerifyFinding(
                rule: VerifyRules.outline.id, severity: .warning,
                message: Message("verify.document-has-count-pages", ["count": "\(doc.pages.count)"]),
                fix: Message("verify.export-headings-bookmarks-so.hint"))
        ]
    }

    private static func points(_ size: Size) -> String {
        "\(round1(size.width.value)) × \(round1(size.height.value)) pt"
    }

    /// `v` to two decimals, without them when whole. A size no paper has (a damaged or hostile /MediaBox: 1e30, NaN)
    /// is printed as the number it is, never converted to an integer it does not fit.
    static func round1(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        guard r.isFinite, abs(r) < 1e15 else { return "\(v)" }
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
