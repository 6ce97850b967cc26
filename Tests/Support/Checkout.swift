import Foundation

/// Where things are in the checkout the tests were built from, found from this file's location (no bundle
/// resources, no assumption about the working directory).
public enum Checkout {
    /// The repository root (Tests/Support/Checkout.swift is three levels below it).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `relative` below the repository root, e.g. `url("Tests/FolioTextTests/Goldens")`.
    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// Folio's asset folder (themes, bundled reports, check lists, schema).
    public static let assets = root.appendingPathComponent("Assets")
    /// The bundled report: the XX town's 2016–2020 work summary and plan.
    public static let bundledReport = assets.appendingPathComponent("reports/xx-town-2016-2020.yaml")
    /// The second bundled report: a county's, with tables and more charts.
    public static let sampleReport = assets.appendingPathComponent("reports/sample-county-2016-2020.yaml")

    /// A bundled theme's file, `Assets/themes/NAME.yaml`.
    public static func theme(_ name: String) -> URL { assets.appendingPathComponent("themes/\(name).yaml") }

    /// The shared test fixtures (Tests/Fixtures: the seed report and the importer's corpus, see PROVENANCE.md).
    public static let fixtures = root.appendingPathComponent("Tests/Fixtures")
    /// The seed: the original plain-text report the bundled dataset was made from.
    public static let seed = fixtures.appendingPathComponent("seed/xx-town-work-report-2016-2020.txt")
    /// The importer's corpus of plain-text reports.
    public static let corpus = fixtures.appendingPathComponent("corpus")
    /// The typography stress text: quotes, brackets, ——, ……, Latin and digits, long numbers, four heading levels.
    public static let stressDataset = root.appendingPathComponent("Tests/FolioLayoutTests/Fixtures/stress.yaml")

    /// A fresh empty folder under the system temporary folder; the caller removes it.
    public static func temporaryFolder(_ prefix: String = "folio-tests") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
