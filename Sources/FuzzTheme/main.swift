// libFuzzer target over the theme loader: YAML text decoded as a Theme must give a theme or a located error
// (range, unknown key, choice), never trap; a theme that decodes is turned into page metrics. Built only by
// `make fuzz`.
import Foundation
import FuzzSupport
import FolioData
import FolioDocument

#if FUZZING
/// libFuzzer's entry point: one input, any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTheme(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let text = String(validating: bytes, as: UTF8.self),
        let theme = try? YAMLDocument.decode(Theme.self, yaml: text, fileName: "fuzz.yaml")
    else { return 0 }
    _ = theme.page.width.points(em: theme.grid.fontSize.points(em: Grid.emBase))
    return 0
}

/// The entry point SwiftPM links executables with (`--defsym main=FuzzTheme_main`): with -parse-as-library
/// no `main` is generated, so this hands the command line to libFuzzer's driver.
@_cdecl("FuzzTheme_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzTheme)
}
#else
/// The stub's only work (a declaration, so `-parse-as-library` in fuzzing builds still parses this branch).
let stubNotice: Void = print(
    "FuzzTheme is a libFuzzer target: build and run it with `make fuzz` (see docs/limits.md).")
#endif
