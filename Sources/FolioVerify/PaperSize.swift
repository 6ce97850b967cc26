import FolioDisplay

/// The paper sizes `folio verify --page-size` knows, portrait.
public enum PaperSize: String, CaseIterable, Sendable, Codable {
    /// 210 × 297 mm (GB/T 148), the paper of GB/T 9704 §5.1.
    case a4 = "A4"
    /// 297 × 420 mm.
    case a3 = "A3"
    /// US Letter, 8.5 × 11 in.
    case letter

    /// Reads "A4", "a4", "A3", "letter" in any case.
    public init?(name: String) {
        guard let size = Self.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else {
            return nil
        }
        self = size
    }

    /// Width and height, portrait.
    public var size: Size {
        switch self {
        case .a4: return Size(width: .mm(210), height: .mm(297))
        case .a3: return Size(width: .mm(297), height: .mm(420))
        case .letter: return Size(width: Pt(612), height: Pt(792))
        }
    }

    /// How far a page may be off and still count as this size (rounding in the writers that made it).
    public static let tolerance = Pt(1)

    /// Whether `size` is this paper within `tolerance`, portrait.
    func matches(_ size: Size) -> Bool {
        abs(size.width.value - self.size.width.value) <= Self.tolerance.value
            && abs(size.height.value - self.size.height.value) <= Self.tolerance.value
    }
}
