import Folio
import FolioData
import Foundation

/// A unit's folder of reports in the data folder (`units/<folder>/`), and the only way the workbench names a file:
/// a report's name is checked (`isSafeReportName`: no folder, no leading dot, `.yaml`), and its real path must lie
/// inside the unit's folder (symlinks followed), so no request reaches a file outside it.
struct ReportFolder: Sendable {
    /// The unit's folder.
    let url: URL

    /// The folder of `unit` under `root` (created when missing).
    init(root: URL, unit: Unit) throws {
        url = root.appendingPathComponent("units", isDirectory: true).appendingPathComponent(
            unit.folder, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The recycle folder: deleted reports are moved here, never removed.
    var recycle: URL { url.appendingPathComponent(".recycle", isDirectory: true) }

    /// Whether `name` is a report name the workbench accepts: 1–80 characters of letters (Chinese included), digits,
    /// `-`, `_` and `.`, not starting with a dot, without `..`, ending in `.yaml`.
    static func isSafeReportName(_ name: String) -> Bool {
        guard name.hasSuffix(".yaml"), name.count > 5, name.count <= 80, !name.hasPrefix("."), !name.contains("..")
        else { return false }
        return name.unicodeScalars.allSatisfy { u in
            u == "-" || u == "_" || u == "." || (u.value < 128 && CharacterSet.alphanumerics.contains(u))
                || (u.properties.isIdeographic)
        }
    }

    /// Whether `name` is a unit folder name: 1–40 ASCII letters, digits, `-` and `_`.
    static func isSafeFolderName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 40
            && name.unicodeScalars.allSatisfy {
                $0.value < 128 && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_")
            }
    }

    /// The file of report `name`, refused (`notFound`, `badRequest`) unless the name is safe and the real path of
    /// the file (when it exists) lies inside the folder.
    func file(_ name: String, mustExist: Bool = true) throws -> URL {
        guard Self.isSafeReportName(name) else {
            throw WorkbenchError.badRequest("报告名称不合规：只能用汉字、字母、数字、-、_，以 .yaml 结尾。")
        }
        let file = url.appendingPathComponent(name, isDirectory: false)
        let exists = FileManager.default.fileExists(atPath: file.path)
        if mustExist && !exists { throw WorkbenchError.notFound("本单位没有名为“\(name)”的报告。") }
        if exists && !PathIdentity.isInside(file, folder: url) {
            throw WorkbenchError.forbidden("该文件位于数据文件夹之外，已拒绝。")
        }
        return file
    }

    /// The reports of the folder (YAML files, not hidden), by name.
    func reports() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { Self.isSafeReportName($0) }.sorted()
    }

    /// Moves report `name` into the recycle folder as `name` + the time (never over another file).
    func recycle(_ name: String, now: Date = Date()) throws -> String {
        let file = try file(name)
        try FileManager.default.createDirectory(at: recycle, withIntermediateDirectories: true)
        let stamp = Int(now.timeIntervalSince1970)
        var target = recycle.appendingPathComponent("\(stamp)-\(name)")
        var n = 1
        while FileManager.default.fileExists(atPath: target.path) {
            n += 1
            target = recycle.appendingPathComponent("\(stamp)-\(n)-\(name)")
        }
        try FileManager.default.moveItem(at: file, to: target)
        return target.lastPathComponent
    }

    /// A name for a new report from `stem` that no file has yet: `stem.yaml`, `stem-2.yaml`, …
    func freeName(_ stem: String) -> String {
        let cleaned = String(
            stem.unicodeScalars.filter { u in
                u == "-" || u == "_" || (u.value < 128 && CharacterSet.alphanumerics.contains(u))
                    || u.properties.isIdeographic
            }.prefix(60).map(Character.init))
        let base = cleaned.isEmpty ? "报告" : cleaned
        var name = "\(base).yaml", n = 1
        while FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path) {
            n += 1
            name = "\(base)-\(n).yaml"
        }
        return name
    }
}
