// A program that imports Folio gets the dataset model with it: `DatasetBuilder`, `Dataset`, `DatasetDate`,
// `ReportPeriod`, `Diagnostic` (FolioData), and the checks' report (FolioCheck), which the in-memory API takes and
// returns.
@_exported import FolioCheck
@_exported import FolioData
