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
        for kid in kids(q, tree) where !collect(q, kid, into: &elements) { qpdf_oh_release(q, kid) }
        guard elements.count == notes.count,
            zip(elements, notes).allSatisfy({ key(q, $0, "/S", isName: "/" + $1.cairoType) })
        else { return }
        var renamed = false
        for (element, note) in zip(elements, notes) {
            if let type = note.type {
                replace(q, element, "/S", with: qpdf_oh_new_name(q, "/" + type))
                renamed = true
            }
            if let text = note.alternativeText {
                replace(q, element, "/Alt", with: qpdf_oh_new_unicode_string(q, text))
            }
        }
        if renamed {
            let roles = qpdf_oh_new_dictionary(q)
            replace(q, roles, "/Title", with: qpdf_oh_new_name(q, "/H1"))
            replace(q, tree, "/RoleMap", with: roles)
        }
        var parents = ParentTree(q, tree)
        var merged: [Int32: qpdf_oh] = [:]   // by the continuation's object id, its parent
        for (i, note) in notes.enumerated() {
            guard let first = note.continues, first < elements.count else { continue }
            merge(q, elements[i], into: elements[first], parents: &parents)
            let parent = qpdf_oh_get_key(q, elements[i], "/P")
            merged[qpdf_oh_get_object_id(q, elements[i])] = parent
        }
        removeKids(q, Set(merged.keys), from: merged.values)
        while qpdf_has_error(q) == QPDF_TRUE { _ = qpdf_get_error(q) }
    }

    // qpdf's C API keeps every handle it returns in a table until it is released (qpdf-c.h, "Releasing objects"):
    // the functions below release each handle once they are done with it, so that the table holds the structure
    // elements and little else — a 1,251-page report has some 4,500 elements, and kept handles were ten times that,
    // each a table entry looked up by every later call.

    /// Adds `object` and the structure elements under it to `elements`, in pre-order (the order Cairo began their
    /// tags); returns false, keeping nothing, when `object` is no structure element (a marked-content id or reference).
    /// The handles of the elements stay in `elements`; those of the other entries are released.
    private static func collect(_ q: qpdf_data, _ object: qpdf_oh, into elements: inout [qpdf_oh]) -> Bool {
        guard qpdf_oh_is_dictionary_of_type(q, object, "/StructElem", "") == QPDF_TRUE else { return false }
        elements.append(object)
        for kid in kids(q, object) where !collect(q, kid, into: &elements) { qpdf_oh_release(q, kid) }
        return true
    }

    /// The entries of an element's `/K`: an array's items, or the one object. The caller releases them.
    private static func kids(_ q: qpdf_data, _ element: qpdf_oh) -> [qpdf_oh] {
        let k = qpdf_oh_get_key(q, element, "/K")
        guard qpdf_oh_is_array(q, k) == QPDF_TRUE else {
            guard qpdf_oh_is_null(q, k) == QPDF_FALSE else {
                qpdf_oh_release(q, k)
                return []
            }
            return [k]
        }
        defer { qpdf_oh_release(q, k) }
        return (0..<qpdf_oh_get_array_n_items(q, k)).map { qpdf_oh_get_array_item(q, k, $0) }
    }

    /// Whether `object`'s value for `key` is the name `name` (with its slash).
    private static func key(_ q: qpdf_data, _ object: qpdf_oh, _ key: String, isName name: String) -> Bool {
        let value = qpdf_oh_get_key(q, object, key)
        defer { qpdf_oh_release(q, value) }
        return qpdf_oh_is_name_and_equals(q, value, name) == QPDF_TRUE
    }

    /// Sets `object`'s `key` to `value` and releases `value`'s handle (the object keeps the value).
    private static func replace(_ q: qpdf_data, _ object: qpdf_oh, _ key: String, with value: qpdf_oh) {
        qpdf_oh_replace_key(q, object, key, value)
        qpdf_oh_release(q, value)
    }

    /// Appends `item` to the array `list` and releases `item`'s handle.
    private static func append(_ q: qpdf_data, _ list: qpdf_oh, _ item: qpdf_oh) {
        qpdf_oh_append_item(q, list, item)
        qpdf_oh_release(q, item)
    }

    /// The object id of `object`'s value for `key` (0 when it is not an indirect object).
    private static func objectID(_ q: qpdf_data, _ object: qpdf_oh, _ key: String) -> Int32 {
        let value = qpdf_oh_get_key(q, object, key)
        defer { qpdf_oh_release(q, value) }
        return qpdf_oh_get_object_id(q, value)
    }

    /// Moves the marked content of `continuation` (a leaf) to the end of `original`'s and points the parent tree
    /// at `original` for it (`removeKids` then takes `continuation` out of its parent).
    private static func merge(
        _ q: qpdf_data, _ continuation: qpdf_oh, into original: qpdf_oh, parents: inout ParentTree
    ) {
        let page = qpdf_oh_get_key(q, continuation, "/Pg")
        defer { qpdf_oh_release(q, page) }
        let home = objectID(q, original, "/Pg")
        let list = qpdf_oh_new_array(q)
        for kid in kids(q, original) { append(q, list, kid) }
        for kid in kids(q, continuation) {
            defer { qpdf_oh_release(q, kid) }
            var (pg, mcid) = (page, kid)
            var owned: [qpdf_oh] = []   // handles this entry opened
            defer { for handle in owned { qpdf_oh_release(q, handle) } }
            if qpdf_oh_is_dictionary(q, kid) == QPDF_TRUE {   // already a reference with its page
                (pg, mcid) = (qpdf_oh_get_key(q, kid, "/Pg"), qpdf_oh_get_key(q, kid, "/MCID"))
                owned = [pg, mcid]
            }
            guard qpdf_oh_is_integer(q, mcid) == QPDF_TRUE else { continue }
            if qpdf_oh_get_object_id(q, pg) == home {
                qpdf_oh_append_item(q, list, mcid)
            } else {
                let reference = qpdf_oh_new_dictionary(q)
                replace(q, reference, "/Type", with: qpdf_oh_new_name(q, "/MCR"))
                qpdf_oh_replace_key(q, reference, "/Pg", pg)
                qpdf_oh_replace_key(q, reference, "/MCID", mcid)
                append(q, list, reference)
            }
            parents.point(q, page: pg, mcid: Int32(qpdf_oh_get_int_value_as_int(q, mcid)), at: original)
        }
        replace(q, original, "/K", with: list)
    }

    /// Removes the elements `ids` from the `/K` of each of `parents`: one pass over each parent's kids (a document of
    /// thousands of paragraphs has thousands of kids under its Document element).
    private static func removeKids(_ q: qpdf_data, _ ids: Set<Int32>, from parents: some Sequence<qpdf_oh>) {
        var done = Set<Int32>()
        for parent in parents where done.insert(qpdf_oh_get_object_id(q, parent)).inserted {
            let kept = qpdf_oh_new_array(q)
            for kid in kids(q, parent) {
                if ids.contains(qpdf_oh_get_object_id(q, kid)) { qpdf_oh_release(q, kid) } else { append(q, kept, kid) }
            }
            replace(q, parent, "/K", with: kept)
        }
    }

    /// The structure tree's `/ParentTree` (ISO 32000-1 §14.7.4.4) as Cairo writes it: a flat `/Nums` array
    /// pairing each page's `/StructParents` key with the array of elements its marked-content ids belong to.
    struct ParentTree {
        private var arrays: [Int32: qpdf_oh] = [:]

        /// Reads the tree's arrays; their handles are kept (`point` sets their items), the others released.
        init(_ q: qpdf_data, _ tree: qpdf_oh) {
            let parentTree = qpdf_oh_get_key(q, tree, "/ParentTree")
            let nums = qpdf_oh_get_key(q, parentTree, "/Nums")
            defer { for handle in [parentTree, nums] { qpdf_oh_release(q, handle) } }
            guard qpdf_oh_is_array(q, nums) == QPDF_TRUE else { return }
            let n = qpdf_oh_get_array_n_items(q, nums)
            for i in stride(from: 0, to: n - 1, by: 2) {
                let key = qpdf_oh_get_array_item(q, nums, i)
                let value = qpdf_oh_get_array_item(q, nums, i + 1)
                defer { qpdf_oh_release(q, key) }
                if qpdf_oh_is_integer(q, key) == QPDF_TRUE, qpdf_oh_is_array(q, value) == QPDF_TRUE {
                    arrays[qpdf_oh_get_int_value_as_int(q, key)] = value
                } else {
                    qpdf_oh_release(q, value)
                }
            }
        }

        /// Makes marked-content id `mcid` of `page` belong to `element`.
        func point(_ q: qpdf_data, page: qpdf_oh, mcid: Int32, at element: qpdf_oh) {
            let key = qpdf_oh_get_key(q, page, "/StructParents")
            defer { qpdf_oh_release(q, key) }
            guard qpdf_oh_is_integer(q, key) == QPDF_TRUE, let array = arrays[qpdf_oh_get_int_value_as_int(q, key)],
                mcid >= 0, mcid < qpdf_oh_get_array_n_items(q, array)
            else { return }
            qpdf_oh_set_array_item(q, array, mcid, element)
        }
    }
}
