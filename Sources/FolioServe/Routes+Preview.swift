import FolioMessages
import Folio
import FolioCheck
import FolioData
import Foundation
import Hummingbird

extension Workbench {
    /// The preview (pages as PNG images, with the preflight findings) and "生成PDF" (the bytes `folio build` makes).
    func addPreviewRoutes(_ router: Router<WorkbenchContext>) {
        router.get("/reports/{name}/preview.json") { _, context in
            let (unit, folder) = try self.unitFolder(context)
            let name = try self.reportName(context)
            let file = try folder.file(name)
            let cache = self.previewFolder(unit: unit, name: name)
            let options = self.configuration.options, dpi = self.configuration.previewDPI
            let preview = try await self.renders.run {
                try Self.preview(file, cache: cache, dpi: dpi, options: options)
            }
            let path = Self.pathComponent(name)
            return try self.json([
                "revision": preview.revision, "millis": preview.millis, "cpuMillis": preview.cpuMillis,
                "pages": preview.pages.map { "/reports/\(path)/pages/\(preview.revision)/\($0)" },
                "findings": preview.findings, "problems": preview.problems, "maps": preview.maps,
                "drawn": preview.drawn, "reused": preview.reused,
            ])
        }
        router.get("/reports/{name}/pages/{revision}/{page}") { _, context in
            let (unit, _) = try self.unitFolder(context)
            let name = try self.reportName(context)
            guard let revision = context.parameters.get("revision"), revision.count == 16,
                revision.allSatisfy({ $0.isHexDigit }), let page = context.parameters.get("page"),
                page.hasPrefix("p-"), page.hasSuffix(".png"), page.dropFirst(2).dropLast(4).allSatisfy({ $0.isNumber })
            else { throw WorkbenchError.notFound("没有这一页。") }
            let file = self.previewFolder(unit: unit, name: name).appendingPathComponent(revision)
                .appendingPathComponent(page)
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw WorkbenchError.notFound("没有这一页（预览已更新）。")
            }
            return Response(
                status: .ok, headers: [.contentType: "image/png", .cacheControl: "private, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        router.get("/reports/{name}/pdf") { _, context in
            let (_, folder) = try self.unitFolder(context)
            let name = try self.reportName(context)
            let file = try folder.file(name)
            let options = self.configuration.options
            let bytes = try await self.renders.run { try Self.buildPDF(file, options: options) }
            let pdfName = String(name.dropLast(5)) + ".pdf"
            return Response(
                status: .ok,
                headers: [
                    .contentType: "application/pdf",
                    .contentDisposition:
                        "attachment; filename=\"report.pdf\"; filename*=UTF-8''\(Self.pathComponent(pdfName))",
                    .cacheControl: "no-store",
                ], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }

    /// Where the preview pages of a report are kept, by revision.
    func previewFolder(unit: Unit, name: String) -> URL {
        configuration.folder.appendingPathComponent(".folio/previews/\(unit.id)", isDirectory: true)
            .appendingPathComponent(String(name.dropLast(5)), isDirectory: true)
    }

    /// A preview: the revision drawn, its page files, the findings of the checks and the time it took.
    struct Preview: @unchecked Sendable {   // plain values, made on one thread, read on another
        var revision: String
        var pages: [String]
        /// Per page: its size in points and where each paragraph and heading is printed (`PageMap`).
        var maps: [[String: Any]]
        /// Pages drawn for this request, and pages copied from an earlier revision (their display list unchanged).
        var drawn: Int, reused: Int
        var findings: [[String: Any]]
        var problems: [String]
        var millis: Int
        /// The process's CPU time over the preview (all threads; exact only when nothing else runs).
        var cpuMillis: Int
    }

    /// The CPU time this process has used, in milliseconds.
    static func processCPUMillis() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        let user = Int(usage.ru_utime.tv_sec) * 1000 + Int(usage.ru_utime.tv_usec) / 1000
        let system = Int(usage.ru_stime.tv_sec) * 1000 + Int(usage.ru_stime.tv_usec) / 1000
        return user + system
    }

    /// Draws the pages of the report's current text (once per revision, kept under `cache`), and runs the checks.
    static func preview(_ file: URL, cache: URL, dpi: Double, options: BuildOptions) throws -> Preview {
        let start = Date(), cpu = processCPUMillis()
        let text = try String(contentsOf: file, encoding: .utf8)
        let revision = Fingerprint.of(text)
        var options = options
        options.load.datasetBytes = Data(text.utf8)   // the text just read, even if a save lands meanwhile
        let folder = cache.appendingPathComponent(revision, isDirectory: true)
        var pages: [String] = []
        var maps: [PageMap] = []
        var reused = 0, drawn = 0
        var problems: [String] = []
        let existing = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasSuffix(".png")
        }
        if !existing.isEmpty {
            pages = existing.sorted()
            maps = PageMap.read(from: folder)
        } else {
            do {
                let scratch = cache.appendingPathComponent(".new-\(UUID().uuidString)", isDirectory: true)
                try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
                // A page whose display list an earlier revision drew already is copied, not drawn again.
                let images = try Pipeline.renderPageImages(
                    dataset: file, folder: scratch, baseName: "p", format: .png(dpi: dpi), options: options,
                    reusing: PageMap.reusable(in: cache))
                reused = images.filter(\.reused).count
                drawn = images.count - reused
                pages = images.map(\.file.lastPathComponent)
                maps = images.map(PageMap.init)
                try PageMap.write(maps, to: scratch)
                // Older revisions go; this one moves into place whole.
                for old in (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []
                where !old.hasPrefix(".new-") {
                    try? FileManager.default.removeItem(at: cache.appendingPathComponent(old))
                }
                if (try? FileManager.default.moveItem(at: scratch, to: folder)) == nil {
                    try? FileManager.default.removeItem(at: scratch)   // another request drew it first
                }
            } catch let e as FolioError {
                problems.append(e.text(.chinese))
            }
        }
        var findings: [[String: Any]] = []
        do {
            let report = try Pipeline.check(dataset: file, options: options)
            findings = report.findings.map { f in
                [
                    "rule": f.rule, "severity": f.severity == .error ? "错误" : f.severity == .warning ? "警告" : "提示",
                    "message": f.messageText.text(.chinese), "fix": f.fixText?.text(.chinese) ?? "",
                    "line": f.location?.line ?? 0, "excerpt": f.excerpt,
                ]
            }
        } catch let e as FolioError {
            problems.append(e.text(.chinese))
        }
        return Preview(
            revision: revision, pages: pages, maps: maps.map(\.json), drawn: drawn, reused: reused, findings: findings,
            problems: problems,
            millis: Int(Date().timeIntervalSince(start) * 1000), cpuMillis: processCPUMillis() - cpu)
    }

    /// The PDF `folio build` writes for the report (its checks first, as `folio build` runs them), as bytes.
    static func buildPDF(_ file: URL, options: BuildOptions) throws -> Data {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("folio-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("report.pdf")
        do {
            // One load for the unfilled markers, the check and the build, as `folio build` does.
            let (loaded, _) = try Pipeline.loadForBuild(dataset: file, options: options)
            _ = try Pipeline.build(consume loaded, output: output, options: options)
        } catch let e as FolioError {
            throw WorkbenchError.invalid("无法生成PDF：请先改正下列问题。", details: [e.text(.chinese)])
        }
        return try Data(contentsOf: output)
    }
}
