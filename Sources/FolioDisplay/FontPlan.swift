/// A role and weight that text is set in: what decides, with the character, which font file draws it.
public struct CharacterStyle: Hashable, Sendable {
    /// The font role.
    public var role: FontRole
    /// Bold (a real bold face when the role's stack has one, else synthetic emboldening).
    public var bold: Bool
    /// Creates a style.
    public init(role: FontRole, bold: Bool = false) { self.role = role; self.bold = bold }
}

/// One face of a font file, whatever it is drawn as (synthetic bold and names aside): the unit a font subset is
/// made of.
public struct FontFile: Hashable, Sendable {
    /// Absolute path of the font file.
    public var path: String
    /// Face index within the file.
    public var index: Int
    /// Creates a reference to face `index` of the file at `path`.
    public init(path: String, index: Int) { self.path = path; self.index = index }
}

/// The OpenType features the text engine asks HarfBuzz for beyond the shaper's defaults: `fwid` on full-width
/// runs. A font subset's glyph closure keeps these features' alternates besides the default features' (hb-subset's
/// default feature list follows HarfBuzz's shaper), so every glyph the text engine can shape is in the subset.
public enum ShapingFeatures {
    /// Full widths (`fwid`), asked for on the runs set full width.
    public static let fullWidth = "fwid"
    /// Every feature asked for beyond the defaults.
    public static let requested = [fullWidth]
}

extension FontFace {
    /// The file face this face draws from.
    public var file: FontFile { FontFile(path: path, index: index) }
}

/// The characters a document will draw from each font file, known before layout: the PDF writer cuts
/// each file down to its own set before Cairo reads it. A file the plan did not foresee is cut to `all`.
public struct FontCharacterPlan: Sendable {
    /// The characters each file face will draw.
    public var byFile: [FontFile: Set<Unicode.Scalar>]
    /// Every character the document can draw: the set for a file missing from `byFile`.
    public var all: Set<Unicode.Scalar>
    /// The advance of a full-width character on the document's character grid, in em (GB/T 9704 §5.2.3: 15.793 pt
    /// at 16 pt, 0.98706 em); nil without a grid. The PDF writer gives its subsets a second version whose
    /// full-width glyphs advance this much, for runs set on the grid: Cairo then writes no adjustment between their
    /// glyphs.
    public var gridAdvance: Double?
    /// Creates a plan.
    public init(byFile: [FontFile: Set<Unicode.Scalar>] = [:], all: Set<Unicode.Scalar>, gridAdvance: Double? = nil) {
        self.byFile = byFile
        self.all = all
        self.gridAdvance = gridAdvance
    }
}
