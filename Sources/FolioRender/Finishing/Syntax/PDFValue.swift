/// A PDF object as the finishing step reads and writes it (ISO 32000-1 §7.3). Only what Cairo's files hold:
/// references are to generation 0, the only generation a file written once has.
enum PDFValue: Equatable, Sendable {
    /// `null` (§7.3.9).
    case null
    /// `true` or `false` (§7.3.2).
    case bool(Bool)
    /// An integer (§7.3.3).
    case integer(Int)
    /// A real number, kept as written so that it is written back unchanged (§7.3.3).
    case real(String)
    /// A string's bytes, escapes decoded (§7.3.4); written back as a literal or hexadecimal string.
    case string([UInt8])
    /// A name without its slash, `#xx` escapes kept as written (§7.3.5), one character a byte.
    case name(String)
    /// An array (§7.3.6).
    case array([PDFValue])
    /// A dictionary (§7.3.7).
    indirect case dictionary(PDFDictionary)
    /// A reference to indirect object `n 0 R` (§7.3.10).
    case reference(Int)

    /// The dictionary, when this is one.
    var dictionary: PDFDictionary? {
        if case .dictionary(let d) = self { return d }
        return nil
    }

    /// The items, when this is an array.
    var array: [PDFValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The integer, when this is one.
    var integer: Int? {
        if case .integer(let i) = self { return i }
        return nil
    }

    /// The object number, when this is a reference.
    var reference: Int? {
        if case .reference(let n) = self { return n }
        return nil
    }

    /// The number, integer or real.
    var number: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .real(let r): return Double(r)
        default: return nil
        }
    }

    /// Whether this is the name `name` (without its slash).
    func isName(_ name: String) -> Bool {
        if case .name(let n) = self { return n == name }
        return false
    }

    /// A text string (§7.9.2.2): PDFDocEncoding's ASCII part as it is, anything else as UTF-16BE with its byte
    /// order mark.
    static func text(_ text: String) -> PDFValue {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return .string(Array(text.utf8)) }
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        return .string(bytes)
    }
}

/// A dictionary's entries in the order they were read or set: the bytes written back keep Cairo's order.
struct PDFDictionary: Equatable, Sendable {
    /// One entry: a key without its slash, and its value.
    struct Entry: Equatable, Sendable {
        /// The key, without its slash.
        var key: String
        /// The value.
        var value: PDFValue
    }

    /// The entries in order.
    private(set) var entries: [Entry] = []

    /// An empty dictionary.
    init() {}

    /// A dictionary of `entries`, in that order.
    init(_ entries: [(String, PDFValue)]) {
        for (key, value) in entries { self[key] = value }
    }

    /// The value for `key`; setting nil removes the entry, setting a new key appends it.
    subscript(key: String) -> PDFValue? {
        get { entries.first { $0.key == key }?.value }
        set {
            let index = entries.firstIndex { $0.key == key }
            switch (index, newValue) {
            case let (i?, value?): entries[i].value = value
            case let (i?, nil): entries.remove(at: i)
            case let (nil, value?): entries.append(Entry(key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    /// Whether `key` has the name `name` as its value.
    func has(_ key: String, name: String) -> Bool { self[key]?.isName(name) ?? false }
}

extension PDFValue {
    /// The value with every reference `n 0 R` made `number[n] 0 R` (0, a free object that reads as null, for a
    /// number outside the table).
    func renumbered(_ number: [Int]) -> PDFValue {
        switch self {
        case .reference(let n): return .reference(n >= 0 && n < number.count ? number[n] : 0)
        case .array(let items): return .array(items.map { $0.renumbered(number) })
        case .dictionary(let d): return .dictionary(d.renumbered(number))
        default: return self
        }
    }
}

extension PDFDictionary {
    /// The dictionary with its references renumbered (`PDFValue.renumbered`).
    func renumbered(_ number: [Int]) -> PDFDictionary {
        var d = self
        for i in d.entries.indices { d.entries[i].value = d.entries[i].value.renumbered(number) }
        return d
    }
}
