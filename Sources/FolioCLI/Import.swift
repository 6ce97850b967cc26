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
        the dataset is written to standard output. Exit status: 0 written; 65 the text cannot be read; \
        73 the output cannot be written.
        """)

    @Argument(help: "The report as UTF-8 plain text.")
    var report: String

    @Option(name: .shortAndLong, help: "The dataset to write (YAML). Default: standard output.")
    var output: String?

    @Option(help: "The issuing body (发文机关). Default: the place the title names.")
    var issuer: String?

    @Option(help: "The date of writing, YYYY-MM-DD. Default: today.")
    var date: String?

    func run() throws {
        do {
            let result = try Pipeline.importReport(at: URL(fileURLWithPath: report), issuer: issuer, date: date)
            for n in result.notes { note("\(report):\(n)") }
            if let output {
                try Pipeline.writeImported(result, to: URL(fileURLWithPath: output))
                note("wrote \(output): \(result.sectionCount) sections, \(result.figureCount) figures as data, \(result.notes.count) notes")
            } else {
                print(result.yaml, terminator: "")
            }
        } catch { fail(error) }
    }
}
