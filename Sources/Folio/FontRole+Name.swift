import FolioDisplay
import FolioMessages

extension FontRole {
    /// The role as the user reads it: its theme key in English ("body"), its name with the key in Chinese
    /// ("正文（body）"), so that a notice about a font names the key to change in the theme's `fonts:`.
    var name: Message { Message("font-role.\(rawValue)") }
}
