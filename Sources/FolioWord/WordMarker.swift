import FolioDocument

/// A draft's 【待填】 in red in Word too, as the PDF prints it: a run is cut where it prints the marker and the
/// marker's pieces get a colour.
enum WordMarker {
    /// The marker's colour: the red of the 版头 (GB/T 9704 §7.2.4's red, as the PDF's).
    static let red = "E60000"

    /// `text` cut into pieces, each with whether it is the marker.
    static func pieces(_ text: String, marker: String = Document.toFillMarker) -> [(text: String, marked: Bool)] {
        guard !marker.isEmpty, text.contains(marker) else { return [(text, false)] }
        var out: [(String, Bool)] = []
        var rest = Substring(text)
        while let r = rest.range(of: marker) {
            if r.lowerBound > rest.startIndex { out.append((String(rest[..<r.lowerBound]), false)) }
            out.append((marker, true))
            rest = rest[r.upperBound...]
        }
        if !rest.isEmpty { out.append((String(rest), false)) }
        return out
    }

    /// The run properties `properties` with the colour `color`: replacing a colour already there, else inserted
    /// where CT_RPr's sequence puts `w:color` (after the fonts and bold, before spacing, size and language), since
    /// Word refuses run properties out of order.
    static func coloured(_ properties: String, _ color: String) -> String {
        let element = #"<w:color w:val="\#(color)"/>"#
        if let start = properties.range(of: "<w:color "), let end = properties[start.upperBound...].range(of: "/>") {
            return properties.replacingCharacters(in: start.lowerBound..<end.upperBound, with: element)
        }
        let after = [
            "<w:spacing", "<w:w ", "<w:kern", "<w:position", "<w:sz ", "<w:szCs", "<w:highlight", "<w:u ", "<w:effect",
            "<w:bdr", "<w:shd", "<w:fitText", "<w:vertAlign", "<w:rtl", "<w:cs", "<w:em ", "<w:lang",
            "<w:eastAsianLayout",
        ]
        let first = after.compactMap { properties.range(of: $0)?.lowerBound }.min()
        guard let first else { return properties + element }
        return String(properties[..<first]) + element + String(properties[first...])
    }
}
