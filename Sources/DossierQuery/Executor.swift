import DossierCorpus

/// The fourth stage of a statement: runs a `PhysicalPlan` as the planner wrote it, one
/// operator after another, each on the output of the one before. It chooses nothing: an
/// access path, a filter or a top-n runs the same way whatever the data. Linear in the
/// rows it touches, apart from sorting.
public struct Executor: Sendable {
    public let handle: CorpusHandle
    /// Polled in loops; when it returns true the run stops with `Interrupted`.
    public var isCancelled: @Sendable () -> Bool

    public init(handle: CorpusHandle, isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.handle = handle
        self.isCancelled = isCancelled
    }

    /// Thrown when `isCancelled` says to stop.
    public struct Interrupted: Error {}

    private var corpus: Corpus { handle.corpus }

    /// What flows from one operator to the next.
    private enum Flow {
        case rows([Int])
        case table(ResultSet)

        var count: Int {
            switch self {
            case .rows(let rows): return rows.count
            case .table(let table): return table.rows.count
            }
        }
    }

    /// The result of a plan.
    public func run(_ plan: PhysicalPlan) throws -> ResultSet {
        table(try execute(plan.operators, source: plan.logical.source, profiling: false).flow)
    }

    /// The row ids a plan selects, before any operator that makes a table.
    public func rows(_ plan: PhysicalPlan) throws -> [Int] {
        let rowOperators = Array(plan.operators.prefix { !$0.makesTable })
        guard case .rows(let rows) = try execute(rowOperators, source: plan.logical.source, profiling: false).flow else { return [] }
        return rows
    }

    /// The result of a plan, with what each operator passed on and how long it took, in
    /// the order of `plan`'s operators: what `explain analyze` prints.
    public func analyze(_ plan: PhysicalPlan) throws -> (result: ResultSet, profile: [OperatorProfile]) {
        let (flow, profile) = try execute(plan.operators, source: plan.logical.source, profiling: true)
        return (table(flow), profile)
    }

    /// The table at the end of a plan; the planner ends every plan it makes with an
    /// operator that makes one, so an empty table is only for a plan made otherwise.
    private func table(_ flow: Flow) -> ResultSet {
        if case .table(let table) = flow { return table }
        return ResultSet(columns: [], rows: [])
    }

    private func execute(_ operators: [PhysicalOperator], source: SourceSchema,
                         profiling: Bool) throws -> (flow: Flow, profile: [OperatorProfile]) {
        var flow = Flow.rows([])
        var profile: [OperatorProfile] = []
        let clock = ContinuousClock()
        for op in operators {
            if case .stage(let inner, let box) = op {
                // The earlier stage runs first, with its own operators' profile.
                let (made, measured) = try execute(inner.operators, source: inner.logical.source, profiling: profiling)
                box.table = table(made)
                profile += measured
                flow = .rows(Array(0..<box.table.rows.count))
                continue
            }
            let started = profiling ? clock.now : nil
            flow = try apply(op, to: flow, source: source)
            if let started {
                let elapsed = started.duration(to: clock.now).components
                profile.append(OperatorProfile(rows: flow.count,
                                               milliseconds: Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15))
            }
        }
        return (flow, profile)
    }

    private func apply(_ op: PhysicalOperator, to flow: Flow, source: SourceSchema) throws -> Flow {
        switch op {
        case .fullScan(let count): return .rows(Array(0..<count))
        case .namedRows(_, let rows): return .rows(rows)
        case .namedTable(_, let count): return .rows(Array(0..<count))
        case .entityEvents(let id, let range):
            let rows = corpus.eventsByEntity[id]
            return .rows(range.map { narrowByDate(rows, $0) } ?? rows)
        case .entityMentions(let id): return .rows(corpus.mentionsByEntity[id])
        case .entitySentences(let id):
            var sentences: [Int] = []
            for mention in corpus.mentionsByEntity[id] where sentences.last != corpus.mentions[mention].sentence {
                sentences.append(corpus.mentions[mention].sentence)
            }
            return .rows(sentences)
        case .gazetteer(let ids): return .rows(ids)
        case .speakerQuotes(let id): return .rows(corpus.quotesBySpeaker[id])
        case .eventRange(let range): return .rows(Array(range))
        case .groupLookup(let field, let keys):
            return .rows(handle.indexes.group(field, of: source, in: corpus).rows(withKeys: keys))
        case .wordIndex(_, let lookup?):
            return .rows(handle.indexes.builtWords.map { $0.sentences(lookup) } ?? [])
        case .wordIndex(let required, nil):
            guard let index = handle.indexes.words(of: corpus, isCancelled: isCancelled) else { throw Interrupted() }
            let count = corpus.sentences.count
            return .rows(index.sentences(holding: Array(required.text.utf8), sentenceCount: count, wholeWords: required.wholeWords)
                         ?? Array(0..<count))
        case .byteScan(let required):
            return .rows(try byteScan(required, rowCount: source.rowCount(corpus)))
        case .sortIndexWalk(let field, let descending, let limit, let filters):
            return .rows(try walk(field, descending: descending, limit: limit, filters: filters, source: source))
        case .groupIndexCount(let field):
            let index = handle.indexes.group(field, of: source, in: corpus)
            return .table(countedTable([field], groups: index.values.map { [$0] }, counts: index.counts))
        case .groupIndexDistinct(let field):
            let index = handle.indexes.group(field, of: source, in: corpus)
            return .table(ResultSet(columns: [field.name], rows: OrderKey.sorted(index.values).map { [$0] }, columnTypes: [field.type]))
        default:
            break
        }
        switch (op, flow) {
        case (.filter(let predicate), .rows(let rows)):
            return .rows(try filter(rows, PredicateCompiler(corpus: corpus).compile(predicate)))
        case (.dateFilter(let range), .rows(let rows)):
            return .rows(try filter(rows, dateTest(range, source: source)))
        case (.sort(let keys), .rows(let rows)): return .rows(sorted(rows, by: keys))
        case (.topN(let keys, let n), .rows(let rows)): return .rows(TopN.first(n, of: rows, by: keys, corpus: corpus))
        case (.limit(let n), .rows(let rows)): return .rows(Array(rows.prefix(n)))
        case (.shape(let shape), .rows(let rows)):
            return .table(try shaped(rows, shape))
        case (.tableSort(let keys), .table(var table)):
            let orderKeys = table.rows.map { row in keys.map { OrderKey(row[$0.column]) } }
            table.rows = table.rows.indices.sorted { a, b in
                for (k, key) in keys.enumerated() {
                    let order = OrderKey.ordered(orderKeys[a][k], orderKeys[b][k], descending: key.descending)
                    if order != 0 { return order < 0 }
                }
                return a < b
            }.map { table.rows[$0] }
            return .table(table)
        case (.tableFilter(let predicate), .table(var table)):
            let compiler = PredicateCompiler(corpus: corpus)
            let columns = Dictionary(table.columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            table.rows = table.rows.filter { compiler.holds(predicate, in: $0, columns: columns) }
            return .table(table)
        case (.tableLimit(let n), .table(var table)):
            table.rows = Array(table.rows.prefix(n))
            return .table(table)
        default:
            // The planner puts row operators before the shape and table operators after it.
            return flow
        }
    }

    // MARK: - Access paths

    /// Events in date order cut by binary search to those whose first day can pass `range`;
    /// the date filter still runs, for the last day.
    private func narrowByDate(_ rows: [Int], _ range: DateRange) -> [Int] {
        let events = corpus.events
        switch range.relation {
        case .before: return rows
        case .after:
            return Array(rows[BinarySearch.partition(0, rows.count) { events[rows[$0]].date.firstDay > range.last }...])
        case .within:
            let lower = BinarySearch.partition(0, rows.count) { events[rows[$0]].date.firstDay >= range.first }
            let upper = BinarySearch.partition(lower, rows.count) { events[rows[$0]].date.firstDay > range.last }
            return Array(rows[lower..<upper])
        }
    }

    /// The rows in the order of a field's sort index that pass the filters, stopping at `limit`.
    private func walk(_ field: Field, descending: Bool, limit: Int, filters: [RowStep], source: SourceSchema) throws -> [Int] {
        let compiler = PredicateCompiler(corpus: corpus)
        let tests = filters.map { step -> @Sendable (Int) -> Bool in
            switch step {
            case .filter(let predicate): return compiler.compile(predicate)
            case .date(let range): return dateTest(range, source: source)
            case .sort, .limit: return { _ in true }
            }
        }
        let index = handle.indexes.sort(field, of: source, in: corpus)
        var rows: [Int] = []
        var visited = 0
        var interrupted = false
        index.walk(descending: descending) { row in
            visited += 1
            if visited & 0xFF == 0, isCancelled() { interrupted = true; return false }
            if tests.allSatisfy({ $0(row) }) { rows.append(row) }
            return rows.count < limit
        }
        if interrupted { throw Interrupted() }
        return rows
    }

    /// The rows that can pass a filter requiring some text, found by searching each article's
    /// bytes once and keeping the rows whose stretch holds a match. Rows of such sources are
    /// in article and text order.
    private func byteScan(_ required: TextRequirement, rowCount count: Int) throws -> [Int] {
        let (slice, search) = (required.slice, required.search)
        let articles = corpus.articles.count
        let corpus = self.corpus
        let isCancelled = self.isCancelled
        // Runs of articles are searched on every core; their rows are joined in order.
        let run = 256
        let parts = Parallel.map(count: (articles + run - 1) / run, chunk: 1) { part -> [Int]? in
            if isCancelled() { return nil }
            let first = part * run
            var rows: [Int] = []
            var row = BinarySearch.partition(0, count) { slice(corpus, $0).article >= first }
            for article in first..<min(articles, first + run) {
                let hits = corpus.articles[article].body.withBytes { search($0) }
                guard !hits.isEmpty else { continue }
                row = BinarySearch.partition(row, count) { slice(corpus, $0).article >= article }
                while row < count {
                    let place = slice(corpus, row)
                    guard place.article == article else { break }
                    if Executor.hasHit(hits, within: place.range) { rows.append(row) }
                    row += 1
                }
            }
            return rows
        }
        return try Executor.joined(parts)
    }

    /// Whether one of `hits` (sorted by start) lies wholly within `range`.
    private static func hasHit(_ hits: [Range<Int>], within range: Range<Int>) -> Bool {
        var i = BinarySearch.partition(0, hits.count) { hits[$0].lowerBound >= range.lowerBound }
        while i < hits.count, hits[i].lowerBound < range.upperBound {
            if hits[i].upperBound <= range.upperBound { return true }
            i += 1
        }
        return false
    }

    /// Rows found in runs on every core, in order; a run that stopped (nil) stops them all.
    private static func joined(_ parts: [[Int]?]) throws -> [Int] {
        var rows: [Int] = []
        rows.reserveCapacity(parts.reduce(0) { $0 + ($1?.count ?? 0) })
        for part in parts {
            guard let part else { throw Interrupted() }
            rows += part
        }
        return rows
    }

    // MARK: - On rows

    private func dateTest(_ range: DateRange, source: SourceSchema) -> @Sendable (Int) -> Bool {
        let corpus = self.corpus
        guard let date = source.naturalDate else { return { _ in true } }
        return { row in date(corpus, row).map(range.holds) ?? false }
    }

    /// The rows that `keep` holds for, in order; runs of 4,096 rows are tested on every core.
    private func filter(_ rows: [Int], _ keep: @escaping @Sendable (Int) -> Bool) throws -> [Int] {
        let isCancelled = self.isCancelled
        let run = 4096
        let parts = Parallel.map(count: (rows.count + run - 1) / run, chunk: 1) { part -> [Int]? in
            var kept: [Int] = []
            for (n, row) in rows[(part * run)..<min(rows.count, (part + 1) * run)].enumerated() {
                if n & 0xFF == 0, isCancelled() { return nil }
                if keep(row) { kept.append(row) }
            }
            return kept
        }
        return try Executor.joined(parts)
    }

    /// The fields' values of each row, in order; runs of 4,096 rows are read on every core.
    private func project(_ rows: [Int], _ fields: [Field]) throws -> [[Value]] {
        let corpus = self.corpus
        let isCancelled = self.isCancelled
        let run = 4096
        let parts = Parallel.map(count: (rows.count + run - 1) / run, chunk: 1) { part -> [[Value]]? in
            if isCancelled() { return nil }
            return rows[(part * run)..<min(rows.count, (part + 1) * run)].map { row in fields.map { $0.value(corpus, row) } }
        }
        var table: [[Value]] = []
        table.reserveCapacity(rows.count)
        for part in parts {
            guard let part else { throw Interrupted() }
            table += part
        }
        return table
    }

    private func sorted(_ rows: [Int], by keys: [(field: Field, descending: Bool)]) -> [Int] {
        let values = rows.map { row in keys.map { OrderKey($0.field.value(corpus, row)) } }
        return rows.indices.sorted { a, b in
            for (k, key) in keys.enumerated() {
                let order = OrderKey.ordered(values[a][k], values[b][k], descending: key.descending)
                if order != 0 { return order < 0 }
            }
            return a < b
        }.map { rows[$0] }
    }

    // MARK: - Shapes

    private func shaped(_ rows: [Int], _ shape: Shape) throws -> ResultSet {
        switch shape {
        case .show(let fields):
            return ResultSet(columns: fields.map(\.name), rows: try project(rows, fields), columnTypes: fields.map(\.type))
        case .count:
            return ResultSet(columns: ["count"], rows: [[.number(Double(rows.count))]], columnTypes: [.number])
        case .countBy(let fields):
            return countBy(fields, rows)
        case .distinct(let fields):
            var seen = Set<[Value]>()
            for row in rows { for key in combinations(of: fields, row) { seen.insert(key) } }
            let keys = seen.map { ($0, $0.map(OrderKey.init)) }.sorted { a, b in
                for (x, y) in zip(a.1, b.1) {
                    let c = OrderKey.compare(x, y)
                    if c != 0 { return c < 0 }
                }
                return String(describing: a.0) < String(describing: b.0)
            }
            return ResultSet(columns: fields.map(\.name), rows: keys.map(\.0), columnTypes: fields.map(\.type))
        case .aggregate(let function, let field, let by):
            return aggregate(function, field, by: by, rows)
        case .context(let n):
            return ResultSet(columns: Concordance.contextColumns, rows: Concordance(corpus: corpus).context(rows, n: n),
                             columnTypes: [.text, .number, .boolean, .text])
        case .kwic(let key, let whole, let width, let text):
            let concordance = Concordance(corpus: corpus)
            let lines = key.map { concordance.kwic(sentences: rows, key: $0, wholeWords: whole, width: width) }
                ?? text?.slice.map { concordance.kwic(rows: rows, slice: $0, width: width) } ?? []
            return ResultSet(columns: Concordance.kwicColumns, rows: lines, columnTypes: Concordance.kwicColumns.map { _ in .text })
        }
    }

    /// One group per combination of the fields' values. A list value counts once for
    /// each of its elements, so a row with two actors counts for each; with several list
    /// fields, for each combination of their elements.
    private func countBy(_ fields: [Field], _ rows: [Int]) -> ResultSet {
        var groupOf: [[Value]: Int] = [:]
        var order: [[Value]] = []
        var counts: [Int] = []
        func add(_ key: [Value]) {
            if let group = groupOf[key] {
                counts[group] += 1
            } else {
                groupOf[key] = order.count
                order.append(key)
                counts.append(1)
            }
        }
        for row in rows { combinations(of: fields, row).forEach(add) }
        return countedTable(fields, groups: order, counts: counts)
    }

    /// The groups a row falls in: one value of each field, a list giving each element.
    private func combinations(of fields: [Field], _ row: Int) -> [[Value]] {
        var keys: [[Value]] = [[]]
        for field in fields {
            let choices = elements(field.value(corpus, row))
            keys = choices.count == 1 ? keys.map { $0 + choices } : keys.flatMap { key in choices.map { key + [$0] } }
        }
        return keys
    }

    /// An aggregate of a field for each group of the `by` fields (one group with none), the
    /// largest first, ties in the order of the groups' values.
    private func aggregate(_ function: Aggregate, _ field: Field, by: [Field], _ rows: [Int]) -> ResultSet {
        var groupOf: [[Value]: Int] = [:]
        var order: [[Value]] = by.isEmpty ? [[]] : []
        var accumulators: [AggregateAccumulator] = by.isEmpty ? [AggregateAccumulator()] : []
        if by.isEmpty { groupOf[[]] = 0 }
        for row in rows {
            let value = field.value(corpus, row)
            for key in combinations(of: by, row) {
                let group: Int
                if let known = groupOf[key] {
                    group = known
                } else {
                    group = order.count
                    groupOf[key] = group
                    order.append(key)
                    accumulators.append(AggregateAccumulator())
                }
                accumulators[group].add(value)
            }
        }
        let results = accumulators.map { OrderKey($0.result(function)) }
        let keys = order.map { $0.map(OrderKey.init) }
        let sorted = order.indices.sorted { a, b in
            let c = OrderKey.ordered(results[a], results[b], descending: true)
            if c != 0 { return c < 0 }
            for (x, y) in zip(keys[a], keys[b]) {
                let c = OrderKey.compare(x, y)
                if c != 0 { return c < 0 }
            }
            return a < b
        }
        let types = by.map(\.type) + [function == .min || function == .max ? field.type : .number]
        return ResultSet(columns: by.map(\.name) + [function.column], rows: sorted.map { order[$0] + [results[$0].value] },
                         columnTypes: types)
    }

    /// The `count by` table: most frequent first, ties in the order of the values.
    private func countedTable(_ fields: [Field], groups: [[Value]], counts: [Int]) -> ResultSet {
        let keys = groups.map { $0.map(OrderKey.init) }
        let order = groups.indices.sorted { a, b in
            if counts[a] != counts[b] { return counts[a] > counts[b] }
            for (x, y) in zip(keys[a], keys[b]) {
                let c = OrderKey.compare(x, y)
                if c != 0 { return c < 0 }
            }
            return a < b
        }
        return ResultSet(columns: fields.map(\.name) + ["count"], rows: order.map { groups[$0] + [.number(Double(counts[$0]))] },
                         columnTypes: fields.map(\.type) + [.number])
    }

    /// The elements of a list value (each counts on its own in `count by` and `distinct`).
    private func elements(_ value: Value) -> [Value] {
        if case .list(let items) = value { return items }
        return [value]
    }
}
