import FolioData

/// The unit names of the dataset's units table (FolioData `Units`) and its magnitude prefixes, for the
/// layout: a figure keeps its whole unit on its line (GB/T 9704-1999 §8.2.3 "数字、年份不能回行"), and the
/// units the breaker knows are the ones the dataset accepts.
public enum UnitWords {
    /// Every base unit name ("元", "平方公里", "百分点", "人次").
    public static var names: [String] { Units.table.map(\.name) }
    /// The magnitude prefixes ("亿", "万").
    public static var magnitudes: [String] { Units.prefixes.map(\.prefix) }
}
