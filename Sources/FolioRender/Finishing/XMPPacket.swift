import FolioDisplay

/// The XMP metadata packet of a PDF/A file (ISO 19005-2 §6.6.2; XMP, ISO 16684-1): the same strings as the
/// document information dictionary (ISO 19005-2 §6.6.3 requires them to agree) and the PDF/A identification.
struct XMPPacket {
    /// The document information the packet restates.
    var info: DocumentInfo
    /// The /Producer string written in the information dictionary too.
    var producer: String
    /// The conformance level claimed by `pdfaid:part` and `pdfaid:conformance`.
    var standard: PDFStandard

    /// The packet as UTF-8 text, wrapped in `<?xpacket?>` processing instructions.
    var text: String {
        let date = Self.xmpDate(info.creationDate)
        var properties = ["<dc:format>application/pdf</dc:format>"]
        if !info.title.isEmpty {
            properties.append(
                "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(Self.escape(info.title))"
                    + "</rdf:li></rdf:Alt></dc:title>")
        }
        if !info.author.isEmpty {
            properties.append(
                "<dc:creator><rdf:Seq><rdf:li>\(Self.escape(info.author))</rdf:li></rdf:Seq></dc:creator>")
        }
        if !info.subject.isEmpty {
            properties.append(
                "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(Self.escape(info.subject))"
                    + "</rdf:li></rdf:Alt></dc:description>")
        }
        if !info.keywords.isEmpty {
            properties.append("<pdf:Keywords>\(Self.escape(Self.keywords(info)))</pdf:Keywords>")
        }
        properties += [
            "<pdf:Producer>\(Self.escape(producer))</pdf:Producer>",
            "<xmp:CreatorTool>\(Self.escape(info.creator))</xmp:CreatorTool>",
            "<xmp:CreateDate>\(date)</xmp:CreateDate>",
            "<xmp:ModifyDate>\(date)</xmp:ModifyDate>",
            "<xmp:MetadataDate>\(date)</xmp:MetadataDate>",
            "<pdfaid:part>\(standard.part)</pdfaid:part>",
            "<pdfaid:conformance>\(standard.conformance)</pdfaid:conformance>",
        ]
        return """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" \
            xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" \
            xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
            \(properties.joined(separator: "\n"))
            </rdf:Description>
            </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """
    }

    /// The keywords as one string, joined as the information dictionary's /Keywords is.
    static func keywords(_ info: DocumentInfo) -> String { info.keywords.joined(separator: ", ") }

    /// "2021-07-15T00:00:00Z" → the same instant as an XMP date (ISO 8601, UTC); a malformed date → the epoch,
    /// as `PDFFinisher.pdfDate` does, so the two forms always name the same instant.
    static func xmpDate(_ iso: String) -> String {
        let digits = Array(PDFFinisher.pdfDate(iso).filter(\.isNumber))
        guard digits.count == 14 else { return "1970-01-01T00:00:00Z" }
        func part(_ from: Int, _ count: Int) -> String { String(digits[from..<(from + count)]) }
        return "\(part(0, 4))-\(part(4, 2))-\(part(6, 2))T\(part(8, 2)):\(part(10, 2)):\(part(12, 2))Z"
    }

    /// `text` with the five XML special characters escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(c)
            }
        }
        return out
    }
}
