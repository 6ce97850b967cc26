import FolioMessages
/// Turns a grid of cells into figures. The layout is the one statistical tables use:
///
///     指标            单位   2015    2016 … 2020    数值
///     农民人均纯收入    元     8740         11379
///     国土面积         平方公里                      118.6
///
/// The header row is the first row with a year (2015 or 2015年), else the first with 数值; rows
/// above it are more header rows (a title, a merged “年份” over the years, 数值 merged downwards). The name column is headed 指标/名称/项目 in any
/// header row (else the first column), the unit column 单位. A row with year figures is a series,
/// one with only 数值 a single value; rows without a name or a figure (subheadings) are skipped.
struct DataFileImporter {
    let grid: CellGrid
    let declaration: DataFile
    var diagnostics: [Diagnostic] = []
    /// Names of rows with a figure that could not be read (reported at the cell): their later uses are not also
    /// "unknown names" (`FollowOnErrors`).
    var unreadNames: Set<String> = []
    /// The report's period (`report.period`): when the file is last period's — it has the period before but no
    /// figures for this one — each series continuing into it gets the period as a to-fill point.
    var reportPeriod: ReportPeriod?
    /// The column the file lacks for `reportPeriod`, when it does (set by `values`).
    var missingColumn: PendingColumn?

    static let nameHeaders: Set<String> = ["指标", "名称", "项目", "指标名称"]
    static let unitHeaders: Set<String> = ["单位", "计量单位"]
    static let valueHeaders: Set<String> = ["数值", "值", "数量", "value"]

    init(grid: CellGrid, declaration: DataFile) { self.grid = grid; self.declaration = declaration }

    /// A period header, as the series key it heads: a year ("2015", "2015年"), or another period as a key or
    /// in Chinese ("2025H1", "2025年上半年", "2025年1—10月"; `ReportPeriod(header:)`).
    static func year(_ header: String) -> String? {
        let t = header.hasSuffix("年") ? String(header.dropLast()) : header
        if t.count == 4 && t.allSatisfy({ $0.isASCII && $0.isNumber }) { return t }
        return ReportPeriod(header: header)?.key
    }

    mutating func error(
        _ message: some MessageConvertible, _ r: Int, _ c: Int, hint: (any MessageConvertible)? = nil, code: String
    ) {
        diagnostics.append(
            Diagnostic(
                .error,
                Message(
                    "datafile.cell-prefixed",
                    ["file": "\(grid.file)", "cell": .message(grid.name(r, c)), "message": .message(message.asMessage)]),
                at: grid.location(r, c), hint: hint, code: code))
    }

    /// The header row of `rows`: the first with a period in it, else the first with 数值; nil when there is none.
    static func headerRow(_ rows: [[String]]) -> Int? {
        rows.firstIndex { row in row.contains { year($0) != nil } }
            ?? rows.firstIndex { row in row.contains { valueHeaders.contains($0) } }
    }

    /// The figures of the grid, in row order; past `limit` figures the rest is refused at its row.
    mutating func values(limit: Int = InputLimits.maxDataValues) -> [DataValue] {
        guard var h = Self.headerRow(grid.rows) else {
            diagnostics.append(
                Diagnostic(
                    .error,
                    Message(
                        "datafile.header.file-value-header-row",
                        ["file": "\(grid.file)", "value": "\(grid.sheet.map { ", sheet \($0)" } ?? "")"]),
                    at: declaration.location, hint: Message("datafile.header.head-figure-columns-their.hint"),
                    code: "datafile.header"))
            return []
        }
        // A header cell merged downwards repeats in the rows below: they are header rows too.
        while h + 1 < grid.rows.count,
            grid.rows[h + 1].contains(where: { Self.nameHeaders.contains($0) || Self.valueHeaders.contains($0) })
        {
            h += 1
        }
        func column(_ names: Set<String>) -> Int? {
            (0..<grid.width).first { c in (0...h).contains { names.contains(grid.cell($0, c)) } }
        }
        let nameColumn = column(Self.nameHeaders) ?? 0
        let unitColumn = column(Self.unitHeaders)
        let years = (0..<grid.width).compactMap { c in Self.year(grid.cell(h, c)).map { (c, $0) } }
        let valueColumn = column(Self.valueHeaders)
        for (c, year) in years {
            guard let y = Int(year.prefix(4)), InputLimits.years.contains(y) else {
                error(
                    Message(
                        "data.year.year-year-outside-lower",
                        [
                            "year": "\(year)", "lower-bound": "\(InputLimits.years.lowerBound)",
                            "upper-bound": "\(InputLimits.years.upperBound)",
                        ]), h, c,
                    hint: Message("data.year.check-header-limits-are.hint"), code: "data.year")
                return []
            }
        }
        // Two columns headed by one period would give one figure twice over (the second silently winning).
        var headed: [String: Int] = [:]
        for (c, year) in years {
            if let first = headed[year] {
                error(
                    Message(
                        "datafile.header.period-twice",
                        ["period": "\(grid.cell(h, c))", "first": .message(grid.name(h, first))]), h, c,
                    hint: Message("datafile.header.period-twice.hint"), code: "datafile.header")
                return []
            }
            headed[year] = c
        }
        var out: [DataValue] = [], names: Set<String> = []
        for r in (h + 1)..<max(h + 1, grid.rows.count) {
            if let v = row(r, nameColumn: nameColumn, unitColumn: unitColumn, years: years, valueColumn: valueColumn) {
                guard names.insert(v.name).inserted else {
                    error(
                        Message("data.duplicate-name.name-appears-twice", ["name": "\(v.name)"]), r, nameColumn,
                        hint: Message("data.duplicate-name.keep-one-row-per.hint"),
                        code: "data.duplicate-name")
                    continue
                }
                guard out.count < limit else {
                    error(
                        Message("limit.data.dataset-names-more-than", ["limit": "\(InputLimits.maxDataValues)"]),
                        r, nameColumn,
                        hint: Message("limit.data.give-only-rows-report.hint"),
                        code: "limit.data")
                    break
                }
                out.append(v)
            }
        }
        if let p = reportPeriod { markPending(p, in: &out, header: h, years: years) }
        return out
    }

    /// When the file has figures for the period before `period` (上期 or 上年同期) and none for `period` (no column,
    /// or an empty one, as `folio new-year --add-columns` leaves it), gives each series with such a figure a to-fill
    /// point for `period` at its row, and notes the column to fill (`missingColumn`).
    mutating func markPending(
        _ period: ReportPeriod, in values: inout [DataValue], header h: Int, years: [(Int, String)]
    ) {
        let before = [period.previous.key, period.sameLastYear.key]
        let keys = years.map(\.1)
        guard keys.contains(where: before.contains), !values.contains(where: { $0.point(period) != nil }) else {
            return
        }
        var names: [String] = []
        for i in values.indices {
            guard case .series(var points) = values[i].content,
                let last = points.last(where: { before.contains($0.year) })
            else { continue }
            var pending = SeriesPoint(
                year: period.key, quantity: Quantity(0, decimals: last.quantity.decimals), location: values[i].location)
            pending.toFill = true
            points.append(pending)
            points.sort { ($0.period ?? period, $0.year) < ($1.period ?? period, $1.year) }
            values[i].content = .series(points)
            names.append(values[i].name)
        }
        guard !names.isEmpty else { return }
        let earlier = years.filter { (ReportPeriod(header: $0.1) ?? period) < period }
        let after = earlier.max { (ReportPeriod(header: $0.1) ?? period) < (ReportPeriod(header: $1.1) ?? period) }
        let afterText = after.map { grid.cell(h, $0.0) }
        let present = years.first { $0.1 == period.key }.map { grid.cell(h, $0.0) }
        missingColumn = PendingColumn(
            path: declaration.path, isWorkbook: declaration.isWorkbook, sheet: declaration.sheet,
            header: present ?? period.header(like: afterText), after: afterText, exists: present != nil, names: names,
            location: declaration.location)
    }

    /// One row's figure, or nil for a row without a name or without figures.
    mutating func row(
        _ r: Int, nameColumn: Int, unitColumn: Int?, years: [(Int, String)], valueColumn: Int?
    ) -> DataValue? {
        let name = grid.cell(r, nameColumn)
        guard !name.isEmpty else { return nil }
        var points: [SeriesPoint] = [], bad = false
        for (c, year) in years where !grid.cell(r, c).isEmpty {
            guard let q = number(r, c) else { bad = true; continue }
            points.append(SeriesPoint(year: year, quantity: q, location: grid.location(r, c)))
        }
        var scalar: Quantity?
        if let c = valueColumn, !grid.cell(r, c).isEmpty {
            if let q = number(r, c) { scalar = q } else { bad = true }
        }
        if bad { unreadNames.insert(name) }
        guard !bad, !points.isEmpty || scalar != nil else { return nil }
        if !points.isEmpty && scalar != nil {
            error(
                Message("data.shape.name-has-both-year", ["name": "\(name)"]), r, nameColumn,
                hint: Message("data.shape.row-either-series-year.hint"), code: "data.shape")
            unreadNames.insert(name)
            return nil
        }
        if let c = name.first(where: { $0.isWhitespace || NodeReader.reservedInNames.contains($0) }) {
            error(
                Message("data.name.name-name-contains-character", ["name": "\(name)", "character": "\(c)"]), r,
                nameColumn,
                hint: Message("data.name.rename-without-spaces.hint"), code: "data.name")
            unreadNames.insert(name)
            return nil
        }
        let unit = unitColumn.map { grid.cell(r, $0) } ?? ""
        if let c = unitColumn, !Units.isKnown(unit) {
            error(
                Message("data.unknown-unit.unit-known-unit", ["unit": "\(unit)"]), r, c,
                hint: Suggestion.didYouMean(unit, among: Units.commonNames) ?? Message("data.units-listed"),
                code: "data.unknown-unit")
        }
        let content: DataValue.Content = scalar.map { .scalar($0) } ?? .series(points.sorted { $0.year < $1.year })
        var value = DataValue(name: name, unit: unit, content: content, location: grid.location(r, nameColumn))
        value.origin = grid.file
        return value
    }

    /// A cell's number; numbers stored as text are read the same way.
    mutating func number(_ r: Int, _ c: Int) -> Quantity? {
        let text = grid.cell(r, c)
        if let q = Quantity(parsing: text) {
            guard InputLimits.allows(magnitude: q.value) else {
                error(
                    Message(
                        "limit.number.value-too-large-figures",
                        ["value": "\(text.count > 24 ? String(text.prefix(24)) + "…" : text)"]),
                    r, c, hint: Message("limit.number.give-larger-unit-limits.hint"), code: "limit.number")
                return nil
            }
            guard q.decimals <= InputLimits.maxDecimals else {
                error(
                    Message(
                        "limit.decimals.text-has-decimals-decimals",
                        ["text": "\(text)", "decimals": "\(q.decimals)", "limit": "\(InputLimits.maxDecimals)"]), r, c,
                    hint: Message("limit.decimals.round-statistical-tables-give.hint"), code: "limit.decimals")
                return nil
            }
            return q.value == 0 ? Quantity(0, decimals: q.decimals) : q
        }
        error(
            Message("datafile.number.text-number", ["text": "\(text)"]), r, c,
            hint: Message("datafile.number.write-digits-optional-decimal.hint"),
            code: "datafile.number")
        return nil
    }
}
