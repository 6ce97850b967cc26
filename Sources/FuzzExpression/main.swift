// libFuzzer target over the prose expression parser and evaluator: any text is parsed as a
// paragraph template (`…{名称[2020]}…`) and every expression is evaluated against a small dataset;
// parse and evaluation errors are values, never traps. Built only by `make fuzz` (see FuzzDataset).
import Foundation
import FuzzSupport
import FolioData

#if FUZZING
/// A small dataset with a value, a yearly series, a zero and a series with gaps to evaluate against.
let fuzzDataset: Dataset? = try? DatasetLoader.load(
    yaml: """
        report: { title: 测试, issuer: 测试镇人民政府, date: 2021-01-01 }
        data:
          人口: { value: 12000, unit: 人 }
          零: { value: 0, unit: 元 }
          收入: { unit: 元, series: { 2015: 8000, 2016: 8800, 2017: 9500, 2018: 10200, 2019: 10800, 2020: 11379 } }
        body:
          - 人口{人口}人。
        """, fileName: "fuzz.yaml"
).dataset

/// libFuzzer's entry point: one input, any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    _ = try? ExpressionParser.parse(text)
    let (template, _) = TextTemplate.parse(text)
    if let fuzzDataset {
        var diagnostics: [Diagnostic] = []
        _ = fuzzDataset.render(template, diagnostics: &diagnostics)
        if case .success(let expr) = Result(catching: { try ExpressionParser.parse(text) }) {
            _ = try? fuzzDataset.evaluate(expr)
        }
    }
    return 0
}
/// The entry point SwiftPM links executables with (`--defsym main=FuzzExpression_main`): with -parse-as-library
/// no `main` is generated, so this hands the command line to libFuzzer's driver.
@_cdecl("FuzzExpression_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzExpression)
}
#else
/// The stub's only work (a declaration, so `-parse-as-library` in fuzzing builds still parses this branch).
let stubNotice: Void = print(
    "FuzzExpression is a libFuzzer target: build and run it with `make fuzz` (see docs/limits.md).")
#endif
