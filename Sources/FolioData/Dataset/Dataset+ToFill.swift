import FolioMessages

extension Dataset {
    /// What `folio import` writes where it found no title, issuer or table caption: printed as they are, they read
    /// “（标题）” at the head of the report, “（发文机关）” as the signature, “表1（表题）” over a table. The importer writes
    /// them, `folio check` reports them (`todo.marker`) and `folio build` refuses them (`typedMarkers`).
    public static let importPlaceholders = (title: "（标题）", issuer: "（发文机关）", caption: "（表题）")

    /// The messages `typedMarkers` says the importer's placeholders with (title, issuer, caption): a draft prints a
    /// placeholder as it is, not as 【待填】, so `folio build`'s hint for them differs.
    public static let placeholderMessages = (
        title: "check.to-fill.title", issuer: "check.to-fill.issuer", caption: "check.to-fill.caption"
    )

    /// Whether the issuer, printed as the signature, is still to fill in: the importer's placeholder or a 【待填】.
    public var issuerToFill: Bool {
        report.issuer.contains(Self.importPlaceholders.issuer) || report.issuer.contains(Self.toFillMarker)
    }

    /// Whether the author has said the report's markers are meant (`checks: disable: [todo.marker]`, or the `todo`
    /// family): a form that asks its readers to fill in the 【待填】 fields prints them on purpose.
    public var markersMeant: Bool {
        disabledChecks.contains("todo.marker") || disabledChecks.contains("todo")
    }

    /// Every to-fill marker typed into the report's texts — a 【待填】 written in a paragraph, a heading, a caption, a
    /// note or a table cell (not one an expression prints: those are `!todo` figures, reported where they are) — and
    /// every placeholder `folio import` left (`importPlaceholders`), each a `data.todo` warning at its text: a final
    /// `folio build` refuses them as it refuses `!todo` figures, since each would be printed as it is. Typed markers the
    /// author has said are meant (`markersMeant`) are not refused; the importer's placeholders always are.
    public func typedMarkers() -> [Diagnostic] {
        var out: [Diagnostic] = []
        if Self.writes(Self.importPlaceholders.title, in: report.title) {
            out.append(placeholder(Self.placeholderMessages.title, report.title.location))
        }
        if report.issuer.contains(Self.importPlaceholders.issuer)
            || (!markersMeant && report.issuer.contains(Self.toFillMarker))
        {
            out.append(placeholder(Self.placeholderMessages.issuer, report.issuerLocation ?? report.location))
        }
        for template in DatasetValidator(dataset: self).templates() {
            if !markersMeant, Self.writes(Self.toFillMarker, in: template) {
                out.append(
                    todo(
                        Message("check.text-still-fill"),
                        Message("check.write-text-place-marker.hint", ["marker": "\(Self.toFillMarker)"]),
                        template.location))
            } else if Self.writes(Self.importPlaceholders.caption, in: template) {
                out.append(placeholder(Self.placeholderMessages.caption, template.location))
            }
        }
        return out
    }

    /// The cells of the report's tables (header rows included) with a 【待填】 typed into them, in reading order: they
    /// are no prose, so `folio check` finds them here (`todo.marker`).
    public func tableCellsToFill() -> [TextTemplate] {
        var out: [TextTemplate] = []
        func walk(_ blocks: [BodyBlock]) {
            for block in blocks {
                switch block {
                case .table(let t):
                    guard case .cells(let header, let rows) = t.content else { continue }
                    out += (header + rows).joined().map(\.text).filter { Self.writes(Self.toFillMarker, in: $0) }
                case .section(let s): walk(s.body)
                case .attachment(let a): walk(a.body)
                default: continue
                }
            }
        }
        walk(body)
        return out
    }

    /// Whether `text` is typed into `template` outside its expressions. Compared by UTF-8 bytes: a final build asks
    /// this of every text of the report, and `String.contains` on Chinese text cost a 100× build 35 ms.
    static func writes(_ text: String, in template: TextTemplate) -> Bool {
        let needle = Array(text.utf8)
        return template.parts.contains { part in
            guard case .literal(var s) = part else { return false }
            return s.withUTF8 { Self.contains($0, needle) }
        }
    }

    /// Whether `bytes` hold `needle` (non-empty) as a run.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var i = 0
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first {
                var k = 1
                while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// The `data.todo` warning of a placeholder: message `id`, its hint `id.hint`, at `location`.
    private func placeholder(_ id: String, _ location: SourceLocation?) -> Diagnostic {
        todo(Message(id), Message(id + ".hint"), location)
    }

    /// A `data.todo` warning saying `message` at `location`.
    private func todo(_ message: Message, _ hint: Message, _ location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, message, at: location, hint: hint, code: "data.todo")
    }
}
