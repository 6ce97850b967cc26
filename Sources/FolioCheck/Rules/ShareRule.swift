import FolioMessages
import FolioData

/// `data.share`: a share stated as a figure of its own (“税收收入占一般公共预算收入” 58.6%, as `folio import` names a
/// share it reads) that its two figures in the data do not give: 100 × part ÷ whole for the same period, with every
/// figure taken as rounded from what it was (0.7 may be 0.65 to 0.75), does not reach the stated share's range. The
/// part is the name before 占, the whole the name after it (“占预算”, “占调整预算”: the part's own budget, as the import
/// names it: 一般公共预算收入调整预算); a share whose part or whole the data does not hold is not checked. The share then says one thing and the figures another: next year, once the figures are
/// replaced, a share left as it was says last year's.
public struct ShareRule: CheckRule {
    /// Creates the rule.
    public init() {}

    /// Id, severity and summary.
    public var info: RuleInfo {
        RuleInfo(id: "data.share", severity: .warning, summary: Message("check.share.summary"))
    }

    /// Every stated share its figures do not give.
    public func check(_ prose: ProseCorpus) -> [Finding] {
        let dataset = prose.dataset
        var byName: [String: DataValue] = [:]
        for v in dataset.values { byName[v.name] = v }
        var out: [Finding] = []
        for share in dataset.values where share.unit == "%" || share.unit == "％" {
            guard let (part, whole) = Self.parts(of: share.name, in: byName) else { continue }
            for (period, stated) in Self.figures(share) {
                guard let p = Self.figure(part, period), let w = Self.figure(whole, period), w.value != 0,
                    part.unit == whole.unit
                else { continue }
                let computed = 100 * p.value / w.value
                // Every share the figures may give as written (each rounded to its decimals: 0.7 is 0.65 to 0.75),
                // against every figure the stated share may round from.
                let half = { (q: Quantity) in 0.5 * ArithmeticRule.pow10(-q.decimals) }
                let dp = half(p), dw = half(w), ds = half(stated)
                guard w.value - dw > 0 else { continue }
                let low = 100 * (p.value - dp) / (w.value + dw), high = 100 * (p.value + dp) / (w.value - dw)
                guard stated.value + ds < low || stated.value - ds > high else { continue }
                out.append(
                    Finding(
                        rule: info.id, severity: info.severity, location: share.location,
                        message: Message(
                            "check.share.message",
                            [
                                "name": "\(share.name)", "stated": "\(stated.formatted)",
                                "computed": "\(NumberFormatting.plain(computed, decimals: max(1, stated.decimals)))",
                                "part": "\(part.name)", "whole": "\(whole.name)",
                            ]),
                        fix: Message("check.share.hint"), excerpt: share.name))
            }
        }
        return out
    }

    /// The part and the whole a share's name states (“A占B”), when the data holds both.
    static func parts(of name: String, in values: [String: DataValue]) -> (DataValue, DataValue)? {
        guard let r = name.range(of: "占") else { return nil }
        var whole = String(name[r.upperBound...])
        for suffix in ["的比重", "比重", "的比例", "比例"] where whole.hasSuffix(suffix) { whole.removeLast(suffix.count) }
        let partName = String(name[..<r.lowerBound])
        guard !partName.isEmpty, !whole.isEmpty, let part = values[partName] else { return nil }
        // “占预算”, “占调整预算”: the part's own budget.
        let wholeValue = values[whole] ?? values[partName + whole]
        guard let w = wholeValue, w.name != part.name else { return nil }
        return (part, w)
    }

    /// The share's stated figures, by period key (nil for a single value).
    static func figures(_ v: DataValue) -> [(String?, Quantity)] {
        if case .scalar(let q) = v.content { return v.toFill ? [] : [(nil, q)] }
        return v.filledPoints.map { ($0.year, $0.quantity) }
    }

    /// `v`'s figure for `period` (a single value for any), if it has one.
    static func figure(_ v: DataValue, _ period: String?) -> Quantity? {
        figures(v).first { $0.0 == nil || $0.0 == period }?.1
    }
}
