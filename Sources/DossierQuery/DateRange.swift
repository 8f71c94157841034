import DossierCorpus

/// A date filter as a test on the range of days a date may denote (see `PartialDate`).
struct DateRange: Sendable {
    enum Relation: Sendable { case after, before, within }
    var relation: Relation
    var first: Int
    var last: Int

    func holds(for date: PartialDate) -> Bool {
        switch relation {
        case .after: return date.firstDay > last
        case .before: return date.lastDay < first
        case .within: return date.firstDay >= first && date.lastDay <= last
        }
    }
}
