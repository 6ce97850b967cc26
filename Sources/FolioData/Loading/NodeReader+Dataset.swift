import FolioMessages
import Yams

extension NodeReader {
    /// Top-level keys of a dataset file.
    static let topKeys = ["report", "data", "data-files", "charts", "body", "attachments", "checks"]

    /// Reads the whole file; nil when it is too broken to build a dataset (diagnostics say why).
    mutating func readDataset(_ root: Node) -> Dataset? {
        guard let top = fields(root, "the dataset", allowed: Self.topKeys, required: ["report", "body"]) else {
            return nil
        }
        let report = top["report"].flatMap { readReport($0) }
        var values = top["data"].map { readData($0) } ?? []
        if let files = top["data-files"] { values += readDataFiles(files, existing: values) }
        let charts = top["charts"].map { readCharts($0, values: values) } ?? []
        let body =
            (top["body"].map { readBody($0, path: "body", level: 1) } ?? [])
            + (top["attachments"].map { readAttachments($0) } ?? [])
        let checks: (disabled: [String], history: [Int]) = top["checks"].map { readChecks($0) } ?? ([], [])
        guard let report else { return nil }
        var dataset = Dataset(file: file, report: report, values: values, charts: charts, body: body)
        dataset.disabledChecks = checks.disabled
        dataset.historyYears = checks.history
        dataset.pendingColumns = pendingColumns
        return dataset
    }

    /// Reads `attachments: [{ title, body }]` (附件, GB/T 9704 §7.3.7), each as a body block after the body.
    mutating func readAttachments(_ node: Node) -> [BodyBlock] {
        guard let items = list(node, "attachments") else { return [] }
        if items.count > InputLimits.maxAttachments {
            error(
                Message(
                    "limit.attachments.attachments-lists-count-attachments",
                    ["count": "\(items.count)", "limit": "\(InputLimits.maxAttachments)"]), at: node,
                hint: Message("limit.attachments.send-rest-separate-documents.hint"), code: "limit.attachments")
            return []
        }
        return items.enumerated().compactMap { i, item -> BodyBlock? in
            guard let f = fields(item, "attachment \(i + 1)", allowed: ["title", "body"], required: ["title"]),
                let title = f["title"].flatMap({ template($0, "attachments.title") })
            else { return nil }
            let body = f["body"].map { readBody($0, path: "attachment \(i + 1)", level: 1) } ?? []
            return .attachment(Attachment(title: title, body: body, location: location(f.keyNode("title"))))
        }
    }

    /// Reads `checks: { disable: [repeat.char, punctuation], history: [2024] }`: rule ids or families `folio check`
    /// skips for this dataset (unknown ids are reported by the checker, which knows the rules), and the years the
    /// prose names on purpose as history (the stale-period check leaves them alone).
    mutating func readChecks(_ node: Node) -> (disabled: [String], history: [Int]) {
        guard let f = fields(node, "checks", allowed: ["disable", "history"]) else { return ([], []) }
        let disabled =
            f["disable"].flatMap { list($0, "checks.disable", single: true) }?
            .compactMap { text($0, "a rule id in checks.disable") } ?? []
        let history =
            f["history"].flatMap { list($0, "checks.history", single: true) }?
            .compactMap { readHistoryYear($0) } ?? []
        return (disabled, history)
    }

    /// One year of `checks.history`, within `InputLimits.years`, or an error at it.
    private mutating func readHistoryYear(_ node: Node) -> Int? {
        guard let t = text(node, "a year in checks.history") else { return nil }
        guard let year = Int(t), t.count == 4, InputLimits.years.contains(year) else {
            error(
                Message("checks.history.checks-history-lists-value", ["value": "\(t)"]), at: node,
                hint: Message("checks.history.list-four-digit-years.hint"), code: "checks.history")
            return nil
        }
        return year
    }

    /// Keys of `report:`.
    static let reportKeys = [
        "title", "issuer", "date", "period", "plan", "theme", "subtitle", "speaker", "subject", "keywords", "document",
    ]

    /// Reads `report:`.
    mutating func readReport(_ node: Node) -> ReportInfo? {
        guard let f = fields(node, "report", allowed: Self.reportKeys, required: ["title", "issuer", "date"]) else {
            return nil
        }
        let title = f["title"].flatMap { template($0, "report.title") }
        let issuer = f["issuer"].flatMap { text($0, "report.issuer") }
        let dateToFill = f["date"].map(Self.isToFill) ?? false
        if dateToFill, let d = f["date"] {
            warning(
                Message("data.todo.report-date-still-fill"), at: d,
                hint: Message("data.todo.write-date-writing-e.hint"),
                code: "data.todo")
        }
        let date = dateToFill ? DatasetDate(year: 1900, month: 1, day: 1) : f["date"].flatMap { readDate($0) }
        let period = f["period"].flatMap { readPeriod($0) }
        let plan = f["plan"].flatMap { readPlan($0) }
        periods = PeriodContext(period: period, plan: plan)
        let theme = f["theme"].flatMap { text($0, "report.theme") } ?? Dataset.defaultTheme
        let subject = f["subject"].flatMap { text($0, "report.subject") } ?? ""
        var keywords: [String] = []
        if let k = f["keywords"], let items = list(k, "report.keywords", single: true) {
            keywords = items.compactMap { text($0, "a keyword") }
        }
        guard let title, let issuer, let date else { return nil }
        var info = ReportInfo(
            title: title, issuer: issuer, date: date, theme: theme, subject: subject,
            keywords: keywords, location: location(node))
        info.period = period; info.plan = plan; info.dateToFill = dateToFill
        info.themeLocation = location(f["theme"])
        info.issuerLocation = location(f["issuer"])
        info.subtitle = f["subtitle"].flatMap { text($0, "report.subtitle") } ?? ""
        info.speaker = f["speaker"].flatMap { text($0, "report.speaker") } ?? ""
        info.document = f["document"].flatMap { readDocumentParts($0) } ?? OfficialDocumentParts()
        return info
    }

    /// Reads `period: 2025H1` (a year, half-year, quarter or months to date).
    mutating func readPeriod(_ node: Node) -> ReportPeriod? {
        guard let t = text(node, "report.period") else { return nil }
        do { return try ReportPeriod(parsing: t) } catch let problem {
            periodUnread = true
            error(
                Message("schema.period.report-period-message", ["message": .message(problem.message)]), at: node,
                hint: problem.hint, code: "schema.period")
            return nil
        }
    }

    /// Reads `plan: 2016..2020`.
    mutating func readPlan(_ node: Node) -> PlanSpan? {
        guard let t = text(node, "report.plan") else { return nil }
        guard let plan = PlanSpan(parsing: t) else {
            error(
                Message("schema.period.report-plan-value-span", ["value": "\(t)"]), at: node,
                hint: Message("schema.period.write-first-last-year.hint"), code: "schema.period")
            return nil
        }
        return plan
    }

    /// Reads `date: 2021-07-15`; `date: !todo 2026-01-01` (an import that found no date line) is read with a warning.
    mutating func readDate(_ node: Node) -> DatasetDate? {
        guard let t = text(node, "report.date") else { return nil }
        if case .scalar(let s) = node, s.tag.description == Self.todoTag {
            warning(
                Message("data.todo.report-date-still-fill-2", ["value": "\(t)"]), at: node,
                hint: Message("data.todo.replace-todo-value-date.hint", ["value": "\(t)"]), code: "data.todo")
        }
        guard let d = DatasetDate(parsing: t) else {
            error(
                Message("schema.date.report-date-value-date", ["value": "\(t)"]), at: node,
                hint: Message("schema.date.write-yyyy-mm-dd.hint-2"),
                code: "schema.date")
            return nil
        }
        return d
    }
}
