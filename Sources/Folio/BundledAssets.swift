import FolioCheck
import FolioData
import FolioDocument

/// The themes and check lists compiled into the library from `Assets/themes` and `Assets/checks` (SwiftPM
/// `embedInCode` resources, through the links in `Sources/Folio/Bundled`). They serve when `AssetLocator` finds no
/// asset folder, so a program that depends on the Folio package builds reports with no folder beside it, no
/// environment variable and no checkout. An asset folder, when there is one, wins: an installation's themes can be
/// changed without rebuilding.
public enum BundledAssets {
    /// The compiled-in themes by name ("gongwen", "report", "letter", "order", "minutes"): their YAML text.
    public static let themes: [String: String] = [
        "gongwen": text(PackageResources.gongwen_yaml), "report": text(PackageResources.report_yaml),
        "letter": text(PackageResources.letter_yaml), "order": text(PackageResources.order_yaml),
        "minutes": text(PackageResources.minutes_yaml),
    ]

    /// The compiled-in check lists: `confusions.yaml` and `lists.yaml` by file name.
    public static let checks: [String: String] = [
        "confusions.yaml": text(PackageResources.confusions_yaml), "lists.yaml": text(PackageResources.lists_yaml),
    ]

    /// The file name diagnostics give a compiled-in theme ("themes/gongwen.yaml (compiled in)").
    static func themeFileName(_ name: String) -> String { "themes/\(name).yaml (compiled in)" }

    /// The compiled-in theme `name`, decoded; nil when there is none of that name.
    static func theme(named name: String) throws -> Theme? {
        guard let yaml = themes[name] else { return nil }
        return try YAMLDocument.decode(Theme.self, yaml: yaml, fileName: themeFileName(name))
    }

    /// The compiled-in check lists.
    static func checkLists() throws -> CheckLists {
        try CheckLists.load(
            confusions: checks["confusions.yaml"] ?? "", lists: checks["lists.yaml"] ?? "",
            folderName: "checks (compiled in)")
    }

    private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
