import Foundation
import FolioTestSupport
import Testing

@testable import Folio

/// The themes and check lists compiled into the library (`BundledAssets`) are Assets' own, every one of them, and
/// serve when no asset folder is found. (`make example` runs the example program as a copy outside the checkout
/// with an empty environment, so there it is these that build its report.)
@Suite("Compiled-in themes and check lists")
struct BundledAssetsTests {
    @Test("every theme and check list of Assets is compiled in, byte for byte")
    func sameAsAssets() throws {
        let themes = try FileManager.default.contentsOfDirectory(
            atPath: Checkout.assets.appendingPathComponent("themes").path
        )
        .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
        #expect(Set(themes) == Set(BundledAssets.themes.keys), "add a new theme to the Folio target's resources")
        for name in themes {
            let file = try String(contentsOf: Checkout.theme(name), encoding: .utf8)
            #expect(BundledAssets.themes[name] == file, "themes/\(name).yaml")
            let compiled = try #require(try BundledAssets.theme(named: name))
            #expect(compiled == (try Pipeline.loadTheme(named: name, relativeTo: Checkout.bundledReport)))
        }
        for name in ["confusions.yaml", "lists.yaml"] {
            let file = try String(contentsOf: Checkout.assets.appendingPathComponent("checks/\(name)"), encoding: .utf8)
            #expect(BundledAssets.checks[name] == file, "checks/\(name)")
        }
        let compiled = try BundledAssets.checkLists(), read = try Pipeline.checkLists()
        #expect(compiled.confusions == read.confusions && compiled.numeralWords == read.numeralWords)
        #expect(compiled.allowedRepeats == read.allowedRepeats && !compiled.confusions.isEmpty)
    }

    @Test("with no asset folder beside the program, in its parents or in the working folder, none is found")
    func noFolder() throws {
        let folder = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let program = folder.appendingPathComponent("bin/report")
        let (found, tried) = AssetLocator.search(nil, executable: program, currentFolder: folder)
        #expect(found == nil, "\(tried)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("Assets/themes"), withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent("Assets/themes/gongwen.yaml"))
        #expect(AssetLocator.search(nil, executable: program, currentFolder: folder).found != nil)
    }

    @Test("a program near the root tries each folder once, / among them")
    func eachFolderOnce() {
        let (_, tried) = AssetLocator.search(
            nil, executable: URL(fileURLWithPath: "/bin/folio-nowhere"), currentFolder: URL(fileURLWithPath: "/"))
        #expect(tried.count == Set(tried).count, "\(tried)")
        #expect(tried.contains("/Assets"))
    }
}
