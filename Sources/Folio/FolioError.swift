import FolioData
import FolioMessages

/// The top-level error: every failure of the pipeline, sorted by who can fix it, each with the
/// exit status the command line returns (documented in README.md; sysexits.h values).
public enum FolioError: Error, CustomStringConvertible, Sendable {
    /// The input (dataset, theme, data files) is wrong: diagnostics with file:line:col.
    case input(DiagnosticError)
    /// Something the machine lacks: fonts, fontconfig, a theme or asset folder. The message and the hint are
    /// catalogue `Message`s (or `String`s printed as they are).
    case environment(any MessageConvertible, hint: any MessageConvertible)
    /// The output could not be written (folder missing or read-only, disk full…); nothing was replaced.
    case output(any MessageConvertible, hint: any MessageConvertible)

    /// Exit status: 65 bad input (EX_DATAERR), 69 missing environment (EX_UNAVAILABLE),
    /// 73 output failure (EX_CANTCREAT).
    public var exitStatus: Int32 {
        switch self {
        case .input: return 65
        case .environment: return 69
        case .output: return 73
        }
    }

    /// The message as printed on stderr, in `language`.
    public func text(_ language: Language) -> String {
        switch self {
        case .input(let e): return e.text(language)
        case .environment(let what, let hint), .output(let what, let hint):
            return Diagnostic(.error, what.asMessage, hint: hint).text(language)
        }
    }

    /// The message as printed on stderr, in English.
    public var description: String { text(.english) }
}
