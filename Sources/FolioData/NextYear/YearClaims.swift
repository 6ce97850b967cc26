import FolioMessages
import Yams

/// What a text says a year is (“{本年}年是“十四五”规划收官之年”): the year moves with the period, the claim does not — in
/// next year's draft it says “2026年是“十四五”规划收官之年”, which is false. `folio new-year` lists each such text.
enum YearClaims {
    /// The relative years a claim is made of, as the prose writes them.
    static let subjects = ["{本年}年是", "{上年}年是", "{下年}年是", "{本期}是", "{上期}是"]
    /// Words that make a clause a claim about the year's place in a plan or a series.
    static let claims = ["之年", "收官", "开局", "元年", "首年", "起步年", "决胜"]

    /// The claim `text` makes about a year that moves with the period (the clause after the year, as written), if any.
    static func claim(in text: String) -> String? {
        for subject in subjects {
            guard let r = text.range(of: subject) else { continue }
            let clause = text[r.lowerBound...].prefix { !"，。；！？,;".contains($0) }
            guard claims.contains(where: { clause.contains($0) }) else { continue }
            return String(clause.prefix(32))
        }
        return nil
    }

    /// A note for each text under `node` (a dataset's body) that makes such a claim.
    static func notes(_ node: Node, period: String, file: String, into notes: inout [Diagnostic]) {
        YAMLTextEditor.forEachScalar(under: node) { scalar, s in
            guard let claim = claim(in: s.string) else { return }
            notes.append(
                Diagnostic(
                    .warning, Message("newyear.year-claim", ["claim": "\(claim)", "period": "\(period)"]),
                    at: scalar.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) },
                    hint: Message("newyear.year-claim.hint"), code: "newyear.year-claim"))
        }
    }
}
