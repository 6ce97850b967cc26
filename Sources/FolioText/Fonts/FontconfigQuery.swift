import CFontconfig
import FolioDisplay

/// A stack entry split into a family name and an optional weight ("Noto Serif CJK SC Bold").
struct FamilyRequest {
    /// Family name as fontconfig knows it.
    var family: String
    /// fontconfig weight requested, if any.
    var weight: Int?
    /// True when the entry itself names the weight: then the matched face must have it.
    var explicitWeight = false

    /// fontconfig weights of the style words a stack entry may end with (fontconfig.h FC_WEIGHT_*).
    static let weightWords: [String: Int] = [
        "thin": 0, "extralight": 40, "light": 50, "regular": 80, "medium": 100,
        "semibold": 180, "demibold": 180, "bold": 200, "extrabold": 205, "heavy": 210, "black": 210,
    ]

    init(_ entry: String, bold: Bool) {
        let words = entry.split(separator: " ")
        if words.count > 1, let last = words.last, let w = Self.weightWords[last.lowercased()] {
            family = words.dropLast().joined(separator: " ")
            weight = w
            explicitWeight = true
        } else {
            family = entry
            weight = bold ? 200 : nil
        }
    }
}

/// A face fontconfig found, with its real weight.
struct FontMatch: Hashable {
    var face: FontFace
    var weight: Int
}

/// One fontconfig match, checked against the requested family.
enum FontconfigQuery {
    /// The face fontconfig picks for `request`, or nil when the picked face is not of that family
    /// (FcFontMatch always returns some font) or not of the requested explicit weight.
    static func match(_ request: FamilyRequest) -> FontMatch? {
        guard let pattern = FcPatternCreate() else { return nil }
        defer { FcPatternDestroy(pattern) }
        addString(pattern, FC_FAMILY, request.family)
        if let w = request.weight { FcPatternAddInteger(pattern, FC_WEIGHT, Int32(w)) }
        FcConfigSubstitute(nil, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultNoMatch
        guard let matched = FcFontMatch(nil, pattern, &result) else { return nil }
        defer { FcPatternDestroy(matched) }
        guard let family = matchingFamily(matched, request.family),
            let file = string(matched, FC_FILE, 0)
        else { return nil }
        var index: Int32 = 0
        _ = FcPatternGetInteger(matched, FC_INDEX, 0, &index)
        var weight: Int32 = 80
        _ = FcPatternGetInteger(matched, FC_WEIGHT, 0, &weight)
        if request.explicitWeight, let wanted = request.weight, abs(Int(weight) - wanted) > 30 { return nil }
        // fontconfig's 90-synthetic.conf answers a bold request for a regular face with embolden=true
        // and weight := bold; such a face is not a real bold.
        var embolden: FcBool = 0
        if FcPatternGetBool(matched, FC_EMBOLDEN, 0, &embolden) == FcResultMatch, embolden != 0 { weight = 80 }
        let ps = string(matched, FC_POSTSCRIPT_NAME, 0) ?? ""
        let face = FontFace(path: file, index: Int(index), family: family, postScriptName: ps)
        return FontMatch(face: face, weight: Int(weight))
    }

    /// The matched pattern's family value equal to `wanted` (case and spaces ignored), if any.
    private static func matchingFamily(_ p: OpaquePointer, _ wanted: String) -> String? {
        let key = normalize(wanted)
        var n: Int32 = 0
        while let name = string(p, FC_FAMILY, n) {
            if normalize(name) == key { return name }
            n += 1
        }
        return nil
    }

    private static func normalize(_ s: String) -> String {
        s.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" }
    }

    private static func addString(_ p: OpaquePointer, _ object: String, _ value: String) {
        value.withCString { c in
            c.withMemoryRebound(to: FcChar8.self, capacity: value.utf8.count + 1) { v in
                _ = FcPatternAddString(p, object, v)
            }
        }
    }

    private static func string(_ p: OpaquePointer, _ object: String, _ n: Int32) -> String? {
        var value: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(p, object, n, &value) == FcResultMatch, let v = value else { return nil }
        return v.withMemoryRebound(to: CChar.self, capacity: 1) { String(cString: $0) }
    }
}
