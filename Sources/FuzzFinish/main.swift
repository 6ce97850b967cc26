// libFuzzer target over the finishing step: any bytes read as Cairo's file (SourcePDF: the cross-reference table,
// objects parsed on request), the steps applied (information dictionary, /Lang, the structure tree with no notes,
// font compaction), and the file written again into memory (PDFAssembler, CompactSyntax). It must refuse a file it
// cannot read with an error, never trap. Built only by `make fuzz`; it reaches the finishing step through the
// `Fuzzing` SPI.
import Foundation
import FuzzSupport
import FolioDisplay
@_spi(Fuzzing) import FolioRender

#if FUZZING
/// libFuzzer's entry point: one input, any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFinish(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let info = DocumentInfo(title: "标题", author: "机关", creationDate: "2021-07-15T00:00:00Z")
    _ = try? FinishingFuzzing.finish(UnsafeRawBufferPointer(start: data, count: size), info: info)
    return 0
}

/// The entry point SwiftPM links executables with (`--defsym main=FuzzFinish_main`): with -parse-as-library
/// no `main` is generated, so this hands the command line to libFuzzer's driver.
@_cdecl("FuzzFinish_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzFinish)
}
#else
/// The stub's only work (a declaration, so `-parse-as-library` in fuzzing builds still parses this branch).
let stubNotice: Void = print(
    "FuzzFinish is a libFuzzer target: build and run it with `make fuzz` (see docs/limits.md).")
#endif
