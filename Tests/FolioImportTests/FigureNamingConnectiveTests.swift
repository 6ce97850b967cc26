import Testing

@testable import FolioImport

/// A figure's name is what the clause is about, without the connectives of a balance or a list's dash (found on
/// 城口县's and 彭水县's budget reports: 加上上级专项补助, 以及调入资金, ——全县一般公共预算收入).
@Suite struct FigureNamingConnectiveTests {
    @Test(
        arguments: [
            ("加上上级专项补助", "上级专项补助"), ("以及调入资金", "调入资金"), ("再加动用预算稳定调节基金", "动用预算稳定调节基金"),
            ("再加上上年结转", "上年结转"), ("——全县一般公共预算收入", "一般公共预算收入"), ("另外争取中央资金", "争取中央资金"),
            // The balance's own items keep their names: 加 + 上级补助收入, 加 + 上解 …
            ("加上级补助收入", "上级补助收入"), ("加上解上级支出", "上解上级支出"), ("以及", "以及"),
        ])
    func connectivesComeOff(_ written: String, _ name: String) {
        #expect(FigureNaming.clean(written, trimEnds: true) == name)
    }

    /// A change of a subject that is itself a change is not changed again (和田地区's 2025 bulletin: “全年地区生产总值
    /// （GDP）比上年增长6.6%……上半年增长6.1%，前三季度增长6.4%” named 上半年地区生产总值增长增长).
    @Test func aChangeOfAChangeIsNotNamedTwice() {
        #expect(FigureNaming.changed("地区生产总值增长", "增长") == "地区生产总值增长")
        #expect(FigureNaming.changed("地区生产总值增长", "下降") == "地区生产总值下降")
        #expect(FigureNaming.changed("地区生产总值", "增长") == "地区生产总值增长")
        let r = ReportImporter(sourceName: "h.txt").run(
            "和田地区2025年国民经济和社会发展统计公报\n全年地区生产总值（GDP）比上年增长6.6%。分季度看，一季度地区生产总值同比增长4.7%，上半年增长6.1%，前三季度增长6.4%。\n")
        #expect(!r.yaml.contains("增长增长"), "\(r.yaml)")
        #expect(r.yaml.contains("\"上半年地区生产总值增长\": { unit: \"%\", value: 6.1"), "\(r.yaml)")
    }
}
