import FolioMessages
extension Dataset {
    /// The unit an expression's figure is in: a reference's unit; for + and − and 合计 the first
    /// operand's; "%" for growth and shares; nil for a bare number or text.
    public func unit(of expression: Expression) -> String? {
        switch expression {
        case .number, .period: return nil
        case .reference(let name, _): return value(named: name)?.unit
        case .negate(let a): return unit(of: a)
        case .binary(_, let a, let b): return unit(of: a) ?? unit(of: b)
        case .formatted(let a, let f): return f.unit ?? (f.magnitude == nil ? unit(of: a) : nil)
        case .call(let name, let args):
            switch ExpressionFunction(rawValue: name) {
            case .growth?, .annualGrowth?, .share?: return "%"
            case .sum?: return args.lazy.compactMap { unit(of: $0) }.first
            case .yearRange?, .change?, .comparison?, .annualChange?, nil: return nil
            }
        }
    }

    /// Applies a display format (`{财政收入[2020]:亿元}`): converts into the format's unit or divides
    /// by 万/亿, then prints with the format's decimals, or else two for a 万/亿 figure and the
    /// unit table's `scaledDecimals` for a plain one (GB/T 15835-2011 §5.3).
    func apply(
        _ format: DisplayFormat, to value: ExpressionValue, of inner: Expression
    ) throws(ExpressionError) -> ExpressionValue {
        switch value {
        case .text:
            throw ExpressionError(
                Message("expr.format.year-range-text-takes"), hint: Message("expr.format.remove-part.hint"),
                code: "expr.format")
        case .change(var w):
            guard format.unit == nil || format.unit == "%", format.magnitude == nil else {
                throw ExpressionError(
                    Message("expr.format.change-words-cannot-shown"),
                    hint: Message("expr.format.only-decimals-apply-e.hint"),
                    code: "expr.format")
            }
            w.decimals = format.decimals ?? w.decimals
            return .change(w)
        case .percent(let p, let d):
            guard format.unit == nil || format.unit == "%", format.magnitude == nil else {
                throw ExpressionError(
                    Message("expr.format.percentage-cannot-shown-another"),
                    hint: Message("expr.format.only-decimals-apply-e.hint"),
                    code: "expr.format")
            }
            return .percent(p, decimals: format.decimals ?? d)
        case .number(let q):
            var v = q.value, decimals = q.decimals
            if let target = format.unit {
                let from = unit(of: inner) ?? ""
                guard let factor = Units.factor(from: from, to: target), let parsed = Units.parse(target) else {
                    let what =
                        from.isEmpty ? Message("expr.unit.no-unit") : Message("expr.unit.is-in", ["unit": "\(from)"])
                    throw ExpressionError(
                        Message("expr.unit.figure-what-so-cannot", ["what": .message(what), "target": "\(target)"]),
                        hint: Message("expr.unit.convert-only-between-units.hint"), code: "expr.unit")
                }
                v *= factor
                decimals = parsed.factor > 1 ? 2 : parsed.base.scaledDecimals
            }
            if let m = format.magnitude { v /= m; decimals = 2 }
            return .number(Quantity(v, decimals: format.decimals ?? decimals))
        }
    }
}
