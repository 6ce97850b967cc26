import FolioMessages
import Foundation
import FolioData

extension Pipeline {
    /// Refuses, before anything is written, an output file that would replace one of `inputs` (the dataset,
    /// a theme file, a data file, an imported text), whatever the spelling: symlinks, `./`, `..` and hard
    /// links are seen through (`PathIdentity.same`). Also refuses a path ending in “/”, which names a folder,
    /// not a file. Exit status 73 (`FolioError.output`): the output is what is wrong; nothing is touched.
    public static func checkOutput(_ output: URL, inputs: [URL]) throws {
        if output.hasDirectoryPath {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: output.path, isDirectory: &isFolder), isFolder.boolValue {
                throw FolioError.output(
                    Message("folio.cannot-write-path-folder", ["path": "\(output.path)"]),
                    hint: Message("folio.name-file-e-g.hint", ["path": "\(output.path)"]))
            }
            throw FolioError.output(
                Message("folio.cannot-write-path-path", ["path": "\(output.path)"]),
                hint: Message("folio.drop-trailing-name-file.hint"))
        }
        if let input = inputs.first(where: { PathIdentity.same($0, output) }) {
            throw FolioError.output(
                Message(
                    "folio.refusing-write-relative-path",
                    ["relative-path": "\(output.relativePath)", "relative-path2": "\(input.relativePath)"]),
                hint: Message("folio.name-another-output-file.hint"))
        }
    }
}
