import Foundation

/// Small helpers for writing WordprocessingML (ECMA-376 Part 1) as text.
enum WordXML {
    /// The namespaces document.xml, footers and styles declare.
    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"
        """
    /// The XML declaration every part starts with.
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#

    /// `text` with the five XML specials escaped, and characters XML 1.0 cannot hold dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && !(0xFFFE...0xFFFF).contains(scalar.value) {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Twentieths of a point (twips), Word's unit for lengths.
    static func twips(points: Double) -> Int { Int((points * 20).rounded()) }
    /// Twips from millimetres.
    static func twips(mm: Double) -> Int { twips(points: mm * 72 / 25.4) }
    /// English Metric Units (DrawingML): 12,700 to a point.
    static func emu(points: Double) -> Int { Int((points * 12_700).rounded()) }
    /// Half-points, Word's unit for font sizes.
    static func halfPoints(_ points: Double) -> Int { Int((points * 2).rounded()) }
}
