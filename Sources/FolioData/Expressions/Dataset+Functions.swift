import Foundation

extension Dataset {
    /// Evaluates a function call.
    func call(_ name: String, _ args: [Expression]) throws(ExpressionError) -> ExpressionValue {
        guard let f = ExpressionFunction(rawValue: name) else {
            throw ExpressionError("unknown function “\(name)”",
                                  hint: Suggestion.hint(for: name, among: ExpressionFunction.allCases.map(\.rawValue))
                                      ?? "functions: " + ExpressionFunction.allCases.map(\.usage).joined(separator: ", "),
                                  code: "expr.unknown-function")
        }
        func arity(_ ok: Bool) throws(ExpressionError) {
            if !ok {
                throw ExpressionError("\(name) takes different arguments", hint: "write \(f.usage)", code: "expr.arguments")
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
                throw ExpressionError("占比 divides by a whole of zero", hint: "check the second figure", code: "expr.division-by-zero")
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
                let y1 = try yearArgument(args[0], f), y2 = try yearArgument(args[1], f)
                guard let a = Int(y1), let b = Int(y2), a <= b else {
                    throw ExpressionError("年份范围 needs the start year first", hint: "write \(f.usage)", code: "expr.arguments")
                }
                return .text(NumberFormatting.yearRange(from: y1, to: y2))
            }
            let v = try seriesArgument(args[0], f)
            guard let first = v.points.first, let last = v.points.last else {
                throw ExpressionError("“\(v.name)” has no years", code: "expr.missing-year")
            }
            return .text(NumberFormatting.yearRange(from: first.year, to: last.year))
        }
    }

    private func numeric(_ e: Expression, _ f: ExpressionFunction) throws(ExpressionError) -> Quantity {
        guard case .number(let q) = try evaluate(e) else {
            throw ExpressionError("\(f.rawValue) needs figures, not a percentage or text", hint: "write \(f.usage)",
                                  code: "expr.type")
        }
        return q
    }

    /// Growth in percent from `from` to `to`: total (增长率) or compound annual (年均增长).
    private func growth(_ f: ExpressionFunction, _ series: Expression, _ from: Expression,
                        _ to: Expression) throws(ExpressionError) -> Double {
        let v = try seriesArgument(series, f)
        let y1 = try yearArgument(from, f), y2 = try yearArgument(to, f)
        let a = try figure(v.name, year: y1).value, b = try figure(v.name, year: y2).value
        guard a != 0 else {
            throw ExpressionError("growth of “\(v.name)” from \(y1) cannot be computed: the \(y1) figure is zero",
                                  hint: "growth needs a non-zero base year; state the change as a difference instead",
                                  code: "expr.zero-base")
        }
        if f == .growth { return (b - a) / abs(a) * 100 }
        guard let n1 = Int(y1), let n2 = Int(y2), n2 > n1 else {
            throw ExpressionError("年均增长 needs the end year after the start year", hint: "write \(f.usage)",
                                  code: "expr.arguments")
        }
        guard a > 0, b >= 0 else {
            throw ExpressionError("年均增长 of “\(v.name)” needs positive figures", code: "expr.zero-base")
        }
        return (pow(b / a, 1.0 / Double(n2 - n1)) - 1) * 100
    }
}
