import FolioMessages
import Foundation
import Yams

extension NodeReader {
    /// Keys of `report.document:`.
    static let documentKeys = [
        "copy", "secrecy", "urgency", "mark", "number", "signers", "to", "note", "cc", "printer", "printed", "seal",
        "present", "leave", "observers", "signed-by",
    ]
    /// The attendance keys of a 纪要 and the words they print (GB/T 9704 §10.3: 出席, 请假, 列席).
    static let attendanceKeys = [("present", "出席"), ("leave", "请假"), ("observers", "列席")]
    /// The 密级 a document may carry (GB/T 9704 §7.2.2; 保守国家秘密法 §10).
    static let secrecyLevels = ["绝密", "机密", "秘密"]
    /// The 紧急程度 of a document (GB/T 9704 §7.2.3).
    static let urgencies = ["特急", "加急"]

    /// Reads `report.document:` — 版头, 主送机关, 附注 and 版记 — checking each value's form where the standard
    /// gives one (份号 six digits, 密级, 紧急程度, 发文字号 with 六角括号 and no 第 or leading zero).
    mutating func readDocumentParts(_ node: Node) -> OfficialDocumentParts? {
        guard let f = fields(node, "report.document", allowed: Self.documentKeys) else { return nil }
        var parts = OfficialDocumentParts()
        parts.location = location(node)
        if let n = f["copy"], let t = text(n, "report.document.copy") {
            if t.count == 6, t.allSatisfy({ $0.isASCII && $0.isNumber }) {
                parts.copyNumber = t
            } else {
                error(
                    Message("document.copy.report-document-copy-value", ["value": "\(t)"]), at: n,
                    hint: Message("document.copy.gb-t-six-digits.hint"),
                    code: "document.copy")
            }
        }
        if let n = f["secrecy"], let t = text(n, "report.document.secrecy") {
            if Self.secrecyLevels.contains(where: { t.hasPrefix($0) }) {
                parts.secrecy = t
            } else {
                error(
                    Message("document.secrecy.report-document-secrecy-value", ["value": "\(t)"]), at: n,
                    hint: Message("document.secrecy.gb-t-period-after.hint"), code: "document.secrecy")
            }
        }
        if let n = f["urgency"], let t = text(n, "report.document.urgency") {
            if Self.urgencies.contains(t) {
                parts.urgency = t
            } else {
                error(
                    Message("document.urgency.report-document-urgency-value", ["value": "\(t)"]), at: n,
                    hint: Message("document.urgency.gb-t.hint"), code: "document.urgency")
            }
        }
        if let n = f["mark"], let items = list(n, "report.document.mark", single: true) {
            parts.mark = items.compactMap { text($0, "report.document.mark") }
            if parts.mark.count > InputLimits.maxMarkLines
                || parts.mark.contains(where: { $0.count > InputLimits.maxMarkCharacters })
            {
                error(
                    Message(
                        "limit.document.report-document-mark-too",
                        ["limit": "\(InputLimits.maxMarkLines)", "limit2": "\(InputLimits.maxMarkCharacters)"]),
                    at: n, hint: Message("limit.document.gb-t-use-issuing.hint"),
                    code: "limit.document")
                parts.mark = []
            }
        }
        if let n = f["number"], let t = text(n, "report.document.number") {
            // A draft's serial still to fill (X政发〔2022〕【待填】号, 第【待填】号): checked with a serial in its place.
            let toFill = t.contains(Self.toFillMarker)
            if toFill {
                warning(
                    Message("data.todo.path-still-fill", ["path": .message(Self.pathPhrase("report.document.number"))]),
                    at: n, hint: Message("data.todo.document-number.hint"), code: "data.todo")
            }
            if let problem = Self.documentNumberProblem(t.replacingOccurrences(of: Self.toFillMarker, with: "1")) {
                error(
                    Message(
                        "document.number.report-document-number-value", ["value": "\(t)", "problem": .message(problem)]),
                    at: n, hint: Message("document.number.write-x.hint"),
                    code: "document.number")
            } else {
                parts.number = t
            }
        }
        if let n = f["signers"], let items = list(n, "report.document.signers", single: true) {
            parts.signers = items.compactMap { text($0, "a signer") }
            if parts.signers.count > InputLimits.maxSigners || parts.signers.contains(where: { $0.count > 10 }) {
                error(
                    Message("limit.document.report-document-signers-most", ["limit": "\(InputLimits.maxSigners)"]),
                    at: n,
                    hint: Message("limit.document.gb-t-names-leaders.hint"),
                    code: "limit.document")
                parts.signers = []
            }
        }
        // One seal, or one per joint issuer in their order (§7.3.5.1); DatasetValidator checks the count.
        if let n = f["seal"], let items = list(n, "report.document.seal", single: true) {
            for item in items {
                if let path = text(item, "report.document.seal"), let file = readImageFile(path, at: item) {
                    parts.seals.append(NamedImage(path: path, file: file))
                    noteSealLettering(file, path: path, at: item)
                }
            }
        }
        for (key, label) in Self.attendanceKeys {
            if let n = f[key], let items = list(n, "report.document.\(key)", single: true) {
                parts.attendance.append(
                    AttendanceLine(label: label, names: items.compactMap { text($0, "report.document.\(key)") }))
            }
        }
        // One leader's {title, seal}, or a list of them for joint issuers, the lead body's first (§7.3.5.3).
        if let n = f["signed-by"] {
            let entries: [Node]
            if case .sequence(let seq) = n { entries = Array(seq) } else { entries = [n] }
            for entry in entries {
                if let signer = readSignerSeal(entry) { parts.signerSeals.append(signer) }
            }
        }
        parts.recipients = f["to"].flatMap { text($0, "report.document.to") }
        parts.notice = f["note"].flatMap { text($0, "report.document.note") }
        if let n = f["cc"], let items = list(n, "report.document.cc", single: true) {
            parts.copiesTo = items.compactMap { text($0, "report.document.cc") }
            if parts.copiesTo.count > InputLimits.maxCopiesTo || parts.copiesTo.contains(where: { $0.count > 40 }) {
                error(
                    Message("limit.document.report-document-cc-most", ["limit": "\(InputLimits.maxCopiesTo)"]),
                    at: n, hint: Message("limit.document.list-bodies-their-limits.hint"), code: "limit.document")
                parts.copiesTo = []
            }
        }
        parts.printer = f["printer"].flatMap { text($0, "report.document.printer") }
        if let n = f["printed"], let t = text(n, "report.document.printed") {
            if Self.isToFill(n) {
                warning(
                    Message(
                        "data.todo.path-still-fill", ["path": .message(Self.pathPhrase("report.document.printed"))]),
                    at: n, hint: Message("data.todo.document-printed.hint"), code: "data.todo")
                parts.printedToFill = true
            } else if let d = DatasetDate(parsing: t) {
                parts.printed = d
            } else {
                error(
                    Message("schema.date.report-document-printed-value", ["value": "\(t)"]), at: n,
                    hint: Message("schema.date.write-yyyy-mm-dd.hint"),
                    code: "schema.date")
            }
        }
        if parts.printed != nil || parts.printedToFill, parts.printer == nil, let n = f["printed"] {
            error(
                Message("document.imprint.report-document-printed-without"), at: n,
                hint: Message("document.imprint.gb-t-give-printer.hint"), code: "document.imprint")
        }
        return parts
    }

    /// One `signed-by` entry: the leader's title and the 签名章's image.
    mutating func readSignerSeal(_ node: Node) -> SignerSeal? {
        guard
            let g = fields(
                node, "report.document.signed-by", allowed: ["title", "seal"], required: ["title", "seal"]),
            let title = g["title"].flatMap({ text($0, "report.document.signed-by.title") }),
            let sealNode = g["seal"], let path = text(sealNode, "report.document.signed-by.seal"),
            let file = readImageFile(path, at: sealNode)
        else { return nil }
        noteSealLettering(file, path: path, at: sealNode)
        return SignerSeal(title: title, seal: NamedImage(path: path, file: file))
    }

    /// A seal drawn as SVG whose lettering is `<text>`: drawn as glyphs, its words join the PDF's text layer (a copy
    /// of the date beside it brings them along; a search finds them). A warning: a seal is a picture, its lettering
    /// belongs in outlines (Tests/Fixtures/gbt9704/outline_text.py converts them).
    mutating func noteSealLettering(_ file: ImageFile, path: String, at node: Node) {
        guard file.format == .svg, file.data.range(of: Data("<text".utf8)) != nil else { return }
        warning(
            Message("image.seal-text.lettering-is-text", ["shown": "\(displayName(path))"]), at: node,
            hint: Message("image.seal-text.outline.hint"), code: "image.seal-text")
    }

    /// What is wrong with a 发文字号 (GB/T 9704 §7.2.5: 机关代字, the year in full in 六角括号 〔〕, the serial number
    /// without 第 and without leading zeros, then 号) or an order's 令号 (§10.2: 第3号), or nil when it is right.
    static func documentNumberProblem(_ number: String) -> Message? {
        // An order's 令号 (GB/T 9704 §10.2): 第3号.
        if number.hasPrefix("第"), number.hasSuffix("号"), number.count > 2 {
            let serial = number.dropFirst().dropLast()
            if serial.allSatisfy({ $0.isASCII && $0.isNumber }) && !serial.hasPrefix("0") { return nil }
        }
        let wrongBrackets: [(Character, Character)] = [
            ("[", "]"), ("［", "］"), ("(", ")"), ("（", "）"), ("【", "】"), ("{", "}"),
        ]
        for (open, close) in wrongBrackets where number.contains(open) && number.contains(close) {
            return Message("document.number.brackets", ["brackets": "\(open)\(close)"])
        }
        guard let open = number.firstIndex(of: "〔"), let close = number.firstIndex(of: "〕"), open < close else {
            return Message("document.number.no-year")
        }
        let code = number[..<open], year = number[number.index(after: open)..<close]
        var serial = number[number.index(after: close)...]
        guard !code.isEmpty else { return Message("document.number.no-code") }
        guard year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return Message("document.number.short-year", ["year": "\(year)"])
        }
        guard serial.hasSuffix("号") else { return Message("document.number.no-hao") }
        serial = serial.dropLast()
        if serial.hasPrefix("第") { return Message("document.number.di") }
        guard !serial.isEmpty, serial.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return Message("document.number.not-digits", ["serial": "\(serial)"])
        }
        if serial.hasPrefix("0") { return Message("document.number.leading-zero") }
        return nil
    }
}
