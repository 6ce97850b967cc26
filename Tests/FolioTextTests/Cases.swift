/// Hard cases for break dumps: each token is placed after k filler characters, k sweeping across the end of
/// the first line (26 cells after the 2-cell indent), so that a naive break would split it or put a
/// forbidden mark at a line start.
enum Cases {
    static let filler = Array("镇党委坚持以习近平新时代中国特色社会主义思想为指导深入学习贯彻党的十九大精神牢固树立新发展理念")

    static let tokens: [(name: String, token: String)] = [
        ("quotes", "“十三五”"),
        ("stop-quote", "。”"),
        ("comma-quote", "，“"),
        ("brackets", "（XX、XX）"),
        ("money", "2687.8万元"),
        ("percent", "30.2%"),
        ("yuan", "11379元"),
        ("dash", "——"),
        ("ellipsis", "……"),
        ("latin", "GDP增长6.5%"),
    ]

    /// The paragraphs for one token: filler[0..<k] + token + the rest of the filler, k = 22…28.
    static func paragraphs(_ token: String) -> [String] {
        (22...28).map { k in String(filler[0..<k]) + token + String(filler[k..<filler.count]) + "。" }
    }

    /// A long paragraph of the seed report (its quotes, 、 lists, pairs and numbers).
    static let seed =
        "五年来，在县委、县政府的坚强领导下，在上级各部门的关心和支持下，XX镇党委坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的十九大和十九届二中、三中、四中、五中全会精神，牢固树立“四个意识”，坚定“四个自信”，做到“两个维护”，在县委的坚强领导下，从更高层次贯彻落实习近平总书记对江西工作的重要要求，按照“党要管党、全面从严治党”的政治要求，以坚定的政治自觉，着力塑造忠诚、务实、干净、担当的新XX形象，着力营造风清气正的干事创业环境，充分发挥基层党组织的战斗堡垒和广大党员的先锋模范作用，团结带领全镇干部群众，抢抓机遇，协力攻坚，不断战胜工作中的各种困难和挑战，较好地完成了县委、县政府部署安排的各项工作任务。"

    /// Figures in prose: money, percentages, yuan, Latin, a dash and an ellipsis.
    static let figures =
        "全镇财政收入由2015年的1256.3万元增长到2020年的2687.8万元，年均增长16.4%；农民人均纯收入达到11379元，比2015年增长30.2%，GDP增长6.5%。精心谋划、扎实开展“两学一做”学习教育——“不忘初心、牢记使命”主题教育……累计培训农村党员3000余人次（其中新党员126人）。"
}
