import CQPDF

extension PDFFinisher {
    /// What a tagged PDF needs beyond Cairo 1.16's structure tree (ISO 32000-1 §14.8), from the writer's notes
    /// (`StructureNote`, one per element in the order Cairo wrote the tree):
    /// - `/MarkInfo << /Marked true >>` (§14.7.1) and `/ViewerPreferences << /DisplayDocTitle true >>` (§12.2), so a
    ///   reader shows the title rather than the file name;
    /// - `/Alt` on figures (§14.9.3), which Cairo's tags cannot carry;
    /// - the document title as `Title` (a PDF 2.0 type Cairo does not know), mapped to `H1` in the role map;
    /// - a paragraph interrupted by page furniture or a link merged back into one element: its marked content on
    ///   each page joined in its `/K` (marked-content references with their page), the parent tree pointing
    ///   at it, the continuation removed.
    /// When the tree Cairo wrote does not match the notes (it always should), only the first point is done.
    static func finishStructure(_ q: qpdf_data, notes: [StructureNote]) {
        defer { qpdf_oh_release_all(q) }
        let root = qpdf_get_root(q)
        let mark = qpdf_oh_new_dictionary(q)
        qpdf_oh_replace_key(q, mark, "/Marked", qpdf_oh_new_bool(q, QPDF_TRUE))
        qpdf_oh_replace_key(q, root, "/MarkInfo", mark)
        var preferences = qpdf_oh_get_key(q, root, "/ViewerPreferences")
        if qpdf_oh_is_dictionary(q, preferences) == QPDF_FALSE { preferences = qpdf_oh_new_dictionary(q) }
        qpdf_oh_replace_key(q, preferences, "/DisplayDocTitle", qpdf_oh_new_bool(q, QPDF_TRUE))
        qpdf_oh_replace_key(q, root, "/ViewerPreferences", preferences)
        let tree = qpdf_oh_get_key(q, root, "/StructTreeRoot")
        guard qpdf_oh_is_dictionary(q, tree) == QPDF_TRUE else { return }
        var elements: [qpdf_oh] = []
        for kid in kids(q, tree) { collect(q, kid, into: &elements) }
        guard elements.count == notes.count,
            zip(elements, notes).allSatisfy({ name(q, qpdf_oh_get_key(q, $0, "/S")) == "/" + $1.cairoType })
        else { return }
        var renamed = false
        for (element, note) in zip(elements, notes) {
            if let type = note.type {
                qpdf_oh_replace_key(q, element, "/S", qpdf_oh_new_name(q, "/" + type))
                renamed = true
            }
            if let text = note.alternativeText {
                qpdf_oh_replace_key(q, element, "/Alt", qpdf_oh_new_unicode_string(q, text))
            }
        }
        if renamed {
            let roles = qpdf_oh_new_dictionary(q)
            qpdf_oh_replace_key(q, roles, "/Title", qpdf_oh_new_name(q, "/H1"))
            qpdf_oh_replace_key(q, tree, "/RoleMap", roles)
        }
        var parents = ParentTree(q, tree)
        var merged: [Int32: qpdf_oh] = [:]   // by the continuation's object id, its parent
        for (i, note) in notes.enumerated() {
            guard let first = note.continues, first < elements.count else { continue }
            merge(q, elements[i], into: elements[first], parents: &parents)
            merged[qpdf_oh_get_object_id(q, elements[i])] = qpdf_oh_get_key(q, elements[i], "/P")
        }
        removeKids(q, Set(merged.keys), from: merged.values)
        while qpdf_has_error(q) == QPDF_TRUE { _ = qpdf_get_error(q) }
    }

    /// The structure elements under `object` (itself first), in pre-order: the order Cairo began their tags.
    private static func collect(_ q: qpdf_data, _ object: qpdf_oh, into elements: inout [qpdf_oh]) {
        guard qpdf_oh_is_dictionary(q, object) == QPDF_TRUE,
            qpdf_oh_is_name_and_equals(q, qpdf_oh_get_key(q, object, "/Type"), "/StructElem") == QPDF_TRUE
        else { return }
        elements.append(object)
        for kid in kids(q, object) { collect(q, kid, into: &elements) }
    }

    /// The entries of an element's `/K`: an array's items, or the one object.
    private static func kids(_ q: qpdf_data, _ element: qpdf_oh) -> [qpdf_oh] {
        let k = qpdf_oh_get_key(q, element, "/K")
        guard qpdf_oh_is_array(q, k) == QPDF_TRUE else {
            return qpdf_oh_is_null(q, k) == QPDF_TRUE ? [] : [k]
        }
        return (0..<qpdf_oh_get_array_n_items(q, k)).map { qpdf_oh_get_array_item(q, k, $0) }
    }

    private static func name(_ q: qpdf_data, _ object: qpdf_oh) -> String {
        guard qpdf_oh_is_name(q, object) == QPDF_TRUE, let text = qpdf_oh_get_name(q, object) else { return "" }
        return String(cString: text)
    }

    /// Moves the marked content of `continuation` (a leaf) to the end of `original`'s and points the parent tree
    /// at `original` for it (`removeKids` then takes `continuation` out of its parent).
    private static func merge(
        _ q: qpdf_data, _ continuation: qpdf_oh, into original: qpdf_oh, parents: inout ParentTree
    ) {
        let page = qpdf_oh_get_key(q, continuation, "/Pg")
        let home = qpdf_oh_get_object_id(q, qpdf_oh_get_key(q, original, "/Pg"))
        let list = qpdf_oh_new_array(q)
        for kid in kids(q, original) { qpdf_oh_append_item(q, list, kid) }
        for kid in kids(q, continuation) {
            var (pg, mcid) = (page, kid)
            if qpdf_oh_is_dictionary(q, kid) == QPDF_TRUE {   // already a reference with its page
                (pg, mcid) = (qpdf_oh_get_key(q, kid, "/Pg"), qpdf_oh_get_key(q, kid, "/MCID"))
            }
            guard qpdf_oh_is_integer(q, mcid) == QPDF_TRUE else { continue }
            if qpdf_oh_get_object_id(q, pg) == home {
                qpdf_oh_append_item(q, list, mcid)
            } else {
                let reference = qpdf_oh_new_dictionary(q)
                qpdf_oh_replace_key(q, reference, "/Type", qpdf_oh_new_name(q, "/MCR"))
                qpdf_oh_replace_key(q, reference, "/Pg", pg)
                qpdf_oh_replace_key(q, reference, "/MCID", mcid)
                qpdf_oh_append_item(q, list, reference)
            }
            parents.point(q, page: pg, mcid: Int32(qpdf_oh_get_int_value_as_int(q, mcid)), at: original)
        }
        qpdf_oh_replace_key(q, original, "/K", list)
    }

    /// Removes the elements `ids` from the `/K` of each of `parents`: one pass over each parent's kids (a document of
    /// thousands of paragraphs has thousands of kids under its Document element).
    private static func removeKids(_ q: qpdf_data, _ ids: Set<Int32>, from parents: some Sequence<qpdf_oh>) {
        var done = Set<Int32>()
        for parent in parents where done.insert(qpdf_oh_get_object_id(q, parent)).inserted {
            let kept = qpdf_oh_new_array(q)
            for kid in kids(q, parent) where !ids.contains(qpdf_oh_get_object_id(q, kid)) {
                qpdf_oh_append_item(q, kept, kid)
            }
            qpdf_oh_replace_key(q, parent, "/K", kept)
        }
    }

    /// The structure tree's `/ParentTree` (ISO 32000-1 §14.7.4.4) as Cairo writes it: a flat `/Nums` array
    /// pairing each page's `/StructParents` key with the array of elements its marked-content ids belong to.
    struct ParentTree {
        private var arrays: [Int32: qpdf_oh] = [:]

        init(_ q: qpdf_data, _ tree: qpdf_oh) {
            let nums = qpdf_oh_get_key(q, qpdf_oh_get_key(q, tree, "/ParentTree"), "/Nums")
            guard qpdf_oh_is_array(q, nums) == QPDF_TRUE else { return }
            let n = qpdf_oh_get_array_n_items(q, nums)
            for i in stride(from: 0, to: n - 1, by: 2) {
                let key = qpdf_oh_get_array_item(q, nums, i)
                let value = qpdf_oh_get_array_item(q, nums, i + 1)
                if qpdf_oh_is_integer(q, key) == QPDF_TRUE, qpdf_oh_is_array(q, value) == QPDF_TRUE {
                    arrays[qpdf_oh_get_int_value_as_int(q, key)] = value
                }
            }
        }

        /// Makes marked-content id `mcid` of `page` belong to `element`.
        func point(_ q: qpdf_data, page: qpdf_oh, mcid: Int32, at element: qpdf_oh) {
            let key = qpdf_oh_get_key(q, page, "/StructParents")
            guard qpdf_oh_is_integer(q, key) == QPDF_TRUE, let array = arrays[qpdf_oh_get_int_value_as_int(q, key)],
                mcid >= 0, mcid < qpdf_oh_get_array_n_items(q, array)
            else { return }
            qpdf_oh_set_array_item(q, array, mcid, element)
        }
    }
}
