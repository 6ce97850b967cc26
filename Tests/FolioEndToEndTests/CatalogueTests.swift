import Foundation
import FolioTestSupport
import Testing

/// One line of Catalogue/manifest.txt: a hostile input, the exit status it must give and the words its
/// message must contain.
struct CatalogueCase: CustomTestStringConvertible, Sendable {
    var name: String
    var status: Int32
    var words: [String]
    var arguments: [String]
    var environment: [String: String]
    var testDescription: String { name }

    /// The catalogue folder.
    static let folder = Checkout.url("Tests/FolioEndToEndTests/Catalogue")

    /// Every case of the manifest; a malformed line becomes a case that fails, naming the line.
    static func all() -> [CatalogueCase] {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("manifest.txt"), encoding: .utf8) else {
            return [
                CatalogueCase(name: "manifest.txt is missing", status: -1, words: [], arguments: [], environment: [:])
            ]
        }
        return text.split(separator: "\n").enumerated().compactMap { index, line in
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.isEmpty || t.hasPrefix("#") { return nil }
            let cols = t.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cols.count >= 4, let status = Int32(cols[1]) else {
                return CatalogueCase(
                    name: "manifest.txt:\(index + 1) is malformed", status: -1, words: [], arguments: [],
                    environment: [:])
            }
            var env: [String: String] = [:]
            if cols.count > 4 {
                for pair in cols[4].split(separator: " ") {
                    let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
                    if kv.count == 2 { env[kv[0]] = kv[1] }
                }
            }
            return CatalogueCase(
                name: cols[0], status: status,
                words: cols[2].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) },
                arguments: cols[3].split(separator: " ").map(String.init), environment: env)
        }
    }
}

/// Runs the catalogue of hostile and broken inputs through the built `folio` executable: each
/// case must exit with its documented status (never a crash: a trap is a signal, status ≥ 128), print a
/// message containing its words, and leave an existing output PDF byte for byte as it was.
@Suite("Hostile input catalogue")
struct CatalogueTests {
    /// The sentinel a failing build must not touch.
    static let sentinel = Data("%PDF-1.5\n% sentinel: a failed build must leave this file as it is\n%%EOF\n".utf8)

    @Test("the manifest lists at least 50 cases, each with files or a generator")
    func manifestIsComplete() throws {
        let cases = CatalogueCase.all()
        #expect(cases.count >= 50)
        #expect(Set(cases.map(\.name)).count == cases.count, "case names are unique")
        #expect(!cases.contains { $0.status < 0 }, "every manifest line parses")
    }

    /// The time limit is not a speed measurement (that is `make bench`): it is a generous guard against runaway
    /// work on hostile input (an expansion bomb, a loop that never ends), which must fail instead of hanging the
    /// suite. A case that needs anything near it has a bug; Swift Testing's own limit is the only timing here.
    @Test(
        "each hostile input gives its documented status and message, and loses no file",
        .timeLimit(.minutes(1)), arguments: CatalogueCase.all())
    func hostileInput(_ c: CatalogueCase) throws {
        try #require(FolioExecutable.find() != nil, "the folio executable is built beside the tests")
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent(
            "folio-catalogue-\(c.name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { Self.removeAll(tmp) }
        try Self.stage(c.name, in: tmp)
        let out = tmp.appendingPathComponent("out.pdf")
        try Self.sentinel.write(to: out)
        let readonly = try Self.readOnlyFolder(in: tmp)
        let staged = try Self.regularFiles(in: tmp)
        let args = c.arguments.map {
            $0.replacingOccurrences(of: "{tmp}", with: tmp.path).replacingOccurrences(
                of: "{readonly}", with: readonly.path)
        }
        let env = c.environment.mapValues { $0.replacingOccurrences(of: "{tmp}", with: tmp.path) }
        let result = try FolioExecutable.run(args, in: tmp, environment: env)
        let output = result.stderr + result.stdout
        #expect(
            result.status == c.status,
            "\(c.name): exit status \(result.status), expected \(c.status)\n\(output.prefix(2000))")
        #expect(result.status < 128 && !output.contains("Fatal error"), "\(c.name) crashed")
        for word in c.words {
            #expect(output.contains(word), "\(c.name): the message lacks “\(word)”:\n\(output.prefix(2000))")
        }
        if c.status != 0 {
            #expect((try? Data(contentsOf: out)) == Self.sentinel, "\(c.name): the existing out.pdf was changed")
            #expect(
                (try? Data(contentsOf: readonly.appendingPathComponent("out.pdf"))).map { $0 == Self.sentinel } ?? true,
                "\(c.name): the read-only folder's out.pdf was changed")
        }
        for (path, bytes) in staged where !(c.status == 0 && path == "out.pdf") {
            let now = try? Data(contentsOf: tmp.appendingPathComponent(path))
            #expect(now == bytes, "\(c.name): the input \(path) was changed or removed")
        }
        if c.name == "output-dev-full" {
            let type = (try? FileManager.default.attributesOfItem(atPath: "/dev/full"))?[.type] as? FileAttributeType
            #expect(type == .typeCharacterSpecial, "/dev/full is still the device")
        }
    }

    /// Copies the case's files (or generates them) into `tmp`.
    static func stage(_ name: String, in tmp: URL) throws {
        let cases = CatalogueCase.folder.appendingPathComponent("cases")
        let fm = FileManager.default
        let file = cases.appendingPathComponent(name + ".yaml"), folder = cases.appendingPathComponent(name)
        if fm.fileExists(atPath: file.path) {
            try fm.copyItem(at: file, to: tmp.appendingPathComponent(file.lastPathComponent))
        } else if fm.fileExists(atPath: folder.path) {
            for item in try fm.contentsOfDirectory(atPath: folder.path) {
                try fm.copyItem(at: folder.appendingPathComponent(item), to: tmp.appendingPathComponent(item))
            }
        } else if try !CatalogueGenerators.write(name, into: tmp, cases: cases) {
            try fm.copyItem(
                at: cases.appendingPathComponent("valid-control.yaml"),
                to: tmp.appendingPathComponent("valid-control.yaml"))
        }
    }

    /// A folder the build cannot write: `ro/` made read-only, or `/proc` when running as root (root
    /// writes through permissions). Holds a sentinel out.pdf when it is ours.
    static func readOnlyFolder(in tmp: URL) throws -> URL {
        if getuid() == 0 { return URL(fileURLWithPath: "/proc") }
        let ro = tmp.appendingPathComponent("ro-folder")
        try FileManager.default.createDirectory(at: ro, withIntermediateDirectories: true)
        try sentinel.write(to: ro.appendingPathComponent("out.pdf"))
        chmod(ro.path, 0o555)
        return ro
    }

    /// Every regular file below `folder` (symlinks are neither followed nor listed) with its bytes, by
    /// relative path: what a run must leave as it was.
    static func regularFiles(in folder: URL, prefix: String = "") throws -> [String: Data] {
        let fm = FileManager.default
        var files: [String: Data] = [:]
        for name in try fm.contentsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(name)
            // lstat: links not followed
            let type = try fm.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType
            if type == .typeDirectory, name != "ro-folder" {
                files.merge(try regularFiles(in: url, prefix: prefix + name + "/")) { a, _ in a }
            } else if type == .typeRegular {
                files[prefix + name] = try Data(contentsOf: url)
            }
        }
        return files
    }

    /// Removes a case's folder, making read-only folders writable first.
    static func removeAll(_ tmp: URL) {
        chmod(tmp.appendingPathComponent("ro-folder").path, 0o755)
        try? FileManager.default.removeItem(at: tmp)
    }
}
