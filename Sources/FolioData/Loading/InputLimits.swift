/// The sizes Folio accepts, stated once (docs/limits.md) and enforced where input is read, so that hostile
/// or broken input fails fast with a diagnostic instead of exhausting memory, the stack or the clock.
///
/// Each limit is far above what a real report needs (the bundled township report is 25 KB, ~200
/// paragraphs, 24 pages) and well below what would make a run grind: a hundred times the bundled
/// report still builds.
public enum InputLimits {
    /// Largest dataset file, in bytes (20 MB: 800 times the bundled report). Checked before reading.
    public static let maxFileBytes = 20 * 1024 * 1024
    /// Largest data file (CSV or .xlsx) a dataset may name, in bytes.
    public static let maxDataFileBytes = 20 * 1024 * 1024
    /// Deepest nesting of YAML collections. A dataset needs about 15 (four section levels, each a
    /// mapping holding a list); libyaml and the reader recurse per level, so this also bounds the stack.
    public static let maxNestingDepth = 100
    /// Most characters of text (UTF-8 bytes of every scalar) once anchors and aliases are expanded: as much
    /// as the largest file may hold, so an alias that repeats a long paragraph cannot multiply the work.
    public static let maxExpandedBytes = 20 * 1024 * 1024
    /// Most named figures (`data:` entries and data-file rows together): fifty times what a township report
    /// names, and few enough that every lookup, sum and check over them stays fast.
    public static let maxDataValues = 5_000
    /// Deepest expression inside `{…}`: parentheses, signs, function calls and the terms of a sum each add a
    /// level. Parsing, evaluating and checking recurse once per level, so this bounds the stack.
    public static let maxExpressionDepth = 64
    /// Most lines `folio import` reads from a text (a long township report has about 300).
    public static let maxImportLines = 20_000
    /// Most YAML nodes after anchors and aliases are expanded (the bundled report has ~1,500; the
    /// 100× benchmark ~100,000). Stops "billion laughs" alias bombs before anything walks them.
    public static let maxNodes = 1_000_000
    /// Most Unicode scalars in one paragraph, heading or title (50 pages of body text; the longest
    /// bundled paragraph has ~600).
    public static let maxParagraphScalars = 30_000
    /// Most body items (paragraphs, sections, charts, tables) in one dataset.
    public static let maxBodyItems = 50_000
    /// Most points (years) in one data series, and most categories in one chart.
    public static let maxSeriesPoints = 500
    /// Columns of a table: 24 on the 156 mm type area leaves 6.5 mm (two characters) a column.
    public static let maxTableColumns = 24
    /// The deepest indent a table's body cell takes, in characters (four levels of sub-items two characters apart):
    /// more leading full-width spaces are not printed and indent no further.
    public static let maxCellIndent = 8
    /// Largest image file: 20 MiB (a print-quality photo is 2–8 MiB).
    public static let maxImageBytes = 20 * 1024 * 1024
    /// Longest side of an image in pixels.
    public static let maxImageSide = 20_000
    /// Most pixels in one image: 25 million (a 6000 × 4000 camera photo is 24 million), which decodes to
    /// 100 MB at 4 bytes a pixel.
    public static let maxImagePixels = 25_000_000
    /// Most images in one dataset.
    public static let maxImages = 100
    /// Most attachments (附件) in one dataset.
    public static let maxAttachments = 100
    /// Most characters in one line of the 发文机关标志: 20 stay at least 21 pt on the 156 mm type area (the mark is set
    /// on one line; a longer name is written as its 规范化简称, GB/T 9704 §7.2.4).
    public static let maxMarkCharacters = 20
    /// Most lines of a joint issuers' mark, and most 签发人 (they must leave the first page room for the body).
    public static let maxMarkLines = 6, maxSigners = 10
    /// Most 抄送机关: the 版记 must fit on one page.
    public static let maxCopiesTo = 60
    /// Most series in one chart.
    public static let maxChartSeries = 20
    /// Largest magnitude of a figure: 10^15, below 2^53 so every whole number up to it is exact in a Double,
    /// and no sum, difference or growth rate of two figures overflows.
    public static let maxMagnitude = 1e15
    /// Most decimals a figure may be written with (as `decimals:` allows, 0…6).
    public static let maxDecimals = 6
    /// Years a series may name (four digits, 1900–2100: statistical tables of the PRC era and plans ahead).
    public static let years = 1900...2100
    /// Most pages a build writes (a 50,000-item body sets about 5,000 pages; stopping here bounds run time).
    public static let maxPages = 5_000

    /// Whether a figure is finite and below `maxMagnitude` (so that it prints exactly: `NumberFormatting`).
    public static func allows(magnitude value: Double) -> Bool { value.isFinite && abs(value) < maxMagnitude }
}
