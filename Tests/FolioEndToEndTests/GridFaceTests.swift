import Foundation
import FolioTestSupport
import Testing
@testable import Folio

/// Runs on the character grid drawn from grid faces (`FontCharacterPlan.gridAdvance`): the text every reader
/// extracts is the same as from the plain subsets, and Cairo writes far fewer adjustments between glyphs.
@Suite struct GridFaceTests {
    @Test("grid faces: same text in poppler and MuPDF, at most half the TJ adjustments, 987/1000 em widths")
    func gridFacesKeepTheTextAndDropTheAdjustments() throws {
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("plain.pdf"), grid = folder.appendingPathComponent("grid.pdf")
        var options = BuildOptions()
        options.creationEpoch = 0
        options.gridFaces = false
        let a = try Pipeline.build(dataset: Checkout.bundledReport, output: plain, options: options)
        options.gridFaces = true
        let b = try Pipeline.build(dataset: Checkout.bundledReport, output: grid, options: options)
        #expect(a.pageCount == b.pageCount)
        for arguments in [["-raw"], ["-layout"]] {
            let x = try ToolRun.run("pdftotext", arguments + [plain.path, "-"]).stdout
            let y = try ToolRun.run("pdftotext", arguments + [grid.path, "-"]).stdout
            #expect(!x.isEmpty && x == y, "pdftotext \(arguments[0]) differs")
        }
        let x = try ToolRun.run("mutool", ["draw", "-F", "txt", plain.path]).stdout
        let y = try ToolRun.run("mutool", ["draw", "-F", "txt", grid.path]).stdout
        #expect(!x.isEmpty && x == y, "mutool's text differs")
        let before = try Self.adjustments(in: plain, folder: folder)
        let after = try Self.adjustments(in: grid, folder: folder)
        #expect(before > 1000 && after * 2 < before, "TJ adjustments \(before) → \(after)")
        let expanded = try ToolRun.run("qpdf", ["--qdf", "--object-streams=disable", grid.path, "-"]).stdout
        #expect(expanded.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "987" })
    }

    /// The numbers inside the TJ arrays of `pdf`'s content streams (expanded by qpdf).
    static func adjustments(in pdf: URL, folder: URL) throws -> Int {
        let text = try ToolRun.run("qpdf", ["--qdf", "--object-streams=disable", pdf.path, "-"]).stdout
        var count = 0
        for array in text.split(separator: "]TJ", omittingEmptySubsequences: false).dropLast() {
            guard let open = array.lastIndex(of: "[") else { continue }
            count +=
                array[open...].split(separator: ">").filter { piece in
                    let number = piece.prefix { $0 != "<" }.trimmingCharacters(in: .whitespacesAndNewlines)
                    return !number.isEmpty && Double(number) != nil
                }.count
        }
        return count
    }
}
