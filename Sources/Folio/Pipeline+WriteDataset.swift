import FolioMessages
import Foundation
import FolioRender

extension Pipeline {
    /// Writes a dataset the tool made (`folio new-year`'s draft, `folio import`'s result) in one step.
    /// Without `replacing`, a file of that name is never replaced, even one created by another run a moment
    /// before: the check and the write are one atomic link(2). Failures are `FolioError.output`, and leave
    /// any existing file as it was.
    public static func writeDataset(_ text: String, to url: URL, replacing: Bool) throws {
        do {
            try NewFile.write(Array(text.utf8), to: url, replacing: replacing)
        } catch RenderError.exists(let path) {
            throw FolioError.output(
                Message("render.exists", ["path": "\(path)"]), hint: Message("folio.pass-force-replace-name.hint"))
        } catch {
            throw FolioError.output(
                Message("folio.cannot-write-path-error", ["path": "\(url.path)", "error": .error(error)]),
                hint: Message("folio.check-that-folder-exists.hint-2"))
        }
    }
}
