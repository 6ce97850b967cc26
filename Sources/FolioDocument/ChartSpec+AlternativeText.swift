import FolioData

extension ChartSpec {
    /// What the chart shows, in words, for readers who cannot see it (a Word picture's alternative text): the caption,
    /// then each series with every figure by its category ("农民人均纯收入：2015年8740元，2020年11379元").
    public var alternativeText: String {
        let described = series.map { s in
            let values = zip(categories, s.values).compactMap { category, value in
                value.map {
                    "\(ReportPeriod.label(key: category))\(NumberFormatting.plain($0, decimals: s.decimals))\(s.unit)"
                }
            }
            return s.name + "：" + values.joined(separator: "，")
        }
        return ([caption] + described).joined(separator: "；")
    }
}
