import FolioMessages
import Foundation
import FolioData
import FolioDocument
import FolioCharts
import FolioDisplay
import FolioText
import FolioLayout
import FolioRender

/// A loaded report: the resolved document, its theme, and what loading had to say.
public struct LoadedReport: Sendable {
    /// The resolved document.
    public var document: Document
    /// The theme it is typeset with.
    public var theme: Theme
    /// Warnings from loading and resolving.
    public var warnings: [Diagnostic]
    /// The files it was read from (the dataset, a theme file named by path, the data files): no command
    /// writes over one of them (`Pipeline.checkOutput`).
    public var inputs: [URL] = []
    /// Wall time of the steps that made it, when `Pipeline.loadForBuild` did: "load" (reading and validating),
    /// "check" (the preflight), "resolve" (the theme and the document); a build reports them first among its phases.
    public var phases: [PhaseTime] = []
}

/// What a build did.
public struct BuildResult: Sendable {
    /// Where the PDF is.
    public var output: URL
    /// Pages written.
    public var pageCount: Int
    /// Notices for the user: substituted fonts, characters drawn from fallback faces, missing characters.
    public var notices: [Message]
    /// Warnings from the dataset.
    public var warnings: [Diagnostic]
    /// Wall time per phase: load (dataset, theme, resolution; after `loadForBuild`: load, check, resolve), fonts (fontconfig, the font plan), pages
    /// (layout and drawing), finish (Cairo's fonts and trailer, then the finishing step).
    public var phases: [PhaseTime] = []
    /// Glyph runs drawn from a whole font file because the font plan missed one of their characters
    /// (`Pipeline.fontPlan`); 0 for the bundled reports (tested).
    public var wholeFontRuns = 0
}

/// The library's front door: the pipeline dataset → document → pages → file as single calls.
public enum Pipeline {
    /// Loads and resolves a dataset with its theme.
    public static func load(
        dataset url: URL, theme themeName: String? = nil,
        options: BuildOptions = BuildOptions()
    ) throws -> LoadedReport {
        try load(.file(url), theme: themeName, options: options)
    }

    /// Loads and resolves a dataset from any source (a file, YAML text, a `Dataset` made in Swift) with its theme:
    /// `themeName`, else the dataset's `report.theme`.
    public static func load(
        _ source: DatasetSource, theme themeName: String? = nil,
        options: BuildOptions = BuildOptions()
    ) throws -> LoadedReport {
        do {
            let (dataset, loadWarnings, _) = try loadDataset(source, options: options)
            return try resolve(dataset, warnings: loadWarnings, from: source, theme: themeName, options: options)
        } catch let e as DiagnosticError {
            throw FolioError.input(e)
        }
    }

    /// A loaded dataset resolved with its theme (`themeName`, else `report.theme`). Throws `DiagnosticError`.
    static func resolve(
        _ dataset: Dataset, warnings loadWarnings: [Diagnostic], from source: DatasetSource, theme themeName: String?,
        options: BuildOptions
    ) throws -> LoadedReport {
        let name = themeName ?? dataset.themeName
        let (theme, themeURL) = try self.theme(
            named: name, for: source, options: options, at: themeName == nil ? dataset.report.themeLocation : nil)
        var (document, resolveWarnings) = try Document.resolve(dataset, theme: theme)
        // A report still to be filled in — a preview, a draft, the workbench's page — is printed without its seals
        // (a final build has refused it by now). Only a sealed document is looked through for markers.
        if document.isSealed, !unfilledMarkers(in: loadWarnings, of: dataset).isEmpty {
            document.leaveSealsOff()
            resolveWarnings.append(
                Diagnostic(
                    .warning, Message("draft.seals-left-off"), at: dataset.report.location,
                    hint: Message("draft.seals-left-off.hint"), code: "draft.seals"))
        }
        let byPath = isThemePath(name) ? [themeURL].compactMap { $0 } : []
        return LoadedReport(
            document: document, theme: theme, warnings: loadWarnings + resolveWarnings,
            inputs: [source.fileURL].compactMap { $0 } + byPath + dataset.dataFiles)
    }

    /// A theme by name (Assets/themes/NAME.yaml) or by path (anything ending in .yaml/.yml).
    public static func loadTheme(
        named name: String, relativeTo dataset: URL,
        options: BuildOptions = BuildOptions()
    ) throws -> Theme {
        try theme(named: name, for: .file(dataset), options: options).theme
    }

    /// The theme `name` decoded, and its file: a path's file, else Assets/themes/NAME.yaml of the asset folder, else
    /// the theme compiled into the library (`BundledAssets`, no file) when there is no asset folder. `location` is
    /// where the dataset names the theme (nil for a theme named on the command line).
    static func theme(
        named name: String, for source: DatasetSource, options: BuildOptions, at location: SourceLocation? = nil
    ) throws -> (
        theme: Theme, file: URL?
    ) {
        if !isThemePath(name), AssetLocator.folder(for: options) == nil,
            let theme = try BundledAssets.theme(named: name)
        {
            return (theme, nil)
        }
        let url = try themeFile(named: name, for: source, options: options, at: location)
        return (try YAMLDocument.decode(Theme.self, from: url), url)
    }

    /// Whether a theme is named by path (a file ending in .yaml/.yml) rather than by name.
    static func isThemePath(_ name: String) -> Bool { name.hasSuffix(".yaml") || name.hasSuffix(".yml") }

    /// The file of a theme: Assets/themes/NAME.yaml for a name; for a path, the file relative to the dataset's
    /// folder, which must lie inside that folder (symlinks followed) unless `options.allowOutsidePaths`.
    static func themeFile(
        named name: String, for source: DatasetSource, options: BuildOptions, at location: SourceLocation? = nil
    ) throws -> URL {
        let url: URL
        let at = location ?? SourceLocation(file: source.name, line: 1, column: 1)
        if isThemePath(name) {
            guard let folder = source.folder else {
                throw FolioError.input(
                    DiagnosticError(
                        Diagnostic(
                            .error, Message("input.no-folder.theme", ["name": "\(name)"]), at: at,
                            hint: Message("input.no-folder.theme.hint"), code: "input.no-folder")))
            }
            url = URL(fileURLWithPath: name, relativeTo: folder)
            if !options.allowOutsidePaths && !PathIdentity.isInside(url, folder: folder) {
                throw FolioError.input(
                    DiagnosticError(
                        Diagnostic(
                            .error,
                            Message(
                                "theme.outside.theme-file-name-outside",
                                ["name": "\(name)", "value": "\(PathIdentity.realPath(url))"]),
                            at: at,
                            hint:
                                Message("theme.outside.copy-theme-next-dataset.hint"),
                            code: "theme.outside")))
            }
        } else if let folder = AssetLocator.folder(for: options) {
            url = folder.appendingPathComponent("themes/\(name).yaml")
        } else {
            url = URL(fileURLWithPath: BundledAssets.themeFileName(name))
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            let files =
                AssetLocator.folder(for: options).flatMap {
                    try? FileManager.default.contentsOfDirectory(atPath: $0.appendingPathComponent("themes").path)
                } ?? BundledAssets.themes.keys.map { $0 + ".yaml" }
            let names = files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
            // A theme named by path is a file the user wrote; one named by name is one of the known themes.
            let message =
                isThemePath(name)
                ? Message("theme.missing.theme-name-found-path", ["name": "\(name)", "path": "\(url.path)"])
                : Message("theme.missing.no-theme-named", ["name": "\(name)"])
            let known = Message("theme.missing.known-themes-value.hint", ["value": .texts(names)])
            throw FolioError.input(
                DiagnosticError(
                    Diagnostic(
                        .error, message, at: location == nil && !isThemePath(name) ? nil : at,
                        hint: isThemePath(name) ? known : Suggestion.didYouMean(name, among: names) ?? known,
                        code: "theme.missing")))
        }
        return url
    }

    /// The text engine for a theme: its font stacks resolved through fontconfig.
    public static func textEngine(for theme: Theme) throws -> TextEngine {
        try textEngine(for: theme, fonts: { try FontSystem() })
    }

    /// `textEngine(for:)` on the font system `fonts` gives (made now, or made ahead on another thread).
    static func textEngine(for theme: Theme, fonts: () throws -> FontSystem) throws -> TextEngine {
        do {
            return try TextEngine(theme: theme, fonts: try fonts())
        } catch {
            throw FolioError.environment(
                Message("folio.usable-fonts-error", ["error": .error(error)]),
                hint: Message("folio.install-fonts-noto-cjk.hint"))
        }
    }

    /// Builds `dataset` into a PDF at `output`. The file is written to a temporary name and renamed
    /// into place only when complete: on any error an existing PDF stays as it was, and an `output` that is
    /// one of the inputs is refused (`checkOutput`). `options` carry the creation date, whether layout runs on
    /// a second thread while pages are drawn (`parallel`), the composition width and linearisation; the bytes
    /// are the same for any `parallel` and width.
    public static func build(
        dataset: URL, output: URL, theme: String? = nil,
        options: BuildOptions = BuildOptions()
    ) throws -> BuildResult {
        // fontconfig's set-up (its configuration and caches, ~6 ms) and the theme's matches run while the dataset loads.
        let fonts = Prefetch { try FontSystem.ahead(theme: theme) }
        var clock = PhaseClock()
        let report = try load(dataset: dataset, theme: theme, options: options)
        clock.lap("load")
        return try build(consume report, output: output, options: options, fonts: consume fonts, clock: clock)
    }

    /// Builds a report already loaded (`loadForBuild`: once for the preflight and the build) into a PDF at `output`,
    /// as `build(dataset:output:theme:options:)` does. The report is consumed: it is released once every page is
    /// drawn, before the finishing step.
    public static func build(
        _ report: consuming LoadedReport, output: URL, options: BuildOptions = BuildOptions()
    ) throws -> BuildResult {
        // The dataset and the check's structures are freed by now; their pages, left in the arenas of the check's
        // worker threads, would otherwise stay resident under layout's and the finishing step's (peak memory).
        FreedMemory.release()
        return try build(
            consume report, output: output, options: options, fonts: FontSystemAhead.shared.take(), clock: PhaseClock())
    }

    /// `build(_:output:options:)` with fontconfig's set-up under way in `fonts` and the phases timed from `clock`.
    private static func build(
        _ report: consuming LoadedReport, output: URL, options: BuildOptions, fonts: consuming Prefetch<FontSystem>,
        clock: PhaseClock
    ) throws -> BuildResult {
        var clock = clock
        // Both consumed: the document and the font system (FreeType's faces) are released when drawPages returns.
        try checkOutput(output, inputs: report.inputs)
        let (writer, drawn) = try drawPages(
            consume report, fonts: consume fonts, options: options, destination: "\(output.path)", clock: &clock
        ) { info, finish, plan in try PDFWriter(destination: output, info: info, options: finish, fonts: plan) }
        // The document, the text engine and its fonts are gone by now: the finishing step (Cairo's fonts, then the
        // finished file's assembly) reuses their memory instead of adding to it (peak memory).
        do {
            try writer.finish()
        } catch let e as RenderError {
            throw FolioError.output(
                Message("folio.cannot-write-path-e", ["path": "\(output.path)", "e": .error(e)]),
                hint: Message("folio.previous-file-if-any.hint"))
        }
        clock.lap("finish")
        return BuildResult(
            output: output, pageCount: drawn.pageCount, notices: drawn.notices, warnings: drawn.warnings,
            phases: drawn.phases + clock.phases, wholeFontRuns: drawn.wholeFontRuns)
    }

    /// What drawing a report's pages found: the pages, font notices, runs drawn from whole fonts, and what the report
    /// brought with it (its warnings, the phases that made it), kept after the report itself is released.
    struct DrawnPages {
        /// Pages drawn.
        var pageCount: Int
        /// `fontNotices`.
        var notices: [Message]
        /// `PDFWriter.fullFaceRuns`.
        var wholeFontRuns: Int
        /// The report's warnings.
        var warnings: [Diagnostic]
        /// The report's phases (`LoadedReport.phases`).
        var phases: [PhaseTime]
    }

    /// Plans the fonts of a loaded report and draws every page into the writer `makeWriter` opens (on a file or in
    /// memory; `destination` names it in messages); returns the writer, not yet finished, and what it drew. The report
    /// is consumed: it is released once every page is drawn.
    static func drawPages(
        _ report: consuming LoadedReport, fonts: consuming Prefetch<FontSystem>, options: BuildOptions,
        destination: MessageArgument,
        clock: inout PhaseClock,
        makeWriter: (DocumentInfo, FinishOptions, FontCharacterPlan) throws -> PDFWriter
    ) throws -> (PDFWriter, DrawnPages) {
        let parallel = options.parallel
        let engine = try textEngine(for: report.theme, fonts: fonts.value)
        var layout = LayoutEngine(theme: report.theme, text: engine)
        layout.concurrentBlocks = options.concurrentBlocks ?? compositionWidth(drawingAlongside: parallel)
        let plan: FontCharacterPlan
        do { plan = try fontPlan(report, layout: layout, gridFaces: options.gridFaces) } catch {
            throw FolioError.environment(
                Message("folio.cannot-read-fonts-error", ["error": .error(error)]),
                hint: Message("folio.check-fonts-folio-fonts.hint"))
        }
        let finish = try finishOptions(options)
        let writer: PDFWriter
        do {
            writer = try makeWriter(
                documentInfo(for: report.document, creationEpoch: options.creationEpoch), finish, plan)
        } catch {
            throw FolioError.output(
                Message("folio.cannot-write-path-error", ["path": destination, "error": .error(error)]),
                hint: Message("folio.check-that-folder-exists.hint-2"))
        }
        clock.lap("fonts")
        do {
            let progress = options.progress
            let maxPages = InputLimits.maxPages * max(1, options.load.limitScale)
            let pageCount =
                try parallel
                ? layoutAndWrite(
                    report.document, layout: layout, writer: writer, progress: progress, maxPages: maxPages)
                : layout.layout(report.document) { page in
                    try add(page, to: writer, progress: progress, maxPages: maxPages)
                }.pageCount
            clock.lap("pages")
            try refuseUndrawable(engine)
            return (
                writer,
                DrawnPages(
                    pageCount: pageCount, notices: fontNotices(engine), wholeFontRuns: writer.fullFaceRuns,
                    warnings: report.warnings, phases: report.phases)
            )
        } catch let e as FolioError {
            writer.cancel(); throw e
        } catch let e as ChartError {
            // A chart the width cannot hold (a theme's narrow measure, large chart text) is the dataset's or the
            // theme's to change: bad input (65), not something the machine lacks.
            writer.cancel()
            throw FolioError.input(
                DiagnosticError(
                    Diagnostic(.error, e.message, hint: Message("chart.layout.change-theme.hint"), code: "chart.layout")
                ))
        } catch let e as RenderError {
            writer.cancel()
            throw FolioError.output(
                Message("folio.cannot-write-path-e", ["path": destination, "e": .error(e)]),
                hint: Message("folio.previous-file-if-any.hint"))
        } catch {
            writer.cancel()
            throw FolioError.environment(
                Message("folio.layout-failed-error", ["error": .error(error)]),
                hint: Message("folio.check-fonts-folio-fonts.hint"))
        }
    }

    /// Which characters each font file will draw: the layout's characters by role and weight
    /// (`LayoutEngine.charactersByStyle`) sent through the text engine's face choice, so each file is cut to
    /// its own characters — a heading face to the headings', not to the whole report's.
    /// With `gridFaces`, the plan carries the grid's cell (`FontCharacterPlan.gridAdvance`).
    static func fontPlan(
        _ report: LoadedReport, layout: LayoutEngine, gridFaces: Bool = true
    ) throws
        -> FontCharacterPlan
    {
        let byStyle = layout.charactersByStyle(report.document)
        let byFile = try layout.text.fontFiles(for: byStyle)
        return FontCharacterPlan(
            byFile: byFile, all: byStyle.values.reduce(into: []) { $0.formUnion($1) },
            gridAdvance: gridFaces ? layout.metrics.charPitch.value / layout.metrics.bodySize.value : nil)
    }

    /// Draws `page`, refusing a report that runs past `InputLimits.maxPages` (docs/limits.md): a runaway
    /// input stops with a clear error instead of filling the disk.
    static func add(
        _ page: Page, to writer: PDFWriter, progress: (@Sendable (Int) -> Void)? = nil,
        maxPages: Int = InputLimits.maxPages
    ) throws {
        guard page.index < maxPages else {
            throw FolioError.input(
                DiagnosticError(
                    Diagnostic(
                        .error,
                        Message("limit.pages.report-runs-past-limit", ["limit": "\(maxPages)"]),
                        hint: Message("limit.pages.split-report-check-dataset.hint"), code: "limit.pages")))
        }
        try writer.add(page)
        progress?(page.index + 1)
    }

    /// How many blocks to compose at once (`LayoutEngine.concurrentBlocks`): 32 when a core is free for it, else 1.
    /// A build that draws on one core while layout runs on another (`drawingAlongside`) leaves nothing free on two
    /// cores, where composing concurrently would make the drawing thread wait; alone, layout gains from it. 32
    /// blocks keep the workers busy while holding only a few megabytes of units ahead. Machines with more than two
    /// cores use them alongside drawing too. The measurements behind these choices are in Benchmarks/README.md.
    public static func compositionWidth(drawingAlongside: Bool) -> Int {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        return cores - (drawingAlongside ? 1 : 0) >= 2 ? 32 : 1
    }

    /// Lays `document` out on a second thread while this one draws the pages into `writer`, in order;
    /// returns the page count. A layout error is rethrown here; a drawing error stops the layout thread.
    static func layoutAndWrite(
        _ document: Document, layout: LayoutEngine, writer: PDFWriter,
        progress: (@Sendable (Int) -> Void)? = nil, maxPages: Int = InputLimits.maxPages
    ) throws -> Int {
        let handoff = PageHandoff()
        let count = ResultBox<Int>()
        let thread = Thread {
            do {
                count.value = try layout.layout(document) { page in try handoff.put(page) }.pageCount
                handoff.finish(error: nil)
            } catch {
                handoff.finish(error: error)
            }
        }
        thread.stackSize = 8 << 20   // as the main thread's: layout recursion depth is the same as serially
        thread.start()
        do {
            while let page = try handoff.take() { try add(page, to: writer, progress: progress, maxPages: maxPages) }
        } catch {
            handoff.stop()
            handoff.waitUntilFinished()
            throw error
        }
        handoff.waitUntilFinished()
        return count.value ?? 0
    }

    /// PDF metadata from the document: title, issuer as author, and a creation date from the dataset
    /// (or `creationEpoch`, seconds since 1970 from SOURCE_DATE_EPOCH), never the clock, so the same input
    /// gives the same bytes.
    public static func documentInfo(for document: Document, creationEpoch: Int? = nil) -> DocumentInfo {
        var date = document.metadata.date.iso8601
        if let seconds = creationEpoch { date = UTCTimestamp.iso8601(seconds) }
        return DocumentInfo(
            title: document.metadata.title, author: document.metadata.issuer,
            subject: document.metadata.subject, keywords: document.metadata.keywords,
            creator: "Folio", creationDate: date)
    }

    /// Refuses a text with characters no installed face has (they would print as empty boxes): a
    /// Latin-only font set-up lacks every Chinese character. Known once every page is laid out; the
    /// unfinished file is then removed and an existing output stays as it was.
    static func refuseUndrawable(_ engine: TextEngine) throws {
        let missing = engine.missingCharacters
        guard !missing.isEmpty else { return }
        let sorted = missing.sorted()
        let shown = String(sorted.prefix(40)) + (sorted.count > 40 ? "…" : "")
        let codes = sorted.prefix(8).map { c in
            c.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
        }.joined(separator: ", ")
        throw FolioError.environment(
            Message(
                "folio.installed-font-can-draw",
                [
                    "count": "\(sorted.count)", "shown": "\(shown)", "codes": "\(codes)",
                    "value": "\(sorted.count > 8 ? ", …" : "")",
                ]),
            hint:
                Message("folio.install-fonts-that-cover.hint")
        )
    }

    /// Different cut pieces listed one a line, up to this many; more are one note naming the first three.
    static let cutsListed = 5

    /// One line per substituted role and per role that drew characters from a fallback face.
    static func fontNotices(_ engine: TextEngine) -> [Message] {
        var notes: [Message] = []
        for (role, face) in engine.faceReport() where face.substituted {
            notes.append(
                Message(
                    "folio.font-raw-value-uses",
                    [
                        "raw-value": .message(role.name), "family": "\(face.face.family)",
                        "requested": "\(face.requested)",
                    ])
            )
        }
        for (role, chars) in engine.fallbackCharacters.sorted(by: { $0.key.rawValue < $1.key.rawValue })
        where !chars.isEmpty {
            notes.append(
                Message(
                    "folio.font-raw-value-count",
                    ["raw-value": .message(role.name), "count": "\(chars.count)", "value": "\(String(chars.sorted()))"])
            )
        }
        if !engine.missingCharacters.isEmpty {
            notes.append(
                Message("folio.font-installed-face-has", ["value": "\(String(engine.missingCharacters.sorted()))"]))
        }
        // Sorted, so a piece cut in many places (a figure in every cell of a column) is one note with its count.
        var cuts: [(word: String, count: Int)] = []
        for word in engine.emergencyBreaks {
            if cuts.last?.word == word { cuts[cuts.count - 1].count += 1 } else { cuts.append((word, 1)) }
        }
        // Many different pieces (a table's figures too wide for its columns) are one note naming the first few.
        if cuts.count > Self.cutsListed {
            notes.append(
                Message(
                    "folio.layout-words-longer-than",
                    [
                        "count": "\(engine.emergencyBreaks.count)", "distinct": "\(cuts.count)",
                        "first": "\(cuts[0].word)", "second": "\(cuts[1].word)", "third": "\(cuts[2].word)",
                    ]))
            return notes
        }
        for cut in cuts {
            notes.append(
                cut.count == 1
                    ? Message("folio.layout-word-longer-than", ["word": "\(cut.word)"])
                    : Message("folio.layout-word-longer-than-times", ["word": "\(cut.word)", "count": "\(cut.count)"]))
        }
        return notes
    }
}
