import ArgumentParser
import Foundation
import Folio

/// `folio diff OLD NEW`: what changed between two datasets, as text.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List what changed between two datasets: figures, printed sentences, charts and tables.",
        discussion: """
            Figures are listed old → new with the growth (增长/下降 x%), new periods with their growth on the period \
            before; sentences as printed (expressions resolved), removed with -, added with +; charts and indicator \
            tables whose series or periods changed. Exit status: 0 whatever changed; 65 when a dataset does not load.
            """)

    @Argument(help: "The earlier dataset (YAML).")
    var old: String

    @Argument(help: "The later dataset (YAML).")
    var new: String

    @Flag(help: "Let data-files: lie outside the datasets' folders (refused by default: docs/limits.md).")
    var allowOutsidePaths = false

    /// Prints the differences.
    func run() throws {
        let options = try RunEnvironment.options(allowOutsidePaths: allowOutsidePaths, creationDate: false)
        let diff = try Pipeline.diff(old: URL(fileURLWithPath: old), new: URL(fileURLWithPath: new), options: options)
        Console.out(diff.text, terminator: "")
    }
}
