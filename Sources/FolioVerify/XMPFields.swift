/// Reads single properties out of an XMP packet (ISO 16684-1) without a full RDF parser: a property written as an
/// element (`<pdf:Producer>…</pdf:Producer>`), as an attribute (`pdf:Producer="…"`), or as the first item of an
/// `rdf:Alt`/`rdf:Seq`/`rdf:Bag` (`dc:title`, `dc:creator`). Enough for the packets PDF writers put in files; a
/// packet written in a form it does not follow reads as the property missing.
struct XMPFields {
    /// The packet's text.
    var xmp: String

    /// The value of `property` ("pdfaid:part"), XML entities decoded; nil when absent.
    func value(_ property: String) -> String? {
        if let inner = element(property, in: xmp) {
            guard let item = element("rdf:li", in: inner) else { return Self.unescape(inner) }
            return Self.unescape(item)
        }
        return attribute(property)
    }

    /// The text between the first `<name …>` and the next `</name>` in `text`.
    private func element(_ name: String, in text: String) -> String? {
        var search = text[...]
        while let open = search.range(of: "<" + name) {
            let rest = search[open.upperBound...]
            guard let next = rest.first else { return nil }
            guard next == ">" || next == " " || next == "\n" || next == "\t" || next == "/" else {
                search = rest
                continue
            }
            guard let close = rest.firstIndex(of: ">") else { return nil }
            if rest[..<close].last == "/" { return "" }
            let body = rest[rest.index(after: close)...]
            guard let end = body.range(of: "</" + name + ">") else { return nil }
            return String(body[..<end.lowerBound])
        }
        return nil
    }

    /// The value of `name="…"` (or single quotes) anywhere in the packet.
    private func attribute(_ name: String) -> String? {
        for quote in ["\"", "'"] {
            var search = xmp[...]
            while let start = search.range(of: name + "=" + quote) {
                let before = xmp[..<start.lowerBound].last ?? " "
                let rest = search[start.upperBound...]
                if before.isWhitespace, let end = rest.range(of: quote) {
                    return Self.unescape(rest[..<end.lowerBound])
                }
                search = rest
            }
        }
        return nil
    }

    /// `text` with the XML entities (the five named ones and numeric references) decoded.
    static func unescape<S: StringProtocol>(_ text: S) -> String {
        guard text.contains("&") else { return String(text) }
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let tail = rest[amp...]
            guard let semi = tail.firstIndex(of: ";"), tail.distance(from: amp, to: semi) <= 10 else {
                out += tail; return out
            }
            let entity = tail[tail.index(after: amp)..<semi]
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let hex = entity.hasPrefix("#x") || entity.hasPrefix("#X")
                let digits = entity.dropFirst(hex ? 2 : 1)
                if entity.hasPrefix("#"), let code = UInt32(digits, radix: hex ? 16 : 10),
                    let scalar = Unicode.Scalar(code)
                {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += tail[amp...semi]
                }
            }
            rest = tail[tail.index(after: semi)...]
        }
        return out + rest
    }
}
