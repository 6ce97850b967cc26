import FolioDisplay
import FolioText

extension TextEngine {
    /// `body` set from `x` to `right`, justified, its later lines aligned with its first character, `prefix` (a label
    /// such as "附件：1.", "抄送：", "出席：") added to the first line: the items of each line on `baseline`. The layout of
    /// GB/T 9704 §7.3.4 (附件说明), §7.4.2 (抄送机关) and §10.3 (出席, 请假, 列席).
    func hangingLines(
        _ body: String, role: FontRole, size: Pt, from x: Pt, to right: Pt, gridPitch: Pt?, baseline: Pt,
        punctuation: PunctuationOptions, prefix: [FrameItem]
    ) throws -> [[FrameItem]] {
        let spec = ParagraphSpec(
            spans: [TextSpan(text: body, role: role, size: size, bold: false)], width: right - x,
            firstLineIndent: .zero, gridPitch: gridPitch, justify: true, punctuation: punctuation)
        return try layoutParagraph(spec).lines.enumerated().map { k, line in
            (k == 0 ? prefix : []) + line.items(at: Point(x: x, y: baseline))
        }
    }
}
