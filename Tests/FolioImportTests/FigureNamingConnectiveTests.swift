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
}
