import FolioMessages
import Foundation
import Folio

/// The only place Folio reads its environment: the variables become fields of one `BuildOptions` value
/// passed down to the library (which reads none).
///
/// - `FOLIO_ASSETS`: the asset folder (themes, check lists, the bundled report).
/// - `FOLIO_SERIAL=1`: lay pages out and draw them on one thread (for measuring; same bytes).
/// - `FOLIO_LIMIT_SCALE=N`: multiply the dataset size, body and page limits by N (for measuring a report a
///   thousand times the bundled one, Benchmarks/README.md).
/// - `FOLIO_GRID_FACES=0`: draw runs on the character grid from the plain subsets (for measuring what the grid
///   faces save; `FontCharacterPlan.gridAdvance`).
/// - `SOURCE_DATE_EPOCH`: the PDF's creation date, whole seconds since 1970 (reproducible builds); anything
///   but digits in 0…253402300799 is a usage error (exit 64). Empty counts as unset.
enum RunEnvironment {
    /// The process's environment.
    static var variables: [String: String] { ProcessInfo.processInfo.environment }

    /// `FOLIO_ASSETS`, when set.
    static var assets: URL? {
        guard let path = variables["FOLIO_ASSETS"], !path.isEmpty else { return nil }
        return URL(fileURLWithPath: path)
    }

    /// The running program's real path (Linux: /proc/self/exe; elsewhere the main bundle's executable), from
    /// which the asset folder of an installed copy is found (`AssetLocator`).
    static var executable: URL? {
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: target)
        }
        return Bundle.main.executableURL?.resolvingSymlinksInPath()
    }

    /// The options of a run; `creationDate` reads and checks `SOURCE_DATE_EPOCH` (commands that write a PDF).
    static func options(allowOutsidePaths: Bool, creationDate: Bool) throws -> BuildOptions {
        var options = BuildOptions()
        options.allowOutsidePaths = allowOutsidePaths
        options.assets = assets
        options.executable = executable
        if variables["FOLIO_SERIAL"] == "1" { options.parallel = false }
        if let scale = variables["FOLIO_LIMIT_SCALE"].flatMap({ Int($0) }), scale > 1, scale <= 1000 {
            options.load.limitScale = scale
        }
        if variables["FOLIO_GRID_FACES"] == "0" { options.gridFaces = false }
        if creationDate, let text = variables["SOURCE_DATE_EPOCH"], !text.isEmpty {
            guard let seconds = BuildOptions.creationEpoch(parsing: text) else {
                throw UsageError(
                    message: Lang.text(
                        "cli.source-date-epoch-value",
                        ["value": "\(text.prefix(40))", "latest-epoch": "\(BuildOptions.latestEpoch)"]))
            }
            options.creationEpoch = seconds
        }
        return options
    }
}
