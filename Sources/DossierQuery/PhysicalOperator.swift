import DossierCorpus

/// One node of a `PhysicalPlan`: how rows are found (an access path), what is done to
/// them, how they become a table, and what is done to the table. The `Planner` chose each
/// one; the `Executor` runs them as they are.
enum PhysicalOperator: Sendable {
    // MARK: Access paths: where the rows come from

    /// Every row of the source, in id order.
    case fullScan(rowCount: Int)
    /// The rows of a result kept with `let`.
    case namedRows(name: String, rows: [Int])
    /// The rows of a table kept with `let`, in order.
    case namedTable(name: String, rows: Int)
    /// The rows of the table an earlier stage makes: the stage's plan runs first and its
    /// table goes in `box`.
    indirect case stage(PhysicalPlan, box: TableBox)
    /// The events of one entity, from the corpus's entity index (in date order); with a
    /// date range, cut by binary search to those whose first day can pass it.
    case entityEvents(entity: Int, narrowedBy: DateRange?)
    /// The mentions of one entity, from the corpus's mention index (in corpus order).
    case entityMentions(entity: Int)
    /// The sentences that name one entity, from the mention index (each once, in order).
    case entitySentences(entity: Int)
    /// Entities named by the gazetteer: the rows of `entities where name = "alias"`.
    case gazetteer([Int])
    /// The quotations of one speaker, from the corpus's speaker index (in corpus order).
    case speakerQuotes(entity: Int)
    /// A range of event ids: events are stored in date order, so a date filter on them is
    /// a binary search, done by the planner.
    case eventRange(Range<Int>)
    /// The rows whose text field has one of these name keys, from the field's group index.
    case groupLookup(Field, keys: Set<String>)
    /// The sentences whose words can hold the required text, from the word index: the
    /// planner's lookup when the index was built; else the index is built first and looked
    /// up then, giving every sentence if the words are too common to narrow the search.
    /// The filter above tests each one.
    case wordIndex(TextRequirement, lookup: TextIndex.Lookup?)
    /// The rows whose stretch of an article holds the required text, found by searching
    /// every article's bytes once, on every core. The filter above tests each one.
    case byteScan(TextRequirement)
    /// Rows in the order of one field, from its sort index, tested by `filters` as they
    /// come, stopping once `limit` have passed.
    case sortIndexWalk(Field, descending: Bool, limit: Int, filters: [RowStep])
    /// `count by` over every row, read from the field's group index.
    case groupIndexCount(Field)
    /// `distinct` over every row, read from the field's group index.
    case groupIndexDistinct(Field)

    // MARK: On rows

    /// The rows that pass a `where` condition (tested on every core past 4,096 rows).
    case filter(Predicate)
    /// The rows whose natural date passes a date filter.
    case dateFilter(DateRange)
    case sort([(field: Field, descending: Bool)])
    /// The first `n` rows in sort order, kept in a heap of `n` in one pass: a selection,
    /// not a sort.
    case topN([(field: Field, descending: Bool)], Int)
    case limit(Int)

    // MARK: Shapes: rows into a table

    /// Show (a projection), count, count by, distinct, an aggregate or a concordance, as
    /// the logical plan says; without a shape the planner projects the source's fields.
    case shape(Shape)

    // MARK: On the table

    case tableFilter(Predicate)
    case tableSort([(column: Int, descending: Bool)])
    case tableLimit(Int)

    /// The operator's name, as `explain` begins its node.
    var name: String {
        switch self {
        case .fullScan: return "full scan"
        case .namedRows: return "named rows"
        case .namedTable: return "named table"
        case .stage: return "stage"
        case .entityEvents: return "entity index"
        case .entityMentions, .entitySentences: return "mention index"
        case .gazetteer: return "gazetteer"
        case .speakerQuotes: return "speaker index"
        case .eventRange: return "date order of events"
        case .groupLookup, .groupIndexCount, .groupIndexDistinct: return "group index"
        case .wordIndex: return "word index of sentences"
        case .byteScan: return "byte scan"
        case .sortIndexWalk: return "sort index walk"
        case .filter: return "filter"
        case .dateFilter: return "date filter"
        case .tableFilter: return "filter"
        case .sort, .tableSort: return "sort"
        case .topN: return "top n"
        case .limit, .tableLimit: return "limit"
        case .shape(.show): return "project"
        case .shape(.count): return "count"
        case .shape(.countBy): return "count by"
        case .shape(.distinct): return "distinct"
        case .shape(.aggregate(let function, _, _)): return function.rawValue
        case .shape(.context): return "context"
        case .shape(.kwic): return "kwic"
        }
    }

    /// True for the operators whose output is a table rather than row ids.
    var makesTable: Bool {
        switch self {
        case .groupIndexCount, .groupIndexDistinct, .shape,
             .tableFilter, .tableSort, .tableLimit:
            return true
        default:
            return false
        }
    }
}
