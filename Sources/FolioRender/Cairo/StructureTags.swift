import CCairo
import FolioDisplay

/// What the finishing step must add to one structure element Cairo wrote, which Cairo 1.16 cannot say itself.
struct StructureNote: Hashable, Sendable {
    /// The structure type Cairo wrote (`/S`), to check that the notes and Cairo's tree line up.
    var cairoType: String
    /// The type to write instead (`Title`, which Cairo 1.16's list of tags lacks), or nil.
    var type: String? = nil
    /// The alternative text (`/Alt`, ISO 32000-1 §14.9.3) of a figure, or nil.
    var alternativeText: String? = nil
    /// The index (among the notes) of the element this one continues: the same paragraph, interrupted by page
    /// furniture or a link; the finishing step merges the two into one element.
    var continues: Int? = nil
}

/// Turns the display list's structure marks into Cairo structure tags (`cairo_tag_begin`, `cairo_tag_end`) for a
/// tagged PDF, one document for all the pages, and records what the finishing step adds (`StructureNote`).
///
/// Cairo 1.16 marks content only inside leaf elements, and keeps a leaf open across a page break (the same
/// element, continued on the next page). Content drawn while no leaf is open is unmarked: it belongs to no
/// element. Artifacts (page numbers, running headers) are drawn that way: an open leaf is ended before them and
/// begun again after them as a continuation, which the finishing step merges back. A link is a structure element
/// of its own in Cairo (`Link`), so an open leaf is interrupted around it in the same way.
final class StructureTags {
    /// The notes, one per structure element Cairo will write, in the order their tags began (Cairo's tree in
    /// pre-order).
    private(set) var notes: [StructureNote] = []
    /// The open elements, innermost last: their Cairo tag and note index (nil for an artifact, which is no tag).
    private var open: [(tag: String, note: Int?)] = []
    /// A leaf interrupted by an artifact or a link, to begin again after it.
    private var interrupted: (tag: String, note: Int)?

    /// Begins the document element; every other element is inside it.
    func beginDocument(on cr: OpaquePointer) {
        begin("Document", note: StructureNote(cairoType: "Document"), on: cr)
    }

    /// Handles a begin mark.
    func begin(_ role: StructureRole, on cr: OpaquePointer) {
        guard case .artifact = role else {
            if inArtifact {   // no structure inside furniture
                open.append((tag: "", note: nil))
                return
            }
            willDraw(on: cr)
            let tag = Self.cairoTag(role)
            var note = StructureNote(cairoType: tag)
            switch role {
            case .title: note.type = "Title"
            case .figure(let text): note.alternativeText = text
            default: break
            }
            begin(tag, note: note, on: cr)
            return
        }
        interrupt(on: cr)
        open.append((tag: "", note: nil))
    }

    /// Handles an end mark.
    func end(on cr: OpaquePointer) {
        guard let last = open.popLast(), last.note != nil else { return }
        if interrupted != nil {   // the leaf was ended before an artifact, and nothing of it followed
            interrupted = nil
            return
        }
        cairo_tag_end(cr, last.tag)
    }

    /// Called before content is drawn: a leaf interrupted by an artifact or a link begins again, as a continuation
    /// of itself, so that the content is marked as its.
    func willDraw(on cr: OpaquePointer) {
        guard let leaf = interrupted, !inArtifact else { return }
        interrupted = nil
        var note = notes[leaf.note]
        note.continues = note.continues ?? leaf.note
        notes.append(note)
        open[open.count - 1].note = notes.count - 1
        cairo_tag_begin(cr, leaf.tag, "")
    }

    /// Wraps a link annotation (drawn by `draw`) in its `Link` element (Cairo makes one for every link), outside
    /// any open leaf.
    func link(on cr: OpaquePointer, draw: () -> Void) {
        interrupt(on: cr)
        notes.append(StructureNote(cairoType: CAIRO_TAG_LINK))
        draw()
    }

    /// Whether an artifact is open.
    private var inArtifact: Bool { open.contains { $0.note == nil } }

    private func begin(_ tag: String, note: StructureNote, on cr: OpaquePointer) {
        notes.append(note)
        open.append((tag: tag, note: notes.count - 1))
        cairo_tag_begin(cr, tag, "")
    }

    /// Ends the innermost open element when it is a leaf (Cairo has its content marked), remembering it.
    private func interrupt(on cr: OpaquePointer) {
        guard interrupted == nil, let last = open.last, let note = last.note, Self.isLeaf(last.tag) else { return }
        cairo_tag_end(cr, last.tag)
        interrupted = (tag: last.tag, note: note)
    }

    /// Cairo's tag for a role (ISO 32000-1 Tables 333–340; `Title` is written as `P` and renamed when finishing).
    static func cairoTag(_ role: StructureRole) -> String {
        switch role {
        case .title: return "P"
        case .heading(let level): return "H\(min(6, max(1, level)))"
        case .paragraph: return "P"
        case .table: return "Table"
        case .tableRow: return "TR"
        case .tableHeaderCell: return "TH"
        case .tableCell: return "TD"
        case .figure: return "Figure"
        case .caption: return "Caption"
        case .contents: return "TOC"
        case .contentsEntry: return "TOCI"
        case .artifact: return ""
        }
    }

    /// Whether Cairo marks content of this tag (the roles that hold content, `StructureRole.holdsContent`).
    private static func isLeaf(_ tag: String) -> Bool {
        !["Document", "Table", "TR", "TOC", ""].contains(tag)
    }
}
