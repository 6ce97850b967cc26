// A report written entirely in Swift and built into a PDF with Folio's in-memory API: typed figures, a series, a
// chart, and prose that prints the figures. Nothing is read from the environment: the options are passed in.
//
//     swift run ReportFromSwift [OUTPUT.pdf] [ASSETS-FOLDER]
//
// OUTPUT.pdf defaults to report.pdf. The themes and check lists are compiled into the Folio library, so the program
// needs no asset folder and no environment variable; ASSETS-FOLDER names one to use instead (an installation's
// PREFIX/share/folio, with themes of its own).
import Folio
import Foundation

/// The report: a town's 2024 finances.
func financeReport() throws -> Dataset {
    var report = DatasetBuilder(
        title: "XX镇2024年财政工作情况报告", issuer: "XX镇人民政府",
        date: DatasetDate(year: 2025, month: 1, day: 20), period: ReportPeriod(year: 2024))
    // Typed figures: Doubles print as they are written (12500, not 12500.0; 2687.8 keeps its decimal).
    report.figure("一般公共预算收入", 12500, unit: "万元")
    report.figure("民生支出占比", 78.6, unit: "%")
    report.figure("高标准农田", 2687.8, unit: "亩")
    report.series(
        "农村居民人均可支配收入", unit: "元",
        [2020: 15_120, 2021: 16_380, 2022: 17_250, 2023: 18_410, 2024: 19_630])
    report.chart(
        "income", .barLine, title: "2020—2024年农村居民人均可支配收入", series: ["农村居民人均可支配收入"],
        growth: true, source: "XX镇统计站")

    report.section("财政收支情况") { body in
        body.paragraph("全年完成一般公共预算收入{一般公共预算收入}万元。民生支出占一般公共预算支出的{民生支出占比}%。")
    }
    report.section("农村居民收入") { body in
        body.paragraph(
            "2024年农村居民人均可支配收入{农村居民人均可支配收入[本期]}元，{比较(农村居民人均可支配收入, 上期, 本期)}，"
                + "比2020年增加{农村居民人均可支配收入[2024] - 农村居民人均可支配收入[2020]}元。")
        body.chart("income")
    }
    report.section("农业基础设施") { body in
        body.paragraph("新建高标准农田{高标准农田}亩。")
    }
    return try report.dataset()
}

let arguments = CommandLine.arguments.dropFirst()
let output = URL(fileURLWithPath: arguments.first ?? "report.pdf")
var options = BuildOptions()
options.assets = arguments.dropFirst().first.map { URL(fileURLWithPath: $0) }
options.creationEpoch = 1_737_331_200   // 2025-01-20: the same bytes on every run

do {
    let pdf = try Pipeline.pdf(.dataset(try financeReport()), options: options)
    for finding in pdf.findings + pdf.warnings { print(finding) }
    try pdf.data.write(to: output)
    print("wrote \(output.path): \(pdf.pageCount) page(s), \(pdf.data.count) bytes")
} catch let error as FolioError {
    print(error)
    exit(error.exitStatus)
} catch let error as DiagnosticError {
    print(error)
    exit(65)
}
