/// The text of a small valid dataset around the lines a test is about, so that diagnostics and findings
/// have known lines.
///
/// Lines: 1 `report:`, 2–4 title 标题, issuer 某机关, date 2021-07-15; then, when there is data, `data:` (5),
/// the sample data when asked for (6 收入 元 2015: 100 2020: 130, 7 零基 元 2015: 0 2020: 5, 8 面积 21027.13 亩) and
/// `data` (its own lines, indented by the caller: data entries, or top-level keys such as `charts:`);
/// then `body:` and `body`.
public enum MinimalDataset {
    /// The three sample data entries (lines 6–8).
    public static let sampleData = """
          收入: { unit: 元, values: { 2015: 100, 2020: 130 } }
          零基: { unit: 元, values: { 2015: 0, 2020: 5 } }
          面积: { unit: 亩, value: 21027.13 }
        """

    /// Body lines of a budget table whose sub-items are written indented with leading full-width spaces: 一般公共预算收入,
    /// 税收收入 two characters in, 其中：增值税 four.
    public static let indentedItemsTable = """
          - table:
              caption: 2025年全县一般公共预算收入完成情况表
              columns: [项目, 预算数, 完成数]
              rows:
                - [一般公共预算收入, "1,691.2", "1,771.3"]
                - ["\u{3000}\u{3000}税收收入", "1,234.5", "1,301.2"]
                - ["\u{3000}\u{3000}\u{3000}\u{3000}其中：增值税", "534.5", "551.2"]
        """

    /// The dataset's YAML. With `sampleData` (the default) `data` is always line 9 and `body:` line 10; without
    /// it and without `data`, there is no `data:` section and `body:` is line 5.
    public static func yaml(data: String = "", body: String = "  - p: 正文", sampleData: Bool = true) -> String {
        var lines = ["report:", "  title: 标题", "  issuer: 某机关", "  date: 2021-07-15"]
        if sampleData || !data.isEmpty { lines.append("data:") }
        if sampleData { lines.append(Self.sampleData) }
        if sampleData || !data.isEmpty { lines.append(data) }
        lines += ["body:", body]
        return lines.joined(separator: "\n")
    }

    /// Body lines for `paragraphs`, one `- p: "…"` entry each.
    public static func paragraphs(_ paragraphs: [String]) -> String {
        paragraphs.map { "  - p: \"\($0)\"" }.joined(separator: "\n")
    }
}
