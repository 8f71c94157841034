import DossierCorpus

/// The third stage of a statement: turns a `LogicalPlan` into a `PhysicalPlan`, choosing
/// in this one place every access path from what the corpus and the built indexes hold.
///
/// In order of preference, a plan starts from: the speaker index for `quotes where
/// speaker = X`; the mention index for `mentions where entity = X` and `sentences where
/// entities = X`; the gazetteer for `entities where name = X`; the entity index for `events where actor = X` (cut by binary search when
/// a date filter follows); binary search of the date order for `events after/on/between`;
/// a group index for `field = "x"` on text; the word index (sentences) or a byte scan of
/// the articles when the first filter requires some text; a walk of a sort index for `sort
/// by f limit n` with a small n; a group index read whole for `count by` and `distinct`
/// with no filter; else every row. An index start answers the condition it came from, so
/// that condition leaves the filter. A sort followed by a small limit becomes a top-n.
public struct Planner {
    let handle: CorpusHandle

    public init(handle: CorpusHandle) {
        self.handle = handle
    }

    private var corpus: Corpus { handle.corpus }

    /// The physical plan of a checked statement. Without a shape, the rows are shown with
    /// every field (`allFields`, for JSON and CSV) or with the source's table fields.
    public func plan(_ logical: LogicalPlan, allFields: Bool = true) -> PhysicalPlan {
        var operators: [PhysicalOperator] = []
        var steps = logical.rowSteps[...]
        var shape = logical.shape
        var estimate: Int
        switch logical.origin {
        case .namedTable(let name, let table):
            // A kept table has no index: its rows are read in order.
            operators = [.namedTable(name: name, rows: table.rows.count)]
            estimate = table.rows.count
        case .namedRows(let name, let rows):
            operators = [.namedRows(name: name, rows: rows)]
            estimate = rows.count
        case .stage(let inner, let box):
            // A stage has no index either, and its size is known only once it has run: a
            // sort and a limit after it are a top-n, which is never worse than a sort.
            operators = [.stage(plan(inner), box: box)]
            estimate = Int.max
        case .source:
            let (access, rows) = accessPath(logical.source, &steps, &shape)
            operators = [access]
            estimate = rows
        }
        while let step = steps.popFirst() {
            switch step {
            case .filter(let predicate):
                operators.append(.filter(predicate))
            case .date(let range):
                operators.append(.dateFilter(range))
            case .sort(let keys):
                if case .limit(let n)? = steps.first, n < estimate / 4 {
                    steps.removeFirst()
                    operators.append(.topN(keys, n))
                    estimate = n
                } else {
                    operators.append(.sort(keys))
                }
            case .limit(let n):
                operators.append(.limit(n))
                estimate = min(estimate, n)
            }
        }
        if operators.last?.makesTable != true {
            let source = logical.source
            operators.append(.shape(shape ?? .show(allFields ? source.fields : source.tableFields.compactMap(source.field(named:)))))
        }
        for step in logical.tableSteps {
            switch step {
            case .filter(let predicate): operators.append(.tableFilter(predicate))
            case .sort(let keys): operators.append(.tableSort(keys))
            case .limit(let n): operators.append(.tableLimit(n))
            }
        }
        return PhysicalPlan(logical: logical, operators: operators)
    }

    // MARK: - Access paths

    /// Where the rows of a source come from, and at most how many there are. Consumes the
    /// steps (and the shape) that the access path answers.
    private func accessPath(_ source: SourceSchema, _ steps: inout ArraySlice<RowStep>,
                            _ shape: inout Shape?) -> (PhysicalOperator, Int) {
        let everyRow = source.rowCount(corpus)
        if let first = steps.first {
            if let found = indexStart(source, first, &steps) { return found }
            if case .filter(let predicate) = first, let required = TextRequirement.of(predicate) {
                return (textSearch(source, required), everyRow)
            }
        }
        if let walk = sortWalk(source, &steps) { return (walk, min(everyRow, walkLimit(walk))) }
        if steps.isEmpty, let shaped = shape {
            switch shaped {
            case .countBy(let fields) where fields.count == 1 && fields[0].slice == nil:
                shape = nil
                return (.groupIndexCount(fields[0]), everyRow)
            case .distinct(let fields) where fields.count == 1 && fields[0].slice == nil:
                shape = nil
                return (.groupIndexDistinct(fields[0]), everyRow)
            default:
                break
            }
        }
        return (.fullScan(rowCount: everyRow), everyRow)
    }

    /// An index that answers the first step: the speaker or entity index, the date order
    /// of events, or a group index on text equality.
    private func indexStart(_ source: SourceSchema, _ first: RowStep,
                            _ steps: inout ArraySlice<RowStep>) -> (PhysicalOperator, Int)? {
        switch (source.name, first) {
        case ("quotes", .filter(let predicate)):
            if let (id, rest) = Planner.splitConjunct(predicate, { Planner.singleEntity($0, field: "speaker") }) {
                Planner.replaceFirstFilter(with: rest, in: &steps)
                return (.speakerQuotes(entity: id), corpus.quotesBySpeaker[id].count)
            }
        case ("mentions", .filter(let predicate)):
            if let (id, rest) = Planner.splitConjunct(predicate, { Planner.singleEntity($0, field: "entity") }) {
                Planner.replaceFirstFilter(with: rest, in: &steps)
                return (.entityMentions(entity: id), corpus.mentionsByEntity[id].count)
            }
        case ("sentences", .filter(let predicate)):
            if let (id, rest) = Planner.splitConjunct(predicate, { Planner.singleEntity($0, field: "entities") }) {
                Planner.replaceFirstFilter(with: rest, in: &steps)
                return (.entitySentences(entity: id), corpus.mentionsByEntity[id].count)
            }
        case ("entities", .filter(let predicate)):
            if let (ids, rest) = Planner.splitConjunct(predicate, Planner.entityRows) {
                Planner.replaceFirstFilter(with: rest, in: &steps)
                return (.gazetteer(ids.sorted()), ids.count)
            }
        case ("events", .filter(let predicate)):
            if let (id, rest) = Planner.splitConjunct(predicate, { Planner.singleEntity($0, field: "actors") }) {
                Planner.replaceFirstFilter(with: rest, in: &steps)
                var narrowing: DateRange?
                if case .date(let range)? = steps.first, range.relation != .before { narrowing = range }
                return (.entityEvents(entity: id, narrowedBy: narrowing), corpus.eventsByEntity[id].count)
            }
        case ("events", .date(let range)) where range.relation != .before:
            let events = corpus.events
            let lower = range.relation == .after
                ? BinarySearch.partition(0, events.count) { events[$0].date.firstDay > range.last }
                : BinarySearch.partition(0, events.count) { events[$0].date.firstDay >= range.first }
            let upper = range.relation == .after
                ? events.count : BinarySearch.partition(0, events.count) { events[$0].date.firstDay > range.last }
            // The date step stays: the range holds the events whose first day can pass it.
            return (.eventRange(lower..<max(lower, upper)), max(lower, upper) - lower)
        default:
            break
        }
        guard case .filter(let predicate) = first,
              let ((field, keys), rest) = Planner.splitConjunct(predicate, Planner.textEquality) else { return nil }
        Planner.replaceFirstFilter(with: rest, in: &steps)
        let rows = handle.indexes.builtGroup(field, of: source)
            .map { index in keys.reduce(0) { $0 + (index.groupsByKey[$1] ?? []).reduce(0) { $0 + index.rows[$1].count } } }
        return (.groupLookup(field, keys: keys), rows ?? source.rowCount(corpus))
    }

    /// For a filter that requires some text: the word index on sentences, unless it is
    /// built and says the words are too common to narrow the search; else a byte scan.
    private func textSearch(_ source: SourceSchema, _ required: TextRequirement) -> PhysicalOperator {
        guard source.name == "sentences" else { return .byteScan(required) }
        guard let index = handle.indexes.builtWords else { return .wordIndex(required, lookup: nil) }
        guard let lookup = index.lookup(Array(required.text.utf8), sentenceCount: corpus.sentences.count,
                                        wholeWords: required.wholeWords) else {
            return .byteScan(required)
        }
        return .wordIndex(required, lookup: lookup)
    }

    /// When the steps begin with filters, then `sort by` one field and a limit under a
    /// quarter of the rows: a walk of the field's sort index, testing the filters as it
    /// goes. Consumes the steps up to the limit.
    private func sortWalk(_ source: SourceSchema, _ steps: inout ArraySlice<RowStep>) -> PhysicalOperator? {
        guard let sortAt = steps.firstIndex(where: { if case .sort = $0 { return true }; return false }),
              case .sort(let keys) = steps[sortAt], keys.count == 1, let key = keys.first,
              sortAt + 1 < steps.endIndex, case .limit(let n) = steps[sortAt + 1],
              n < source.rowCount(corpus) / 4 else { return nil }
        let before = Array(steps[steps.startIndex..<sortAt])
        guard before.allSatisfy({ if case .sort = $0 { return false }; if case .limit = $0 { return false }; return true }) else { return nil }
        steps = steps[(sortAt + 2)...]
        return .sortIndexWalk(key.field, descending: key.descending, limit: n, filters: before)
    }

    private func walkLimit(_ walk: PhysicalOperator) -> Int {
        if case .sortIndexWalk(_, _, let n, _) = walk { return n }
        return Int.max
    }

    // MARK: - Conditions an index answers

    /// Splits off the first condition of an `and` chain that `pick` accepts: what `pick`
    /// gives for it, and the rest of the chain (nil when nothing is left). The start an
    /// index gives already passes that condition, so the filter need not test it again.
    static func splitConjunct<T>(_ predicate: Predicate, _ pick: (Predicate) -> T?) -> (T, Predicate?)? {
        if case .and(let parts) = predicate {
            for (i, part) in parts.enumerated() {
                guard let (found, rest) = splitConjunct(part, pick) else { continue }
                var left = parts
                if let rest { left[i] = rest } else { left.remove(at: i) }
                return (found, left.isEmpty ? nil : left.count == 1 ? left[0] : .and(left))
            }
            return nil
        }
        return pick(predicate).map { ($0, nil) }
    }

    /// The first step is the filter an index start came from: keep what is left of it.
    private static func replaceFirstFilter(with rest: Predicate?, in steps: inout ArraySlice<RowStep>) {
        guard case .filter? = steps.first else { return }
        if let rest { steps[steps.startIndex] = .filter(rest) } else { steps.removeFirst() }
    }

    /// The field and keys of a `field = "x"` test on text.
    static func textEquality(_ predicate: Predicate) -> (Field, Set<String>)? {
        if case .test(let field, .textEqual(let keys)) = predicate, field.slice == nil { return (field, keys) }
        return nil
    }

    /// The entities of an `entities where name = X` test, resolved by the checker.
    static func entityRows(_ predicate: Predicate) -> Set<Int>? {
        if case .test(_, .rowIn(let ids)) = predicate { return ids }
        return nil
    }

    /// The entity of a `field = X` test on an entity field.
    static func singleEntity(_ predicate: Predicate, field name: String) -> Int? {
        if case .test(let field, .entityIn(let ids)) = predicate, field.name == name, ids.count == 1 { return ids.first }
        return nil
    }
}
