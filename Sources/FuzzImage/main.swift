// libFuzzer target over image files: ImageProbe reads the header (PNG, JPEG, SVG) and refuses what is not a
// picture or too big; what it accepts is decoded by the decoders drawing uses (Cairo, gdk-pixbuf, librsvg) through
// ImageDecoding, which must report a RenderError, never trap. Built only by `make fuzz`.
import Foundation
import FuzzSupport
import FolioData
import FolioDisplay
import FolioDocument
import FolioRender

#if FUZZING
/// libFuzzer's entry point: one input, any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImage(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let file = try? ImageProbe.probe(Data(bytes: data, count: size)) else { return 0 }
    try? ImageDecoding.check(ImageItem(file))
    return 0
}

/// The entry point SwiftPM links executables with (`--defsym main=FuzzImage_main`): with -parse-as-library
/// no `main` is generated, so this hands the command line to libFuzzer's driver.
@_cdecl("FuzzImage_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzImage)
}
#else
/// The stub's only work (a declaration, so `-parse-as-library` in fuzzing builds still parses this branch).
let stubNotice: Void = print(
    "FuzzImage is a libFuzzer target: build and run it with `make fuzz` (see docs/limits.md).")
#endif
