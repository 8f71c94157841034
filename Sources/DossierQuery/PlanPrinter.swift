import DossierCorpus

/// Draws plans for `explain`: the logical plan the checker made and the physical plan the
/// planner chose, each as a tree with its root (the last operation) first and each input
/// indented below the node that reads it, as PostgreSQL and DuckDB draw theirs. With a
/// profile from `Executor.analyze`, each physical node also says how many rows it passed
/// on and how long it took.
public struct PlanPrinter {
    let handle: CorpusHandle

    public init(handle: CorpusHandle) {
        self.handle = handle
    }

    private var corpus: Corpus { handle.corpus }

    // MARK: - Trees

    public func logical(_ plan: LogicalPlan) -> String {
        PlanPrinter.tree(logicalNodes(plan))
    }

    /// The logical plan's nodes, input first; an earlier stage's come first.
    private func logicalNodes(_ plan: LogicalPlan) -> [String] {
        var nodes: [String] = []
        switch plan.origin {
        case .stage(let inner, _): nodes = logicalNodes(inner)
        case .source: nodes.append("source: every row of \(plan.source.name)")
        case .namedRows(let name, let rows): nodes.append("source: the \(rows.count) \(plan.source.name) kept as \(name)")
        case .namedTable(let name, let table): nodes.append("source: the table kept as \(name) (\(rowCount(table.rows.count)))")
        }
        for step in plan.rowSteps { nodes.append(describe(step, source: plan.source)) }
        if let shape = plan.shape {
            switch shape {
            case .show(let fields): nodes.append("show " + fields.map(\.name).joined(separator: ", "))
            case .count: nodes.append("count")
            case .countBy(let fields): nodes.append("count by " + fields.map(\.name).joined(separator: ", "))
            case .distinct(let fields): nodes.append("distinct " + fields.map(\.name).joined(separator: ", "))
            case .context(let n): nodes.append("context \(n)")
            case .kwic(let key, _, let width, _): nodes.append("kwic" + (key.map { " \"\($0)\"" } ?? "") + " width \(width)")
            case .aggregate(let function, let field, let by):
                nodes.append("\(function.rawValue) \(field.name)" + (by.isEmpty ? "" : " by " + by.map(\.name).joined(separator: ", ")))
            }
        }
        let columns = plan.columns
        for step in plan.tableSteps { nodes.append(describe(step, columns: columns)) }
        return nodes
    }

    /// The physical plan's nodes as `explain` names them. Made before the plan runs: a node
    /// says whether it builds its index, which is no longer true once it has.
    public func nodes(_ plan: PhysicalPlan) -> [String] {
        let source = plan.logical.source
        let columns = plan.logical.columns
        return plan.operators.flatMap { op -> [String] in
            if case .stage(let inner, _) = op { return nodes(inner) }
            return [describe(op, source: source, columns: columns)]
        }
    }

    /// The physical plan's tree; with the profile of a run, each node's rows and time in a
    /// column at the right.
    public func physical(_ nodes: [String], profile: [OperatorProfile]? = nil) -> String {
        let lines = PlanPrinter.lines(nodes)
        guard let profile, profile.count == nodes.count else { return lines.joined(separator: "\n") }
        let width = lines.map(\.count).max() ?? 0
        return zip(lines, profile.reversed()).map { line, run in
            line + String(repeating: " ", count: width - line.count)
                + "   [\(rowCount(run.rows)), \(PlanPrinter.milliseconds(run.milliseconds)) ms]"
        }.joined(separator: "\n")
    }

    /// Nodes listed input first, drawn root first: each node reads the one drawn below it.
    static func tree(_ nodes: [String]) -> String {
        lines(nodes).joined(separator: "\n")
    }

    private static func lines(_ nodes: [String]) -> [String] {
        nodes.reversed().enumerated().map { depth, node in
            depth == 0 ? "  " + node : String(repeating: " ", count: 2 + 3 * (depth - 1)) + "-> " + node
        }
    }

    public static func milliseconds(_ ms: Double) -> String {
        let rounded = (ms * 1000).rounded() / 1000
        return String(rounded)
    }

    private func rowCount(_ n: Int) -> String { n == 1 ? "1 row" : "\(n) rows" }

    // MARK: - Logical steps

    private func describe(_ step: RowStep, source: SourceSchema) -> String {
        switch step {
        case .filter(let predicate): return "filter: " + condition(predicate)
        case .date(let range): return "date filter: " + dateRange(range, source: source)
        case .sort(let keys): return "sort by " + sortKeys(keys)
        case .limit(let n): return "limit \(n)"
        }
    }

    private func describe(_ step: TableStep, columns: [String]) -> String {
        switch step {
        case .filter(let predicate): return "filter the table: " + condition(predicate)
        case .sort(let keys):
            return "sort the table by " + keys.map { (columns.indices.contains($0.column) ? columns[$0.column] : "?") + ($0.descending ? " desc" : "") }.joined(separator: ", ")
        case .limit(let n): return "limit the table to \(n)"
        }
    }

    private func dateRange(_ range: DateRange, source: SourceSchema) -> String {
        let field = source.naturalDateField ?? "date"
        let first = PartialDate(dayNumber: range.first), last = PartialDate(dayNumber: range.last)
        switch range.relation {
        case .after: return "\(field) wholly after \(last)"
        case .before: return "\(field) wholly before \(first)"
        case .within: return "\(field) within \(first)...\(last)"
        }
    }

    private func sortKeys(_ keys: [(field: Field, descending: Bool)]) -> String {
        keys.map { $0.field.name + ($0.descending ? " desc" : "") }.joined(separator: ", ")
    }

    // MARK: - Physical operators

    private func describe(_ op: PhysicalOperator, source: SourceSchema, columns: [String]) -> String {
        let indexes = handle.indexes
        switch op {
        case .stage(let inner, _):
            // `nodes` draws a stage's own operators in its place.
            return "stage: " + nodes(inner).joined(separator: " <- ")
        case .fullScan(let count):
            return "full scan: every row of \(source.name) (\(count))"
        case .namedRows(let name, let rows):
            return "named rows: the \(rows.count) \(source.name) kept as \(name)"
        case .namedTable(let name, let count):
            return "named table: the \(rowCount(count)) of \(name)"
        case .entityEvents(let id, let range):
            var text = "entity index: the \(corpus.eventsByEntity[id].count) events of \(corpus.entities[id].name), in date order"
            if let range {
                switch range.relation {
                case .after: text += ", from the first that starts after \(PartialDate(dayNumber: range.last)) (binary search)"
                case .within: text += ", those that start within \(PartialDate(dayNumber: range.first))...\(PartialDate(dayNumber: range.last)) (binary search)"
                case .before: break
                }
            }
            return text
        case .entityMentions(let id):
            return "mention index: the \(corpus.mentionsByEntity[id].count) mentions of \(corpus.entities[id].name)"
        case .entitySentences(let id):
            return "mention index: the sentences of the \(corpus.mentionsByEntity[id].count) mentions of \(corpus.entities[id].name)"
        case .gazetteer(let ids):
            return "gazetteer: " + ids.map { corpus.entities[$0].name }.joined(separator: ", ")
        case .speakerQuotes(let id):
            return "speaker index: the \(corpus.quotesBySpeaker[id].count) quotations of \(corpus.entities[id].name)"
        case .eventRange(let range):
            return "date order of events: rows \(range.lowerBound)..<\(range.upperBound) by binary search"
        case .groupLookup(let field, let keys):
            let built = indexes.builtGroup(field, of: source) != nil
            return "group index on \(source.name).\(field.name)\(built ? "" : " (built now, then kept)"): the rows whose \(field.name) is "
                + keys.sorted().map { "\"\($0)\"" }.joined(separator: " or ")
        case .wordIndex(let required, let lookup):
            guard let lookup else {
                return "word index of sentences (built now, then kept): the sentences whose words can hold \"\(required.text)\""
                    + " (every sentence if its words are too common)"
            }
            return "word index of sentences: the sentences whose words can hold \"\(required.text)\" (at most \(lookup.bound))"
        case .byteScan(let required):
            return "byte scan: every article's bytes searched for \"\(required.text)\" on every core, keeping the \(source.name) whose \(required.field) holds it"
        case .sortIndexWalk(let field, let descending, let limit, let filters):
            let built = indexes.hasSort(field, of: source)
            var text = "sort index walk on \(source.name).\(field.name)\(descending ? " desc" : "")\(built ? "" : " (built now, then kept)"): "
            text += filters.isEmpty ? "the first \(limit) rows" : "rows in order, tested by "
                + filters.map { describe($0, source: source) }.joined(separator: " and ") + ", until \(limit) pass"
            return text
        case .groupIndexCount(let field):
            let built = indexes.builtGroup(field, of: source) != nil
            return "group index on \(source.name).\(field.name)\(built ? "" : " (built now, then kept)"): the count of each value, most frequent first"
        case .groupIndexDistinct(let field):
            let built = indexes.builtGroup(field, of: source) != nil
            return "group index on \(source.name).\(field.name)\(built ? "" : " (built now, then kept)"): its distinct values"
        case .filter(let predicate):
            return "filter: " + condition(predicate)
        case .dateFilter(let range):
            return "date filter: " + dateRange(range, source: source)
        case .sort(let keys):
            return "sort by " + sortKeys(keys)
        case .topN(let keys, let n):
            return "top \(n) by \(sortKeys(keys)) (one pass, keeping \(n) in a heap)"
        case .limit(let n):
            return "limit \(n)"
        case .shape(let shape):
            return describe(shape)
        case .tableFilter(let predicate):
            return describe(TableStep.filter(predicate), columns: columns)
        case .tableSort(let keys):
            return describe(TableStep.sort(keys), columns: columns)
        case .tableLimit(let n):
            return describe(TableStep.limit(n), columns: columns)
        }
    }

    /// A shape as the executor runs it.
    private func describe(_ shape: Shape) -> String {
        switch shape {
        case .show(let fields):
            return "project " + fields.map(\.name).joined(separator: ", ")
        case .count:
            return "count the rows"
        case .countBy(let fields):
            return "count by " + fields.map(\.name).joined(separator: ", ") + " (hashing each value), most frequent first"
        case .distinct(let fields):
            return "distinct " + fields.map(\.name).joined(separator: ", ") + " (hashing each value)"
        case .context(let n):
            return "context: each sentence with \(n) of its article either side"
        case .kwic(let key, let whole, let width, _):
            return "kwic: " + (key.map { "each \(whole ? "whole-word " : "")hit of \"\($0)\"" } ?? "each row's own words") + " with \(width) characters either side"
        case .aggregate(let function, let field, let by):
            return "\(function.rawValue) \(field.name)" + (by.isEmpty ? "" : " by " + by.map(\.name).joined(separator: ", ") + " (hashing each group)") + ", largest first"
        }
    }

    // MARK: - Conditions

    /// A checked condition in DQL's own words, with keys as compared (case folded) and
    /// entities by their canonical name.
    func condition(_ predicate: Predicate, parent: Int = 0) -> String {
        switch predicate {
        case .and(let parts):
            let text = parts.map { condition($0, parent: 2) }.joined(separator: " and ")
            return parent > 2 ? "(\(text))" : text
        case .or(let parts):
            let text = parts.map { condition($0, parent: 1) }.joined(separator: " or ")
            return parent > 1 ? "(\(text))" : text
        case .not(let inner):
            return "not " + condition(inner, parent: 3)
        case .test(let field, let test):
            return comparison(field.name, test)
        }
    }

    private func comparison(_ field: String, _ test: Test) -> String {
        func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        func list(_ items: [String]) -> String { items.count == 1 ? "= \(items[0])" : "in [\(items.joined(separator: ", "))]" }
        switch test {
        case .textEqual(let keys): return "\(field) " + list(keys.sorted().map(quoted))
        case .textNaming(let keys, let ids):
            let names = keys.sorted().map(quoted) + ids.sorted().map { "the entity \(quoted(corpus.entities[$0].name))" }
            return "\(field) names " + names.joined(separator: " or ")
        case .textContains(let key, _): return "\(field) contains \(quoted(key))"
        case .textHas(let key, _): return "\(field) has \(quoted(key))"
        case .textOrder(let op, let key): return "\(field) \(op.rawValue) \(quoted(key))"
        case .matches(let box): return "\(field) matches \(quoted(box.pattern))"
        case .numberCompare(let op, let n): return "\(field) \(op.rawValue) \(Value.number(n).display)"
        case .numberIn(let set): return "\(field) " + list(set.sorted().map { Value.number($0).display })
        case .dateCompare(let op, let date): return "\(field) \(op.rawValue) \(date)"
        case .dateIn(let dates): return "\(field) " + list(dates.map { "\($0)" })
        case .boolEqual(let b): return "\(field) = \(b)"
        case .entityIn(let ids):
            return "\(field) " + list(ids.sorted().map { corpus.entities.indices.contains($0) ? quoted(corpus.entities[$0].name) : "#\($0)" })
        case .entityContains(let key): return "\(field) contains \(quoted(key))"
        case .entityHas(let key): return "\(field) has \(quoted(key))"
        case .rowIn(let ids):
            return "\(field) " + list(ids.sorted().map { corpus.entities.indices.contains($0) ? quoted(corpus.entities[$0].name) : "#\($0)" })
        case .isNull: return "\(field) = null"
        case .negated(.isNull): return "\(field) != null"
        case .negated(let inner): return "not (\(comparison(field, inner)))"
        }
    }
}
