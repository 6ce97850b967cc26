import CCairo
import FolioDisplay

/// Turns internal link targets into Cairo link attributes for a PDF written page by page.
///
/// Cairo 1.16 resolves an explicit destination ("page=N pos=[x y]") when it writes the annotation, at the end
/// of the page that holds the link, so a link to a later page (a contents list) loses its target. Links
/// to later pages therefore use named destinations, defined when the target page is drawn.
final class LinkDestinations {
    /// The position of the page being drawn, from 0.
    var currentPage = 0
    /// Named destinations still to define, by target page, as their y positions.
    private var pending: [Int: Set<Pt>] = [:]

    /// The Cairo attributes after "rect=[…] " for a link to `target`.
    func attributes(for target: LinkTarget) -> String {
        switch target {
        case let .page(index, y) where index > currentPage:
            pending[index, default: []].insert(y)
            return "dest='\(Self.name(page: index, y: y))'"
        case let .page(index, y):
            return "page=\(max(index, 0) + 1) pos=[0 \(y)]"
        case let .uri(uri):
            return "uri='\(escapeAttribute(uri))'"
        }
    }

    /// Defines the named destinations that earlier pages point at on the page being drawn.
    func defineDestinations(on cr: OpaquePointer) {
        guard let ys = pending.removeValue(forKey: currentPage) else { return }
        for y in ys.sorted() {   // sorted: the same input gives the same bytes
            cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='\(Self.name(page: currentPage, y: y))' x=0 y=\(y)")
            cairo_tag_end(cr, CAIRO_TAG_DEST)
        }
    }

    /// A destination's name, unique per page and position.
    static func name(page: Int, y: Pt) -> String { "folio-p\(page + 1)-\(y)" }
}
