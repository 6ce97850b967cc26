import FolioMessages
import FolioDisplay
import FolioRender

/// The PDF/A-2 checks of `folio verify --pdf-standard` (ISO 19005-2): what an archive's validator would reject
/// first in a file like Folio's. Not a full validator: docs/formats.md says what is checked and what is not.
enum ArchiveRules {
    /// Every archive finding, in rule order.
    static func check(_ doc: PDFReadback, standard: PDFStandard) -> [VerifyFinding] {
        metadata(doc, standard: standard) + agreement(doc) + outputIntent(doc) + fonts(doc, standard: standard)
            + encryption(doc) + language(doc)
    }

    /// ISO 19005-2 §6.6.2, §6.6.4: an unfiltered XMP metadata stream that names the part and conformance.
    static func metadata(_ doc: PDFReadback, standard: PDFStandard) -> [VerifyFinding] {
        let rule = VerifyRules.archiveXMP
        let fix = Message("verify.pdfa.build-with-standard.hint", ["standard": "\(standard.rawValue)"])
        guard let xmp = doc.archive.xmp else {
            return [
                VerifyFinding(
                    rule: rule.id, severity: rule.severity,
                    message: Message("verify.catalogue-has-xmp-metadata"), fix: fix)
            ]
        }
        var findings: [VerifyFinding] = []
        if doc.archive.xmpFiltered {
            findings.append(
                VerifyFinding(
                    rule: rule.id, severity: rule.severity,
                    message: Message("verify.xmp-metadata-stream-compressed"), fix: fix))
        }
        let fields = XMPFields(xmp: xmp)
        let part = fields.value("pdfaid:part")
        let conformance = fields.value("pdfaid:conformance")
        // A higher conformance includes the lower: level U meets B, level A meets both.
        let accepted = standard == .a2b ? ["B", "U", "A"] : ["U", "A"]
        if part != String(standard.part) || !accepted.contains(conformance ?? "") {
            findings.append(
                VerifyFinding(
                    rule: rule.id, severity: rule.severity,
                    message: Message(
                        "verify.xmp-claims-pdfaid-part",
                        [
                            "part": "\(part ?? "—")", "conformance": "\(conformance ?? "—")",
                            "level": "\(standard.part)\(standard.conformance.lowercased())",
                            "needs-part": "\(standard.part)", "accepted": .texts(accepted),
                        ]),
                    fix: fix))
        }
        return findings
    }

    /// The information-dictionary entries and the XMP properties that must agree (ISO 19005-2 §6.6.3, whose
    /// table pairs them).
    static let pairs: [(info: String, xmp: String)] = [
        ("Title", "dc:title"), ("Author", "dc:creator"), ("Subject", "dc:description"), ("Keywords", "pdf:Keywords"),
        ("Creator", "xmp:CreatorTool"), ("Producer", "pdf:Producer"),
        ("CreationDate", "xmp:CreateDate"), ("ModDate", "xmp:ModifyDate"),
    ]

    /// ISO 19005-2 §6.6.3: each information entry present has the same value in the XMP; dates compared by
    /// their digits (a PDF date and an XMP date of the same instant in the same zone).
    static func agreement(_ doc: PDFReadback) -> [VerifyFinding] {
        guard let xmp = doc.archive.xmp else { return [] }
        let fields = XMPFields(xmp: xmp)
        let rule = VerifyRules.archiveAgreement
        return pairs.compactMap { pair in
            guard let info = doc.info[pair.info] else { return nil }
            let value = fields.value(pair.xmp)
            let same = pair.info.hasSuffix("Date") ? value.map { digits($0) == digits(info) } ?? false : value == info
            guard !same else { return nil }
            return VerifyFinding(
                rule: rule.id, severity: rule.severity,
                message: Message(
                    value == nil ? "verify.info-xmp-missing" : "verify.info-xmp-differs",
                    ["info": "\(pair.info)", "info2": "\(info)", "xmp": "\(pair.xmp)", "value": "\(value ?? "")"]),
                fix: Message("verify.write-same-value-both.hint"))
        }
    }

    /// The date's digits, year to second.
    private static func digits(_ date: String) -> String { String(date.filter(\.isNumber).prefix(14)) }

    /// ISO 19005-2 §6.2.3: a GTS_PDFA1 output intent with an embedded ICC profile, which defines Cairo's DeviceRGB.
    static func outputIntent(_ doc: PDFReadback) -> [VerifyFinding] {
        let intents = doc.archive.outputIntents.filter { $0.subtype == "GTS_PDFA1" }
        guard intents.contains(where: { ($0.profileComponents ?? 0) > 0 }) else {
            let rule = VerifyRules.archiveOutputIntent
            let what =
                intents.isEmpty ? Message("verify.gts-pdfa-output-intent") : Message("verify.gts-pdfa-output-intent-2")
            return [
                VerifyFinding(
                    rule: rule.id, severity: rule.severity,
                    message: Message("verify.catalogue-has-what-so", ["what": .message(what)]),
                    fix: Message("verify.build-pdf-standard-which.hint"))
            ]
        }
        return []
    }

    /// ISO 19005-2 §6.2.11.4: every font embedded; for level U, §6.2.11.7: every font maps to Unicode.
    static func fonts(_ doc: PDFReadback, standard: PDFStandard) -> [VerifyFinding] {
        let rule = VerifyRules.archiveFonts
        var findings = doc.fonts.filter { !$0.embedded }.map {
            VerifyFinding(
                rule: rule.id, severity: rule.severity, page: $0.firstPage,
                message: Message("verify.font-value-embedded-iso", ["value": "\($0.name)"]),
                fix: Message("verify.embed-every-font-folio.hint"))
        }
        if standard == .a2u {
            findings += doc.fonts.filter { !$0.hasToUnicode }.map {
                VerifyFinding(
                    rule: rule.id, severity: rule.severity, page: $0.firstPage,
                    message: Message("verify.font-value-has-tounicode", ["value": "\($0.name)"]))
            }
        }
        return findings
    }

    /// ISO 19005-2 §6.1.3: no encryption.
    static func encryption(_ doc: PDFReadback) -> [VerifyFinding] {
        guard doc.encrypted else { return [] }
        let rule = VerifyRules.archiveEncryption
        return [
            VerifyFinding(
                rule: rule.id, severity: rule.severity,
                message: Message("verify.file-encrypted-iso-forbids"),
                fix: Message("verify.write-file-without-password.hint"))
        ]
    }

    /// The catalogue's /Lang (ISO 32000-1 §14.9.2.1): required only by level A, but screen readers and text
    /// extraction use it, so its absence is a warning.
    static func language(_ doc: PDFReadback) -> [VerifyFinding] {
        TaggingRules.missingLanguage(
            doc, rule: VerifyRules.archiveLanguage, message: Message("verify.catalogue-has-lang-document"))
    }
}
