/// A text's Unicode scalars kept for random access in as little memory as they allow: two bytes each when every one
/// lies in the Basic Multilingual Plane (Chinese text nearly always does), four otherwise. A 20 MB dataset holds
/// about nine million scalars: 18 MB here rather than 36 as `[Unicode.Scalar]`.
public struct SourceScalars: RandomAccessCollection, Sendable {
    private enum Storage: Sendable {
        case narrow([UInt16])
        case wide([Unicode.Scalar])
    }

    private let storage: Storage

    /// Scalars two bytes each: every one in the Basic Multilingual Plane.
    init(narrow units: [UInt16]) { storage = .narrow(units) }

    /// Scalars four bytes each.
    init(wide scalars: [Unicode.Scalar]) { storage = .wide(scalars) }

    /// How many scalars `text` has and whether all of them fit in two bytes, from its UTF-8 bytes: those that
    /// start a scalar, and none that starts one of four bytes (beyond U+FFFF). Decoding every scalar to count it
    /// was most of the time of cutting a long dataset into lines.
    static func measure(_ text: String) -> (count: Int, narrow: Bool) {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var (count, narrow) = (0, true)
            for b in bytes where b & 0xC0 != 0x80 {
                count += 1
                if b >= 0xF0 { narrow = false }
            }
            return (count, narrow)
        } ?? (text.unicodeScalars.count, !text.unicodeScalars.contains { $0.value > 0xFFFF })
    }

    /// The first position.
    public var startIndex: Int { 0 }

    /// One past the last position.
    public var endIndex: Int {
        switch storage {
        case .narrow(let units): return units.count
        case .wide(let scalars): return scalars.count
        }
    }

    /// The scalar at `i`.
    public subscript(i: Int) -> Unicode.Scalar {
        switch storage {
        // A narrow store holds no surrogate (they are no scalars), so every unit converts.
        case .narrow(let units): return Unicode.Scalar(units[i]) ?? "\u{FFFD}"
        case .wide(let scalars): return scalars[i]
        }
    }

    /// The value of the scalar at `i`, without making the scalar (the walks compare values).
    public func value(at i: Int) -> UInt32 {
        switch storage {
        case .narrow(let units): return UInt32(units[i])
        case .wide(let scalars): return scalars[i].value
        }
    }
}
