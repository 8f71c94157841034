import DossierCorpus

/// Runs checked plans over a corpus: row steps on row ids, then the shape, then table steps.
/// Linear in the rows it touches, apart from sorting.
public struct Evaluator: Sendable {
    public let corpus: Corpus
    /// Polled in loops; when it returns true the run stops with `Interrupted`.
    public var isCancelled: @Sendable () -> Bool

    public init(corpus: Corpus, isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.corpus = corpus
        self.isCancelled = isCancelled
    }

    /// Thrown when `isCancelled` says to stop.
    public struct Interrupted: Error {}

    /// The row ids a plan selects, before any shape.
    public func rows(_ plan: Plan) throws -> [Int] {
        var rows: [Int]
        var steps = plan.rowSteps[...]
        switch plan.start {
        case .all:
            if case .filter(let predicate)? = steps.first,
               let found = try indexedSentences(predicate, source: plan.source) ?? textCandidates(predicate, source: plan.source) {
                rows = found
            } else if let walked = try walkSortIndex(plan.source, &steps) {
                rows = walked
            } else {
                rows = Array(0..<plan.source.rowCount(corpus))
            }
        case .rows(let ids, _): rows = ids
        case .eventsOfEntity(let id):
            rows = corpus.eventsByEntity[id]
            if case .date(let range)? = steps.first { rows = narrowByDate(rows, range) }
        case .quotesOfSpeaker(let id): rows = corpus.quotesBySpeaker[id]
        case .eventRange(let range): rows = Array(range)
        case .equal(let field, let keys): rows = GroupIndex.of(field, source: plan.source, corpus: corpus).rows(withKeys: keys)
        }
        while let step = steps.popFirst() {
            // A sort followed by a small limit keeps only the first rows: a selection, not a sort.
            if case .sort(let keys) = step, case .limit(let n)? = steps.first, n < rows.count / 4 {
                rows = firstRows(n, of: rows, by: keys)
                steps.removeFirst()
                continue
            }
            switch step {
            case .filter, .date:
                rows = try filter(rows, rowTest(step, source: plan.source))
            case .sort(let keys):
                rows = sorted(rows, by: keys)
            case .limit(let n):
                rows = Array(rows.prefix(n))
            }
        }
        return rows
    }

    /// The result of a plan. Without a shape, a table shows the source's table fields and the
    /// other formats every field (`allFields`).
    public func run(_ plan: Plan, allFields: Bool = true) throws -> ResultSet {
        var result: ResultSet
        if let table = plan.table {
            result = table
        } else if let grouped = groupedFromIndex(plan) {
            result = grouped
        } else {
            let rows = try self.rows(plan)
            result = shape(rows, plan.shape, source: plan.source, allFields: allFields)
        }
        for step in plan.tableSteps {
            switch step {
            case .sort(let keys):
                let orderKeys = result.rows.map { row in keys.map { OrderKey(row[$0.column]) } }
                result.rows = result.rows.indices.sorted { a, b in
                    for (k, key) in keys.enumerated() {
                        let order = OrderKey.ordered(orderKeys[a][k], orderKeys[b][k], descending: key.descending)
                        if order != 0 { return order < 0 }
                    }
                    return a < b
                }.map { result.rows[$0] }
            case .limit(let n):
                result.rows = Array(result.rows.prefix(n))
            }
        }
        return result
    }

    // MARK: - Indexes

    /// Events in date order cut by binary search to those whose first day can pass `range`;
    /// the date step still runs, for the last day.
    private func narrowByDate(_ rows: [Int], _ range: DateRange) -> [Int] {
        let events = corpus.events
        switch range.relation {
        case .before: return rows
        case .after:
            return Array(rows[Evaluator.partition(0, rows.count) { events[rows[$0]].date.firstDay > range.last }...])
        case .within:
            let lower = Evaluator.partition(0, rows.count) { events[rows[$0]].date.firstDay >= range.first }
            let upper = Evaluator.partition(lower, rows.count) { events[rows[$0]].date.firstDay > range.last }
            return Array(rows[lower..<upper])
        }
    }

    /// `count by` and `distinct` over a whole source, read from the field's `GroupIndex`.
    private func groupedFromIndex(_ plan: Plan) -> ResultSet? {
        guard case .all = plan.start, plan.rowSteps.isEmpty else { return nil }
        switch plan.shape {
        case .countBy(let field) where field.slice == nil:
            let index = GroupIndex.of(field, source: plan.source, corpus: corpus)
            return countedTable(field, values: index.values, counts: index.counts)
        case .distinct(let field) where field.slice == nil:
            let index = GroupIndex.of(field, source: plan.source, corpus: corpus)
            return ResultSet(columns: [field.name], rows: OrderKey.sorted(index.values).map { [$0] })
        default:
            return nil
        }
    }

    /// When the steps begin with filters, then `sort by` one field and a small `limit`:
    /// the rows from a walk of the field's `SortIndex` that pass the filters, stopping at
    /// the limit. The steps left to run are what follows the limit.
    private func walkSortIndex(_ source: SourceSchema, _ steps: inout ArraySlice<RowStep>) throws -> [Int]? {
        guard let sortAt = steps.firstIndex(where: { if case .sort = $0 { return true }; return false }),
              case .sort(let keys) = steps[sortAt], keys.count == 1, let key = keys.first,
              sortAt + 1 < steps.endIndex, case .limit(let n) = steps[sortAt + 1],
              n < source.rowCount(corpus) / 4 else { return nil }
        let before = steps[steps.startIndex..<sortAt]
        guard before.allSatisfy({ if case .sort = $0 { return false }; if case .limit = $0 { return false }; return true }) else { return nil }
        let tests = before.map { rowTest($0, source: source) }
        let index = SortIndex.of(key.field, source: source, corpus: corpus)
        var rows: [Int] = []
        var visited = 0
        var interrupted = false
        index.walk(descending: key.descending) { row in
            visited += 1
            if visited & 0xFF == 0, isCancelled() { interrupted = true; return false }
            if tests.allSatisfy({ $0(row) }) { rows.append(row) }
            return rows.count < n
        }
        if interrupted { throw Interrupted() }
        steps = steps[(sortAt + 2)...]
        return rows
    }

    private func rowTest(_ step: RowStep, source: SourceSchema) -> @Sendable (Int) -> Bool {
        switch step {
        case .filter(let predicate): return compiled(predicate)
        case .date(let range):
            let corpus = self.corpus
            guard let date = source.naturalDate else { return { _ in true } }
            return { row in date(corpus, row).map(range.holds) ?? false }
        case .sort, .limit: return { _ in true }
        }
    }

    /// What a row's text must hold to pass a filter: a `contains`, or a `matches` whose
    /// pattern requires a literal, possibly within a chain of `and`, on text that lies in an
    /// article. Its text is what the word index looks up and `explain` shows; its search
    /// finds it in an article's bytes.
    struct TextRequirement {
        let slice: @Sendable (Corpus, Int) -> (article: Int, range: Range<Int>)
        let text: String
        let search: @Sendable (UnsafeBufferPointer<UInt8>) -> [Range<Int>]
    }

    static func textRequirement(_ predicate: Predicate) -> TextRequirement? {
        switch predicate {
        case .and(let parts):
            return parts.lazy.compactMap(textRequirement).first
        case .test(let field, .textContains(let key, let matcher?)):
            guard let slice = field.slice else { return nil }
            return TextRequirement(slice: slice, text: key, search: { matcher.occurrences(in: $0, 0..<$0.count) })
        case .test(let field, .matches(let box)):
            guard let slice = field.slice, let literal = box.literal else { return nil }
            return TextRequirement(slice: slice, text: String(decoding: literal.bytes, as: UTF8.self),
                                   search: { literal.occurrences(in: $0, 0..<$0.count) })
        default:
            return nil
        }
    }

    /// Sentences that can hold the text a filter requires, from the word index; nil when the
    /// source is not sentences or the words are too common to narrow the search.
    private func indexedSentences(_ predicate: Predicate, source: SourceSchema) throws -> [Int]? {
        guard source.name == "sentences", let required = Evaluator.textRequirement(predicate) else { return nil }
        guard let index = TextIndex.of(corpus, isCancelled: isCancelled) else { throw Interrupted() }
        return index.sentences(holding: Array(required.text.utf8), sentenceCount: corpus.sentences.count)
    }

    /// The rows that can pass a filter requiring some text, found by searching each article's
    /// bytes once and keeping the rows whose stretch holds a match. The filter still runs on
    /// them. Rows of such sources are in article and text order.
    private func textCandidates(_ predicate: Predicate, source: SourceSchema) throws -> [Int]? {
        guard let required = Evaluator.textRequirement(predicate) else { return nil }
        let (slice, search) = (required.slice, required.search)
        let count = source.rowCount(corpus)
        let articles = corpus.articles.count
        let corpus = self.corpus
        let isCancelled = self.isCancelled
        // Runs of articles are searched on every core; their rows are joined in order.
        let run = 256
        let parts = Parallel.map(count: (articles + run - 1) / run, chunk: 1) { part -> [Int]? in
            if isCancelled() { return nil }
            let first = part * run
            var rows: [Int] = []
            var row = Evaluator.partition(0, count) { slice(corpus, $0).article >= first }
            for article in first..<min(articles, first + run) {
                var body = corpus.articles[article].body
                let hits = body.withUTF8 { search($0) }
                guard !hits.isEmpty else { continue }
                row = Evaluator.partition(row, count) { slice(corpus, $0).article >= article }
                while row < count {
                    let place = slice(corpus, row)
                    guard place.article == article else { break }
                    if Evaluator.hasHit(hits, within: place.range) { rows.append(row) }
                    row += 1
                }
            }
            return rows
        }
        return try Evaluator.joined(parts)
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

    /// Whether one of `hits` (sorted by start) lies wholly within `range`.
    private static func hasHit(_ hits: [Range<Int>], within range: Range<Int>) -> Bool {
        var i = partition(0, hits.count) { hits[$0].lowerBound >= range.lowerBound }
        while i < hits.count, hits[i].lowerBound < range.upperBound {
            if hits[i].upperBound <= range.upperBound { return true }
            i += 1
        }
        return false
    }

    /// The first index in `low..<high` for which `isAfter` holds, given that it holds for a suffix.
    static func partition(_ low: Int, _ high: Int, _ isAfter: (Int) -> Bool) -> Int {
        var low = low
        var high = high
        while low < high {
            let mid = (low + high) / 2
            if isAfter(mid) { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// The rows that `keep` holds for, in order; many rows are tested on every core.
    private func filter(_ rows: [Int], _ keep: @escaping @Sendable (Int) -> Bool) throws -> [Int] {
        let isCancelled = self.isCancelled
        let run = 4096
        guard rows.count > run else {
            var kept: [Int] = []
            for (n, row) in rows.enumerated() {
                if n & 0xFF == 0, isCancelled() { throw Interrupted() }
                if keep(row) { kept.append(row) }
            }
            return kept
        }
        let parts = Parallel.map(count: (rows.count + run - 1) / run, chunk: 1) { part -> [Int]? in
            var kept: [Int] = []
            for (n, row) in rows[(part * run)..<min(rows.count, (part + 1) * run)].enumerated() {
                if n & 0xFF == 0, isCancelled() { return nil }
                if keep(row) { kept.append(row) }
            }
            return kept
        }
        return try Evaluator.joined(parts)
    }

    /// The first `n` rows in sort order, ties kept in their order, as `sorted` would give
    /// them: one pass that keeps the best `n` in a sorted buffer.
    private func firstRows(_ n: Int, of rows: [Int], by keys: [(field: Field, descending: Bool)]) -> [Int] {
        guard n > 0 else { return [] }
        var best: [(position: Int, values: [OrderKey])] = []
        best.reserveCapacity(n + 1)
        let precedes = { (a: (position: Int, values: [OrderKey]), b: (position: Int, values: [OrderKey])) -> Bool in
            for (k, key) in keys.enumerated() {
                let order = OrderKey.ordered(a.values[k], b.values[k], descending: key.descending)
                if order != 0 { return order < 0 }
            }
            return a.position < b.position
        }
        for (position, row) in rows.enumerated() {
            let candidate = (position: position, values: keys.map { OrderKey($0.field.value(corpus, row)) })
            if best.count == n, let last = best.last, !precedes(candidate, last) { continue }
            var low = 0
            var high = best.count
            while low < high {
                let mid = (low + high) / 2
                if precedes(best[mid], candidate) { low = mid + 1 } else { high = mid }
            }
            best.insert(candidate, at: low)
            if best.count > n { best.removeLast() }
        }
        return best.map { rows[$0.position] }
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

    private func shape(_ rows: [Int], _ shape: Shape?, source: SourceSchema, allFields: Bool) -> ResultSet {
        switch shape {
        case nil:
            let fields = allFields ? source.fields : source.tableFields.compactMap(source.field(named:))
            return table(rows, fields)
        case .show(let fields):
            return table(rows, fields)
        case .count:
            return ResultSet(columns: ["count"], rows: [[.number(Double(rows.count))]])
        case .countBy(let field):
            var groupOf: [Value: Int] = [:]
            var order: [Value] = []
            var counts: [Int] = []
            func add(_ value: Value) {
                if let group = groupOf[value] {
                    counts[group] += 1
                } else {
                    groupOf[value] = order.count
                    order.append(value)
                    counts.append(1)
                }
            }
            for row in rows {
                let value = field.value(corpus, row)
                if case .list(let items) = value { items.forEach(add) } else { add(value) }
            }
            return countedTable(field, values: order, counts: counts)
        case .distinct(let field):
            var seen = Set<Value>()
            for row in rows { for value in elements(field.value(corpus, row)) { seen.insert(value) } }
            return ResultSet(columns: [field.name], rows: OrderKey.sorted(Array(seen)).map { [$0] })
        }
    }

    /// The `count by` table: most frequent first, ties in value order.
    private func countedTable(_ field: Field, values: [Value], counts: [Int]) -> ResultSet {
        let keys = values.map(OrderKey.init)
        let order = values.indices.sorted { a, b in
            counts[a] != counts[b] ? counts[a] > counts[b] : OrderKey.compare(keys[a], keys[b]) < 0
        }
        return ResultSet(columns: [field.name, "count"], rows: order.map { [values[$0], .number(Double(counts[$0]))] })
    }

    private func table(_ rows: [Int], _ fields: [Field]) -> ResultSet {
        ResultSet(columns: fields.map(\.name), rows: rows.map { row in fields.map { $0.value(corpus, row) } })
    }

    /// The elements of a list value (each counts on its own in `count by` and `distinct`).
    private func elements(_ value: Value) -> [Value] {
        if case .list(let items) = value { return items }
        return [value]
    }

    // MARK: - Conditions

    /// The condition as one closure per node, made once per statement: walking the
    /// `Predicate` for every row would copy its fields and tests again and again.
    private func compiled(_ predicate: Predicate) -> @Sendable (Int) -> Bool {
        let corpus = self.corpus
        switch predicate {
        case .and(let parts):
            let tests = parts.map(compiled)
            if tests.count == 2 {
                let first = tests[0], second = tests[1]
                return { first($0) && second($0) }
            }
            return { row in tests.allSatisfy { $0(row) } }
        case .or(let parts):
            let tests = parts.map(compiled)
            if tests.count == 2 {
                let first = tests[0], second = tests[1]
                return { first($0) || second($0) }
            }
            return { row in tests.contains { $0(row) } }
        case .not(let inner):
            let test = compiled(inner)
            return { !test($0) }
        case .test(let field, .textContains(let key, let matcher?)) where field.slice != nil:
            // Searched in the article's bytes, where the text lies: nothing is copied.
            guard let slice = field.slice else { return { _ in false } }
            let value = field.value
            return { row in
                let place = slice(corpus, row)
                return corpus.articles[place.article].body.utf8.withContiguousStorageIfAvailable { bytes in
                    matcher.occurs(in: bytes, place.range)
                } ?? passes(value(corpus, row), .textContains(key, nil))
            }
        case .test(let field, .numberCompare(let op, let n)):
            let value = field.value
            return { row in
                guard case .number(let v) = value(corpus, row) else { return passes(value(corpus, row), .numberCompare(op, n)) }
                return Evaluator.order(v < n ? -1 : (v == n ? 0 : 1), op)
            }
        case .test(let field, let test):
            let value = field.value
            return { row in passes(value(corpus, row), test) }
        }
    }

    /// On a list, a test holds when it holds for any element; `negated` holds when the
    /// positive test holds for none (and the value is not null).
    private func passes(_ value: Value, _ test: Test) -> Bool {
        if case .negated(let inner) = test {
            if case .isNull = inner { return !isNull(value) }
            return !isNull(value) && !passes(value, inner)
        }
        if case .isNull = test { return isNull(value) }
        if case .list(let items) = value { return items.contains { passes($0, test) } }
        // A switch on the test alone: a switch on (test, value) copies the test for every row.
        switch test {
        case .numberCompare(let op, let n):
            guard case .number(let v) = value else { return false }
            return Evaluator.order(v < n ? -1 : (v == n ? 0 : 1), op)
        case .textEqual(let keys):
            guard case .text(let text) = value else { return false }
            if keys.count == 1, let key = keys.first { return NameKey.matches(text, key: key) }
            return keys.contains(NameKey.of(text))
        case .textContains(let key, _):
            guard case .text(let text) = value else { return false }
            return NameKey.of(text).contains(key)
        case .textOrder(let op, let key):
            guard case .text(let text) = value else { return false }
            let own = NameKey.of(text)
            return Evaluator.order(own < key ? -1 : (own == key ? 0 : 1), op)
        case .matches(let regex):
            return !isNull(value) && regex.matches(value.display)
        case .numberIn(let set):
            guard case .number(let v) = value else { return false }
            return set.contains(v)
        case .dateCompare(let op, let d):
            guard case .date(let v) = value else { return false }
            return Evaluator.dateHolds(v, op, d)
        case .dateIn(let dates):
            guard case .date(let v) = value else { return false }
            return dates.contains(v)
        case .boolEqual(let b):
            guard case .bool(let v) = value else { return false }
            return b == v
        case .entityIn(let ids):
            guard case .entity(let id, _) = value else { return false }
            return ids.contains(id)
        case .entityContains(let key):
            guard case .entity(let id, _) = value else { return false }
            let entity = corpus.entities[id]
            return ([entity.name] + entity.aliases).contains { NameKey.of($0).contains(key) }
        case .isNull, .negated:
            return false
        }
    }

    private func isNull(_ value: Value) -> Bool {
        if case .null = value { return true }
        if case .list(let items) = value { return items.isEmpty }
        return false
    }

    private static func order(_ sign: Int, _ op: Comparison.Operator) -> Bool {
        switch op {
        case .equal: return sign == 0
        case .notEqual: return sign != 0
        case .less: return sign < 0
        case .lessEqual: return sign <= 0
        case .greater: return sign > 0
        case .greaterEqual: return sign >= 0
        default: return false
        }
    }

    /// Date comparisons respect precision: `<` and `>` hold only when certain (the whole
    /// range of days is before or after); `=` is the same date as written; `<=` and `>=`
    /// hold when the range ends no later, or starts no earlier, than the other's.
    static func dateHolds(_ value: PartialDate, _ op: Comparison.Operator, _ other: PartialDate) -> Bool {
        switch op {
        case .equal: return value == other
        case .less: return value.lastDay < other.firstDay
        case .greater: return value.firstDay > other.lastDay
        case .lessEqual: return value.lastDay <= other.lastDay
        case .greaterEqual: return value.firstDay >= other.firstDay
        default: return false
        }
    }

    // MARK: - Ordering

    /// Total order for sorting: nulls last; numbers, dates, booleans by value; text and
    /// entities case-insensitively; lists by their first element.
    static func compare(_ a: Value, _ b: Value) -> Int {
        switch (a, b) {
        case (.null, .null): return 0
        case (.null, _): return 1
        case (_, .null): return -1
        case (.number(let x), .number(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.date(let x), .date(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        case (.list(let x), .list(let y)):
            for (p, q) in zip(x, y) {
                let order = compare(p, q)
                if order != 0 { return order }
            }
            return x.count < y.count ? -1 : (x.count == y.count ? 0 : 1)
        default:
            let x = NameKey.of(a.display)
            let y = NameKey.of(b.display)
            if x != y { return x < y ? -1 : 1 }
            return a.display < b.display ? -1 : (a.display == b.display ? 0 : 1)
        }
    }
}
