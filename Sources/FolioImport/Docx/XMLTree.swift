import FolioMessages
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML element read whole: its qualified name ("w:p"), attributes and children (elements and text, in order).
/// A .docx part is small enough to hold (its size is bounded by `DocxLimits`), and a tree keeps the reading
/// of paragraphs, runs and tables short.
final class XMLElementNode: @unchecked Sendable {
    /// The qualified name, prefix included ("w:p").
    let name: String
    /// The attributes by qualified name ("w:val").
    let attributes: [String: String]
    /// Children in document order.
    var children: [XMLChild] = []

    init(name: String, attributes: [String: String]) { self.name = name; self.attributes = attributes }

    /// The element children named `name`.
    func elements(_ name: String) -> [XMLElementNode] {
        children.compactMap { if case .element(let e) = $0, e.name == name { return e } else { return nil } }
    }

    /// The first element child named `name`.
    func first(_ name: String) -> XMLElementNode? {
        for c in children { if case .element(let e) = c, e.name == name { return e } }
        return nil
    }

    /// Every element child.
    var elementChildren: [XMLElementNode] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// Every descendant named `name`, in document order.
    func descendants(_ name: String) -> [XMLElementNode] {
        var out: [XMLElementNode] = []
        for e in elementChildren {
            if e.name == name { out.append(e) }
            out += e.descendants(name)
        }
        return out
    }

    /// The text of the element's text children.
    var text: String {
        children.map { if case .text(let t) = $0 { return t } else { return "" } }.joined()
    }

    /// `w:val` of the child `name` (`<w:pStyle w:val="Heading1"/>`).
    func value(of name: String) -> String? { first(name)?.attributes["w:val"] }
}

/// A child of an element.
enum XMLChild {
    /// An element.
    case element(XMLElementNode)
    /// Character data.
    case text(String)
}

/// Why an XML part could not be read.
struct XMLTreeError: Error {
    /// What is wrong, in one sentence.
    let message: Message
}

/// Reads an XML part into a tree, refusing what a .docx never holds: a document type declaration (the way in for
/// external entities and entity expansion), more than `maximumElements` elements, nesting deeper than
/// `maximumDepth`.
struct XMLTreeReader {
    /// The most elements a part may have.
    var maximumElements = 2_000_000
    /// The deepest nesting a part may have.
    var maximumDepth = 256

    /// The root element of `data`.
    func read(_ data: Data) throws(XMLTreeError) -> XMLElementNode {
        if Self.declaresDocumentType(data) {
            throw XMLTreeError(
                message:
                    Message("import.declares-document-type-doctype"))
        }
        let delegate = TreeBuilder(maximumElements: maximumElements, maximumDepth: maximumDepth)
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        let ok = parser.parse()
        if let limit = delegate.limitError { throw XMLTreeError(message: limit) }
        guard ok, let root = delegate.root else {
            let why =
                parser.parserError.map { Message.verbatim($0.localizedDescription) } ?? Message("import.xml-malformed")
            throw XMLTreeError(
                message: Message("import.xml-at-line", ["why": .message(why), "line": .number(parser.lineNumber)]))
        }
        return root
    }

    /// Whether `data` has a `<!DOCTYPE` before its root element.
    static func declaresDocumentType(_ data: Data) -> Bool {
        let head = data.prefix(64 * 1024)
        guard let range = head.range(of: Data("<!DOCTYPE".utf8)) else {
            return head.range(of: Data("<!doctype".utf8)) != nil
        }
        // Only before the first element that is not a processing instruction or comment counts; in practice Word's
        // parts start with the XML declaration and the root, so any <!DOCTYPE in the head is refused.
        return !range.isEmpty
    }
}

/// The parser's delegate building the tree.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    let maximumElements: Int, maximumDepth: Int
    var stack: [XMLElementNode] = []
    var root: XMLElementNode?
    var count = 0
    var limitError: Message?

    init(maximumElements: Int, maximumDepth: Int) {
        self.maximumElements = maximumElements; self.maximumDepth = maximumDepth
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        count += 1
        if count > maximumElements || stack.count >= maximumDepth {
            limitError =
                count > maximumElements
                ? Message("import.xml.too-many-elements", ["limit": .number(maximumElements)])
                : Message("import.xml.too-deep", ["limit": .number(maximumDepth)])
            parser.abortParsing()
            return
        }
        let node = XMLElementNode(name: qualifiedName ?? name, attributes: attributes)
        stack.last?.children.append(.element(node))
        if stack.isEmpty { root = node }
        stack.append(node)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        _ = stack.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard let top = stack.last else { return }
        if case .text(let t)? = top.children.last {
            top.children[top.children.count - 1] = .text(t + string)
        } else {
            top.children.append(.text(string))
        }
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? { nil }
}
