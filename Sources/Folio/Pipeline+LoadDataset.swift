import FolioMessages
import FolioData
import FolioDisplay
import FolioDocument
import FolioRender
import Foundation

extension Pipeline {
    /// Loads a dataset as `build` and `check` need it: `DatasetLoader` reads and validates it (a `Dataset` made in
    /// Swift is validated as a read one is), then every image is decoded by the decoder that will draw it
    /// (`ImageDecoding`), so a damaged picture is a located error (`image.decode`, exit 65) before any page is
    /// drawn. With `keepingLines`, the text it was read from comes back cut into lines, for the check (`check(_:lines:
    /// disabled:options:)`); a dataset made in Swift has none. Throws `DiagnosticError`.
    static func loadDataset(
        _ source: DatasetSource, options: BuildOptions, keepingLines: Bool = false
    ) throws -> (
        dataset: Dataset, warnings: [Diagnostic], lines: YAMLSourceLines?
    ) {
        // The loader cuts the lines in any case (its reader locates characters in them); they are kept only when asked.
        let loaded: (dataset: Dataset, warnings: [Diagnostic], lines: YAMLSourceLines?)
        switch source.content {
        case .file(let url): loaded = try DatasetLoader.loadKeepingLines(contentsOf: url, options: options.load)
        case .yaml(let text):
            loaded = try DatasetLoader.loadKeepingLines(
                yaml: text, name: source.name, folder: source.folder, options: options.load)
        case .dataset(let dataset): loaded = (dataset, try DatasetLoader.validate(dataset), nil)
        }
        let document = loaded.dataset.report.document
        let seals = document.seals + document.signerSeals.map(\.seal)
        let problems =
            imageProblems(loaded.dataset.body)
            + seals.compactMap { imageProblem($0.path, $0.file, at: document.location) }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return (loaded.dataset, loaded.warnings, keepingLines ? loaded.lines : nil)
    }

    /// The images of `body` that do not decode, each as an error at its `image:` key.
    static func imageProblems(_ body: [BodyBlock]) -> [Diagnostic] {
        body.flatMap { block -> [Diagnostic] in
            switch block {
            case .section(let s): return imageProblems(s.body)
            case .attachment(let a): return imageProblems(a.body)
            case .image(let image): return imageProblem(image.path, image.file, at: image.location).map { [$0] } ?? []
            default: return []
            }
        }
    }

    /// The image at `path` as an `image.decode` error at `location` when its decoder refuses it, else nil.
    static func imageProblem(_ path: String, _ file: ImageFile, at location: SourceLocation?) -> Diagnostic? {
        do {
            try ImageDecoding.check(ImageItem(file))
            return nil
        } catch {
            let reason: String
            if case RenderError.image(_, let why) = error { reason = why } else { reason = "\(error)" }
            return Diagnostic(
                .error,
                Message(
                    "image.decode.image-path-cannot-drawn",
                    ["path": "\(path)", "reason": .message(.foreign(reason, prefix: "system."))]),
                at: location,
                hint: Message("image.decode.open-image-program-save.hint"), code: "image.decode")
        }
    }
}
