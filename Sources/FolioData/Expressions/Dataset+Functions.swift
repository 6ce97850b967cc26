import FolioMessages
import Foundation

extension Dataset {
    /// Evaluates a function call.
    func call(_ name: String, _ args: [Expression]) throws(ExpressionError) -> ExpressionValue {
        guard let f = ExpressionFunction(rawValue: name) else {
            throw ExpressionError(
                Message("expr.unknown-function.unknown-function-name", ["name": "\(name)"]),
                hint: Suggestion.didYouMean(name, among: ExpressionFunction.allCases.map(\.rawValue))
                    ?? Message(
                        "expr.unknown-function.functions.hint",
                        ["list": "\(ExpressionFunction.allCases.map(\.usage).joined(separator: ", "))"]),
                code: "expr.unknown-function")
        }
        func arity(_ ok: Bool) throws(ExpressionError) {
            if !ok {
                throw ExpressionError(
                    Message("expr.arguments.name-takes-different-arguments", ["name": "\(name)"]),
                    hint: Message("expr.write.hint", ["usage": "\(f.usage)"]), code: "expr.arguments")
            }
        }
        switch f {
        case .growth, .annualGrowth:
            try arity(args.count == 3)
            return .percent(try growth(f, args[0], args[1], args[2]), decimals: 1)
        case .share:
            try arity(args.count == 2)
            let part = try numeric(args[0], f), whole = try numeric(args[1], f)
            guard whole.value != 0 else {
                throw ExpressionError(
                    Message("expr.division-by-zero.divides-whole-zero"),
                    hint: Message("expr.division-by-zero.check-second-figure.hint"), code: "expr.division-by-zero")
            }
            return .percent(part.value / whole.value * 100, decimals: 1)
        case .sum:
            try arity(!args.isEmpty)
            var total = 0.0, decimals = 0
            for a in args {
                let q = try numeric(a, f)
                total += q.value; decimals = max(decimals, q.decimals)
            }
            return .number(Quantity(total, decimals: decimals))
        case .yearRange:
            try arity(args.count == 1 || args.count == 2)
            if args.count == 2 {
                let a = try periodArgument(args[0], f), b = try periodArgument(args[1], f)
                guard a < b || a == b else {
                    throw ExpressionError(
                        Message("expr.arguments.needs-start-year-first"),
                        hint: Message("expr.write.hint", ["usage": "\(f.usage)"]),
                        code: "expr.arguments")
                }
                return .text(Self.range(a, b))
            }
            let v = try seriesArgument(args[0], f)
            guard let first = v.points.first?.period, let last = v.points.last?.period else {
                throw ExpressionError(
                    Message("expr.missing-year.name-has-years", ["name": "\(v.name)"]), code: "expr.missing-year")
            }
            return .text(Self.range(first, last))
        case .change, .comparison, .annualChange:
            try arity(args.count == 3)
            return .change(try wording(f, args[0], args[1], args[2]))
        }
    }

    /// 2015—2020年 for two years; 2024年上半年—2025年上半年 for other periods.
    static func range(_ a: ReportPeriod, _ b: ReportPeriod) -> String {
        if a.isYear && b.isYear { return NumberFormatting.yearRange(from: a.key, to: b.key) }
        return a.chinese + "—" + b.chinese
    }

    private func numeric(_ e: Expression, _ f: ExpressionFunction) throws(ExpressionError) -> Quantity {
        guard case .number(let q) = try evaluate(e) else {
            throw ExpressionError(
                Message("expr.type.raw-value-needs-figures", ["raw-value": "\(f.rawValue)"]),
                hint: Message("expr.write.hint", ["usage": "\(f.usage)"]),
                code: "expr.type")
        }
        return q
    }

    /// Growth in percent from `from` to `to`: total (增长率) or compound annual (年均增长).
    private func growth(
        _ f: ExpressionFunction, _ series: Expression, _ from: Expression,
        _ to: Expression
    ) throws(ExpressionError) -> Double {
        let v = try seriesArgument(series, f)
        return try growth(
            v, try periodArgument(from, f), try periodArgument(to, f), annual: f == .annualGrowth || f == .annualChange,
            usage: f.usage)
    }

    /// Growth of `v` in percent from `p1` to `p2`, over the whole span or per year (compound).
    func growth(
        _ v: DataValue, _ p1: ReportPeriod, _ p2: ReportPeriod, annual: Bool, usage: String
    ) throws(ExpressionError) -> Double {
        // A change is from an earlier period to a later one of the same kind (statistical practice: 同比, 环比);
        // 2020Q1 → 2020H1 or 2018年1—10月 → 2020年 would print a growth rate that means nothing.
        guard p1.isSameKind(as: p2), p1 < p2 else {
            throw ExpressionError(
                Message("expr.arguments.change-like-periods", ["from": "\(p1.chinese)", "to": "\(p2.chinese)"]),
                hint: Message("expr.write.hint", ["usage": "\(usage)"]), code: "expr.arguments")
        }
        let a = try figure(v.name, year: p1.key).value, b = try figure(v.name, year: p2.key).value
        guard a != 0 else {
            throw ExpressionError(
                Message("expr.zero-base.growth-name-from-key", ["name": "\(v.name)", "key": "\(p1.key)"]),
                hint: Message("expr.zero-base.growth-needs-non-zero.hint"),
                code: "expr.zero-base")
        }
        if !annual { return (b - a) / abs(a) * 100 }
        guard p2.year > p1.year, p1.isSamePart(as: p2) else {
            throw ExpressionError(
                Message("expr.arguments.annual-growth-needs-end"),
                hint: Message("expr.write.hint", ["usage": "\(usage)"]), code: "expr.arguments")
        }
        guard a > 0, b >= 0 else {
            throw ExpressionError(
                Message("expr.zero-base.name-needs-positive-figures", ["name": "\(v.name)"]), code: "expr.zero-base")
        }
        return (pow(b / a, 1.0 / Double(p2.year - p1.year)) - 1) * 100
    }

    /// 变化, 比较 and 年均变化: the change from the first period to the second in a bulletin's words. Growth the
    /// statistics office states for the second period (`growth:`) is used when the comparison is the one it
    /// states — from the same period a year earlier — instead of recomputing it from the figures.
    private func wording(
        _ f: ExpressionFunction, _ series: Expression, _ from: Expression,
        _ to: Expression
    ) throws(ExpressionError) -> ChangeWording {
        let v = try seriesArgument(series, f)
        let p1 = try periodArgument(from, f), p2 = try periodArgument(to, f)
        let base = f == .comparison ? periods.baseWording(p1, to: p2) : nil
        if f != .annualChange, p1 == p2.sameLastYear, let stated = v.statedGrowth[p2.key] {
            if stated.toFill {
                throw ExpressionError(
                    Message("data.stated-growth-name-key", ["name": "\(v.name)", "key": "\(p2.key)"]),
                    code: Self.toFillCode)
            }
            return ChangeWording(percent: stated.quantity.value, decimals: stated.quantity.decimals, base: base)
        }
        let percent = try growth(v, p1, p2, annual: f == .annualChange, usage: f.usage)
        return ChangeWording(percent: percent, base: base, annual: f == .annualChange)
    }
}
