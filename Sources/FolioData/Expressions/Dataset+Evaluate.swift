import Foundation

extension Dataset {
    /// Evaluates an expression against the data.
    public func evaluate(_ expression: Expression) throws(ExpressionError) -> ExpressionValue {
        switch expression {
        case .number(let q, _):
            return .number(q)
        case .reference(let name, let year):
            return .number(try figure(name, year: year))
        case .negate(let inner):
            let q = try number(inner, "“-”")
            return .number(Quantity(-q.value, decimals: q.decimals))
        case .binary(let op, let a, let b):
            let x = try number(a, "“\(op.rawValue)”"), y = try number(b, "“\(op.rawValue)”")
            let v = op == .plus ? x.value + y.value : x.value - y.value
            return .number(Quantity(v, decimals: max(x.decimals, y.decimals)))
        case .call(let function, let arguments):
            return try call(function, arguments)
        case .formatted(let inner, let format):
            return try apply(format, to: try evaluate(inner), of: inner)
        }
    }

    /// The template's text with every expression replaced by its value. Problems are appended to
    /// `diagnostics`, located at the expression's `{`; the failed expression prints as its source.
    public func render(_ template: TextTemplate, diagnostics: inout [Diagnostic]) -> String {
        var out = ""
        for part in template.parts {
            switch part {
            case .literal(let text):
                out += text
            case .expression(let expr, let source, let location):
                do {
                    out += try printed(evaluate(expr))
                } catch {
                    diagnostics.append(Diagnostic(.error, "in “{\(TextTemplate.excerpt(source))}”: \(error.message)",
                                                  at: location ?? template.location, hint: error.hint, code: error.code))
                    out += "{\(source)}"
                }
            }
        }
        return out
    }

    /// The value as prose prints it; a figure too large to print exactly is an error, never a silent “—”.
    public func printed(_ value: ExpressionValue) throws(ExpressionError) -> String {
        if let text = value.printable { return text }
        let what: String
        switch value {
        case .percent(let p, _): what = "the percentage comes to \(Self.roughly(p))%"
        case .number(let q): what = "the figure comes to \(Self.roughly(q.value))"
        case .text: what = "the text"
        }
        throw ExpressionError("\(what), too large to print (figures are limited to 10^15 in magnitude)",
                              hint: "check the figures it is computed from (a growth rate from a base near zero, a unit far too small); limits are in docs/limits.md",
                              code: "limit.number")
    }

    /// A magnitude in powers of ten for a message ("about 10^23").
    static func roughly(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "no number" : (v < 0 ? "minus infinity" : "infinity") }
        let exponent = v == 0 ? 0 : Int(log10(abs(v)).rounded(.down))
        return "\(v < 0 ? "−" : "")about 10^\(exponent)"
    }

    // MARK: - Names and years

    /// A data value by name, or an error with a suggestion.
    func lookup(_ name: String) throws(ExpressionError) -> DataValue {
        if let v = value(named: name) { return v }
        if let f = ExpressionFunction(rawValue: name) {
            throw ExpressionError("“\(name)” is a function", hint: "call it as \(f.usage)", code: "expr.syntax")
        }
        throw ExpressionError("unknown name “\(name)”",
                              hint: Suggestion.hint(for: name, among: values.map(\.name))
                                  ?? "add it under data:, or check the spelling",
                              code: "expr.unknown-name")
    }

    private func yearsList(_ v: DataValue) -> String { v.points.map(\.year).joined(separator: ", ") }

    /// A scalar value, or one year of a series.
    func figure(_ name: String, year: String?) throws(ExpressionError) -> Quantity {
        let v = try lookup(name)
        switch (v.content, year) {
        case (.scalar(let q), nil):
            return q
        case (.scalar, .some(let y)):
            throw ExpressionError("“\(name)” is a single value, not a series by year, so “[\(y)]” does not apply",
                                  hint: "write {\(name)}", code: "expr.not-series")
        case (.series, nil):
            throw ExpressionError("“\(name)” is a series by year; name the year",
                                  hint: "e.g. {\(name)[\(v.points.last?.year ?? "2020")]} (it has \(yearsList(v)))",
                                  code: "expr.needs-year")
        case (.series, .some(let y)):
            guard let q = v.quantity(year: y) else {
                throw ExpressionError("“\(name)” has no figure for \(y)",
                                      hint: "it has \(yearsList(v)); add \(y) under its values: or use one of those years",
                                      code: "expr.missing-year")
            }
            return q
        }
    }

    /// Evaluates to a figure, or explains that `context` needs one.
    private func number(_ e: Expression, _ context: String) throws(ExpressionError) -> Quantity {
        switch try evaluate(e) {
        case .number(let q): return q
        case .percent, .text:
            throw ExpressionError("\(context) needs figures, not a percentage or text", code: "expr.type")
        }
    }

    /// The name of a series argument (a bare name).
    func seriesArgument(_ e: Expression, _ f: ExpressionFunction) throws(ExpressionError) -> DataValue {
        guard case .reference(let name, nil) = e else {
            throw ExpressionError("the first argument of \(f.rawValue) must be the name of a series",
                                  hint: "write \(f.usage)", code: "expr.arguments")
        }
        let v = try lookup(name)
        guard case .series = v.content else {
            throw ExpressionError("“\(name)” is a single value; \(f.rawValue) needs a series by year",
                                  hint: "give it values: by year under data:", code: "expr.not-series")
        }
        return v
    }

    /// A year argument (an integer literal), as text.
    func yearArgument(_ e: Expression, _ f: ExpressionFunction) throws(ExpressionError) -> String {
        guard case .number(let q, let text) = e, q.decimals == 0 else {
            throw ExpressionError("\(f.rawValue) expects a year here", hint: "write \(f.usage)", code: "expr.arguments")
        }
        return text
    }
}
