import Foundation

/// Finds Folio's asset folder (themes, bundled reports, schema).
///
/// Looked up in order: the folder the caller names (the command line passes `$FOLIO_ASSETS`); an `Assets`
/// folder beside the executable or in one of its parents (a checkout's `.build/debug/folio` finds the
/// checkout's `Assets/`); `./Assets`.
public enum AssetLocator {
    /// The marker file that identifies an asset folder.
    static let marker = "themes/gongwen.yaml"

    /// The asset folder, or a `FolioError.environment` saying where it looked.
    /// - Parameter named: a folder to try first (`BuildOptions.assets`).
    public static func assets(_ named: URL? = nil) throws -> URL {
        var tried: [String] = []
        let fm = FileManager.default
        func ok(_ url: URL) -> Bool {
            tried.append(url.path)
            return fm.fileExists(atPath: url.appendingPathComponent(marker).path)
        }
        if let named, ok(named) { return named }
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("Assets")
            if ok(candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let cwd = URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("Assets")
        if ok(cwd) { return cwd }
        throw FolioError.environment("cannot find Folio's Assets folder (looked in: \(tried.joined(separator: ", ")))",
                                     hint: "run folio from the project folder or set FOLIO_ASSETS to the Assets folder")
    }

    /// The bundled report rendered when no dataset is named.
    public static func bundledReport(_ named: URL? = nil) throws -> URL {
        try assets(named).appendingPathComponent("reports/xx-town-2016-2020.yaml")
    }
}
