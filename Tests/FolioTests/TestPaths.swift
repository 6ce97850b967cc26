import Foundation
import FolioTestSupport

/// Paths of the checkout, found from this file's location (no resources, no working-directory assumptions).
enum TestPaths {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The bundled report.
    static let bundledReport = root.appendingPathComponent("Assets/reports/xx-town-2016-2020.yaml")
    /// The built `folio` executable, whose `folio verify` checks the PDFs the tests build.
    static var folio: URL { CatalogueTests.executable() ?? root.appendingPathComponent(".build/debug/folio") }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Runs a program and returns its status and output.
@discardableResult
func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
    let r = try ToolRun.run(program, arguments, environment: environment ?? [:])
    return (r.status, r.stdout, r.stderr)
}
