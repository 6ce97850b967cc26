/// The CID-keyed skeleton of a bare CFF program (Adobe TN #5176 "The Compact Font Format Specification"):
/// what must come through a re-subsetting unchanged for the PDF's CIDs (Identity-H codes, ISO 32000-1 §9.7.4.2)
/// to keep naming the same outlines — the ROS, each glyph's CID (charset) and each glyph's Font DICT (FDSelect).
///
/// Reads untrusted bytes: every offset is bounds-checked and anything unexpected gives `nil`, never a trap.
struct CFFStructure: Equatable {
    /// Registry, ordering and supplement of the ROS operator (TN #5176 §18), the SIDs resolved to strings.
    var ros: [String]
    /// The CID of each glyph, in glyph order (the charset, TN #5176 §13).
    var cids: [Int]
    /// The Font DICT index of each glyph (FDSelect, TN #5176 §19).
    var fontDicts: [Int]
    /// How many Font DICTs the FDArray holds.
    var fontDictCount: Int
    /// Whether the program has global subroutines or any Font DICT's Private DICT has local ones (TN #5176 §16,
    /// §15 "Subrs"): without any, desubroutinizing changes nothing and one HarfBuzz pass suffices.
    var hasSubroutines: Bool

    /// Equal skeletons: same ROS, CIDs and Font DICT per glyph (subroutines may differ: that is the point).
    static func == (a: CFFStructure, b: CFFStructure) -> Bool {
        a.ros == b.ros && a.cids == b.cids && a.fontDicts == b.fontDicts && a.fontDictCount == b.fontDictCount
    }

    /// Parses `bytes`; `nil` when it is not a well-formed CID-keyed CFF (a name-keyed font has no ROS).
    init?(_ bytes: [UInt8]) {
        let reader = CFFReader(bytes: bytes)
        guard let headerSize = reader.byte(at: 2), reader.byte(at: 0) == 1,
            let names = reader.index(at: Int(headerSize)), names.items.count == 1,
            let tops = reader.index(at: names.end), let topRange = tops.items.first,
            let strings = reader.index(at: tops.end),
            let globalSubrs = reader.index(at: strings.end),
            let top = reader.dict(topRange),
            let rosOperands = top[CFFOperator.ros], rosOperands.count == 3,
            let charStringsOffset = top[CFFOperator.charStrings]?.first,
            let charStrings = reader.index(at: charStringsOffset), !charStrings.items.isEmpty,
            let charsetOffset = top[CFFOperator.charset]?.first, charsetOffset > 2,
            let fdArrayOffset = top[CFFOperator.fdArray]?.first,
            let fdArray = reader.index(at: fdArrayOffset),
            let fdSelectOffset = top[CFFOperator.fdSelect]?.first
        else { return nil }
        let glyphCount = charStrings.items.count
        func sid(_ value: Int) -> String {
            let custom = value - 391   // TN #5176 Appendix A: 391 standard strings precede the String INDEX
            guard custom >= 0, custom < strings.items.count else { return "SID \(value)" }
            return String(decoding: bytes[strings.items[custom]], as: UTF8.self)
        }
        guard let cids = reader.charset(at: charsetOffset, glyphCount: glyphCount),
            let fontDicts = reader.fdSelect(at: fdSelectOffset, glyphCount: glyphCount),
            fontDicts.allSatisfy({ $0 < fdArray.items.count })
        else { return nil }
        ros = [sid(rosOperands[0]), sid(rosOperands[1]), String(rosOperands[2])]
        self.cids = cids
        self.fontDicts = fontDicts
        fontDictCount = fdArray.items.count
        hasSubroutines =
            !globalSubrs.items.isEmpty
            || fdArray.items.contains { range in
                guard let privateEntry = reader.dict(range)?[CFFOperator.private], privateEntry.count == 2,
                    privateEntry[1] >= 0,
                    privateEntry[0] >= 0, privateEntry[1] + privateEntry[0] <= bytes.count
                else { return true }   // unreadable: let HarfBuzz try both ways
                return reader.dict(privateEntry[1]..<(privateEntry[1] + privateEntry[0]))?[CFFOperator.subrs] != nil
            }
    }
}

/// Top DICT operators read by `CFFStructure` (TN #5176 Table 9); two-byte operators are 1200 + second byte.
enum CFFOperator {
    static let charset = 15
    static let charStrings = 17
    static let `private` = 18
    /// In a Private DICT: the offset of its local subroutines.
    static let subrs = 19
    static let ros = 1230
    static let fdArray = 1236
    static let fdSelect = 1237
}
