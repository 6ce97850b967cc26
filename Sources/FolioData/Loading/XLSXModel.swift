import XMLCoder

/// The parts of SpreadsheetML (ECMA-376 Part 1, §18) a data file needs, decoded with XMLCoder:
/// the sheet list, the relationships to sheet parts, shared strings and a sheet's cells and merges.
enum XLSX {
    /// Element text, whether or not the element has attributes (`<t xml:space="preserve">`).
    struct Text: Decodable {
        let value: String
        enum CodingKeys: String, CodingKey { case value = "" }
        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            value = (try? c.decode(String.self, forKey: .value)) ?? ""
        }
    }

    /// `xl/workbook.xml`.
    struct Workbook: Decodable {
        struct Sheets: Decodable { let sheet: [Sheet]? }
        struct Sheet: Decodable {
            let name: String
            let id: String
            enum CodingKeys: String, CodingKey { case name; case id = "r:id" }
        }
        let sheets: Sheets
    }

    /// `xl/_rels/workbook.xml.rels`.
    struct Relationships: Decodable {
        struct Relationship: Decodable {
            let id: String, target: String
            enum CodingKeys: String, CodingKey { case id = "Id"; case target = "Target" }
        }
        let relationship: [Relationship]?
        enum CodingKeys: String, CodingKey { case relationship = "Relationship" }
    }

    /// `xl/sharedStrings.xml`: plain (`<t>`) or rich (`<r><t>`) strings (§18.4).
    struct SharedStrings: Decodable {
        struct Item: Decodable {
            struct Run: Decodable { let t: Text? }
            let t: Text?
            let r: [Run]?
            var text: String { t?.value ?? (r ?? []).compactMap { $0.t?.value }.joined() }
        }
        let si: [Item]?
    }

    /// A worksheet part (§18.3): rows of cells, and merged ranges.
    struct Worksheet: Decodable {
        struct SheetData: Decodable { let row: [Row]? }
        struct Row: Decodable { let r: String?; let c: [Cell]? }
        struct Cell: Decodable {
            struct Inline: Decodable { let t: Text?; let r: [SharedStrings.Item.Run]? }
            let r: String?
            let t: String?
            let v: Text?
            let `is`: Inline?
        }
        struct MergeCells: Decodable {
            struct Merge: Decodable { let ref: String }
            let mergeCell: [Merge]?
        }
        let sheetData: SheetData
        let mergeCells: MergeCells?
    }
}
