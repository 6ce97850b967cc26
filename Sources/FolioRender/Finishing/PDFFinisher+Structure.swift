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
    static func finishStructure(_ pdf: inout EditedPDF, notes: [StructureNote]) {
        editCatalogue(&pdf) { catalogue in
            catalogue["MarkInfo"] = .dictionary(PDFDictionary([("Marked", .bool(true))]))
            var preferences = catalogue["ViewerPreferences"]?.dictionary ?? PDFDictionary()
            preferences["DisplayDocTitle"] = .bool(true)
            catalogue["ViewerPreferences"] = .dictionary(preferences)
        }
        guard let root = pdf.root, let treeNumber = pdf.value(root)?.dictionary?["StructTreeRoot"]?.reference,
            let treeRoot = pdf.value(treeNumber)?.dictionary
        else { return }
        var tree = StructureEdit(pdf: pdf, root: treeRoot)
        var elements: [Int] = []
        guard tree.collect(kidsOf: treeNumber, into: &elements), elements.count == notes.count,
            zip(elements, notes).allSatisfy({ tree[$0]?.has("S", name: $1.cairoType) ?? false })
        else { return }
        var renamed = false
        for (element, note) in zip(elements, notes) {
            if let type = note.type {
                tree[element]?["S"] = .name(type)
                renamed = true
            }
            if let text = note.alternativeText { tree[element]?["Alt"] = .text(text) }
        }
        if renamed { tree[treeNumber]?["RoleMap"] = .dictionary(PDFDictionary([("Title", .name("H1"))])) }
        var merged: [Int: Int] = [:]   // by the continuation's number, its parent's
        for (i, note) in notes.enumerated() {
            guard let first = note.continues, first < elements.count else { continue }
            tree.merge(elements[i], into: elements[first])
            if let parent = tree[elements[i]]?["P"]?.reference { merged[elements[i]] = parent }
        }
        tree.removeKids(Set(merged.keys), from: Set(merged.values))
        tree.save(into: &pdf)
        for continuation in merged.keys { pdf.remove(continuation) }
    }
}

/// The structure tree's dictionaries and parent-tree arrays as the finishing step changes them, written back
/// into the file at the end (`save`).
private struct StructureEdit {
    private let pdf: EditedPDF
    private var dictionaries: [Int: PDFDictionary] = [:]
    /// The elements' dictionaries as read from the file, each parsed once (`collect`): the checks, renames and
    /// merges read each element several times.
    private var read: [Int: PDFDictionary] = [:]
    /// Each page's `/StructParents` key by the page's object number, read once.
    private var pageKeys: [Int: Int?] = [:]
    /// The parent tree's arrays (ISO 32000-1 §14.7.4.4) by the page key they belong to: object number and items.
    private var parents: [Int: (number: Int, items: [PDFValue])] = [:]
    private var changedParents: Set<Int> = []

    /// The edit of `pdf`'s structure tree, whose root dictionary is `root`.
    init(pdf: EditedPDF, root: PDFDictionary) {
        self.pdf = pdf
        // Cairo writes the parent tree as one flat /Nums array of page keys and indirect arrays.
        guard let nums = pdf.resolve(root["ParentTree"])?.dictionary?["Nums"]?.array else { return }
        for i in stride(from: 0, to: nums.count - 1, by: 2) {
            guard let key = nums[i].integer, let number = nums[i + 1].reference, let items = pdf.value(number)?.array
            else { continue }
            parents[key] = (number, items)
        }
    }

    /// The dictionary of object `n` as changed so far.
    subscript(n: Int) -> PDFDictionary? {
        get { dictionaries[n] ?? read[n] ?? pdf.dictionary(n) }
        set { dictionaries[n] = newValue }
    }

    /// The entries of an element's `/K`: an array's items, or the one object.
    func kids(_ n: Int) -> [PDFValue] {
        guard let k = self[n]?["K"] else { return [] }
        return k.array ?? (k == .null ? [] : [k])
    }

    /// Adds the structure elements under `n` to `elements` in pre-order (the order Cairo began their tags); false
    /// when an element is written inside its parent rather than as an object of its own, or the tree nests
    /// deeper than any Cairo writes (a loop), which Cairo never does.
    mutating func collect(kidsOf n: Int, into elements: inout [Int], depth: Int = 0) -> Bool {
        guard depth < 256 else { return false }
        for kid in kids(n) {
            if case .dictionary(let d) = kid, d.has("Type", name: "StructElem") { return false }
            guard let number = kid.reference, let element = self[number], element.has("Type", name: "StructElem")
            else { continue }
            read[number] = element
            elements.append(number)
            guard collect(kidsOf: number, into: &elements, depth: depth + 1) else { return false }
        }
        return true
    }

    /// Moves the marked content of `continuation` (a leaf) to the end of `original`'s and points the parent tree
    /// at `original` for it (`removeKids` then takes `continuation` out of its parent).
    mutating func merge(_ continuation: Int, into original: Int) {
        let page = self[continuation]?["Pg"]
        let home = self[original]?["Pg"]?.reference
        var list = kids(original)
        for kid in kids(continuation) {
            var (pg, mcid) = (page, kid)
            if case .dictionary(let reference) = kid {   // already a reference with its page
                (pg, mcid) = (reference["Pg"], reference["MCID"] ?? .null)
            }
            guard let id = mcid.integer, let pg else { continue }
            if pg.reference == home {
                list.append(mcid)
            } else {
                list.append(.dictionary(PDFDictionary([("Type", .name("MCR")), ("Pg", pg), ("MCID", mcid)])))
            }
            point(page: pg, mcid: id, at: original)
        }
        self[original]?["K"] = .array(list)
    }

    /// Makes marked-content id `mcid` of `page` belong to `element`.
    private mutating func point(page: PDFValue, mcid: Int, at element: Int) {
        guard let key = parentKey(of: page), var entry = parents[key],
            mcid >= 0, mcid < entry.items.count
        else { return }
        entry.items[mcid] = .reference(element)
        parents[key] = entry
        changedParents.insert(key)
    }

    /// The `/StructParents` key of `page` (a reference to a page, as Cairo writes `/Pg`).
    private mutating func parentKey(of page: PDFValue) -> Int? {
        guard let n = page.reference else { return pdf.resolve(page)?.dictionary?["StructParents"]?.integer }
        if let known = pageKeys[n] { return known }
        let key = pdf.value(n)?.dictionary?["StructParents"]?.integer
        pageKeys[n] = key
        return key
    }

    /// Removes the elements `numbers` from the `/K` of each of `parents`: one pass over each parent's kids (a
    /// document of thousands of paragraphs has thousands of kids under its Document element).
    mutating func removeKids(_ numbers: Set<Int>, from parents: Set<Int>) {
        for parent in parents {
            let kept = kids(parent).filter { !($0.reference.map(numbers.contains) ?? false) }
            self[parent]?["K"] = .array(kept)
        }
    }

    /// Writes every changed dictionary and parent-tree array into `pdf`.
    func save(into pdf: inout EditedPDF) {
        for (n, d) in dictionaries { pdf.set(n, dictionary: d) }
        for key in changedParents {
            if let entry = parents[key] { pdf.set(entry.number, .value(.array(entry.items))) }
        }
    }
}
