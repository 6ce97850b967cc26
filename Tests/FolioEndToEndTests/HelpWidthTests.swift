import FolioTestSupport
import Foundation
import Testing

/// Chinese help fits the terminal: ArgumentParser counts characters, a Chinese character takes two columns, so its
/// lines ran to about 130 columns on an 80-column terminal. Under `LANG=zh_CN.UTF-8` and `COLUMNS=80` every line
/// of every command's help is at most 80 columns (a single unbreakable word aside), nothing is lost, and an
/// option's text continues under itself.
@Suite("Help width")
struct HelpWidthTests {
    static let chinese = ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""]

    /// Display columns (UAX #11: wide and full-width characters take two).
    static func columns(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { sum, s in
            let v = s.value
            let wide =
                (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x9FFF).contains(v)
                || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
                || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
            return sum + (wide ? 2 : 1)
        }
    }

    @Test(
        "every line of Chinese help fits 80 columns, with nothing lost",
        arguments: ["", "build", "text", "preview", "chart", "check", "verify", "import", "new-year", "diff", "serve"])
    func fits(_ command: String) throws {
        try #require(FolioExecutable.find() != nil, "the folio executable is built beside the tests")
        let args = command.isEmpty ? ["--help"] : ["help", command]
        let narrow = try FolioExecutable.run(args, environment: Self.chinese.merging(["COLUMNS": "80"]) { $1 })
        let wide = try FolioExecutable.run(args, environment: Self.chinese.merging(["COLUMNS": "400"]) { $1 })
        #expect(narrow.status == 0)
        for line in narrow.stdout.split(separator: "\n") {
            let longestWord = line.split(separator: " ").map { Self.columns($0) }.max() ?? 0
            #expect(Self.columns(line) <= 80 || longestWord > 50, "\(Self.columns(line)) columns: \(line)")
        }
        let squeeze = { (s: String) in s.filter { !$0.isWhitespace } }
        #expect(squeeze(narrow.stdout) == squeeze(wide.stdout), "the text changed when broken")
    }

    @Test func anOptionsTextContinuesUnderItself() throws {
        try #require(FolioExecutable.find() != nil, "the folio executable is built beside the tests")
        let result = try FolioExecutable.run(
            ["help", "build"], environment: Self.chinese.merging(["COLUMNS": "80"]) { $1 })
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let i = try #require(lines.firstIndex { $0.hasPrefix("  --lang <zh|en>") })
        let text = try #require(lines[i].range(of: "消息"))
        let column = lines[i].distance(from: lines[i].startIndex, to: text.lowerBound)
        #expect(lines[i + 1].prefix(column).allSatisfy { $0 == " " } && lines[i + 1].dropFirst(column).first != " ")
    }
}
