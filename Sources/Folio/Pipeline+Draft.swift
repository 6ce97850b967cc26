import FolioMessages
import Foundation
import FolioData

extension Pipeline {
    /// What a dataset still has to fill in — figures and dates (`!todo`, 【待填】), a 【待填】 typed into its texts, the
    /// placeholders `folio import` left — as errors at their places: `folio build` refuses a dataset with any unless it
    /// builds a draft, which prints them as they are.
    public static func unfilledMarkers(dataset url: URL, options: BuildOptions = BuildOptions()) throws -> [Diagnostic]
    {
        do {
            let (dataset, warnings, _) = try loadDataset(.file(url), options: options)
            return unfilledMarkers(in: warnings, of: dataset)
        } catch let e as DiagnosticError {
            throw FolioError.input(e)
        }
    }

    /// The messages of the importer's placeholders (`Dataset.placeholderMessages`): a draft prints them as they are.
    static let placeholders: Set<String> = {
        let m = Dataset.placeholderMessages
        return [m.title, m.issuer, m.caption]
    }()

    /// The unfilled markers among a load's `warnings` (code `data.todo`) and those typed into `dataset`'s texts or
    /// left by `folio import` (`Dataset.typedMarkers`), as errors: each would be printed as it is.
    static func unfilledMarkers(in warnings: [Diagnostic], of dataset: Dataset) -> [Diagnostic] {
        (warnings + dataset.typedMarkers()).filter { $0.code == "data.todo" }.map { w in
            Diagnostic(
                .error, w.messageText, at: w.location,
                hint: Message(
                    w.hintText == nil
                        ? "draft.hint"
                        : placeholders.contains(w.messageText.id) ? "draft.hint.as-is" : "draft.hint.after",
                    ["hint": .message(w.hintText ?? .verbatim(""))]),
                code: w.code)
        }
    }
}

extension Pipeline {
    /// Throws the unfilled markers (`unfilledMarkers`), each at its file:line:col, when there are any.
    public static func requireFilled(dataset url: URL, options: BuildOptions = BuildOptions()) throws {
        let unfilled = try unfilledMarkers(dataset: url, options: options)
        if !unfilled.isEmpty { throw FolioError.input(DiagnosticError(unfilled)) }
    }
}
