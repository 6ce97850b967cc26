import Foundation
import FolioDisplay
import FolioMessages

/// Why a page could not be drawn or a file could not be written. Each case says what failed and where,
/// and its description says what to do about it.
public enum RenderError: MessageError, CustomStringConvertible, Equatable {
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
    /// The finishing step (Cairo's file read and written again: document ID, dates, object streams) failed on `path`.
    case finishing(path: String, reason: String)
    /// An image (named by its identity) that its decoder refused.
    case image(identity: String, reason: String)
    /// A file that must be new (`NewFile.write` without replacing) appeared at `path` before it was written.
    case exists(path: String)
    /// A library opened on demand (librsvg, gdk-pixbuf, poppler-glib) is missing or too old.
    case library(LibraryError)

    /// A one-line message: what, where, what to do. The reasons are the system's or a library's words,
    /// translated when the catalogue knows them (`Message.foreign`).
    public var message: Message {
        func why(_ reason: String) -> MessageArgument { .message(.foreign(reason, prefix: "system.")) }
        switch self {
        case let .cannotCreateFile(path, reason):
            return Message("render.cannot-create", ["path": "\(path)", "reason": why(reason)])
        case let .writeFailed(path, reason):
            return Message("render.write-failed", ["path": "\(path)", "reason": why(reason)])
        case let .renameFailed(from, to, reason):
            return Message("render.rename-failed", ["from": "\(from)", "to": "\(to)", "reason": why(reason)])
        case let .cairo(operation, status):
            return Message(
                "render.cairo",
                [
                    "operation": .message(Self.operationPhrase(operation)),
                    "status": .message(.foreign(status, prefix: "system.")),
                ])
        case let .cannotOpenFont(path, index, reason):
            return Message("render.font", ["path": "\(path)", "index": .number(index), "reason": why(reason)])
        case let .writerClosed(path):
            return Message("render.writer-closed", ["path": "\(path)"])
        case let .invalidSize(width, height, context):
            return Message(
                "render.invalid-size",
                ["what": "\(context)", "width": "\(formatPoints(width))", "height": "\(formatPoints(height))"])
        case let .finishing(path, reason):
            return Message("render.finishing", ["path": "\(path)", "reason": why(reason)])
        case let .image(identity, reason):
            return Message("render.image", ["image": "\(identity)", "reason": why(reason)])
        case let .exists(path):
            return Message("render.exists", ["path": "\(path)"])
        case let .library(error):
            return error.message
        }
    }

    /// The message in English.
    public var description: String { message.english }

    /// What Cairo was doing ("drawing page 3", "creating the SVG surface") as a catalogue phrase: a fixed phrase
    /// by its words, a phrase ending in a page number, path or size by its beginning; else the words as they are.
    static func operationPhrase(_ operation: String) -> Message {
        let prefixes: [(String, String)] = [
            ("creating the PDF surface for ", "render.operation.pdf-surface-for"),
            ("creating a font face for ", "render.operation.font-face-for"),
            ("writing PNG of page ", "render.operation.png-page"),
            ("writing SVG of page ", "render.operation.svg-page"),
            ("writing PNG ", "render.operation.png-file"), ("writing SVG ", "render.operation.svg-file"),
            ("drawing page ", "render.operation.drawing-page"), ("writing page ", "render.operation.writing-page"),
            ("attaching font ", "render.operation.attaching-font"), ("opening font ", "render.operation.opening-font"),
        ]
        let fixed = Message.foreign(operation, prefix: "render.operation.")
        guard fixed.id.isEmpty else { return fixed }
        for (prefix, id) in prefixes where operation.hasPrefix(prefix) {
            return Message(id, ["what": "\(operation.dropFirst(prefix.count))"])
        }
        if operation.hasPrefix("creating a "), operation.hasSuffix(" image") {
            return Message(
                "render.operation.image",
                ["size": "\(operation.dropFirst("creating a ".count).dropLast(" image".count))"])
        }
        if operation.hasPrefix("finishing ") {
            return Message("render.operation.finishing", ["what": "\(operation.dropFirst("finishing ".count))"])
        }
        return fixed
    }
}
