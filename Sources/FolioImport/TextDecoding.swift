import Foundation

/// The encodings a report saved as plain text arrives in, detected from its bytes: Word and WPS save
/// "Unicode" (UTF-16 LE with a byte-order mark), "Unicode big endian", UTF-8 with or without a mark, and on
/// Chinese Windows the ANSI code page (GBK, read as its superset GB18030).
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8 with a byte-order mark (EF BB BF).
    case utf8BOM = "UTF-8 (with byte-order mark)"
    /// UTF-8 without a mark.
    case utf8 = "UTF-8"
    /// UTF-16 little endian, with its mark (FF FE).
    case utf16LE = "UTF-16 LE"
    /// UTF-16 big endian, with its mark (FE FF).
    case utf16BE = "UTF-16 BE"
    /// GB18030 (covers GBK and GB2312).
    case gb18030 = "GB18030"

    /// GB18030-2000 as Foundation names it (kCFStringEncodingGB_18030_2000 mapped to NSStringEncoding).
    static let foundationGB18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The text of `data` and the encoding it was read in: a byte-order mark decides; without one, valid
    /// UTF-8 is UTF-8 and anything else is tried as GB18030. Nil when no encoding reads it.
    public static func decode(_ data: Data) -> (text: String, encoding: TextEncoding)? {
        let bytes = [UInt8](data.prefix(3))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(data: data.dropFirst(3), encoding: .utf8).map { ($0, .utf8BOM) }
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return String(data: data.dropFirst(2), encoding: .utf16LittleEndian).map { ($0, .utf16LE) }
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return String(data: data.dropFirst(2), encoding: .utf16BigEndian).map { ($0, .utf16BE) }
        }
        if let text = String(data: data, encoding: .utf8) { return (text, .utf8) }
        guard let text = String(data: data, encoding: foundationGB18030), !text.contains("\u{FFFD}") else { return nil }
        return (text, .gb18030)
    }
}
