import ArgumentParser
import Foundation
import Folio

/// `folio import REPORT.txt [-o DATASET.yaml]`.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn a report in plain text (as pasted from Word or WPS) into a dataset.",
        discussion: """
            Headings numbered 一、（一）1.（1） become sections; figures with a unit become named data the prose \
            refers to. What was left as typed is listed on stderr and in the file's header comment. Without -o \
            the dataset is written to standard output. An existing -o file is replaced only with --force, and \
            never when it is the text itself. Exit status: 0 written; 65 the text cannot be read; 73 the output \
            cannot be written (exists, is the input, or the folder is missing).
            """)

    @OptionGroup var language: LanguageOption

    @Argument(help: "The report as plain text (UTF-8, UTF-16 or GB18030) or as .docx (Word, WPS).")
    var report: String

    @Option(name: .shortAndLong, help: "The dataset to write (YAML). Default: standard output.")
    var output: String?

    @Flag(name: .long, help: "Replace the -o file if it exists (never the report itself).")
    var force = false

    @Option(help: "The issuing body (发文机关). Default: the place the title names.")
    var issuer: String?

    @Option(help: "The date of writing, YYYY-MM-DD. Default: the report's date line, else one to fill in.")
    var date: String?

    /// Imports the text; writes the dataset to -o (checked first) or to standard output.
    func run() throws {
        let input = URL(fileURLWithPath: report)
        if let output { try checkDestination(URL(fileURLWithPath: output), input: input) }
        // A .docx's images go beside the dataset, in DATASET-images/.
        let images = output.map { URL(fileURLWithPath: $0).deletingPathExtension().path + "-images" }.map(
            URL.init(fileURLWithPath:))
        let result = try Pipeline.importReport(at: input, issuer: issuer, date: date, imagesTo: images)
        for n in result.notes { note("\(report):\(n)") }
        if let output {
            try Pipeline.writeDataset(result.yaml, to: URL(fileURLWithPath: output), replacing: force)
            let s = result.structure
            note(
                "wrote \(output): \(result.sectionCount) sections, \(s.tables.count) tables, \(s.charts.count) chart placeholders, "
                    + (s.images > 0 ? "\(s.images) images, " : "")
                    + "\(result.figureCount) figures as data (\(s.namedFigures) of \(s.namedFigures + s.literalFigures) figures with a unit "
                    + "named after their indicator), \(result.notes.count) notes")
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
                "\(out.relativePath) exists; folio import does not replace a dataset",
                hint: "pass --force to replace it, or name another file with -o")
        }
    }
}
