import FolioMessages
import Folio
import FolioData
import FolioImport
import Foundation
import Hummingbird

extension Workbench {
    /// The report list and what changes it: new from a bundled report, import, next year, delete to the recycle
    /// folder.
    func addReportRoutes(_ router: Router<WorkbenchContext>) {
        router.get("/reports") { _, context in
            let (unit, folder) = try self.unitFolder(context)
            let templates = (try? self.bundledReports()) ?? []
            return self.page(
                "reports",
                [
                    "unit": unit.name, "reports": folder.reports().map { ["name": $0] },
                    "templates": templates.map { ["name": $0] },
                ], context: context)
        }
        router.post("/reports/new") { request, context in
            let (unit, folder) = try self.unitFolder(context)
            let form = try await self.form(request)
            let template = form["template"] ?? ""
            guard try self.bundledReports().contains(template) else { throw WorkbenchError.badRequest("没有这个模板。") }
            let source = try AssetLocator.assets(for: self.configuration.options).appendingPathComponent(
                "reports/\(template)")
            let text = try String(contentsOf: source, encoding: .utf8)
            let name = folder.freeName((form["name"] ?? "").isEmpty ? String(template.dropLast(5)) : form["name"] ?? "")
            try Pipeline.writeDataset(text, to: try folder.file(name, mustExist: false), replacing: false)
            try self.store.keepVersion(
                unit: unit.id, report: name, yaml: text, user: context.user?.name ?? "", note: "由模板 \(template) 新建")
            return Response.redirect(to: "/reports/\(Self.pathComponent(name))")
        }
        router.post("/reports/import") { request, context in
            let (unit, folder) = try self.unitFolder(context)
            let fileName = Self.uploadFileName(
                Self.fileNameHeader.flatMap { request.headers[$0] }.flatMap { $0.removingPercentEncoding } ?? "")
            let body: ByteBuffer
            do { body = try await request.body.collect(upTo: self.configuration.maxUploadBytes) } catch {
                throw WorkbenchError.tooLarge("文件太大：上传不能超过 \(self.configuration.maxUploadBytes >> 20) MB。")
            }
            let bytes = Data(body.readableBytesView)
            let kind = try UploadCheck.kind(of: bytes, name: fileName)
            let name = folder.freeName(Self.uploadStem(fileName))
            let result = try await self.renders.run {
                try Self.importUpload(bytes, kind: kind, name: name, folder: folder)
            }
            try self.store.keepVersion(
                unit: unit.id, report: name, yaml: result, user: context.user?.name ?? "",
                note: "导入 \(fileName.isEmpty ? name : fileName)")
            return try self.json(["report": name, "url": "/reports/\(Self.pathComponent(name))"])
        }
        router.post("/reports/{name}/new-year") { _, context in
            let (unit, folder) = try self.unitFolder(context)
            let name = try self.reportName(context)
            let file = try folder.file(name)
            let options = self.configuration.options
            let (newName, text) = try await self.renders.run {
                try Self.nextYear(file, folder: folder, options: options)
            }
            try self.store.keepVersion(
                unit: unit.id, report: newName, yaml: text, user: context.user?.name ?? "", note: "由 \(name) 生成下一期")
            return Response.redirect(to: "/reports/\(Self.pathComponent(newName))")
        }
        router.post("/reports/{name}/delete") { _, context in
            let (_, folder) = try self.unitFolder(context)
            _ = try folder.recycle(try self.reportName(context))
            return Response.redirect(to: "/reports")
        }
    }

    /// The header an upload names its file in (percent-encoded).
    static let fileNameHeader = HeaderName("X-File-Name")

    /// The file name an upload's header gives, reduced to its last path component (an old browser on Windows sends
    /// `C:\…\name`); empty when that is no file's name: empty, `.`, `..`, or hidden (a leading dot). Only the
    /// header is read: nothing of the server's own paths (its working folder) can come into the name.
    static func uploadFileName(_ header: String) -> String {
        let parts = header.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "\\" }
        let last = (parts.last.map(String.init) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return last.hasPrefix(".") ? "" : last
    }

    /// The stem a new report from upload `fileName` is named after: the name without its extension; empty when
    /// there is no name, which `freeName` turns into its default (报告.yaml, 报告-2.yaml, …).
    static func uploadStem(_ fileName: String) -> String {
        fileName.range(of: ".", options: .backwards).map { String(fileName[..<$0.lowerBound]) } ?? fileName
    }

    /// The user's unit and its folder; an account without a unit (an administrator only) is sent to the admin page.
    func unitFolder(_ context: WorkbenchContext) throws -> (Unit, ReportFolder) {
        guard let id = context.user?.unitId, let unit = try store.unit(id: id) else {
            throw WorkbenchError.forbidden("您的账号不属于任何单位：请管理员为您指定单位。")
        }
        return (unit, try ReportFolder(root: configuration.folder, unit: unit))
    }

    /// The `{name}` parameter of the path.
    func reportName(_ context: WorkbenchContext) throws -> String {
        guard let raw = context.parameters.get("name") else { throw WorkbenchError.badRequest("缺少报告名称。") }
        let name = raw.removingPercentEncoding ?? raw
        guard ReportFolder.isSafeReportName(name) else {
            throw WorkbenchError.badRequest("报告名称不合规：只能用汉字、字母、数字、-、_，以 .yaml 结尾。")
        }
        return name
    }

    /// A name as one component of a URL path.
    static func pathComponent(_ name: String) -> String {
        name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/")))
            ?? name
    }

    /// The bundled reports a new report can start from (Assets/reports/*.yaml).
    func bundledReports() throws -> [String] {
        let folder = try AssetLocator.assets(for: configuration.options).appendingPathComponent("reports")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasSuffix(".yaml")
        }.sorted()
    }

    /// Imports an upload through the pipeline's importer (`folio import`) into report `name`; returns its YAML.
    static func importUpload(_ bytes: Data, kind: UploadCheck.Kind, name: String, folder: ReportFolder) throws -> String
    {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("folio-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let upload = scratch.appendingPathComponent(kind == .docx ? "upload.docx" : "upload.txt")
        try bytes.write(to: upload)
        let images = folder.url.appendingPathComponent(String(name.dropLast(5)) + "-images")
        let result: ReportImporter.Result
        do {
            result = try Pipeline.importReport(
                at: upload, imagesTo: kind == .docx ? images : nil, language: .chinese)
        } catch let e
            as FolioError
        {
            throw WorkbenchError.invalid("无法导入该文件。", details: [e.text(.chinese)])
        }
        try Pipeline.writeDataset(result.yaml, to: try folder.file(name, mustExist: false), replacing: false)
        return result.yaml
    }

    /// Drafts next period's report (`folio new-year`) beside `file`; returns its name and text.
    static func nextYear(_ file: URL, folder: ReportFolder, options: BuildOptions) throws -> (String, String) {
        let text = try String(contentsOf: file, encoding: .utf8)
        let draft: String
        let newKey: String, oldKey: String
        do {
            let dataset = try DatasetLoader.load(contentsOf: file, options: options.load).dataset
            if let period = dataset.report.period {
                let target = period.next
                draft = try NextPeriodDraft.draft(
                    yaml: text, fileName: file.lastPathComponent, directory: folder.url, to: target,
                    options: options.load, language: .chinese
                ).yaml
                (oldKey, newKey) = (period.key, target.key)
            } else {
                guard let last = dataset.values.flatMap({ $0.points.compactMap { Int($0.year) } }).max() else {
                    throw WorkbenchError.badRequest("该报告既没有 report.period，也没有按年份的数据，无法生成下一年。")
                }
                draft = try NextYearDraft.draft(
                    yaml: text, fileName: file.lastPathComponent, directory: folder.url, year: last + 1,
                    options: options.load, language: .chinese
                ).yaml
                (oldKey, newKey) = (String(last), String(last + 1))
            }
        } catch let e as DiagnosticError {
            throw WorkbenchError.invalid("无法生成下一期。", details: e.diagnostics.map { $0.text(.chinese) })
        }
        let stem = String(file.lastPathComponent.dropLast(5))
        let newStem =
            stem.range(of: oldKey, options: .backwards).map { stem.replacingCharacters(in: $0, with: newKey) }
            ?? "\(stem)-\(newKey)"
        let name = folder.freeName(newStem)
        try Pipeline.writeDataset(draft, to: try folder.file(name, mustExist: false), replacing: false)
        return (name, draft)
    }
}
