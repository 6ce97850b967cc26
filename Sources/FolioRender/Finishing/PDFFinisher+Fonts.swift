/// What re-subsetting did to the embedded font programs: how many were replaced and their decoded sizes.
struct FontCompaction: Equatable {
    /// CID-keyed CFF programs found (/FontFile3 streams of /Subtype /CIDFontType0C).
    var found = 0
    /// Programs replaced by a smaller equivalent.
    var replaced = 0
    /// Decoded bytes of the replaced programs before and after.
    var bytesBefore = 0
    /// Decoded bytes of the replaced programs after re-subsetting.
    var bytesAfter = 0
}

extension PDFFinisher {
    /// Replaces each embedded CID-keyed CFF program (ISO 32000-1 §9.9, Table 126: /FontFile3 with /Subtype
    /// /CIDFontType0C) by `CFFSubsetter.compact`'s smaller equivalent. The font dictionaries, /W widths and
    /// ToUnicode maps stay as Cairo wrote them. A program that cannot be read or compacted is left untouched:
    /// this is an optimisation and never fails the build. The new stream is deflated on writing.
    static func compactFonts(_ pdf: inout EditedPDF) -> FontCompaction {
        var result = FontCompaction()
        var seen = Set<Int>()
        for n in 1..<max(1, pdf.size) {
            guard let descriptor = pdf.value(n)?.dictionary, descriptor.has("Type", name: "FontDescriptor"),
                let number = descriptor["FontFile3"]?.reference, seen.insert(number).inserted,
                case .stream(var d, let data)? = pdf.object(number), d.has("Subtype", name: "CIDFontType0C")
            else { continue }
            result.found += 1
            guard let program = decoded(d, data, pdf.source), let compact = CFFSubsetter.compact(program) else {
                continue
            }
            d["Filter"] = nil
            d["DecodeParms"] = nil
            pdf.set(number, .stream(d, .deflating(compact)))
            result.replaced += 1
            result.bytesBefore += program.count
            result.bytesAfter += compact.count
        }
        return result
    }

    /// The decoded bytes of a stream: unfiltered, or FlateDecode without a predictor (what Cairo writes); nil for
    /// any other filter or damaged data.
    private static func decoded(_ d: PDFDictionary, _ data: StreamData, _ source: SourcePDF) -> [UInt8]? {
        switch data {
        case .deflating(let bytes), .plain(let bytes): return bytes
        case .source(let range):
            let raw = UnsafeRawBufferPointer(rebasing: source.bytes[range])
            guard d["DecodeParms"] == nil else { return nil }
            switch d["Filter"] {
            case nil: return Array(raw)
            case .name("FlateDecode")?, .array([.name("FlateDecode")])?: return Deflate.decompress(raw)
            default: return nil
            }
        }
    }
}
