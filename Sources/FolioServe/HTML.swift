import Hummingbird

/// Small HTML helpers for the pages not drawn from a template (refusals).
enum HTML {
    /// `text` with the five characters HTML gives meaning to escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// A whole page in the workbench's style around `body`.
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>\(escape(title)) · Folio 工作台</title>
        <link rel="stylesheet" href="/static/app.css"></head><body>\(body)</body></html>
        """
    }
}

/// A header's name (swift-http-types' `HTTPField.Name`, reached through the `HTTPFields` Hummingbird exports).
typealias HeaderName = HTTPFields.Element.Name
