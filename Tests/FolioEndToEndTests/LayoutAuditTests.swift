import Foundation
import Testing
import Folio
import FolioDisplay
import FolioDocument
import FolioLayout
import FolioTestSupport

/// The layout audit (docs/typography.md R13–R17): for every printed line of a set of reports it measures the
/// gaps between characters by kind (Han–Han letter-spacing, Han–digit gaps), finds marks compressed in
/// mid-line, figures split from their units, ranges split, and compares the text poppler extracts
/// (pdftotext), MuPDF (mutool draw -F txt) and Ghostscript (txtwrite) with the laid-out lines, line by line,
/// and with the paragraphs of `folio text`.
///
/// A kind of defect the audit finds nowhere must stay at 0 everywhere; where defects remain, each document's
/// count of each kind may not grow past what it is (`ceilings`): a regression fails, an improvement lowers
/// the ceiling.
@Suite("Layout audit", .serialized)
struct LayoutAuditTests {
    /// Each audited document and the most defects of each kind it may have; a kind not named must be 0. The
    /// letter-spacing left is on lines before an unbreakable figure, unit and mark ("12.35亿元，", "104.34%，")
    /// that does not fit even with the last resort (the line-end mark compressed, the light squeeze, the Han–digit
    /// gaps at ⅛ em, the mark after the figure hanging, the clause marks at ½ em and the gaps closed by 0.04 em),
    /// where the Han–digit gaps (at ½ em) cannot take the slack and no earlier line can: mostly a paragraph's first
    /// line, whose start is fixed (docs/typography.md, "The layout audit on real text"). The last resort and the
    /// hanging mark are not defects; the audit prints them (`LayoutAudit.lastResort`, `hanging`).
    static let ceilings: [String: [LayoutAudit.Kind: Int]] = [
        "Assets/reports/xx-town-2016-2020.yaml": [:],
        "Assets/reports/sample-county-2016-2020.yaml": [:],
        "Tests/FolioLayoutTests/Fixtures/stress.yaml": [:],
        "Tests/FolioEndToEndTests/Fixtures/positions.yaml": [.letterSpacing: 3],
        "shaanxi_2026_gzbg": [:],
        "zhangye_2025_budget": [.letterSpacing: 2],
        "constructed_slips": [.letterSpacing: 2],
        "turpan_2025_tjgb": [:],
        "fuxin_2025_final_accounts": [:],
        "quxian_2024_final_accounts": [.letterSpacing: 2],
        "wuzhong_2025_budget": [:],
        "yinchuan_2025_tjgb": [.letterSpacing: 3],
        "zhengzhou_2025_tjgb": [.letterSpacing: 1],
    ]

    static func expectWithinCeilings(_ audit: LayoutAudit, _ name: String) {
        print("AUDIT \(name): \(audit.summary)")
        for (kind, lines) in audit.defects.sorted(by: { $0.key < $1.key }) {
            for line in lines { print("  \(kind.rawValue): \(line)") }
        }
        for line in audit.lastResort { print("  last resort (not a defect): \(line)") }
        for line in audit.hanging { print("  hanging mark (not a defect): \(line)") }
        #expect(audit.lines > 0)
        #expect(audit.paragraphsChecked > 0)
        let ceiling = ceilings[name] ?? [:]
        for kind in LayoutAudit.Kind.allCases {
            let found = audit.count(kind), most = ceiling[kind] ?? 0
            #expect(
                found <= most,
                "\(name): \(found) \(kind.rawValue) (at most \(most)):\n\((audit.defects[kind] ?? []).prefix(10).joined(separator: "\n"))"
            )
        }
    }

    @Test(
        "the bundled reports and the stress texts: no defect beyond each kind's ceiling",
        arguments: [
            "Assets/reports/xx-town-2016-2020.yaml", "Assets/reports/sample-county-2016-2020.yaml",
            "Assets/reports/sample-town-2025H1.yaml", "Assets/reports/sample-notice-2021.yaml",
            "Assets/reports/sample-request-2021.yaml", "Assets/reports/sample-letter-2021.yaml",
            "Assets/reports/sample-minutes-2021.yaml", "Assets/reports/sample-order-2021.yaml", "docs/example.yaml",
            "Tests/FolioLayoutTests/Fixtures/stress.yaml", "Tests/FolioEndToEndTests/Fixtures/positions.yaml",
        ])
    func audit(_ path: String) throws {
        Self.expectWithinCeilings(try LayoutAudit.audit(dataset: Checkout.url(path)), path)
    }

    /// Every text of Tests/Fixtures/corpus: the real reports and the constructed slips (turpan's charts wait for
    /// figures: the draft build prints their placeholders).
    @Test(
        "corpus documents, imported and built as drafts past their check findings: no defect beyond the ceilings",
        arguments: [
            "shaanxi_2026_gzbg", "zhangye_2025_budget", "constructed_slips", "turpan_2025_tjgb",
            "fuxin_2025_final_accounts", "qdndz_2015_tjgb", "quxian_2024_final_accounts", "shanwei_2025_budget",
            "sunmiao_2025_gzbg", "wuzhong_2025_budget", "yinchuan_2025_tjgb", "zhengzhou_2025_tjgb",
        ])
    func corpus(_ name: String) throws {
        let dir = try Checkout.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = Checkout.corpus.appendingPathComponent("\(name).txt")
        let yaml = dir.appendingPathComponent("\(name).yaml")
        let imported = try FolioExecutable.run(["import", source.path, "-o", yaml.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        Self.expectWithinCeilings(try LayoutAudit.audit(dataset: yaml), name)
    }
}
