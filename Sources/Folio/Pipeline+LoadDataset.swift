import FolioData
import FolioDisplay
import FolioDocument
import FolioRender
import Foundation

extension Pipeline {
    /// Loads a dataset as `build` and `check` need it: `DatasetLoader` reads and validates it, then every image
    /// is decoded by the decoder that will draw it (`ImageDecoding`), so a damaged picture is a located error
    /// (`image.decode`, exit 65) before any page is drawn. Throws `DiagnosticError`.
    static func loadDataset(
        _ url: URL, options: BuildOptions
    ) throws -> (
        dataset: Dataset, warnings: [Diagnostic]
    ) {
        let loaded = try DatasetLoader.load(contentsOf: url, options: options.load)
        var problems = imageProblems(loaded.dataset.body)
        let document = loaded.dataset.report.document
        if let signer = document.signerSeal {
            let block = BodyBlock.image(
                ImageDefinition(path: signer.path, file: signer.file, location: document.location))
            problems += imageProblems([block])
        }
        if let seal = document.seal {
            let block = BodyBlock.image(ImageDefinition(path: seal.path, file: seal.file, location: document.location))
            problems += imageProblems([block])
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return loaded
    }

    /// The images of `body` that do not decode, each as an error at its `image:` key.
    static func imageProblems(_ body: [BodyBlock]) -> [Diagnostic] {
        body.flatMap { block -> [Diagnostic] in
            switch block {
            case .section(let s): return imageProblems(s.body)
            case .attachment(let a): return imageProblems(a.body)
            case .image(let image):
                do {
                    try ImageDecoding.check(ImageItem(image.file))
                    return []
                } catch {
                    let reason: String
                    if case RenderError.image(_, let why) = error { reason = why } else { reason = "\(error)" }
                    return [
                        Diagnostic(
                            .error, "the image “\(image.path)” cannot be drawn: \(reason)", at: image.location,
                            hint: "open it in an image program and save it again as PNG, JPEG or SVG",
                            code: "image.decode")
                    ]
                }
            default: return []
            }
        }
    }
}
