import FolioData

/// 版头 (GB/T 9704 §7.2): what stands above the red separator line.
public struct DocumentHeader: Sendable, Hashable {
    /// 份号 (§7.2.1).
    public var copyNumber: String?
    /// 密级和保密期限 (§7.2.2).
    public var secrecy: String?
    /// 紧急程度 (§7.2.3).
    public var urgency: String?
    /// 发文机关标志 (§7.2.4): one line, or joint issuers' names with an optional final "文件".
    public var mark: [String]
    /// 发文字号 (§7.2.5).
    public var number: String?
    /// 签发人 (§7.2.6): present for a document going up (上行文).
    public var signers: [String]

    /// Creates a 版头.
    public init(
        copyNumber: String? = nil, secrecy: String? = nil, urgency: String? = nil, mark: [String] = [],
        number: String? = nil, signers: [String] = []
    ) {
        self.copyNumber = copyNumber; self.secrecy = secrecy; self.urgency = urgency; self.mark = mark
        self.number = number; self.signers = signers
    }

    /// The lines at the top left, in the standard's order: 份号, 密级和保密期限, 紧急程度 (§7.2.3).
    public var cornerLines: [String] { [copyNumber, secrecy, urgency].compactMap { $0 } }
    /// The joint issuers' names, and the "文件" to their right, when the mark ends with it.
    public var markParts: (names: [String], suffix: String?) {
        guard mark.count > 1, let last = mark.last, last == "文件" else { return (mark, nil) }
        return (Array(mark.dropLast()), last)
    }
}

/// 版记 (GB/T 9704 §7.4): 抄送机关, 印发机关 and 印发日期 between the separator lines at the foot of the last page.
public struct Imprint: Sendable, Hashable {
    /// 抄送机关 (§7.4.2).
    public var copiesTo: [String]
    /// 印发机关 (§7.4.3).
    public var printer: String?
    /// 印发日期 (§7.4.3).
    public var printed: ReportDate?

    /// Creates a 版记.
    public init(copiesTo: [String] = [], printer: String? = nil, printed: ReportDate? = nil) {
        self.copiesTo = copiesTo; self.printer = printer; self.printed = printed
    }

    /// The 抄送 line: "抄送：A，B，C。" (§7.4.2: a full-width colon, the last name followed by 。), nil without any.
    public var copiesLine: String? {
        copiesTo.isEmpty ? nil : "抄送：" + copiesTo.joined(separator: "，") + "。"
    }
    /// The date followed by 印发 ("2021年7月16日印发"), nil without a date.
    public var printedLine: String? { printed.map { $0.chinese + "印发" } }
}

extension DocumentResolver {
    /// The 版头, 主送机关 and 附注 blocks and the 版记 of `parts`, when they are given.
    func officialParts(
        _ parts: OfficialDocumentParts
    ) -> (
        header: Block?, recipients: Block?, notice: Block?, imprint: Imprint?
    ) {
        let header: Block? =
            parts.hasHeader
            ? .header(
                DocumentHeader(
                    copyNumber: parts.copyNumber, secrecy: parts.secrecy, urgency: parts.urgency, mark: parts.mark,
                    number: parts.number, signers: parts.signers)) : nil
        // §7.3.2: 主送机关 end with a full-width colon.
        let recipients = parts.recipients.map { r -> Block in .recipients(r.hasSuffix("：") ? r : r + "：") }
        // §7.3.6: 附注 in round brackets.
        let notice = parts.notice.map { n -> Block in .notice(n.hasPrefix("（") ? n : "（" + n + "）") }
        let imprint =
            parts.hasImprint
            ? Imprint(
                copiesTo: parts.copiesTo, printer: parts.printer,
                printed: printedDate(parts)) : nil
        return (header, recipients, notice, imprint)
    }

    /// The 印发日期 as printed: the date, 【待填】 while a draft's is still to fill, or none.
    private func printedDate(_ parts: OfficialDocumentParts) -> ReportDate? {
        if parts.printedToFill { return ReportDate(DatasetDate(year: 1900, month: 1, day: 1), toFill: true) }
        return parts.printed.map { ReportDate($0) }
    }
}
