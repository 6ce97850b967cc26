import FolioMessages
/// A column a data file still lacks for the report's period: the file is last period's (it has the period
/// before, none of this one), so the series it holds are to-fill points for the period until the column is
/// added and filled in. `folio new-year` names each; `--add-columns` adds it to a CSV.
public struct PendingColumn: Sendable, Hashable {
    /// The file as the dataset names it (relative to the dataset's folder).
    public var path: String
    /// Whether the file is an .xlsx workbook (a column is added by hand there).
    public var isWorkbook: Bool
    /// For a workbook, the sheet named in the dataset.
    public var sheet: String?
    /// The header the column takes, in the style of the file's other period headers (2021年, 2025H2).
    public var header: String
    /// The header of the column it follows (the file's latest earlier period), if any.
    public var after: String?
    /// Whether the column is there already, empty (as `--add-columns` leaves it).
    public var exists: Bool
    /// The series that wait for a figure in it, in file order.
    public var names: [String]
    /// Where the dataset lists the file.
    public var location: SourceLocation?

    /// Creates a pending column.
    public init(
        path: String, isWorkbook: Bool, sheet: String?, header: String, after: String?, exists: Bool, names: [String],
        location: SourceLocation?
    ) {
        self.path = path; self.isWorkbook = isWorkbook; self.sheet = sheet; self.header = header
        self.after = after; self.exists = exists; self.names = names; self.location = location
    }

    /// What to do, in one line: “add the column 2021年 after 2020年 to example-figures.csv (粮食产量) and fill it in”.
    public var instruction: Message {
        let place = sheet.map { Message("column.sheet", ["sheet": "\($0)"]) } ?? .verbatim("")
        let arguments: [String: MessageArgument] = [
            "header": "\(header)", "path": "\(path)", "place": .message(place), "names": .texts(names),
            "after": "\(after ?? "")",
        ]
        return Message(exists ? "column.fill-in" : after == nil ? "column.add" : "column.add-after", arguments)
    }
}
