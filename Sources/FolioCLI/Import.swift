import FolioMessages
import ArgumentParser
import Foundation
import Folio

/// `folio import REPORT.txt [-o DATASET.yaml]`.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: Lang.text("cli.turn-report-plain-text"),
        discussion: Lang.text("cli.headings-numbered-become-sections"))

    @OptionGroup var language: LanguageOption

    @Argument(help: Lang.help("cli.report-plain-text-utf"))
    var report: String

    @Option(name: .shortAndLong, help: Lang.help("cli.dataset-write-yaml-default"))
    var output: String?

    @Flag(name: .long, help: Lang.help("cli.replace-o-file-if"))
    var force = false

    @Option(help: Lang.help("cli.issuing-body-default-place"))
    var issuer: String?

    @Option(help: Lang.help("cli.date-writing-yyyy-mm"))
    var date: String?

    /// Imports the text; writes the dataset to -o (checked first) or to standard output.
    func run() throws {
        let input = URL(fileURLWithPath: report)
        if let output { try checkDestination(URL(fileURLWithPath: output), input: input) }
        // A .docx's images go beside the dataset, in DATASET-images/.
        let images = output.map { URL(fileURLWithPath: $0).deletingPathExtension().path + "-images" }.map(
            URL.init(fileURLWithPath:))
        let result = try Pipeline.importReport(
            at: input, issuer: issuer, date: date, imagesTo: images, language: Lang.current)
        for n in result.notes { note("\(report):\(n.text(Lang.current))") }
        if let output {
            try Pipeline.writeDataset(result.yaml, to: URL(fileURLWithPath: output), replacing: force)
            let s = result.structure
            note(
                Lang.text(
                    "cli.import.wrote",
                    [
                        "output": "\(output)", "sections": .number(result.sectionCount),
                        "tables": .number(s.tables.count),
                        "charts": .number(s.charts.count), "images": .number(s.images),
                        "figures": .number(result.figureCount), "named": .number(s.namedFigures),
                        "with-unit": .number(s.namedFigures + s.literalFigures), "notes": .number(result.notes.count),
                    ]))
        } else {
            Console.out(result.yaml, terminator: "")
        }
    }

    /// Refuses, before reading anything, an output that is the report itself (by any spelling) or a file
    /// that exists when --force is not given: an edited dataset is never replaced by a fresh import.
    func checkDestination(_ out: URL, input: URL) throws {
        try Pipeline.checkOutput(out, inputs: [input])
        if FileManager.default.fileExists(atPath: out.path) && !force {
            throw FolioError.output(
                Lang.text("cli.relative-path-exists-folio", ["relative-path": "\(out.relativePath)"]),
                hint: Lang.text("cli.pass-force-replace-name.hint"))
        }
    }
}
