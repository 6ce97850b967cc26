import CQPDF
import Foundation

/// Walks a document qpdf has read: every lookup checks the object's type first (qpdf warns about a lookup on
/// the wrong type), and every walk is bounded and remembers what it has seen, so a damaged or cyclic file
/// ends the walk instead of looping.
struct QPDFObjectWalker {
    let q: qpdf_data
    /// Deepest nesting of form XObjects followed, and of /Parent links climbed.
    private let maxDepth = 32
    /// Most outline items counted (a cycle the visited set misses still ends).
    private let maxOutline = 1_000_000

    init(q: qpdf_data) { self.q = q }

    // MARK: fonts

    /// The fonts named by each page's resources and by the resources of the form XObjects they draw,
    /// each font object once, with the first page that uses it.
    mutating func fonts() -> [PDFFontReadback] {
        var fonts: [PDFFontReadback] = []
        var seenFonts = Set<Int32>(), seenForms = Set<Int32>()
        let count = qpdf_get_num_pages(q)
        for index in 0..<max(0, Int(count)) {
            let page = qpdf_get_page_n(q, index)
            guard let resources = inherited(page, "/Resources") else { continue }
            collectFonts(
                resources, page: index + 1, depth: 0, into: &fonts, seenFonts: &seenFonts, seenForms: &seenForms)
        }
        return fonts
    }

    private func collectFonts(
        _ resources: qpdf_oh, page: Int, depth: Int, into fonts: inout [PDFFontReadback],
        seenFonts: inout Set<Int32>, seenForms: inout Set<Int32>
    ) {
        guard depth < maxDepth else { return }
        if let table = dictionary(resources, "/Font") {
            for key in keys(table) {
                let font = qpdf_oh_get_key(q, table, key)
                guard isDictionary(font) else { continue }
                let id = qpdf_oh_get_object_id(q, font)
                if id > 0, !seenFonts.insert(id).inserted { continue }
                fonts.append(describe(font, page: page))
            }
        }
        guard let xobjects = dictionary(resources, "/XObject") else { return }
        for key in keys(xobjects) {
            let form = qpdf_oh_get_key(q, xobjects, key)
            guard qpdf_oh_is_stream(q, form) == QPDF_TRUE else { continue }
            let id = qpdf_oh_get_object_id(q, form)
            if id > 0, !seenForms.insert(id).inserted { continue }
            let dict = qpdf_oh_get_dict(q, form)
            guard name(dict, "/Subtype") == "Form", let inner = dictionary(dict, "/Resources") else { continue }
            collectFonts(
                inner, page: page, depth: depth + 1, into: &fonts, seenFonts: &seenFonts, seenForms: &seenForms)
        }
    }

    /// What matters about one font dictionary (ISO 32000-1 §9.6–9.9): a Type 0 font's program and descriptor
    /// are those of its descendant CIDFont.
    private func describe(_ font: qpdf_oh, page: Int) -> PDFFontReadback {
        let subtype = name(font, "/Subtype") ?? "?"
        var baseName = name(font, "/BaseFont")
        var descriptor = dictionary(font, "/FontDescriptor")
        if subtype == "Type0", let descendants = array(font, "/DescendantFonts"),
            qpdf_oh_get_array_n_items(q, descendants) > 0
        {
            let cidFont = qpdf_oh_get_array_item(q, descendants, 0)
            if isDictionary(cidFont) {
                descriptor = dictionary(cidFont, "/FontDescriptor")
                if baseName == nil { baseName = name(cidFont, "/BaseFont") }
            }
        }
        let programs: [String] = ["/FontFile", "/FontFile2", "/FontFile3"]
        let embedded =
            subtype == "Type3"
            || descriptor.map { d in
                programs.contains {
                    qpdf_oh_has_key(q, d, $0) == QPDF_TRUE
                        && qpdf_oh_is_stream(q, qpdf_oh_get_key(q, d, $0)) == QPDF_TRUE
                }
            } ?? false
        let fontName = baseName ?? "(unnamed)"
        let toUnicode =
            qpdf_oh_has_key(q, font, "/ToUnicode") == QPDF_TRUE
            && qpdf_oh_is_stream(q, qpdf_oh_get_key(q, font, "/ToUnicode")) == QPDF_TRUE
        return PDFFontReadback(
            name: fontName, subtype: subtype, embedded: embedded,
            subset: subtype == "Type3" || Self.hasSubsetTag(fontName),
            hasToUnicode: toUnicode, firstPage: page)
    }

    /// "ABCDEF+Name": six capital letters and a plus sign (ISO 32000-1 §9.6.4).
    static func hasSubsetTag(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars.prefix(7))
        return scalars.count == 7 && scalars[6] == "+" && scalars[..<6].allSatisfy { ("A"..."Z").contains($0) }
    }

    // MARK: info and outline

    /// The trailer's /Info dictionary, string values decoded to UTF-8.
    func info() -> [String: String] {
        guard let dict = dictionary(qpdf_get_trailer(q), "/Info") else { return [:] }
        var info: [String: String] = [:]
        for key in keys(dict) {
            let value = qpdf_oh_get_key(q, dict, key)
            guard qpdf_oh_is_string(q, value) == QPDF_TRUE, let text = qpdf_oh_get_utf8_value(q, value) else {
                continue
            }
            info[String(key.dropFirst())] = String(cString: text)
        }
        return info
    }

    /// Items in the document outline, every level (ISO 32000-1 §12.3.3: /First, /Next, nested /First).
    func outlineCount() -> Int {
        guard let outlines = dictionary(qpdf_get_root(q), "/Outlines") else { return 0 }
        var count = 0
        var seen = Set<Int32>()
        var pending: [qpdf_oh] = []
        if let first = dictionary(outlines, "/First") { pending.append(first) }
        while let item = pending.popLast(), count < maxOutline {
            let id = qpdf_oh_get_object_id(q, item)
            if id > 0, !seen.insert(id).inserted { continue }
            count += 1
            if let next = dictionary(item, "/Next") { pending.append(next) }
            if let child = dictionary(item, "/First") { pending.append(child) }
        }
        return count
    }

    // MARK: archive

    /// The catalogue's metadata, output intents and language, and the transparency groups of the pages.
    func archive() -> PDFArchiveReadback {
        let root = qpdf_get_root(q)
        var archive = PDFArchiveReadback()
        if isDictionary(root), qpdf_oh_has_key(q, root, "/Metadata") == QPDF_TRUE {
            let stream = qpdf_oh_get_key(q, root, "/Metadata")
            if qpdf_oh_is_stream(q, stream) == QPDF_TRUE {
                archive.xmpFiltered = qpdf_oh_has_key(q, qpdf_oh_get_dict(q, stream), "/Filter") == QPDF_TRUE
                archive.xmp = streamText(stream)
            }
        }
        if let intents = array(root, "/OutputIntents") {
            for index in 0..<max(0, Int(qpdf_oh_get_array_n_items(q, intents))) {
                let intent = qpdf_oh_get_array_item(q, intents, Int32(index))
                guard isDictionary(intent) else { continue }
                var components: Int?
                if qpdf_oh_has_key(q, intent, "/DestOutputProfile") == QPDF_TRUE {
                    let profile = qpdf_oh_get_key(q, intent, "/DestOutputProfile")
                    if qpdf_oh_is_stream(q, profile) == QPDF_TRUE {
                        let n = qpdf_oh_get_key(q, qpdf_oh_get_dict(q, profile), "/N")
                        components = qpdf_oh_is_integer(q, n) == QPDF_TRUE ? Int(qpdf_oh_get_int_value_as_int(q, n)) : 0
                    }
                }
                archive.outputIntents.append(
                    PDFOutputIntentReadback(
                        subtype: name(intent, "/S") ?? "?",
                        profileComponents: components))
            }
        }
        if isDictionary(root), qpdf_oh_has_key(q, root, "/Lang") == QPDF_TRUE {
            let lang = qpdf_oh_get_key(q, root, "/Lang")
            if qpdf_oh_is_string(q, lang) == QPDF_TRUE, let text = qpdf_oh_get_utf8_value(q, lang) {
                archive.language = String(cString: text)
            }
        }
        for index in 0..<max(0, Int(qpdf_get_num_pages(q))) {
            if let group = dictionary(qpdf_get_page_n(q, index), "/Group"), name(group, "/S") == "Transparency" {
                archive.transparencyGroups += 1
            }
        }
        return archive
    }

    /// The decoded bytes of `stream` as UTF-8 text; nil when they cannot be decoded.
    private func streamText(_ stream: qpdf_oh) -> String? {
        var filtered: QPDF_BOOL = QPDF_FALSE
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        let code = qpdf_oh_get_stream_data(q, stream, qpdf_dl_generalized, &filtered, &buffer, &length)
        defer { free(buffer) }
        guard code & Int32(QPDF_ERRORS) == 0, filtered == QPDF_TRUE, let buffer else { return nil }
        return String(decoding: UnsafeBufferPointer(start: buffer, count: length), as: UTF8.self)
    }

    // MARK: typed lookups

    private func isDictionary(_ oh: qpdf_oh) -> Bool { qpdf_oh_is_dictionary(q, oh) == QPDF_TRUE }

    /// `key` of `dict` when `dict` is a dictionary and the value is one.
    private func dictionary(_ dict: qpdf_oh, _ key: String) -> qpdf_oh? {
        guard isDictionary(dict), qpdf_oh_has_key(q, dict, key) == QPDF_TRUE else { return nil }
        let value = qpdf_oh_get_key(q, dict, key)
        return isDictionary(value) ? value : nil
    }

    /// `key` of `dict` when the value is an array.
    private func array(_ dict: qpdf_oh, _ key: String) -> qpdf_oh? {
        guard isDictionary(dict), qpdf_oh_has_key(q, dict, key) == QPDF_TRUE else { return nil }
        let value = qpdf_oh_get_key(q, dict, key)
        return qpdf_oh_is_array(q, value) == QPDF_TRUE ? value : nil
    }

    /// `key` of `dict` when the value is a name, without its slash.
    private func name(_ dict: qpdf_oh, _ key: String) -> String? {
        guard isDictionary(dict), qpdf_oh_has_key(q, dict, key) == QPDF_TRUE else { return nil }
        let value = qpdf_oh_get_key(q, dict, key)
        guard qpdf_oh_is_name(q, value) == QPDF_TRUE, let text = qpdf_oh_get_name(q, value) else { return nil }
        return String(String(cString: text).dropFirst())
    }

    /// A page attribute, looked up through /Parent when the page inherits it (ISO 32000-1 §7.7.3.4).
    private func inherited(_ page: qpdf_oh, _ key: String) -> qpdf_oh? {
        var node = page
        for _ in 0..<maxDepth {
            if let value = dictionary(node, key) { return value }
            guard let parent = dictionary(node, "/Parent") else { return nil }
            node = parent
        }
        return nil
    }

    /// The keys of `dict`, read before any other lookup (qpdf has one key iterator per document).
    private func keys(_ dict: qpdf_oh) -> [String] {
        var keys: [String] = []
        qpdf_oh_begin_dict_key_iter(q, dict)
        while qpdf_oh_dict_more_keys(q) == QPDF_TRUE {
            if let key = qpdf_oh_dict_next_key(q) { keys.append(String(cString: key)) }
        }
        return keys
    }
}
