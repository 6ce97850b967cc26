/// Cairo's file with the finishing step's changes: objects replaced, added and removed, the rest as Cairo wrote
/// them. Lookups tolerate damage (nil), as the finishing step's additions are skipped rather than guessed at
/// when the file does not hold what Cairo always writes.
struct EditedPDF: Sendable {
    /// Cairo's file.
    let source: SourcePDF
    /// Objects replaced, by number.
    private(set) var changed: [Int: PDFObject] = [:]
    /// Objects added, numbered from `source.size` on.
    private(set) var added: [PDFObject] = []
    /// Objects taken out (a continuation merged into the element it continues).
    private(set) var removed: Set<Int> = []

    /// The edits of `source`, none yet.
    init(_ source: SourcePDF) {
        self.source = source
        root = source.trailer["Root"]?.reference
        info = source.trailer["Info"]?.reference
    }

    /// One past the highest object number, added objects included.
    var size: Int { source.size + added.count }

    /// The catalogue's object number (the trailer's /Root).
    var root: Int?

    /// The document information dictionary's object number (the trailer's /Info; nil when there is none yet).
    var info: Int?

    /// Object `n` as edited; nil when it is free, removed or unreadable.
    func object(_ n: Int) -> PDFObject? {
        guard !removed.contains(n) else { return nil }
        if let o = changed[n] { return o }
        if n >= source.size, n - source.size < added.count { return added[n - source.size] }
        return try? source.object(n)
    }

    /// The value of object `n` when it is no stream.
    func value(_ n: Int) -> PDFValue? {
        guard case .value(let v)? = object(n) else { return nil }
        return v
    }

    /// The dictionary of object `n`: a dictionary object's, or a stream's.
    func dictionary(_ n: Int) -> PDFDictionary? {
        switch object(n) {
        case .value(.dictionary(let d))?: return d
        case .stream(let d, _)?: return d
        default: return nil
        }
    }

    /// `value` with one reference followed.
    func resolve(_ value: PDFValue?) -> PDFValue? {
        guard case .reference(let n)? = value else { return value }
        return self.value(n)
    }

    /// Replaces object `n`.
    mutating func set(_ n: Int, _ object: PDFObject) {
        if n >= source.size, n - source.size < added.count {
            added[n - source.size] = object
        } else {
            changed[n] = object
        }
    }

    /// Replaces object `n` by the dictionary `d`, keeping a stream's data.
    mutating func set(_ n: Int, dictionary d: PDFDictionary) {
        if case .stream(_, let data)? = object(n) { set(n, .stream(d, data)) } else { set(n, .value(.dictionary(d))) }
    }

    /// Adds an object; returns its number.
    mutating func add(_ object: PDFObject) -> Int {
        added.append(object)
        return size - 1
    }

    /// Takes object `n` out of the file.
    mutating func remove(_ n: Int) { removed.insert(n) }

    /// Whether object `n` was replaced, added or removed.
    func isEdited(_ n: Int) -> Bool { changed[n] != nil || n >= source.size || removed.contains(n) }
}
