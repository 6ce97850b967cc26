import FolioTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import FolioServe

/// An imported report is named after the upload's file name only (its last path component, without the
/// extension), never after a path of the server's: an empty, `.`, `..` or hidden name gives the default, 报告.yaml.
@Suite struct UploadNamingTests {
    /// A short text the importer reads.
    static let text = Array("一、工作回顾\n\n今年全镇农民人均纯收入达到12000元。\n".utf8)

    @Test(
        "the name comes from the header's last path component, and nothing but it",
        arguments: [
            ("", ""), (".", ""), ("..", ""), (".hidden.txt", ""), ("dir/", ""), ("../..", ""),
            ("../../etc/上报.txt", "上报.txt"), ("C:\\Users\\张三\\乡镇报告.docx", "乡镇报告.docx"), (" 总结.txt ", "总结.txt"),
        ])
    func theFileName(header: String, name: String) {
        #expect(Workbench.uploadFileName(header) == name)
    }

    @Test("an upload named by nothing, ., .. or a hidden name is 报告.yaml, never the server's folder's name")
    func uploadsWithoutANameGetTheDefault() async throws {
        let bench = try await TestBench()
        let serverFolder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).lastPathComponent
        try await bench.run { client in
            let admin = try await client.setUp()
            var names: [String] = []
            for header in ["", ".", "..", ".secret.txt", "../..", "../../tmp/乡镇总结.txt"] {
                let r = try await client.upload(Self.text, name: header, as: admin)
                #expect(r.status == .ok, "\(header): \(r.text)")
                names.append((try ReportFlowTests.json(r)["report"] as? String) ?? "")
            }
            #expect(names == ["报告.yaml", "报告-2.yaml", "报告-3.yaml", "报告-4.yaml", "报告-5.yaml", "乡镇总结.yaml"])
            #expect(!names.contains("\(serverFolder).yaml") && !names.contains("tmp.yaml"))
        }
        let files = try FileManager.default.contentsOfDirectory(
            atPath: bench.folder.appendingPathComponent("units/unit-a").path)
        #expect(files.filter { $0.hasSuffix(".yaml") }.count == 6, "\(files)")
    }
}
