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
                    "cannot write \(output.path): it is a folder",
                    hint: "name a file, e.g. \(output.path)/report.pdf")
            }
            throw FolioError.output(
                "cannot write \(output.path)/: a path ending in “/” names a folder, not a file",
                hint: "drop the trailing “/”, or name a file inside the folder")
        }
        if let input = inputs.first(where: { PathIdentity.same($0, output) }) {
            throw FolioError.output(
                "refusing to write \(output.relativePath): it is the input \(input.relativePath)",
                hint: "name another output file; the input is unchanged")
        }
    }
}
