import CQPDF
import FolioDisplay

extension PDFFinisher {
    /// The /Producer of every finished file, in the information dictionary and, for PDF/A, in the XMP packet.
    static let producer = "Folio (cairo, qpdf)"

    /// The catalogue's /Lang (ISO 32000-1 §14.9.2.1): the natural language screen readers and text extraction
    /// assume for the whole document.
    static func setLanguage(_ q: qpdf_data, _ language: String) {
        defer { qpdf_oh_release_all(q) }
        qpdf_oh_replace_key(q, qpdf_get_root(q), "/Lang", qpdf_oh_new_unicode_string(q, language))
    }

    /// What PDF/A-2 (ISO 19005-2) needs beyond what Cairo writes: the XMP metadata stream (§6.6.2) restating the
    /// information dictionary (§6.6.3), an sRGB output intent with its ICC profile (§6.2.3) so that Cairo's
    /// DeviceRGB colours are defined, and, when nothing on the pages is transparent, no transparency groups
    /// (Cairo puts one on every page whether or not it draws anything transparent).
    static func addArchiveParts(_ q: qpdf_data, info: DocumentInfo, standard: PDFStandard, profile: [UInt8]) {
        defer { qpdf_oh_release_all(q) }
        let root = qpdf_get_root(q)
        let packet = Array(XMPPacket(info: info, producer: producer, standard: standard).text.utf8)
        let metadata = newStream(q, packet)
        let metadataDict = qpdf_oh_get_dict(q, metadata)
        qpdf_oh_replace_key(q, metadataDict, "/Type", qpdf_oh_new_name(q, "/Metadata"))
        qpdf_oh_replace_key(q, metadataDict, "/Subtype", qpdf_oh_new_name(q, "/XML"))
        qpdf_oh_replace_key(q, root, "/Metadata", metadata)
        qpdf_oh_replace_key(q, root, "/OutputIntents", outputIntents(q, profile: profile))
        removeOpaqueGroups(q)
        while qpdf_has_error(q) == QPDF_TRUE { _ = qpdf_get_error(q) }
    }

    /// `[<< /Type /OutputIntent /S /GTS_PDFA1 … /DestOutputProfile profile >>]` for an RGB profile (ICC, N = 3).
    private static func outputIntents(_ q: qpdf_data, profile: [UInt8]) -> qpdf_oh {
        let stream = newStream(q, profile)
        qpdf_oh_replace_key(q, qpdf_oh_get_dict(q, stream), "/N", qpdf_oh_new_integer(q, 3))
        let intent = qpdf_oh_new_dictionary(q)
        qpdf_oh_replace_key(q, intent, "/Type", qpdf_oh_new_name(q, "/OutputIntent"))
        qpdf_oh_replace_key(q, intent, "/S", qpdf_oh_new_name(q, "/GTS_PDFA1"))
        qpdf_oh_replace_key(q, intent, "/OutputConditionIdentifier", qpdf_oh_new_string(q, "sRGB IEC61966-2.1"))
        qpdf_oh_replace_key(q, intent, "/Info", qpdf_oh_new_string(q, "sRGB IEC61966-2.1"))
        qpdf_oh_replace_key(q, intent, "/DestOutputProfile", stream)
        let array = qpdf_oh_new_array(q)
        qpdf_oh_append_item(q, array, qpdf_make_indirect_object(q, intent))
        return array
    }

    /// A new indirect stream holding `bytes` unfiltered (qpdf deflates it on writing, except a /Metadata stream,
    /// which qpdf leaves readable as PDF/A-2 §6.6.2.1 expects).
    private static func newStream(_ q: qpdf_data, _ bytes: [UInt8]) -> qpdf_oh {
        let stream = qpdf_oh_new_stream(q)
        let null = qpdf_oh_new_null(q)
        bytes.withUnsafeBufferPointer { qpdf_oh_replace_stream_data(q, stream, $0.baseAddress, $0.count, null, null) }
        return stream
    }

    /// Removes the /Group of pages and forms when no object of the file makes anything transparent (ISO 32000-1
    /// §11.6: a soft mask, a constant alpha below 1, a blend mode other than Normal). Such a group changes
    /// nothing drawn, and archive validators treat it as transparency. With transparency the groups stay:
    /// PDF/A-2 allows them once an output intent is present.
    private static func removeOpaqueGroups(_ q: qpdf_data) {
        let size = Int(qpdf_oh_get_int_value_as_int(q, qpdf_oh_get_key(q, qpdf_get_trailer(q), "/Size")))
        var holders: [qpdf_oh] = []
        for id in 1..<max(1, size) {
            var object = qpdf_get_object_by_id(q, Int32(id), 0)
            if qpdf_oh_is_stream(q, object) == QPDF_TRUE { object = qpdf_oh_get_dict(q, object) }
            guard qpdf_oh_is_dictionary(q, object) == QPDF_TRUE else { continue }
            if makesTransparent(q, object) { return }
            if qpdf_oh_is_dictionary(q, qpdf_oh_get_key(q, object, "/Group")) == QPDF_TRUE { holders.append(object) }
        }
        for holder in holders where isTransparencyGroup(q, qpdf_oh_get_key(q, holder, "/Group")) {
            qpdf_oh_remove_key(q, holder, "/Group")
        }
    }

    /// Whether `dict` (an object or the dictionary directly inside it, such as an ExtGState in a resource
    /// dictionary) sets a soft mask, an alpha below 1 or a blend mode other than Normal.
    private static func makesTransparent(_ q: qpdf_data, _ dict: qpdf_oh, depth: Int = 0) -> Bool {
        let mask = qpdf_oh_get_key(q, dict, "/SMask")
        if qpdf_oh_has_key(q, dict, "/SMask") == QPDF_TRUE, qpdf_oh_is_name_and_equals(q, mask, "/None") == QPDF_FALSE {
            return true
        }
        for key in ["/ca", "/CA"] where qpdf_oh_has_key(q, dict, key) == QPDF_TRUE {
            let alpha = qpdf_oh_get_key(q, dict, key)
            if qpdf_oh_is_number(q, alpha) == QPDF_TRUE, qpdf_oh_get_numeric_value(q, alpha) < 1 { return true }
        }
        if qpdf_oh_has_key(q, dict, "/BM") == QPDF_TRUE {
            let mode = qpdf_oh_get_key(q, dict, "/BM")
            if qpdf_oh_is_name_and_equals(q, mode, "/Normal") == QPDF_FALSE,
                qpdf_oh_is_name_and_equals(q, mode, "/Compatible") == QPDF_FALSE
            {
                return true
            }
        }
        guard depth < 2 else { return false }
        for key in dictionaryKeys(q, dict) {
            let value = qpdf_oh_get_key(q, dict, key)
            if qpdf_oh_is_dictionary(q, value) == QPDF_TRUE, qpdf_oh_get_object_id(q, value) == 0,
                makesTransparent(q, value, depth: depth + 1)
            {
                return true
            }
        }
        return false
    }

    private static func isTransparencyGroup(_ q: qpdf_data, _ group: qpdf_oh) -> Bool {
        qpdf_oh_is_dictionary(q, group) == QPDF_TRUE
            && qpdf_oh_is_name_and_equals(q, qpdf_oh_get_key(q, group, "/S"), "/Transparency") == QPDF_TRUE
    }

    /// The keys of `dict`, read before any other lookup (qpdf has one key iterator per document).
    private static func dictionaryKeys(_ q: qpdf_data, _ dict: qpdf_oh) -> [String] {
        var keys: [String] = []
        qpdf_oh_begin_dict_key_iter(q, dict)
        while qpdf_oh_dict_more_keys(q) == QPDF_TRUE {
            if let key = qpdf_oh_dict_next_key(q) { keys.append(String(cString: key)) }
        }
        return keys
    }
}
