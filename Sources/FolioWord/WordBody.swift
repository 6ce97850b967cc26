import FolioDisplay
import FolioDocument

/// document.xml's body: each block of the resolved document as Word paragraphs, tables and pictures, in order.
struct WordBody {
    let document: Document
    let styles: WordStyles
    /// Pictures by block index (charts drawn as PNG, image blocks' own files).
    let pictures: [Int: WordPicture]
    /// The relationship id each picture's part gets, by block index.
    let pictureIds: [Int: String]
    /// The signature with seals or 签名章 as the PDF sets it (nil: a plain signature).
    var sealedSignature: WordSignature? = nil
    /// The relationship id of each seal's part, in the order of `sealedSignature`'s slots and seals.
    var sealIds: [String] = []

    /// A paragraph of style `style` (nil: Normal) with `properties` added and `runs` inside.
    func paragraph(_ style: String?, _ properties: String = "", _ runs: String) -> String {
        let s = style.map { #"<w:pStyle w:val="\#($0)"/>"# } ?? ""
        return "<w:p><w:pPr>\(s)\(properties)</w:pPr>\(runs)</w:p>"
    }

    /// A run of `text` with `properties`; a draft's 【待填】 in it a run of its own, in red (`WordMarker`).
    func run(_ text: String, _ properties: String = "") -> String {
        WordMarker.pieces(text).map { piece in
            let p = piece.marked ? WordMarker.coloured(properties, WordMarker.red) : properties
            return "<w:r><w:rPr>\(p)</w:rPr><w:t xml:space=\"preserve\">\(WordXML.escape(piece.text))</w:t></w:r>"
        }
        .joined()
    }

    /// No first-line indent.
    let flush = #"<w:ind w:firstLineChars="0" w:firstLine="0"/>"#
    /// An empty line on the grid.
    var blank: String { paragraph(nil, flush, "") }

    /// The body's XML, paragraph after paragraph.
    var xml: String {
        var out: [String] = []
        let landscape = landscapeBlocks
        for (i, block) in document.blocks.enumerated() {
            // A landscape section begins after other blocks; the first blocks need no section ended before them.
            if landscape[i] && i > 0 && !landscape[i - 1] { out.append(sectionEnd(landscape: false)) }
            out.append(
                contentsOf: self.block(block, index: i, nextLandscape: i + 1 < landscape.count && landscape[i + 1]))
        }
        if let imprint = document.imprint { out += self.imprint(imprint) }
        return out.joined()
    }

    /// `nextLandscape`: the block after this one stands in a landscape section.
    private func block(_ block: Block, index: Int, nextLandscape: Bool) -> [String] {
        switch block {
        case .header(let header): return self.header(header)
        case .title(let title):
            return title.split(separator: "\n").map { paragraph("Title", "", run(String($0))) }
                + Array(repeating: blank, count: styles.theme.title.linesAfter)
        case .subtitle(let s):
            let lines =
                s.text.split(separator: "\n").map(String.init) + [s.speaker, s.dateLine].filter { !$0.isEmpty }
            return lines.map { paragraph("Subtitle", "", run($0)) }
                + Array(repeating: blank, count: styles.theme.title.linesAfter)
        case .recipients(let text): return [paragraph(nil, flush, run(text))]
        case .heading(let h):
            var runs = run(h.number + h.text)
            if let runIn = h.runIn { runs += run(runIn, styles.runProperties(.body, size: styles.bodySize)) }
            return [paragraph("Heading\(min(4, max(1, h.level)))", "", runs)]
        case .paragraph(let p): return [paragraph(nil, "", run(p.text))]
        case .chart(let chart):
            // The picture carries the chart's caption and note as the PDF draws them; its alternative text states
            // the caption and every figure.
            return picture(index, alt: chart.alternativeText)
        case .image(let image):
            return (image.caption.map { [paragraph("Caption", "", run($0))] } ?? [])
                + picture(index, alt: image.alternativeText)
        case .table(let table) where table.orientation == .landscape:
            // A section of its own, landscape (GB/T 9704 §8), ending in an empty paragraph that carries its properties
            // (a landscape table next to it shares the section; `xml` ends the section before).
            // The body's last section is the document's own (`endsLandscape`): no empty upright page after it.
            let last = index == document.blocks.count - 1 && endsLandscape
            let after = nextLandscape || last ? [] : [sectionEnd(landscape: true)]
            return WordTable(table: table, body: self).xml + after
        case .table(let table): return WordTable(table: table, body: self).xml
        case .signature(let signature): return self.signature(signature)
        case .notice(let text): return [paragraph(nil, "", run(text))]
        case .attachmentList(let titles):
            let items =
                titles.count == 1
                ? ["附件：" + titles[0]] : titles.enumerated().map { ($0 == 0 ? "附件：" : "") + "\($0 + 1).\($1)" }
            // GB/T 9704 §7.3.4: two characters in; later items (and wrapped lines) under the first title's start.
            return [blank]
                + items.enumerated().map { i, item in
                    let hanging =
                        i == 0
                        ? #"<w:ind w:leftChars="200" w:left="0" w:firstLineChars="0" w:firstLine="0"/>"#
                        : #"<w:ind w:leftChars="500" w:left="0" w:firstLineChars="0" w:firstLine="0"/>"#
                    return paragraph(nil, hanging, run(item))
                }
        case .attachmentHead(let label, let title):
            return [
                paragraph(
                    nil, "<w:pageBreakBefore/>" + flush,
                    run(label, styles.runProperties(.heading1, size: styles.bodySize)))
            ] + title.split(separator: "\n").map { paragraph("Title", "", run(String($0))) } + [blank]
        case .attendance(let label, let names, let first):
            let p = paragraph(
                nil, #"<w:ind w:leftChars="200" w:left="0" w:firstLineChars="0" w:firstLine="0"/>"#,
                run(label + "：", styles.runProperties(.heading1, size: styles.bodySize)) + run(names))
            return first ? [blank, p] : [p]
        }
    }

    /// Whether the body ends with a landscape table: the document's last section, whose properties close the body, is
    /// then landscape.
    var endsLandscape: Bool { document.imprint == nil && landscapeTable(at: document.blocks.count - 1) }

    /// Whether block `k` is a table set in a landscape section.
    private func landscapeTable(at k: Int) -> Bool {
        guard document.blocks.indices.contains(k), case .table(let t) = document.blocks[k] else { return false }
        return t.orientation == .landscape
    }

    /// Per block, whether it stands in a landscape section: a landscape table, or one of the headings and attachment
    /// heads right above one (each kept with the next: the PDF turns them all with the table). One pass from the end.
    private var landscapeBlocks: [Bool] {
        var landscape = Array(repeating: false, count: document.blocks.count)
        for k in document.blocks.indices.reversed() {
            switch document.blocks[k] {
            case .heading, .attachmentHead: landscape[k] = k + 1 < landscape.count && landscape[k + 1]
            default: landscape[k] = landscapeTable(at: k)
            }
        }
        return landscape
    }

    /// An empty paragraph ending a section, with the section's properties.
    private func sectionEnd(landscape: Bool) -> String {
        "<w:p><w:pPr>" + WordWriter.sectionProperties(theme: styles.theme, landscape: landscape) + "</w:pPr></w:p>"
    }

    /// An inline picture, centred, with its alternative text.
    private func picture(_ index: Int, alt: String) -> [String] {
        guard let picture = pictures[index], let id = pictureIds[index] else { return [] }
        let cx = WordXML.emu(points: picture.width), cy = WordXML.emu(points: picture.height)
        let description = WordXML.escape(alt)
        let drawing = """
            <w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\(cx)" cy="\(cy)"/>\
            <wp:docPr id="\(index + 1)" name="Picture \(index + 1)" descr="\(description)"/>\
            <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>\
            <pic:nvPicPr><pic:cNvPr id="\(index + 1)" name="picture\(index + 1)" descr="\(description)"/><pic:cNvPicPr/></pic:nvPicPr>\
            <pic:blipFill><a:blip r:embed="\(id)"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
            <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\(cx)" cy="\(cy)"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>\
            </pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>
            """
        return [paragraph(nil, #"<w:jc w:val="center"/><w:spacing w:line="240" w:lineRule="auto"/>"# + flush, drawing)]
    }

    /// The signature (GB/T 9704 §7.3.5.2): after an empty line, the issuer two characters in from the right, the date
    /// starting two characters right of the issuer's first character (or two in from the right when longer).
    private func signature(_ signature: Signature) -> [String] {
        if let sealedSignature { return sealed(sealedSignature) }
        func width(_ s: String) -> Int { s.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 50 : 100) } }
        let signed = signature.signers.first?.title ?? signature.issuer
        let issuer = width(signed), date = width(signature.date.chinese)
        let (issuerRight, dateRight) = date + 200 <= issuer ? (200, issuer - date) : (date + 400 - issuer, 200)
        func right(_ chars: Int) -> String {
            #"<w:jc w:val="right"/><w:ind w:rightChars="\#(chars)" w:right="0" w:firstLineChars="0" w:firstLine="0"/>"#
        }
        // Kept together, and with the paragraph before, as the PDF keeps them.
        return [
            paragraph(nil, "<w:keepNext/>" + flush, ""),
            paragraph(nil, "<w:keepNext/>" + right(issuerRight), run(signed)),
            paragraph(nil, right(dateRight), run(signature.date.chinese)),
        ]
    }

    /// A signature with seals or 签名章 as the PDF sets it: a paragraph per slot, kept together and with the paragraph
    /// before, its texts on centre or right tab stops where the PDF centres or ends them, a slot of several lines one
    /// line with space before and after; the seals float in front of the text, anchored in their slot at the PDF's
    /// offsets from its top.
    private func sealed(_ signature: WordSignature) -> [String] {
        var sealIndex = 0
        return signature.slots.enumerated().map { i, slot in
            var properties = i + 1 < signature.slots.count ? "<w:keepNext/>" : ""
            if !slot.texts.isEmpty {
                properties += "<w:tabs>"
                for text in slot.texts {
                    let kind = text.centred ? "center" : "right"
                    properties += #"<w:tab w:val="\#(kind)" w:pos="\#(WordXML.twips(points: text.anchor))"/>"#
                }
                properties += "</w:tabs>"
            }
            if slot.lines > 1 {
                // The text in the middle of the slot, as the PDF centres a leader's title on the 签名章: one line
                // with the rest of the slot's height split before and after it (Word and LibreOffice place the text
                // of a taller exact line differently).
                let half = WordXML.twips(points: styles.linePitch * Double(slot.lines - 1) / 2)
                let line = WordXML.twips(points: styles.linePitch)
                properties +=
                    #"<w:spacing w:before="\#(half)" w:after="\#(half)" w:line="\#(line)" w:lineRule="exact"/>"#
            }
            var runs = ""
            for seal in slot.seals {
                runs += floating(seal, number: sealIndex)
                sealIndex += 1
            }
            for text in slot.texts { runs += "<w:r><w:tab/></w:r>" + run(text.text) }
            return paragraph(nil, properties + flush, runs)
        }
    }

    /// A seal as a floating picture (DrawingML anchor) in front of the text, not wrapping it: its left edge from the
    /// column's (the type area's), its top from its paragraph's.
    private func floating(_ seal: WordSignature.Seal, number: Int) -> String {
        guard number < sealIds.count else { return "" }
        let cx = WordXML.emu(points: seal.picture.width), cy = WordXML.emu(points: seal.picture.height)
        let id = document.blocks.count + 1 + number
        let description = WordXML.escape(seal.alternativeText)
        return """
            <w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" \
            relativeHeight="\(251_659_264 + number)" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">\
            <wp:simplePos x="0" y="0"/>\
            <wp:positionH relativeFrom="column"><wp:posOffset>\(WordXML.emu(points: seal.x))</wp:posOffset></wp:positionH>\
            <wp:positionV relativeFrom="paragraph"><wp:posOffset>\(WordXML.emu(points: seal.y))</wp:posOffset></wp:positionV>\
            <wp:extent cx="\(cx)" cy="\(cy)"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>\
            <wp:docPr id="\(id)" name="Seal \(number + 1)" descr="\(description)"/><wp:cNvGraphicFramePr/>\
            <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>\
            <pic:nvPicPr><pic:cNvPr id="\(id)" name="seal\(number + 1)" descr="\(description)"/><pic:cNvPicPr/></pic:nvPicPr>\
            <pic:blipFill><a:blip r:embed="\(sealIds[number])"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
            <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\(cx)" cy="\(cy)"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>\
            </pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>
            """
    }

    /// 版头 (§7.2): the corner lines, the red mark, the number, the red line as the number's bottom border.
    private func header(_ header: DocumentHeader) -> [String] {
        var out = header.cornerLines.map {
            paragraph(nil, flush, run($0, styles.runProperties(.heading1, size: styles.bodySize)))
        }
        let red = "E60000"
        out += [blank, blank]
        for name in header.mark {
            out.append(
                paragraph(
                    nil, #"<w:jc w:val="center"/><w:spacing w:line="240" w:lineRule="auto"/>"# + flush,
                    run(name, styles.runProperties(.title, size: 42, color: red))))
        }
        out.append(blank)
        let signers = header.signers.isEmpty ? "" : "签发人：" + header.signers.joined(separator: "　")
        let border = #"<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="4" w:color="\#(red)"/></w:pBdr>"#
        let numberLine =
            signers.isEmpty
            ? paragraph(nil, #"<w:jc w:val="center"/>"# + border + flush, run(header.number ?? ""))
            : paragraph(
                nil,
                #"<w:tabs><w:tab w:val="right" w:pos="8505"/></w:tabs>"# + border
                    + #"<w:ind w:leftChars="100" w:left="0" w:rightChars="100" w:right="0" w:firstLineChars="0" w:firstLine="0"/>"#,
                run(header.number ?? "") + "<w:r><w:tab/></w:r>" + run(signers))
        out += [numberLine, blank]
        return out
    }

    /// 版记 (§7.4): 抄送 and 印发 lines in 4号 between rules, as paragraph borders.
    private func imprint(_ imprint: Imprint) -> [String] {
        let size = 14.0
        let rp = styles.runProperties(.body, size: size)
        var out: [String] = []
        let indent = #"<w:ind w:left="280" w:right="280" w:firstLine="0" w:firstLineChars="0"/>"#
        if let copies = imprint.copiesLine {
            out.append(
                paragraph(
                    nil, #"<w:pBdr><w:top w:val="single" w:sz="8" w:space="1"/></w:pBdr>"# + indent, run(copies, rp)))
        }
        if imprint.printer != nil || imprint.printedLine != nil {
            let top =
                out.isEmpty
                ? #"<w:top w:val="single" w:sz="8" w:space="1"/>"# : #"<w:top w:val="single" w:sz="4" w:space="1"/>"#
            out.append(
                paragraph(
                    nil,
                    "<w:pBdr>\(top)<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"1\"/></w:pBdr>"
                        + #"<w:tabs><w:tab w:val="right" w:pos="8545"/></w:tabs>"# + indent,
                    run(imprint.printer ?? "", rp) + "<w:r><w:tab/></w:r>" + run(imprint.printedLine ?? "", rp)))
        }
        return [blank] + out
    }
}
