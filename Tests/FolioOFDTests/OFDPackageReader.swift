import FolioTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// An OFD package read back for tests: its entries through `unzip` (Info-ZIP, an independent reader of the
/// container) and its XML parts through Foundation's XML parser.
struct OFDPackageReader {
    /// The package file.
    let url: URL
    /// The entry names, in archive order.
    let entries: [String]

    init(_ url: URL) throws {
        self.url = url
        let list = try ToolRun.run("unzip", ["-Z1", url.path])
        try #require(list.status == 0, "\(list.stderr)")
        entries = list.stdout.split(separator: "\n").map(String.init)
    }

    /// An entry's bytes.
    func data(_ entry: String) throws -> Data {
        let run = try ToolRun.run("unzip", ["-p", url.path, entry])
        try #require(run.status == 0, "\(entry): \(run.stderr)")
        return run.output
    }

    /// An XML entry's root element.
    func xml(_ entry: String) throws -> XMLElement {
        let document = try XMLDocument(data: try data(entry), options: [])
        return try #require(document.rootElement())
    }

    /// The page content files, in page order.
    var pageFiles: [String] {
        entries.filter { $0.hasPrefix("Doc_0/Pages/") && $0.hasSuffix("/Content.xml") }
            .sorted { pageNumber($0) < pageNumber($1) }
    }

    private func pageNumber(_ entry: String) -> Int {
        Int(entry.split(separator: "/")[2].dropFirst("Page_".count)) ?? -1
    }
}

extension XMLElement {
    /// Every element under this one (itself included) named `name` (with its prefix, e.g. "ofd:TextObject").
    func all(_ name: String) -> [XMLElement] {
        var found: [XMLElement] = self.name == name ? [self] : []
        for child in children ?? [] {
            if let element = child as? XMLElement { found += element.all(name) }
        }
        return found
    }

    /// The child elements named `name`.
    func kids(_ name: String) -> [XMLElement] {
        (children ?? []).compactMap { $0 as? XMLElement }.filter { $0.name == name }
    }

    /// An attribute's value.
    func attr(_ name: String) -> String? { attribute(forName: name)?.stringValue }

    /// Numbers of a space-separated attribute.
    func numbers(_ name: String) -> [Double] { (attr(name) ?? "").split(separator: " ").compactMap { Double($0) } }
}

/// The positions a `DeltaX` array gives after a first position (GB/T 33190-2016 §11.3: "g N d" repeats d N times).
func expandDeltas(_ deltas: String?) -> [Double] {
    guard let deltas else { return [] }
    let tokens = deltas.split(separator: " ").map(String.init)
    var gaps: [Double] = []
    var i = 0
    while i < tokens.count {
        if tokens[i] == "g", i + 2 < tokens.count, let n = Int(tokens[i + 1]), let d = Double(tokens[i + 2]) {
            gaps += Array(repeating: d, count: n)
            i += 3
        } else {
            gaps.append(Double(tokens[i]) ?? .nan)
            i += 1
        }
    }
    return gaps
}

/// The rules of GB/T 33190-2016 a package must keep that a schema alone does not check, as a list of what is
/// broken (empty when none): every part's root in the OFD namespace; IDs unique and no larger than `MaxUnitID`;
/// every page, font file and media file a part names present; every `Font` and `ResourceID` naming a resource;
/// outline destinations naming pages; each text code's `DeltaX` giving one gap per character after the first.
func packageProblems(_ package: OFDPackageReader) throws -> [String] {
    var problems: [String] = []
    let namespace = "http://www.ofdspec.org/2016"
    let root = try package.xml("OFD.xml")
    let document = try package.xml("Doc_0/Document.xml")
    let publicRes = try package.xml("Doc_0/PublicRes.xml")
    let documentRes = try package.xml("Doc_0/DocumentRes.xml")
    let pages = try package.pageFiles.map { try package.xml($0) }
    for (name, element) in [("OFD", root), ("Document", document), ("Res", publicRes), ("Res", documentRes)]
        + pages.map({ ("Page", $0) })
    where element.name != "ofd:" + name || element.uri != namespace {
        problems.append("root \(element.name ?? "?") is not ofd:\(name) in \(namespace)")
    }
    var ids: [Int] = []
    for element in [document, publicRes, documentRes] + pages {
        for node in element.all("ofd:Page") + element.all("ofd:Font") + element.all("ofd:MultiMedia")
            + element.all("ofd:Layer") + element.all("ofd:TextObject") + element.all("ofd:PathObject")
            + element.all("ofd:ImageObject")
        {
            if let id = node.attr("ID").flatMap(Int.init) { ids.append(id) }
        }
    }
    if Set(ids).count != ids.count { problems.append("\(ids.count - Set(ids).count) IDs used twice") }
    let maxID = document.all("ofd:MaxUnitID").first?.stringValue.flatMap(Int.init) ?? 0
    if (ids.max() ?? 0) > maxID { problems.append("an ID above MaxUnitID \(maxID)") }
    let pageRefs = document.all("ofd:Page")
    for page in pageRefs where !package.entries.contains("Doc_0/" + (page.attr("BaseLoc") ?? "")) {
        problems.append("page file \(page.attr("BaseLoc") ?? "?") missing")
    }
    let fonts = Set(publicRes.all("ofd:Font").compactMap { $0.attr("ID") })
    for file in publicRes.all("ofd:FontFile") + documentRes.all("ofd:MediaFile")
    where !package.entries.contains("Doc_0/Res/" + (file.stringValue ?? "")) {
        problems.append("resource file \(file.stringValue ?? "?") missing")
    }
    let media = Set(documentRes.all("ofd:MultiMedia").compactMap { $0.attr("ID") })
    for page in pages {
        for text in page.all("ofd:TextObject") {
            if !fonts.contains(text.attr("Font") ?? "") {
                problems.append("text object \(text.attr("ID") ?? "?") names no font")
            }
            for code in text.kids("ofd:TextCode") {
                let count = (code.stringValue ?? "").unicodeScalars.count
                if expandDeltas(code.attr("DeltaX")).count != count - 1 {
                    problems.append("text code “\(code.stringValue ?? "")” has a DeltaX of the wrong length")
                }
            }
            if text.kids("ofd:TextCode").count != 1 || text.kids("ofd:CGTransform").count > 1 {
                problems.append("text object \(text.attr("ID") ?? "?") has not one code and at most one CGTransform")
            }
        }
        for image in page.all("ofd:ImageObject") where !media.contains(image.attr("ResourceID") ?? "") {
            problems.append("image object \(image.attr("ID") ?? "?") names no resource")
        }
    }
    let pageIDs = Set(pageRefs.compactMap { $0.attr("ID") })
    for dest in document.all("ofd:Dest") where !pageIDs.contains(dest.attr("PageID") ?? "") {
        problems.append("outline destination to no page")
    }
    return problems
}
