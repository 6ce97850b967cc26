import FolioMessages
import Folio
import FolioCheck
import FolioData
import Foundation
import Hummingbird

extension Workbench {
    /// The editing page, saves (optimistic: a save names the revision it started from), the history, the
    /// comparison of two versions and restoring one.
    func addEditRoutes(_ router: Router<WorkbenchContext>) {
        router.get("/reports/{name}") { _, context in
            let (unit, folder) = try self.unitFolder(context)
            let name = try self.reportName(context)
            let file = try folder.file(name)
            let text = try String(contentsOf: file, encoding: .utf8)
            // A report copied into the folder by hand gets its first version when first opened.
            if try self.store.versions(unit: unit.id, report: name).isEmpty {
                try self.store.keepVersion(
                    unit: unit.id, report: name, yaml: text, user: context.user?.name ?? "", note: "首次打开")
            }
            var values: [String: Any] = [
                "name": name, "path": Self.pathComponent(name), "revision": Fingerprint.of(text),
            ]
            do {
                let dataset = try DatasetLoader.load(
                    yaml: text, fileName: name, directory: folder.url, options: self.configuration.options.load
                ).dataset
                values.merge(EditorModel.values(dataset, yaml: text, fileName: name)) { a, _ in a }
            } catch let e as DiagnosticError {
                values["loadErrors"] = e.diagnostics.map { ["text": $0.text(.chinese)] }
                values["hasLoadErrors"] = true
            }
            return self.page("edit", values, context: context)
        }
        router.post("/reports/{name}/save.json") { request, context in
            let (unit, folder) = try self.unitFolder(context)
            let name = try self.reportName(context)
            let body = try await request.body.collect(upTo: 2 << 20)
            guard let save = try? JSONDecoder().decode(SaveRequest.self, from: Data(body.readableBytesView)) else {
                throw WorkbenchError.badRequest("保存请求格式不正确。")
            }
            let file = try folder.file(name)
            let store = self.store, options = self.configuration.options, user = context.user?.name ?? ""
            let revision = try await self.saves.run {
                try Self.save(
                    save, file: file, name: name, folder: folder, unit: unit, store: store, user: user, options: options
                )
            }
            return try self.json(["revision": revision])
        }
        router.get("/reports/{name}/history") { _, context in
            let (unit, folder) = try self.unitFolder(context)
            let name = try self.reportName(context)
            _ = try folder.file(name)
            let versions = try self.store.versions(unit: unit.id, report: name)
            let f = DateFormatter()
            f.dateFormat = "yyyy-MM-dd HH:mm:ss"
            return self.page(
                "history",
                [
                    "name": name, "path": Self.pathComponent(name),
                    "versions": versions.map {
                        [
                            "id": $0.id, "when": f.string(from: $0.created), "user": $0.userName, "note": $0.note,
                            "revision": $0.revision,
                        ]
                    },
                ], context: context)
        }
        router.get("/reports/{name}/diff") { request, context in
            let (unit, folder) = try self.unitFolder(context)
            let name = try self.reportName(context)
            let a = try self.version(request.uri.queryParameters["a"].map(String.init), unit: unit, name: name)
            let b = try self.version(request.uri.queryParameters["b"].map(String.init), unit: unit, name: name)
            // Off the request's executor, as a build is: comparing two versions loads both and builds their prose.
            let options = self.configuration.options
            let diff = try await self.renders.run {
                try Self.diff(old: a.yaml, new: b.yaml, name: name, folder: folder, options: options)
            }
            return self.page(
                "diff",
                [
                    "name": name, "path": Self.pathComponent(name), "a": a.id, "b": b.id,
                    "figures": diff.figureChanges.map { ["text": $0.text(.chinese)] },
                    "sentences": diff.sentences.map { ["text": $0] },
                    "blocks": diff.blockChanges.map { ["text": $0.text(.chinese)] }, "same": diff.isEmpty,
                    "has_figures": !diff.figureChanges.isEmpty, "has_sentences": !diff.sentences.isEmpty,
                    "has_blocks": !diff.blockChanges.isEmpty,
                ], context: context)
        }
        router.post("/reports/{name}/restore") { request, context in
            let (unit, folder) = try self.unitFolder(context)
            let name = try self.reportName(context)
            let form = try await self.form(request)
            let v = try self.version(form["version"], unit: unit, name: name)
            let file = try folder.file(name)
            let store = self.store, user = context.user?.name ?? ""
            try await self.saves.run {
                try Pipeline.writeDataset(v.yaml, to: file, replacing: true)
                try store.keepVersion(unit: unit.id, report: name, yaml: v.yaml, user: user, note: "恢复为版本 \(v.id)")
            }
            return Response.redirect(to: "/reports/\(Self.pathComponent(name))")
        }
    }

    /// Version `id` of report `name` of `unit` (not found when it is another unit's or another report's).
    func version(_ id: String?, unit: Unit, name: String) throws -> Version {
        guard let id = id.flatMap({ Int64($0) }), let v = try store.version(id: id, unit: unit.id, report: name) else {
            throw WorkbenchError.notFound("没有这个版本。")
        }
        return v
    }

    /// What a save sends: the revision it started from and the values changed, each at the place it starts.
    struct SaveRequest: Decodable, Sendable {
        /// The revision (`Fingerprint`) of the text the page was loaded from.
        var base: String
        /// The changes.
        var edits: [Edit]
        /// One changed value.
        struct Edit: Decodable, Sendable {
            var line: Int
            var column: Int
            /// "text" or "number".
            var kind: String
            var value: String
        }
    }

    /// Applies a save: refused when the file is no longer the text the page started from (`conflict`, with what
    /// changed since), or when the result does not load (`invalid`, with the diagnostics); else written
    /// atomically and kept as a version. Returns the new revision.
    static func save(
        _ save: SaveRequest, file: URL, name: String, folder: ReportFolder, unit: Unit, store: WorkbenchStore,
        user: String, options: BuildOptions
    ) throws -> String {
        let current = try String(contentsOf: file, encoding: .utf8)
        let revision = Fingerprint.of(current)
        guard revision == save.base else {
            var changes = ["别人在您打开之后保存了这份报告；您的修改没有保存。请复制您的修改，刷新页面后再改。"]
            if let old = try store.version(revision: save.base, unit: unit.id, report: name),
                let diff = try? diff(old: old.yaml, new: current, name: name, folder: folder, options: options)
            {
                changes +=
                    diff.figureChanges.map { $0.text(.chinese) } + diff.sentences
                    + diff.blockChanges.map { $0.text(.chinese) }
            }
            throw WorkbenchError.conflict("保存被拒绝：报告已被他人修改。", changes: changes)
        }
        var text = current
        // From the end backwards, so no edit moves the place of another on the same line.
        for edit in save.edits.sorted(by: { ($0.line, $0.column) > ($1.line, $1.column) }) {
            let value: DatasetTextEdit.Value
            if edit.kind == "number" {
                let typed = edit.value.trimmingCharacters(in: .whitespaces)
                guard let number = Double(typed), number.isFinite, typed.allSatisfy({ "0123456789.-".contains($0) })
                else {
                    throw WorkbenchError.badRequest("“\(edit.value)”不是数字。")
                }
                value = .number(typed)
            } else {
                value = .text(edit.value)
            }
            do {
                text = try DatasetTextEdit.replacing(
                    in: text, fileName: name, line: edit.line, column: edit.column, with: value)
            } catch {
                throw WorkbenchError.invalid(
                    "无法修改第 \(edit.line) 行的值。", details: error.diagnostics.map { $0.text(.chinese) })
            }
        }
        do {
            _ = try DatasetLoader.load(yaml: text, fileName: name, directory: folder.url, options: options.load)
        } catch let e as DiagnosticError {
            throw WorkbenchError.invalid(
                "保存被拒绝：修改后的报告有错误，文件未改动。",
                details: e.diagnostics.filter { $0.severity == .error }.map { $0.text(.chinese) })
        }
        try Pipeline.writeDataset(text, to: file, replacing: true)
        try store.keepVersion(unit: unit.id, report: name, yaml: text, user: user, note: "编辑保存")
        return Fingerprint.of(text)
    }

    /// `folio diff` of two texts of a report (its data files read from its folder).
    static func diff(
        old: String, new: String, name: String, folder: ReportFolder, options: BuildOptions
    ) throws -> DatasetDiff {
        do {
            let a = try DatasetLoader.load(yaml: old, fileName: name, directory: folder.url, options: options.load)
                .dataset
            let b = try DatasetLoader.load(yaml: new, fileName: name, directory: folder.url, options: options.load)
                .dataset
            return DatasetDiff(old: a, new: b)
        } catch let e as DiagnosticError {
            throw WorkbenchError.invalid("无法比较：其中一个版本有错误。", details: e.diagnostics.map { $0.text(.chinese) })
        }
    }
}
