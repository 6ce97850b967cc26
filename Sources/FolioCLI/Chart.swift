import FolioMessages
import ArgumentParser
import Foundation
import Folio

/// `folio chart DATASET --id ID -o FILE.svg|png|pdf`.
struct Chart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: Lang.text("cli.render-one-chart-dataset"),
        discussion:
            Lang.text("cli.chart-drawn-report-same")
    )

    @OptionGroup var language: LanguageOption

    @OptionGroup var input: DatasetArgument

    @Option(name: .long, help: Lang.help("cli.chart-s-id-dataset"))
    var id: String

    @Option(name: .shortAndLong, help: Lang.help("cli.file-write-svg-png"))
    var output: String

    @Option(help: Lang.help("cli.svg-png-pdf-whatever"))
    var format: String?

    @Option(name: .long, help: Lang.help("cli.resolution-png-dots-per"))
    var dpi: Double = 200

    func validate() throws {
        guard dpi.isFinite, dpi >= 36, dpi <= 1200 else { throw ValidationError(Lang.text("cli.dpi-must-between")) }
        if let format, ChartFileFormat(rawValue: format) == nil {
            throw ValidationError(Lang.text("cli.format-must-svg-png"))
        }
        // Without --format the extension chooses the format: another one is a mistake in the command (64), found
        // before the dataset is read.
        if format == nil, !StandardOutput.isRequested(output), ChartFileFormat(url: URL(fileURLWithPath: output)) == nil
        {
            throw ValidationError(Lang.text("cli.chart-output-extension", ["path": "\(output)"]))
        }
    }

    /// Renders the chart (never over one of the inputs: `Pipeline.checkOutput`).
    func run() throws {
        let dataset = try input.url(command: "chart")
        let options = try input.options(creationDate: true)
        if StandardOutput.isRequested(output) {
            return try StandardOutput.through(fileName: "\(id).\(format ?? "pdf")") { out in
                try Pipeline.renderChart(
                    dataset: dataset, id: id, output: out, theme: input.theme, dpi: dpi,
                    options: options)
            }
        }
        var out = URL(fileURLWithPath: output)
        if let format, out.pathExtension.lowercased() != format { out = out.appendingPathExtension(format) }
        try Pipeline.renderChart(dataset: dataset, id: id, output: out, theme: input.theme, dpi: dpi, options: options)
        Console.out(Lang.text("cli.wrote-path", ["path": "\(out.relativePath)"]))
    }
}
