import Foundation
import FolioData
import FolioDisplay

/// Everything a command chooses about a run, in one value the command line fills (from its options and
/// the environment) and passes down: the library reads no environment variable itself.
public struct BuildOptions: Sendable {
    /// How datasets are read (`--allow-outside-paths`).
    public var load = LoadOptions()
    /// Folio's asset folder (themes, check lists, bundled reports) when the caller names one (the command
    /// line passes `FOLIO_ASSETS`); nil: found from the executable or in `./Assets` (`AssetLocator`).
    public var assets: URL?
    /// The running program's file, from which `AssetLocator` finds an installed `../share/folio` or a
    /// checkout's `Assets/` (the command line passes its own real path).
    public var executable: URL?
    /// Called on the drawing thread after each page of a PDF build is drawn, with the number of pages drawn
    /// so far (the command line's progress line); nil: nothing is reported.
    public var progress: (@Sendable (Int) -> Void)?
    /// The PDF's creation date in seconds since 1970 (the command line passes `SOURCE_DATE_EPOCH`,
    /// checked by `creationEpoch(parsing:)`); nil: the dataset's `report.date`.
    public var creationEpoch: Int?
    /// Whether a build lays pages out on a second thread while drawing: the bytes are the same either way
    /// (the command line turns it off for `FOLIO_SERIAL=1`, for measuring).
    public var parallel = ProcessInfo.processInfo.activeProcessorCount > 1
    /// Linearise the PDF (fast web view).
    public var linearize = false
    /// The PDF/A level to write (`--pdf-standard`); nil: a plain PDF.
    public var pdfStandard: PDFStandard?
    /// Write a tagged PDF (a structure tree in reading order, figures with alternative text; docs/formats.md);
    /// `--untagged` turns it off.
    public var tagged = true
    /// The sRGB ICC profile embedded as the PDF/A output intent, named by the caller (`--icc-profile`); nil:
    /// `systemOutputProfile`. Read only when `pdfStandard` is set; a named file that cannot serve is bad input
    /// (`FolioError.input`), the system's missing profile a missing part of the environment.
    public var outputProfile: URL?
    /// The sRGB profile Debian's icc-profiles-free installs, embedded when no `outputProfile` is named.
    public static let systemOutputProfile = URL(fileURLWithPath: "/usr/share/color/icc/sRGB.icc")
    /// Whether runs set on the character grid are drawn from subsets whose full-width glyphs advance one cell
    /// (`FontCharacterPlan.gridAdvance`: no adjustment written between their glyphs); off only for measuring.
    public var gridFaces = true
    /// Blocks composed at once; nil: `Pipeline.compositionWidth(drawingAlongside:)` (same bytes for any width).
    public var concurrentBlocks: Int?

    /// The PDF/A level named `name` ("a-2b", "a-2u"); nil for any other name.
    public static func pdfStandard(named name: String) -> PDFStandard? { PDFStandard(rawValue: name.lowercased()) }

    /// The names `pdfStandard(named:)` accepts.
    public static let pdfStandardNames = PDFStandard.allCases.map(\.rawValue)

    /// Options with everything at its default.
    public init() {}

    /// Whether data files and theme files may lie outside the dataset's folder.
    public var allowOutsidePaths: Bool {
        get { load.allowOutsidePaths }
        set { load.allowOutsidePaths = newValue }
    }

    /// The latest creation date accepted: 9999-12-31T23:59:59Z, the last second a PDF date can write.
    public static let latestEpoch = 253_402_300_799

    /// `SOURCE_DATE_EPOCH` as the reproducible-builds convention defines it: a whole number of seconds
    /// written in ASCII digits, here between 0 and `latestEpoch`. nil for anything else (`nan`, `inf`,
    /// `1e9`, `-1`, `12.5`, a number past the year 9999), which the caller reports as an error.
    public static func creationEpoch(parsing text: String) -> Int? {
        guard !text.isEmpty, text.count <= 12, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            let seconds = Int(text), seconds <= latestEpoch
        else { return nil }
        return seconds
    }
}
