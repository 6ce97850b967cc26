import FolioDisplay

/// What went wrong in the text engine: what failed, where, and what to do about it.
public enum TextError: Error, CustomStringConvertible, Sendable, Equatable {
    /// fontconfig could not be initialised (FcInit failed).
    case fontconfigUnavailable
    /// FreeType could not be initialised (the FT_Error code).
    case freetypeUnavailable(code: Int32)
    /// None of the families of a stack is installed.
    case noFontInStack([String])
    /// A font file could not be opened by FreeType (the FT_Error code).
    case cannotOpenFont(path: String, index: Int, code: Int32)
    /// ICU's line-break iterator failed (the ICU error name).
    case lineBreakFailed(String)
    /// No face at all is available for a role (its stack and the fallback list are both empty or missing).
    case noFaceForRole(FontRole)

    /// A one-line explanation with the remedy.
    public var description: String {
        switch self {
        case .fontconfigUnavailable:
            return
                "fontconfig failed to initialise; check that fontconfig is installed and its configuration is readable"
        case .freetypeUnavailable(let code):
            return "FreeType failed to initialise (error \(code)); reinstall libfreetype"
        case .noFontInStack(let stack):
            return "none of the fonts [\(stack.joined(separator: ", "))] is installed; install one of them "
                + "(e.g. fonts-noto-cjk) or change the theme's font stack (`folio fonts` lists what is found)"
        case .cannotOpenFont(let path, let index, let code):
            return "cannot open font \(path) (face \(index)): FreeType error \(code); the file may be damaged"
        case .lineBreakFailed(let name):
            return "ICU line breaking failed (\(name)); check the ICU installation (libicu)"
        case .noFaceForRole(let role):
            return "no font is configured for the role '\(role.rawValue)' and no fallback font is installed; "
                + "add a font stack for it to the theme"
        }
    }
}
