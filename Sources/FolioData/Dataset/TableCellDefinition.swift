/// One cell of a written-out table: its text and how many columns and rows it covers (a merged cell,
/// 合并单元格). A cell covered by another cell's span is not written at all, as in HTML tables.
public struct TableCellDefinition: Sendable {
    /// The cell's text; may hold expressions.
    public var text: TextTemplate
    /// Columns the cell covers, at least 1.
    public var columnSpan: Int
    /// Rows the cell covers, at least 1; a span stays within the header or within the body.
    public var rowSpan: Int

    /// Creates a cell covering `columnSpan` columns and `rowSpan` rows.
    public init(text: TextTemplate, columnSpan: Int = 1, rowSpan: Int = 1) {
        self.text = text; self.columnSpan = columnSpan; self.rowSpan = rowSpan
    }
}
