import FolioDisplay
import FolioDocument
import FolioText

extension BlockComposer {
    /// The signature block (GB/T 9704 §7.3.5.2, no seal): one empty line, the issuer 2 characters in from the
    /// right (joint issuers one a line, the lead body first, their first characters aligned), the date on the next
    /// line starting 2 characters right of the issuer's first character;
    /// "如成文日期长于发文机关署名，应当使成文日期右空二字编排，并相应增加发文机关署名右空字数": when the
    /// date, so placed, would reach into those 2 characters, it is set 2 characters in from the right and the
    /// issuer moves left to keep the 2-character shift. Both lines are on the body's character grid.
    /// It is never alone on a page: no break before it, and the paragraph before keeps its last two lines.
    /// A sealed document goes to `sealedSignatureLayout`, one signed with 签名章 to `signerSealLayout`.
    func signatureUnits(_ signature: Signature) throws -> [FlowUnit] {
        if let sealed = try sealedLayout(signature) { return try units(sealed) }
        let size = metrics.bodySize
        let two = metrics.charPitch * 2
        let right = metrics.typeArea.size.width - two
        // Joint issuers one a line, their first characters aligned; the block stands where one issuer would. An issuer
        // longer than the line less the 2 characters is broken as a title is (balanced, between the bodies it names),
        // its lines aligned as joint issuers'.
        let issuers = try signature.issuerLines.flatMap { try issuerLines($0, width: right).map(signatureLine) }
        let issuerWidth = issuers.map(\.width).max() ?? 0
        let date = try signatureLine(signature.date.chinese)
        let issuerX: Pt, dateX: Pt
        if two + date.width <= issuerWidth + 0.01 {
            issuerX = right - issuerWidth
            dateX = issuerX + two
        } else {
            dateX = right - date.width
            issuerX = dateX - two
        }
        let baseline = metrics.baselineInCell(size: size)
        return [FlowUnit(lines: 1, breakBefore: false, items: [])]
            + issuers.map {
                FlowUnit(
                    lines: 1, breakBefore: false, items: $0.items(at: Point(x: issuerX, y: baseline)).tagged(.paragraph)
                )
            }
            + [
                FlowUnit(
                    lines: 1, breakBefore: false, items: date.items(at: Point(x: dateX, y: baseline)).tagged(.paragraph)
                )
            ]
    }
}

extension BlockComposer {
    /// The seal's width: 42 mm, the diameter of a township or county government's seal (国务院《关于国家行政机关和
    /// 企业事业单位社会团体印章的规定》); its height follows the image.
    static let sealWidth = Pt.mm(42)

    /// The alternative text of an issuer's seal (a tagged PDF's figure): what a reader who cannot see it is told.
    static func sealText(_ issuer: String) -> String { "（\(issuer)印章）" }

    /// The alternative text of a 签发人's 签名章.
    static func signerSealText(_ title: String) -> String { "（\(title)签名章）" }

    /// The signature with seals (GB/T 9704 §7.3.5.1). The date four characters in from the right ("成文日期一般右空四
    /// 字"); each issuer centred under its seal, each seal pressed over its issuer ("居中下压"), its centre above the
    /// issuer's line so that the name sits below it ("居印章中心偏下"); the first row's top within one line under
    /// the text above ("印章顶端应当上距正文一行之内"): as many empty lines go before the issuers as the seal needs,
    /// at least one.
    ///
    /// One issuer: its name centred over the date, the seal centred on both. Joint issuers ("联合行文时，一般将各发文
    /// 机关署名按照发文机关顺序整齐排列在相应位置，并将印章一一对应、端正、居中下压发文机关署名，最后一个印章端正、居中
    /// 下压发文机关署名和成文日期，印章之间排列整齐、互不相交或相切，每排印章两端不得超出版心"): two a row, in their
    /// order, the right column centred on the date and the left one its mirror about the type area's centre; an odd
    /// last issuer alone in the right column, so that the last seal presses on the last issuer and the date. Rows
    /// are as many whole lines apart as keep the seals from touching; their seals share a centre line. When two
    /// names of a row would run into each other or a seal would leave the type area, the issuers go one a row in the
    /// right column.
    func sealedSignatureLayout(_ signature: Signature) throws -> SignatureLayout {
        let size = metrics.bodySize, pitch = metrics.linePitch, areaWidth = metrics.typeArea.size.width
        let joint = signature.issuerLines.count == signature.seals.count && signature.seals.count > 1
        // One issuer wider than the type area is broken between the bodies it names; its last line stands under the
        // seal, the others above it.
        let above = joint ? [] : Array(try issuerLines(signature.issuer, width: areaWidth).dropLast())
        let names = joint ? signature.issuerLines : [String(signature.issuer.dropFirst(above.joined().count))]
        let seals = joint ? signature.seals : [signature.seals[0]]
        let issuers = try names.map(signatureLine)
        let date = try signatureLine(signature.date.chinese)
        let dateX = areaWidth - metrics.charPitch * 4 - date.width
        let plan = SealPlan(
            issuerWidths: issuers.map(\.width), rightCentre: dateX + date.width / 2, areaWidth: areaWidth,
            sealWidth: min(Self.sealWidth, areaWidth), gap: metrics.charPitch)
        let width = plan.sealWidth
        // A seal is round or nearly so: an image taller than 1.5 times its width is set squeezed to that height,
        // so a stray file can never push the signature off the page.
        let heights = seals.map { width * min(1.5, Double($0.pixelHeight) / Double(max(1, $0.pixelWidth))) }
        let tallest = heights.max() ?? width
        // Rows as many lines apart as keep the tallest seals from touching.
        let rowLines = Int((tallest / pitch).rounded(.down)) + 1
        // Each seal's centre a tenth of the tallest seal's height above the bottom of its issuer's line.
        let centreAboveLineBottom = tallest * 0.1
        let aboveIssuerTop = centreAboveLineBottom + tallest / 2 - pitch
        let blank = max(1, Int((aboveIssuerTop / pitch - 0.001).rounded(.up)))
        let baseline = metrics.baselineInCell(size: size)
        var slots = Array(repeating: SignatureLayout.Slot(lines: 1), count: blank)
        for line in above {
            let w = try signatureLine(line).width
            let x = Self.inside(centre: plan.rows.first?.first?.centre ?? .zero, width: w, area: areaWidth)
            slots.append(
                SignatureLayout.Slot(
                    lines: 1, texts: [.init(text: line, x: x, width: w, baseline: baseline, alignment: .centre)]))
        }
        var sealed: [SignatureLayout.Seal] = []
        for (r, row) in plan.rows.enumerated() {
            if r > 0 { slots += Array(repeating: SignatureLayout.Slot(lines: 1), count: rowLines - 1) }
            var texts: [SignatureLayout.Text] = []
            for place in row {
                let name = issuers[place.issuer]
                texts.append(
                    SignatureLayout.Text(
                        text: names[place.issuer],
                        x: Self.inside(centre: place.centre, width: name.width, area: areaWidth),
                        width: name.width,
                        baseline: baseline, alignment: .centre))
                // Seals hang from the date's line (drawn after all the text they press on): their rows' offsets.
                let rowsBelow = Double((plan.rows.count - 1 - r) * rowLines + 1)
                let h = heights[place.issuer]
                let rect = Rect(
                    x: place.centre - width / 2, y: -pitch * (rowsBelow - 1) - centreAboveLineBottom - h / 2,
                    width: width, height: h)
                let fullName = joint ? names[place.issuer] : signature.issuer
                sealed.append(
                    SignatureLayout.Seal(
                        image: seals[place.issuer], rect: rect, alternativeText: Self.sealText(fullName)))
            }
            slots.append(SignatureLayout.Slot(lines: 1, texts: texts))
        }
        slots.append(
            SignatureLayout.Slot(
                lines: 1,
                texts: [
                    SignatureLayout.Text(
                        text: signature.date.chinese, x: dateX, width: date.width, baseline: baseline,
                        alignment: .trailing)
                ], seals: sealed))
        return SignatureLayout(slots: slots)
    }
}

extension BlockComposer {
    /// The x of a line `width` wide centred on `centre`, moved in as far as it must to stay inside a type area `area`
    /// wide (a long issuer under a seal near the right edge).
    static func inside(centre: Pt, width: Pt, area: Pt) -> Pt {
        min(max(.zero, centre - width / 2), max(.zero, area - width))
    }

    /// A line of the signature block in the body's face and size on the body's character grid (GB/T 9704 §7.3.5).
    func signatureLine(_ line: String) throws -> ShapedLine {
        try text.shapeLine(
            line, role: TextStyle.body.role, size: metrics.bodySize, color: .black, gridPitch: metrics.charPitch)
    }

    /// The lines an issuer is broken into when it is wider than `width`: balanced, between the bodies it names.
    func issuerLines(_ issuer: String, width: Pt) throws -> [String] {
        var balancer = TitleBalancer(measure: { try signatureLine($0).width })
        balancer.freeEnds = TitleBalancer.bodyEnds
        return try balancer.lines(for: issuer, maxWidth: width)
    }
}

/// Where the seals of a sealed signature stand (GB/T 9704 §7.3.5.1): the issuers' rows, each place an issuer and
/// the x of its centre (from the type area's left edge).
struct SealPlan {
    /// One issuer's place in a row.
    struct Place: Equatable {
        /// The issuer's index, in the issuers' order.
        var issuer: Int
        /// Where its name and seal are centred.
        var centre: Pt
    }
    /// The seals' width.
    let sealWidth: Pt
    /// Rows, top to bottom; the last place of the last row is the last issuer, over the date.
    let rows: [[Place]]

    /// The plan for issuers of `issuerWidths`, the date's column centred at `rightCentre`: two a row when the left
    /// column (the right one's mirror) keeps the seals `gap` apart and inside the type area and the names of a
    /// row `gap` apart; else one a row.
    init(issuerWidths: [Pt], rightCentre: Pt, areaWidth: Pt, sealWidth: Pt, gap: Pt) {
        self.sealWidth = sealWidth
        let n = issuerWidths.count
        let leftCentre = areaWidth - rightCentre
        var pairs: [[Int]] = []
        var i = 0
        while i < n {
            if n - i == 1 { pairs.append([i]); i += 1 } else { pairs.append([i, i + 1]); i += 2 }
        }
        let sealsFit =
            rightCentre - leftCentre >= sealWidth + gap && leftCentre - sealWidth / 2 >= .zero
            && rightCentre + sealWidth / 2 <= areaWidth
        let namesFit = pairs.allSatisfy { pair in
            guard pair.count == 2 else { return true }
            let leftEnd = leftCentre + issuerWidths[pair[0]] / 2
            let rightStart = rightCentre - issuerWidths[pair[1]] / 2
            return rightStart - leftEnd >= gap && leftCentre - issuerWidths[pair[0]] / 2 >= .zero
        }
        if n > 1 && sealsFit && namesFit {
            rows = pairs.map { pair in
                pair.count == 2
                    ? [Place(issuer: pair[0], centre: leftCentre), Place(issuer: pair[1], centre: rightCentre)]
                    : [Place(issuer: pair[0], centre: rightCentre)]
            }
        } else {
            rows = (0..<n).map { [Place(issuer: $0, centre: rightCentre)] }
        }
    }
}

extension BlockComposer {
    /// The height of a 签名章: two grid lines (the standard gives no size; a signature seal is about 20 mm tall).
    var signerSealHeight: Pt { metrics.linePitch * 2 }

    /// A document signed with the 签发人's 签名章 (GB/T 9704 §7.3.5.3): two empty lines under the body, the 签名章
    /// four characters in from the right, the 签发人's 职务 two characters to its left and centred on it; one empty
    /// line, then the date four characters in from the right. Joint issuers ("联合行文时，应当先编排主办机关签发人职务、
    /// 签名章，其余机关签发人职务、签名章依次向下编排，与主办机关签发人职务、签名章上下对齐；每行只编排一个机关的签发人职
    /// 务、签名章"): one leader a row of two lines, the lead body's first; the seals' right edges aligned four
    /// characters in, the titles' right ends aligned two characters left of the widest seal.
    func signerSealLayout(_ signature: Signature, signers: [LeaderSignature]) throws -> SignatureLayout {
        let size = metrics.bodySize, width = metrics.typeArea.size.width, pitch = metrics.linePitch
        let sealHeight = signerSealHeight
        let right = width - metrics.charPitch * 4
        let sealWidths = signers.map {
            min(width / 2, sealHeight / max(0.2, Double($0.seal.pixelHeight) / Double(max(1, $0.seal.pixelWidth))))
        }
        let titleRight = right - (sealWidths.max() ?? 0) - metrics.charPitch * 2
        var slots = [SignatureLayout.Slot(lines: 1), SignatureLayout.Slot(lines: 1)]
        for (signer, sealWidth) in zip(signers, sealWidths) {
            let sealRect = Rect(
                x: right - sealWidth, y: (pitch * 2 - sealHeight) / 2, width: sealWidth, height: sealHeight)
            let job = try signatureLine(signer.title)
            let titleBaseline = sealRect.minY + sealHeight / 2 + size * (0.88 - 0.5)
            slots.append(
                SignatureLayout.Slot(
                    lines: 2,
                    texts: [
                        SignatureLayout.Text(
                            text: signer.title, x: max(.zero, titleRight - job.width), width: job.width,
                            baseline: titleBaseline, alignment: .trailing)
                    ],
                    seals: [
                        SignatureLayout.Seal(
                            image: signer.seal, rect: sealRect, alternativeText: Self.signerSealText(signer.title))
                    ]))
        }
        let date = try signatureLine(signature.date.chinese)
        return SignatureLayout(
            slots: slots + [
                SignatureLayout.Slot(lines: 1),
                SignatureLayout.Slot(
                    lines: 1,
                    texts: [
                        SignatureLayout.Text(
                            text: signature.date.chinese, x: right - date.width, width: date.width,
                            baseline: metrics.baselineInCell(size: size), alignment: .trailing)
                    ]),
            ])
    }
}
