import FolioMessages
import FolioDisplay

/// What went wrong in the text engine: what failed, where, and what to do about it.
public enum TextError: MessageError, CustomStringConvertible, Sendable, Equatable {
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
    public var message: Message {
        switch self {
        case .fontconfigUnavailable: return Message("text.fontconfig")
        case .freetypeUnavailable(let code): return Message("text.freetype", ["code": .number(code)])
        case .noFontInStack(let stack):
            return Message("text.no-font-in-stack", ["stack": .texts(stack.map { "“\($0)”" })])
        case .cannotOpenFont(let path, let index, let code):
            return Message(
                "text.cannot-open-font", ["path": "\(path)", "index": .number(index), "code": .number(code)])
        case .lineBreakFailed(let name): return Message("text.line-break", ["name": "\(name)"])
        case .noFaceForRole(let role): return Message("text.no-face-for-role", ["role": "\(role.rawValue)"])
        }
    }

    /// The explanation in English.
    public var description: String { message.english }
}
