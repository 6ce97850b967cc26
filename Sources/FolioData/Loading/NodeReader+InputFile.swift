import FolioMessages
import Foundation

/// What a file a dataset names is, for the checks and messages of `NodeReader.inputFile`.
struct InputFileKind {
    /// "the data file", "the image".
    var noun: Message
    /// The rule of a file outside the dataset's folder ("datafile.outside").
    var outsideCode: String
    /// The rule of a file that is missing or not a regular file ("datafile.read").
    var readCode: String
    /// What to name instead of a folder, device or pipe ("name a .csv or .xlsx file").
    var typeHint: Message
    /// The largest file, in bytes.
    var limit: Int
    /// What to do with a file past the limit.
    var sizeHint: Message
    /// Whether a file that does not exist is reported here (otherwise its reader reports it).
    var mustExist: Bool
}

extension NodeReader {
    /// The file `path` names, as data files and images are read: inside the dataset's folder by real path unless
    /// outside paths are allowed, a regular file within the kind's size limit; recorded in `filesRead`. Nil, with the
    /// error at `location`, otherwise. Returns the URL as named and its real path.
    mutating func inputFile(_ path: String, at location: SourceLocation?, kind: InputFileKind) -> (url: URL, real: URL)?
    {
        func fail(_ message: some MessageConvertible, _ hint: any MessageConvertible, _ code: String) {
            diagnostics.append(Diagnostic(.error, message, at: location, hint: hint, code: code))
        }
        guard readsFiles else {
            fail(
                Message("input.no-folder", ["noun": .message(kind.noun), "path": "\(path)"]),
                Message("input.no-folder.hint"), "input.no-folder")
            return nil
        }
        let folder = directory ?? URL(fileURLWithPath: ".")
        let declared = DataFile(path: path, location: location)
        guard let url = declared.url(in: folder) ?? (allowsOutsidePaths ? declared.unrestrictedURL(in: folder) : nil)
        else {
            fail(
                Message(
                    "data.noun-path-outside-dataset",
                    ["noun": .message(kind.noun), "path": .message(Self.pathPhrase(path))]),
                Message("input.outside.hint"),
                kind.outsideCode)
            return nil
        }
        let shown = displayName(path)
        filesRead.append(url)
        let real = url.resolvingSymlinksInPath()
        let attributes = try? FileManager.default.attributesOfItem(atPath: real.path)
        let type = attributes?[.type] as? FileAttributeType
        if type == nil && kind.mustExist {
            fail(
                Message("data.noun-shown-does-exist", ["noun": .message(kind.noun), "shown": "\(shown)"]),
                Message("input.check-name.hint"), kind.readCode)
            return nil
        }
        if let type, type != .typeRegular {
            fail(
                Message("data.noun-shown-regular-file", ["noun": .message(kind.noun), "shown": "\(shown)"]),
                kind.typeHint,
                kind.readCode
            )
            return nil
        }
        if let size = attributes?[.size] as? NSNumber, size.intValue > kind.limit {
            fail(
                Message(
                    "data.noun-shown-int-value",
                    [
                        "noun": .message(kind.noun), "shown": "\(shown)", "int-value": "\(size.intValue)",
                        "limit": "\(kind.limit)",
                    ]), kind.sizeHint,
                "limit.file-size")
            return nil
        }
        return (url, real)
    }
}
