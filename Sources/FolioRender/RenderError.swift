import Foundation
import FolioDisplay

/// Why a page could not be drawn or a file could not be written. Each case says what failed and where,
/// and its description says what to do about it.
public enum RenderError: Error, CustomStringConvertible, Equatable {
    /// The temporary output file could not be created in the destination's folder.
    case cannotCreateFile(path: String, reason: String)
    /// Writing bytes to the temporary file failed (disk full, I/O error).
    case writeFailed(path: String, reason: String)
    /// The finished temporary file could not be renamed over the destination.
    case renameFailed(from: String, to: String, reason: String)
    /// Cairo reported an error while doing `operation`.
    case cairo(operation: String, status: String)
    /// A font file named by the display list could not be opened by FreeType.
    case cannotOpenFont(path: String, index: Int, reason: String)
    /// The writer was used after `finish()` or `cancel()`.
    case writerClosed(path: String)
    /// A page or raster size that Cairo cannot draw (zero, negative, not finite or too large).
    case invalidSize(width: Double, height: Double, context: String)
    /// The finishing step (libqpdf: document ID, dates, object streams) failed on `path`.
    case finishing(path: String, reason: String)
    /// An image (named by its identity) that its decoder refused.
    case image(identity: String, reason: String)
    /// A file that must be new (`NewFile.write` without replacing) appeared at `path` before it was written.
    case exists(path: String)

    /// A one-line message: what, where, what to do.
    public var description: String {
        switch self {
        case let .cannotCreateFile(path, reason):
            return "cannot create output file \(path): \(reason); check that the folder exists and is writable"
        case let .writeFailed(path, reason):
            return "cannot write \(path): \(reason); check free disk space; the destination was left untouched"
        case let .renameFailed(from, to, reason):
            return "cannot move \(from) to \(to): \(reason); the destination was left untouched"
        case let .cairo(operation, status):
            return "Cairo failed during \(operation): \(status)"
        case let .cannotOpenFont(path, index, reason):
            return
                "cannot open font \(path) (face \(index)): \(reason); reinstall the font or choose another in the theme"
        case let .writerClosed(path):
            return "the PDF writer for \(path) is already finished or cancelled"
        case let .invalidSize(width, height, context):
            return
                "cannot draw \(context) of \(formatPoints(width)) × \(formatPoints(height)): sizes must be positive and finite"
        case let .finishing(path, reason):
            return "cannot finish \(path) with qpdf: \(reason); the destination was left untouched"
        case let .image(identity, reason):
            return "cannot draw the image \(identity): \(reason); save it again as PNG, JPEG or SVG"
        case let .exists(path):
            return "\(path) exists; it was left untouched"
        }
    }
}
