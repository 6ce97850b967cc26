import Foundation
import FolioData
import FolioCheck

extension Pipeline {
    /// Runs `folio diff`: loads both datasets (load errors throw `FolioError.input`) and lists what changed from
    /// `old` to `new` — figures, printed sentences, charts and tables.
    public static func diff(old: URL, new: URL, options: BuildOptions = BuildOptions()) throws -> DatasetDiff {
        do {
            let a = try DatasetLoader.load(contentsOf: old, options: options.load).dataset
            let b = try DatasetLoader.load(contentsOf: new, options: options.load).dataset
            return DatasetDiff(old: a, new: b)
        } catch let e as DiagnosticError {
            throw FolioError.input(e)
        }
    }
}
