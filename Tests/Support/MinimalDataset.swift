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
