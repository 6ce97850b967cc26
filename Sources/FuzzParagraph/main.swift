// libFuzzer target over paragraph layout: any text is set as a body paragraph with
// FolioText.TextEngine.layoutParagraph on the installed fonts, gongwen geometry (GB/T 9704 §5.2.1:
// 156 mm line, 15.793 pt grid), with the first input byte choosing the options; layout may throw, never trap.
// Built only by `make fuzz` (see FuzzDataset).
import Foundation
import FuzzSupport
import FolioDisplay
import FolioText

#if FUZZING
/// The engine, built once per process: 仿宋 body stacks as in Assets/themes/gongwen.yaml, Noto CJK fallback.
let fuzzEngine: TextEngine? = {
    guard let fonts = try? FontSystem() else { return nil }
    let stacks: [FontRole: [String]] = [
        .body: ["FangSong_GB2312", "FandolFang", "Noto Serif CJK SC"],
        .heading1: ["SimHei", "Noto Sans CJK SC", "FandolHei"],
        .title: ["FZXiaoBiaoSong-B05S", "Noto Serif CJK SC"],
    ]
    return try? TextEngine(
        fonts: fonts, stacks: stacks, fallback: ["Noto Serif CJK SC", "Noto Sans CJK SC", "DejaVu Sans"])
}()

/// libFuzzer's entry point: byte 0 picks the options, the rest is the paragraph's text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParagraph(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 1, size <= 4096, let engine = fuzzEngine else { return 0 }
    let flags = data[0]
    let bytes = UnsafeBufferPointer(start: data + 1, count: size - 1)
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    // Widths from one character to a full gongwen line (28 × 15.793 pt); a zero width must not trap either.
    let widths: [Double] = [442.205, 15.793, 100, 0]
    let width = widths[Int(flags >> 6)]
    let role: FontRole = flags & 1 == 0 ? .body : .heading1
    let spec = ParagraphSpec(
        spans: [TextSpan(text: text, role: role, size: Pt(16), bold: flags & 2 != 0)],
        width: Pt(width), firstLineIndent: Pt(flags & 4 != 0 ? 31.586 : 0),
        gridPitch: flags & 8 != 0 ? Pt(15.793) : nil, justify: flags & 16 != 0,
        punctuation: PunctuationOptions(
            compressPairs: true, trimLineEnd: flags & 32 != 0,
            trimLineStart: flags & 32 != 0, squeeze: flags & 16 != 0,
            gridPreserving: flags & 12 == 12))
    _ = try? engine.layoutParagraph(spec)
    return 0
}
/// The entry point SwiftPM links executables with (`--defsym main=FuzzParagraph_main`): with -parse-as-library
/// no `main` is generated, so this hands the command line to libFuzzer's driver.
@_cdecl("FuzzParagraph_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzParagraph)
}
#else
/// The stub's only work (a declaration, so `-parse-as-library` in fuzzing builds still parses this branch).
let stubNotice: Void = print(
    "FuzzParagraph is a libFuzzer target: build and run it with `make fuzz` (see docs/limits.md).")
#endif
