import FolioMessages
import Foundation
import FolioData

extension Pipeline {
    /// The figures and dates of a dataset still to fill in (`!todo`, 【待填】), as errors at their places:
    /// `folio build` refuses a dataset with any unless it builds a draft, which prints them as 【待填】.
    public static func unfilledMarkers(
        dataset url: URL, theme: String? = nil,
        options: BuildOptions = BuildOptions()
    ) throws -> [Diagnostic] {
        do {
            let (dataset, warnings) = try loadDataset(.file(url), options: options)
            return unfilledMarkers(in: warnings, of: dataset)
        } catch let e as DiagnosticError {
            throw FolioError.input(e)
        }
    }

    /// The unfilled markers among a load's `warnings` (code `data.todo`) and those typed into `dataset`'s texts or
    /// left by `folio import` (`Dataset.typedMarkers`), as errors: each would be printed as it is.
    static func unfilledMarkers(in warnings: [Diagnostic], of dataset: Dataset) -> [Diagnostic] {
        (warnings + dataset.typedMarkers()).filter { $0.code == "data.todo" }.map { w in
            Diagnostic(
                .error, w.messageText, at: w.location,
                hint: Message(
                    w.hintText == nil ? "draft.hint" : "draft.hint.after",
                    ["hint": .message(w.hintText ?? .verbatim(""))]),
                code: w.code)
        }
    }
}

extension Pipeline {
    /// Throws the unfilled markers (`unfilledMarkers`), each at its file:line:col, when there are any.
    public static func requireFilled(
        dataset url: URL, theme: String? = nil, options: BuildOptions = BuildOptions()
    ) throws {
        let unfilled = try unfilledMarkers(dataset: url, theme: theme, options: options)
        if !unfilled.isEmpty { throw FolioError.input(DiagnosticError(unfilled)) }
    }
}
