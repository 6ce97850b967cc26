import FolioDisplay

/// A piece of paragraph text in one style.
public struct TextSpan: Sendable, Hashable {
    /// The text (may contain "\n" for a mandatory break).
    public var text: String
    /// The role whose font stack sets it.
    public var role: FontRole
    /// The font size (em).
    public var size: Pt
    /// Bold (a real bold face if the family has one, otherwise synthetic emboldening).
    public var bold: Bool
    /// Its full-width marks keep their whole em: never compressed in pairs, squeezed or trimmed (heading
    /// numbers "（二）", "一、", GB/T 9704 §7.3.3).
    public var keepsMarkWidths: Bool
    /// Creates a span.
    public init(text: String, role: FontRole, size: Pt, bold: Bool = false, keepsMarkWidths: Bool = false) {
        self.text = text; self.role = role; self.size = size; self.bold = bold; self.keepsMarkWidths = keepsMarkWidths
    }
}
