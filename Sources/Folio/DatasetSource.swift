import FolioData
import Foundation

/// Where a dataset comes from: a file, YAML text a program holds, or a `Dataset` made in Swift (`DatasetBuilder`).
/// Every `Pipeline` call that takes one loads it the same way: validated, its images decoded, errors as
/// `FolioError.input` with every located diagnostic.
public struct DatasetSource: Sendable {
    /// The forms a dataset can take.
    enum Content: Sendable {
        /// A dataset file (its folder holds its data files, images and theme paths).
        case file(URL)
        /// YAML text.
        case yaml(String)
        /// A dataset already made (and validated again when loaded).
        case dataset(Dataset)
    }

    /// The dataset itself.
    let content: Content
    /// The name diagnostics locate problems in ("report.yaml", the Swift file of a `DatasetBuilder`).
    public let name: String
    /// The folder its data files, images and theme paths are read from; nil: it names no file (naming one is the
    /// error `input.no-folder`).
    public let folder: URL?

    /// A dataset file, as `folio build` reads it.
    public static func file(_ url: URL) -> DatasetSource {
        DatasetSource(
            content: .file(url), name: url.isFileURL ? url.relativePath : url.absoluteString,
            folder: url.deletingLastPathComponent())
    }

    /// YAML text (the format of docs/dataset.md); `name` appears in diagnostics, `folder` holds the files it names.
    public static func yaml(_ text: String, name: String = "report.yaml", folder: URL? = nil) -> DatasetSource {
        DatasetSource(content: .yaml(text), name: name, folder: folder)
    }

    /// A dataset made in Swift: `DatasetBuilder.dataset()`, or `Dataset`'s initialisers. `folder` holds the image
    /// files it names, if any.
    public static func dataset(_ dataset: Dataset, folder: URL? = nil) -> DatasetSource {
        DatasetSource(content: .dataset(dataset), name: dataset.file, folder: folder)
    }

    /// The dataset file, for a source that is one.
    var fileURL: URL? {
        if case .file(let url) = content { return url }
        return nil
    }
}
