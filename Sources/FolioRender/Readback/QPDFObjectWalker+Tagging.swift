import CQPDF

extension QPDFObjectWalker {
    /// The tagged-PDF entries of the catalogue and a walk of the structure tree (ISO 32000-1 §14.7, §14.8), bounded
    /// like every walk here: elements visited once, at most `limit` of them.
    func tagging(limit: Int = 2_000_000) -> PDFTaggingReadback {
        let root = qpdf_get_root(q)
        var tagging = PDFTaggingReadback()
        guard qpdf_oh_is_dictionary(q, root) == QPDF_TRUE else { return tagging }
        let mark = qpdf_oh_get_key(q, root, "/MarkInfo")
        if qpdf_oh_is_dictionary(q, mark) == QPDF_TRUE {
            let marked = qpdf_oh_get_key(q, mark, "/Marked")
            tagging.marked = qpdf_oh_is_bool(q, marked) == QPDF_TRUE && qpdf_oh_get_bool_value(q, marked) == QPDF_TRUE
        }
        let tree = qpdf_oh_get_key(q, root, "/StructTreeRoot")
        guard qpdf_oh_is_dictionary(q, tree) == QPDF_TRUE else { return tagging }
        tagging.hasStructureTree = true
        var seen = Set<Int32>()
        var stack = kids(tree)
        while let element = stack.popLast(), seen.count < limit {
            guard qpdf_oh_is_dictionary(q, element) == QPDF_TRUE,
                qpdf_oh_has_key(q, element, "/S") == QPDF_TRUE
            else { continue }
            let id = qpdf_oh_get_object_id(q, element)
            if id != 0 { guard seen.insert(id).inserted else { continue } }
            tagging.elements += 1
            let type = qpdf_oh_get_key(q, element, "/S")
            let grouping: [String] = ["/Document", "/Part", "/Art", "/Sect", "/Div", "/Link"]
            if !grouping.contains(where: {
                qpdf_oh_is_name_and_equals(q, type, $0) == QPDF_TRUE
            }) {
                tagging.contentElements += 1
            }
            if qpdf_oh_is_name_and_equals(q, qpdf_oh_get_key(q, element, "/S"), "/Figure") == QPDF_TRUE {
                tagging.figures += 1
                let alt = qpdf_oh_get_key(q, element, "/Alt")
                let text = qpdf_oh_is_string(q, alt) == QPDF_TRUE ? qpdf_oh_get_utf8_value(q, alt) : nil
                if text.map({ String(cString: $0).isEmpty }) ?? true { tagging.figuresWithoutAlternative += 1 }
            }
            stack += kids(element).reversed()
        }
        return tagging
    }

    /// The entries of `/K`: an array's items or the one object.
    private func kids(_ element: qpdf_oh) -> [qpdf_oh] {
        let k = qpdf_oh_get_key(q, element, "/K")
        guard qpdf_oh_is_array(q, k) == QPDF_TRUE else { return [k] }
        return (0..<qpdf_oh_get_array_n_items(q, k)).map { qpdf_oh_get_array_item(q, k, $0) }
    }
}
