import FolioDisplay
import FolioDocument
import FolioText

extension TextEngine {
    /// The text engine for `theme`: each font role set in the theme's stack for it (first installed family wins),
    /// with the theme's fallback list, and the dataset's unit words kept with their figures. The one place where
    /// theme fonts become the engine's roles.
    public convenience init(theme: Theme, fonts: FontSystem) throws {
        var stacks: [FontRole: [String]] = [:]
        for role in FontRole.allCases { stacks[role] = theme.fonts[role] }
        try self.init(
            fonts: fonts, stacks: stacks, fallback: theme.fonts.fallback,
            numberUnits: NumberUnits(names: UnitWords.names, magnitudes: UnitWords.magnitudes))
    }
}
