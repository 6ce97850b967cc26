import Foundation
import Testing
import FolioData
import FolioDisplay
import FolioDocument
import FolioTestSupport

/// A theme is checked where it is read: an unknown key, a value out of range, an unknown name or a bad colour is
/// one diagnostic at its file:line:col (docs/limits.md, "Theme"), never a trap or a blank page.
@Suite("Theme errors")
struct ThemeErrorTests {
    /// The diagnostic decoding gives for `theme` with `from` replaced by `to`.
    static func problem(in theme: String, replacing from: String, with to: String) throws -> Diagnostic? {
        let source = try String(
            contentsOf: Checkout.theme(theme),
            encoding: .utf8)
        #expect(source.contains(from))
        let dir = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.yaml")
        try source.replacingOccurrences(of: from, with: to).write(to: bad, atomically: true, encoding: .utf8)
        do {
            _ = try YAMLDocument.decode(Theme.self, from: bad)
            return nil
        } catch let error as DiagnosticError {
            return error.diagnostics.first
        }
    }

    /// The 1-based line of the first line of `theme` that holds `text`.
    static func line(of text: String, in theme: String) throws -> Int? {
        let source = try String(
            contentsOf: Checkout.theme(theme),
            encoding: .utf8)
        return source.components(separatedBy: "\n").firstIndex { $0.contains(text) }.map { $0 + 1 }
    }

    @Test(
        "each bad value is located at its line, with the key's path and a code",
        arguments: [
            ("gongwen", "linePitch: 28.95pt", "linePitch: 1e300pt", "grid.linePitch", "theme.range"),
            ("gongwen", "top: 37mm", "top: -5mm", "page.top", "theme.range"),
            ("gongwen", "typeWidth: 156mm", "typeWidth: 1560mm", "page.typeWidth", "theme.range"),
            ("gongwen", "charactersPerLine: 28", "charactersPerLine: 0", "grid.charactersPerLine", "theme.range"),
            (
                "gongwen", "maxCharactersPerLine: 18", "maxCharactersPerLine: 1000000", "title.maxCharactersPerLine",
                "theme.range"
            ),
            ("gongwen", "widthRatio: 1.0", "widthRatio: 7", "charts.widthRatio", "theme.range"),
            ("gongwen", "position: outer", "position: outter", "pageNumbers.position", "theme.choice"),
            ("gongwen", "font: heading3", "font: heading9", "headings[2].font", "theme.choice"),
            ("report", "accent: \"#1F4E8C\"", "accent: \"blue\"", "frontMatter.accent", "theme.colour"),
            ("report", "levels: 2 ", "levels: 9 ", "frontMatter.contents.levels", "theme.range"),
            ("report", "rule: 0.5pt", "rule: 1e300pt", "runningHeader.rule", "theme.range"),
        ])
    func located(theme: String, from: String, to: String, path: String, code: String) throws {
        let diagnostic = try #require(try Self.problem(in: theme, replacing: from, with: to))
        #expect(diagnostic.code == code)
        #expect(diagnostic.message.hasPrefix(path + ": "), "\(diagnostic.message)")
        #expect(diagnostic.hint != nil)
        #expect(diagnostic.location?.line == (try Self.line(of: from, in: theme)))
    }

    @Test(
        "an unknown key is an error at the key, with the nearest known key as a suggestion",
        arguments: [
            ("squeeze: true", "squeez: true", "squeeze"), ("latin: []", "latn: []", "latin"),
            ("charts:", "chart:", "charts"),
        ])
    func unknownKey(from: String, to: String, suggested: String) throws {
        let diagnostic = try #require(try Self.problem(in: "gongwen", replacing: from, with: to))
        #expect(diagnostic.code == "schema.unknown-key")
        #expect(diagnostic.location?.line == (try Self.line(of: from, in: "gongwen")))
        #expect(diagnostic.location?.column == leadingSpaces(from) + 1)
        #expect(diagnostic.hint?.contains("“\(suggested)”") == true, "\(diagnostic.hint ?? "")")
    }

    /// The indentation of the theme line holding `text`.
    func leadingSpaces(_ text: String) -> Int {
        let source =
            (try? String(
                contentsOf: Checkout.theme("gongwen"),
                encoding: .utf8)) ?? ""
        let line = source.components(separatedBy: "\n").first { $0.contains(text) } ?? ""
        return line.prefix { $0 == " " }.count
    }

    @Test("the bundled themes read as typed values: roles, positions, colours, punctuation defaults")
    func typedValues() throws {
        let report = try YAMLDocument.decode(Theme.self, from: Checkout.theme("report"))
        #expect(report.fonts[.heading1].first == "Noto Sans CJK SC Bold")
        #expect(report.fonts.fallback.first == "Noto Serif CJK SC")
        #expect(report.pageNumbers.position == .center)
        #expect(report.frontMatter?.accent == Color(hex: "#1F4E8C"))
        let gongwen = try YAMLDocument.decode(Theme.self, from: Checkout.theme("gongwen"))
        #expect(gongwen.pageNumbers.position == .outer)
        #expect(gongwen.headings.map(\.font) == [.heading1, .heading2, .heading3, .heading4])
        #expect(gongwen.punctuation == PunctuationOptions())
    }
}
