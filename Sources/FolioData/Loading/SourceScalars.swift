/// A text's Unicode scalars kept for random access in as little memory as they allow: two bytes each when every one
/// lies in the Basic Multilingual Plane (Chinese text nearly always does), four otherwise. A 20 MB dataset holds
/// about nine million scalars: 18 MB here rather than 36 as `[Unicode.Scalar]`.
public struct SourceScalars: RandomAccessCollection, Sendable {
    private enum Storage: Sendable {
        case narrow([UInt16])
        case wide([Unicode.Scalar])
    }

    private let storage: Storage

    /// The scalars of `text` but its line breaks (`isBreak`), in order; `count` is how many there are, to reserve.
    init(_ text: String, count: Int, isBreak: (Unicode.Scalar) -> Bool) {
        let narrow =
            text.utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= 0xF0 } }
            ?? !text.unicodeScalars.contains { $0.value > 0xFFFF }
        if narrow {
            var units: [UInt16] = []
            units.reserveCapacity(count)
            for scalar in text.unicodeScalars where !isBreak(scalar) {
                units.append(UInt16(truncatingIfNeeded: scalar.value))
            }
            storage = .narrow(units)
        } else {
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(count)
            for scalar in text.unicodeScalars where !isBreak(scalar) { scalars.append(scalar) }
            storage = .wide(scalars)
        }
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
