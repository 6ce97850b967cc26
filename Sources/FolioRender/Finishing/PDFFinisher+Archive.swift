import FolioDisplay

extension PDFFinisher {
    /// The /Producer of every finished file, in the information dictionary and, for PDF/A, in the XMP packet.
    static let producer = "Folio (cairo)"

    /// What PDF/A-2 (ISO 19005-2) needs beyond what Cairo writes: the XMP metadata stream (§6.6.2) restating the
    /// information dictionary (§6.6.3), an sRGB output intent with its ICC profile (§6.2.3) so that Cairo's
    /// DeviceRGB colours are defined, and, when nothing on the pages is transparent, no transparency groups
    /// (Cairo puts one on every page whether or not it draws anything transparent).
    static func addArchiveParts(_ pdf: inout EditedPDF, info: DocumentInfo, standard: PDFStandard, profile: [UInt8]) {
        let packet = Array(XMPPacket(info: info, producer: producer, standard: standard).text.utf8)
        // PDF/A-2 §6.6.2.1 expects the metadata readable: it is written unencoded.
        let metadata = pdf.add(
            .stream(PDFDictionary([("Type", .name("Metadata")), ("Subtype", .name("XML"))]), .plain(packet)))
        let icc = pdf.add(.stream(PDFDictionary([("N", .integer(3))]), .deflating(profile)))
        let intent = pdf.add(
            .value(
                .dictionary(
                    PDFDictionary([
                        ("Type", .name("OutputIntent")), ("S", .name("GTS_PDFA1")),
                        ("OutputConditionIdentifier", .text("sRGB IEC61966-2.1")), ("Info", .text("sRGB IEC61966-2.1")),
                        ("DestOutputProfile", .reference(icc)),
                    ]))))
        editCatalogue(&pdf) {
            $0["Metadata"] = .reference(metadata)
            $0["OutputIntents"] = .array([.reference(intent)])
        }
        removeOpaqueGroups(&pdf)
    }

    /// Removes the /Group of pages and forms when no object of the file makes anything transparent (ISO 32000-1
    /// §11.6: a soft mask, a constant alpha below 1, a blend mode other than Normal). Such a group changes
    /// nothing drawn, and archive validators treat it as transparency. With transparency the groups stay:
    /// PDF/A-2 allows them once an output intent is present.
    private static func removeOpaqueGroups(_ pdf: inout EditedPDF) {
        var holders: [(Int, PDFDictionary)] = []
        for n in 1..<max(1, pdf.size) {
            guard let d = pdf.dictionary(n) else { continue }
            if makesTransparent(d) { return }
            if let group = pdf.resolve(d["Group"])?.dictionary, group.has("S", name: "Transparency") {
                holders.append((n, d))
            }
        }
        for (n, var d) in holders {
            d["Group"] = nil
            pdf.set(n, dictionary: d)
        }
    }

    /// Whether `d` (an object or the dictionary directly inside it, such as an ExtGState in a resource
    /// dictionary) sets a soft mask, an alpha below 1 or a blend mode other than Normal.
    private static func makesTransparent(_ d: PDFDictionary, depth: Int = 0) -> Bool {
        if let mask = d["SMask"], !mask.isName("None") { return true }
        for key in ["ca", "CA"] { if let alpha = d[key]?.number, alpha < 1 { return true } }
        if let mode = d["BM"], !mode.isName("Normal"), !mode.isName("Compatible") { return true }
        guard depth < 2 else { return false }
        return d.entries.contains { entry in
            guard case .dictionary(let inner) = entry.value else { return false }
            return makesTransparent(inner, depth: depth + 1)
        }
    }
}
