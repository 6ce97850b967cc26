/// The parts of an official document beyond title, body and signature (GB/T 9704-2012 §7.2 版头, §7.3.2 主送机关,
/// §7.3.6 附注, §7.4 版记), as `report.document:` gives them. Every part is optional; a work report has none.
public struct OfficialDocumentParts: Sendable, Hashable {
    /// 份号 (§7.2.1): the copy number, six digits ("000001").
    public var copyNumber: String?
    /// 密级和保密期限 (§7.2.2): "秘密", "机密★1年".
    public var secrecy: String?
    /// 紧急程度 (§7.2.3): "特急" or "加急".
    public var urgency: String?
    /// 发文机关标志 (§7.2.4): one line ("XX镇人民政府文件"), or the joint issuers' names one a line with "文件" (when
    /// given as the last item) set to their right.
    public var mark: [String] = []
    /// 发文字号 (§7.2.5): "X政发〔2021〕12号".
    public var number: String?
    /// 签发人 (§7.2.6), for a document going up (上行文): the names, in order.
    public var signers: [String] = []
    /// 主送机关 (§7.3.2), set under the title; a final "：" is added when missing.
    public var recipients: String?
    /// 印章 (§7.3.5.1): the seals' images, one per issuing body in the issuers' order, each pressed over its body's
    /// name (the last also over the date). One seal for a single issuer; empty when the document is not sealed.
    public var seals: [NamedImage] = []
    /// 签发人职务 and 签名章 (§7.3.5.3): the signing leaders' titles and the images of their signature seals, the lead
    /// body's first, one line each.
    public var signerSeals: [SignerSeal] = []
    /// 附注 (§7.3.6), set in brackets under the date ("此件公开发布").
    public var notice: String?
    /// 纪要's attendance (§10.3): 出席, 请假 and 列席, each with its names (units and people), in that order.
    public var attendance: [AttendanceLine] = []
    /// 抄送机关 (§7.4.2), in order.
    public var copiesTo: [String] = []
    /// 印发机关 (§7.4.3).
    public var printer: String?
    /// 印发日期 (§7.4.3).
    public var printed: DatasetDate?
    /// Whether the 印发日期 is still to fill (a draft from `folio new-year`): it then prints 【待填】印发.
    public var printedToFill = false
    /// Where `document:` is.
    public var location: SourceLocation?

    /// Creates empty parts.
    public init() {}

    /// Whether the 版头 is printed: a mark, a number or one of the items above it.
    public var hasHeader: Bool {
        !mark.isEmpty || number != nil || copyNumber != nil || secrecy != nil || urgency != nil
    }
    /// Whether the 版记 is printed.
    public var hasImprint: Bool { !copiesTo.isEmpty || printer != nil }
}

/// An image a document part names (a seal): the path as the dataset gives it and the file read from it.
public struct NamedImage: Sendable, Hashable {
    /// The path as given.
    public var path: String
    /// The image.
    public var file: ImageFile
    /// Creates a named image.
    public init(path: String, file: ImageFile) { self.path = path; self.file = file }
}

/// One line of a 纪要's attendance: its label (出席, 请假, 列席) and its names.
public struct AttendanceLine: Sendable, Hashable {
    /// 出席, 请假 or 列席.
    public var label: String
    /// Units and people, in order.
    public var names: [String]
    /// Creates a line.
    public init(label: String, names: [String]) { self.label = label; self.names = names }
}

/// The signing leader's title (职务, "县长") and signature seal (签名章) of a document signed that way (§7.3.5.3).
public struct SignerSeal: Sendable, Hashable {
    /// The leader's title in full.
    public var title: String
    /// The 签名章.
    public var seal: NamedImage
    /// Creates a signer's seal.
    public init(title: String, seal: NamedImage) { self.title = title; self.seal = seal }
}
