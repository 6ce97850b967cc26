/// A table as the dataset declares it in the body. The resolver numbers it (表1, 表2…) and
/// evaluates every cell, so a cell such as `{农民人均纯收入[2020]}` follows the data.
public struct TableDefinition: Sendable {
    /// How the rows are given.
    public enum Content: Sendable {
        /// Cells written out, each a template: `columns:` (one header row, or several) and `rows:`;
        /// a cell may cover several columns or rows.
        case cells(header: [[TableCellDefinition]], rows: [[TableCellDefinition]])
        /// Rows generated from data names: `indicators:` with optional `years:` and `change:`.
        case indicators(IndicatorTable)
    }
    /// The caption without its number; may hold expressions.
    public var caption: TextTemplate
    /// The rows.
    public var content: Content
    /// The unit of the figures ("单位：亿元"), printed at the right above the table.
    public var unit: TextTemplate?
    /// A note printed below the table.
    public var note: TextTemplate?
    /// Where the `table:` key is.
    public var location: SourceLocation?
    /// The table's own number printed before its caption in place of the resolver's 表N (`label: 附表1`, as a budget
    /// report numbers the tables it appends); nil for a table numbered in turn. A labelled table takes no number.
    public var label: String?
    /// How the table stands on its pages (`orientation: landscape`); nil lets the layout decide: upright unless its
    /// figures do not fit a portrait page even at 小五.
    public var orientation: TableOrientation?

    /// Creates a table definition.
    public init(
        caption: TextTemplate, content: Content, unit: TextTemplate? = nil, note: TextTemplate? = nil,
        location: SourceLocation? = nil, label: String? = nil, orientation: TableOrientation? = nil
    ) {
        self.caption = caption; self.content = content; self.unit = unit; self.note = note; self.location = location
        self.label = label; self.orientation = orientation
    }
}

/// How a table stands on its pages: upright with the text, or turned a quarter (横排, GB/T 9704-2012 §8: the page
/// stays upright and keeps its page number where the other pages have it, the table's head towards the binding on
/// odd pages and towards the outer edge on even ones: on the left of both).
public enum TableOrientation: String, Sendable, Hashable, CaseIterable {
    /// Upright, across the type area's width.
    case portrait
    /// Turned, across the type area's height.
    case landscape
}

/// A table of indicators (主要指标): one row per data name with its unit, its figure in each of
/// `years` (or its single value) and the change between the first and last year.
public struct IndicatorTable: Sendable, Hashable {
    /// What the last column shows.
    public enum Change: String, Sendable, CaseIterable {
        /// Growth from the first to the last year, in % (增长).
        case growth
        /// Annual compound growth, in % (年均增长).
        case annualGrowth = "annual-growth"
        /// Difference, in the row's unit (增减).
        case difference
        /// No change column.
        case none
    }
    /// Data names, one per row, with where each is written.
    public var names: [String]
    /// Where each name is written (parallel to `names`).
    public var locations: [SourceLocation?]
    /// Years to show as columns; empty for single values.
    public var years: [String]
    /// The change column.
    public var change: Change

    /// Creates an indicator table.
    public init(names: [String], locations: [SourceLocation?] = [], years: [String] = [], change: Change = .growth) {
        self.names = names; self.locations = locations; self.years = years; self.change = change
    }
}
