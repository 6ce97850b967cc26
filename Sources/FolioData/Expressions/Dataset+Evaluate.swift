import FolioMessages
import Foundation

extension Dataset {
    /// Evaluates an expression against the data.
    public func evaluate(_ expression: Expression) throws(ExpressionError) -> ExpressionValue {
        switch expression {
        case .number(let q, _):
            return .number(q)
        case .reference(let name, let year):
            return .number(try figure(name, year: year))
        case .period(let text):
            if let name = NamedPeriod(rawValue: text) { return .text(try periods.text(of: name)) }
            return .text(try periods.resolve(text: text)?.chinese ?? text)
        case .negate(let inner):
            let q = try number(inner, "“-”")
            return .number(Quantity(-q.value, decimals: q.decimals))
        case .binary(let op, let a, let b):
            // {本年-4}: a named period moved by whole years prints as the name itself prints.
            if let (name, years) = Self.shiftedPeriod(expression) {
                return .text(try periods.text(of: name, shiftedBy: years))
            }
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
                    let value = try evaluate(expr)
                    if let problem = Self.signedAfterWord(value, after: out) {
                        diagnostics.append(
                            Diagnostic(
                                .error,
                                Message("expr.negative-growth", ["source": "\(source)", "problem": .message(problem)]),
                                at: location ?? template.location,
                                hint: Message("expr.negative-growth.write-which-prints.hint"),
                                code: "expr.negative-growth"))
                    }
                    out += try printed(value)
                } catch  where error.code == Self.toFillCode {
                    out += Self.toFillMarker
                } catch {
                    diagnostics.append(
                        Diagnostic(
                            .error,
                            Message(
                                "expr.in-expression",
                                [
                                    "expression": "\(TextTemplate.excerpt(source))",
                                    "message": .message(error.messageText),
                                ]),
                            at: location ?? template.location, hint: error.hintText, code: error.code))
                    out += "{\(source)}"
                }
            }
        }
        return out
    }

    /// The code of the error a figure still to fill in raises; `render` prints 【待填】 for it instead.
    public static let toFillCode = "expr.to-fill"

    /// Words after which a negative value would read wrong (“增长-16.7%”): a bulletin writes 下降16.7%.
    static let risingWords = ["增长", "增加", "提高", "上升", "增幅为", "增速为"]

    /// Why a value cannot follow the text before it: a negative growth or difference after 增长, 增加….
    static func signedAfterWord(_ value: ExpressionValue, after text: String) -> Message? {
        let negative: Bool
        switch value {
        case .percent(let p, let d): negative = NumberFormatting.percent(p, decimals: d).hasPrefix("-")
        case .number(let q): negative = q.formatted.hasPrefix("-")
        case .text, .change: negative = false
        }
        guard negative, let word = risingWords.first(where: { text.hasSuffix($0) }) else { return nil }
        return Message("expr.negative-growth.reads", ["value": "\(value.formatted)", "word": "\(word)"])
    }

    /// The value as prose prints it; a figure too large to print exactly is an error, never a silent “—”.
    public func printed(_ value: ExpressionValue) throws(ExpressionError) -> String {
        if let text = value.printable { return text }
        let what: Message
        switch value {
        case .percent(let p, _): what = Message("limit.number.percent-about", ["value": "\(Self.roughly(p))"])
        case .number(let q): what = Message("limit.number.figure-about", ["value": "\(Self.roughly(q.value))"])
        case .text: what = Message("node.text")
        case .change(let w): what = Message("limit.number.change-about", ["value": "\(Self.roughly(w.percent))"])
        }
        throw ExpressionError(
            Message("limit.number.what-too-large-print", ["what": .message(what)]),
            hint:
                Message("limit.number.check-figures-computed-from.hint"),
            code: "limit.number")
    }

    /// A magnitude in powers of ten for a message ("10^23"; the message says “about”).
    static func roughly(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "NaN" : (v < 0 ? "−∞" : "∞") }
        let exponent = v == 0 ? 0 : Int(log10(abs(v)).rounded(.down))
        return "\(v < 0 ? "−" : "")10^\(exponent)"
    }

    // MARK: - Names and years

    /// A data value by name, or an error with a suggestion.
    func lookup(_ name: String) throws(ExpressionError) -> DataValue {
        if let v = value(named: name) { return v }
        if let f = ExpressionFunction(rawValue: name) {
            throw ExpressionError(
                Message("expr.syntax.name-function", ["name": "\(name)"]),
                hint: Message("expr.syntax.call-usage.hint", ["usage": "\(f.usage)"]), code: "expr.syntax")
        }
        throw ExpressionError(
            Message("expr.unknown-name.unknown-name-name", ["name": "\(name)"]),
            hint: Suggestion.didYouMean(name, among: values.map(\.name))
                ?? Message("expr.unknown-name.hint"),
            code: "expr.unknown-name")
    }

    private func yearsList(_ v: DataValue) -> String { v.points.map(\.year).joined(separator: ", ") }

    /// A scalar value, or one period of a series (`year` as written: 2020, 2025H1, 本期).
    func figure(_ name: String, year written: String?) throws(ExpressionError) -> Quantity {
        let v = try lookup(name)
        var year = written
        if let written, case .series = v.content {
            guard let p = try periods.resolve(text: written) else {
                throw ExpressionError(
                    Message("expr.period.written-span-years-one", ["written": "\(written)"]),
                    hint: Message("expr.period.name-one-period-e.hint"),
                    code: "expr.period")
            }
            year = p.key
        }
        switch (v.content, year) {
        case (.scalar(let q), nil):
            if v.toFill {
                throw ExpressionError(Message("data.name-still-fill", ["name": "\(name)"]), code: Self.toFillCode)
            }
            return q
        case (.scalar, .some(let y)):
            throw ExpressionError(
                Message("expr.not-series.name-single-value-series", ["name": "\(name)", "y": "\(y)"]),
                hint: Message("expr.write.hint", ["usage": "{\(name)}"]), code: "expr.not-series")
        case (.series, nil):
            throw ExpressionError(
                Message("expr.needs-year.name-series-year-name", ["name": "\(name)"]),
                hint: Message(
                    "expr.needs-year.e-g-name-value.hint",
                    ["name": "\(name)", "value": "\(v.points.last?.year ?? "2020")", "value2": "\(yearsList(v))"]),
                code: "expr.needs-year")
        case (.series, .some(let y)):
            guard let point = v.points.first(where: { $0.year == y }) else {
                let shown = written == y ? y : "\(y) (\(written ?? y))"
                throw ExpressionError(
                    Message("expr.missing-year.name-has-figure-shown", ["name": "\(name)", "shown": "\(shown)"]),
                    hint: Message("expr.missing-year.has-value-add-y.hint", ["value": "\(yearsList(v))", "y": "\(y)"]),
                    code: "expr.missing-year")
            }
            if point.toFill {
                throw ExpressionError(
                    Message("data.name-y-still-fill", ["name": "\(name)", "y": "\(y)"]), code: Self.toFillCode)
            }
            return point.quantity
        }
    }

    /// Evaluates to a figure, or explains that `context` needs one.
    private func number(_ e: Expression, _ context: String) throws(ExpressionError) -> Quantity {
        switch try evaluate(e) {
        case .number(let q): return q
        case .percent, .text, .change:
            throw ExpressionError(
                Message("expr.type.context-needs-figures-percentage", ["context": "\(context)"]), code: "expr.type")
        }
    }

    /// The name of a series argument (a bare name).
    func seriesArgument(_ e: Expression, _ f: ExpressionFunction) throws(ExpressionError) -> DataValue {
        guard case .reference(let name, nil) = e else {
            throw ExpressionError(
                Message("expr.arguments.first-argument-raw-value", ["raw-value": "\(f.rawValue)"]),
                hint: Message("expr.write.hint", ["usage": "\(f.usage)"]), code: "expr.arguments")
        }
        let v = try lookup(name)
        guard case .series = v.content else {
            throw ExpressionError(
                Message("expr.not-series.name-single-value-raw", ["name": "\(name)", "raw-value": "\(f.rawValue)"]),
                hint: Message("expr.not-series.give-values-year-under.hint"), code: "expr.not-series")
        }
        return v
    }

    /// `本年-4` as the parser reads it — a named period less (or plus) a whole number — as the name and the years it
    /// moves by; nil for any other expression.
    static func shiftedPeriod(_ e: Expression) -> (NamedPeriod, Int)? {
        guard case .binary(let op, .period(let text), .number(let n, _)) = e, n.decimals == 0,
            let name = NamedPeriod(rawValue: text)
        else { return nil }
        let years = Int(n.value.rounded())
        return (name, op == .plus ? years : -years)
    }

    /// A period argument: a year (`2020`), a period (`2025H1`), a named period (`本期`, `上期`, `基期`) or one moved by
    /// whole years (`本年-5`).
    func periodArgument(_ e: Expression, _ f: ExpressionFunction) throws(ExpressionError) -> ReportPeriod {
        if let (name, years) = Self.shiftedPeriod(e) { return try periods.resolve(name, shiftedBy: years) }
        let text: String
        switch e {
        case .number(let q, let t) where q.decimals == 0: text = t
        case .period(let t): text = t
        default:
            throw ExpressionError(
                Message("expr.arguments.raw-value-expects-period", ["raw-value": "\(f.rawValue)"]),
                hint: Message("expr.write.hint", ["usage": "\(f.usage)"]),
                code: "expr.arguments")
        }
        guard let p = try periods.resolve(text: text) else {
            throw ExpressionError(
                Message("expr.arguments.raw-value-expects-one", ["raw-value": "\(f.rawValue)", "text": "\(text)"]),
                hint: Message("expr.write.hint", ["usage": "\(f.usage)"]),
                code: "expr.arguments")
        }
        return p
    }
}
