import FolioMessages
import Foundation

/// Finds Folio's asset folder (themes, bundled reports, check lists, schema).
///
/// Looked up in order, the first folder holding `themes/gongwen.yaml` winning:
/// 1. the folder the caller names (the command line passes `$FOLIO_ASSETS`);
/// 2. `../share/folio` from the executable's real path (symlinks resolved): an installed
///    `PREFIX/bin/folio` finds `PREFIX/share/folio` (`make install`, the .deb);
/// 3. an `Assets` folder beside the executable or in one of its five parents: a checkout's
///    `.build/debug/folio` finds the checkout's `Assets/`;
/// 4. `./Assets` in the current folder.
///
/// When none is found, the themes and the check lists compiled into the library (`BundledAssets`) serve: a program
/// that uses Folio as a package needs no asset folder for building, checking or drawing reports. The bundled reports
/// (`folio build --example`), the schema and the workbench's pages are only in an asset folder.
///
/// The library reads no environment: the executable's path comes from the caller (`BuildOptions.executable`).
public enum AssetLocator {
    /// The marker file that identifies an asset folder.
    static let marker = "themes/gongwen.yaml"

    /// The asset folder, or a `FolioError.environment` saying where it looked.
    /// - Parameters:
    ///   - named: a folder to try first (`BuildOptions.assets`).
    ///   - executable: the running program's file (`BuildOptions.executable`); nil: the first command-line
    ///     argument, which is the program's path only when it was started by path.
    public static func assets(_ named: URL? = nil, executable: URL? = nil) throws -> URL {
        let (found, tried) = search(named, executable: executable)
        if let found { return found }
        throw FolioError.environment(
            Message("folio.cannot-find-folio-s", ["value": "\(tried.joined(separator: ", "))"]),
            hint: Message("folio.install-make-install-prefix.hint"))
    }

    /// The asset folder `options` lead to, or nil when there is none (the compiled-in themes and check lists then
    /// serve: `BundledAssets`).
    public static func folder(for options: BuildOptions) -> URL? {
        search(options.assets, executable: options.executable).found
    }

    /// The first asset folder in the order above, and every folder tried.
    static func search(
        _ named: URL?, executable: URL?,
        currentFolder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) -> (found: URL?, tried: [String]) {
        var tried: [String] = []
        let fm = FileManager.default
        // Each folder is tried once: climbing from a program near the root reaches "/" more than once.
        func ok(_ url: URL) -> Bool {
            let path = url.standardizedFileURL.path
            guard !tried.contains(path) else { return false }
            tried.append(path)
            return fm.fileExists(atPath: url.appendingPathComponent(marker).path)
        }
        if let named, ok(named) { return (named, tried) }
        let program = executable ?? URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
        let bin = program.resolvingSymlinksInPath().deletingLastPathComponent()
        let installed = bin.deletingLastPathComponent().appendingPathComponent("share/folio").standardizedFileURL
        if ok(installed) { return (installed, tried) }
        var dir = bin
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("Assets")
            if ok(candidate) { return (candidate, tried) }
            dir = dir.deletingLastPathComponent()
        }
        let cwd = currentFolder.appendingPathComponent("Assets")
        if ok(cwd) { return (cwd, tried) }
        return (nil, tried)
    }

    /// The asset folder `options` lead to (`assets(_:executable:)`).
    public static func assets(for options: BuildOptions) throws -> URL {
        try assets(options.assets, executable: options.executable)
    }

    /// The bundled report (`folio build --example`).
    public static func bundledReport(_ named: URL? = nil, executable: URL? = nil) throws -> URL {
        try assets(named, executable: executable).appendingPathComponent("reports/xx-town-2016-2020.yaml")
    }
}
