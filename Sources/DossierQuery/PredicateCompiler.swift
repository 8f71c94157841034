import DossierCorpus

/// Turns a `Predicate` into one closure per node, made once per statement: walking the
/// predicate for every row would copy its fields and tests again and again.
struct PredicateCompiler: Sendable {
    let corpus: Corpus

    /// The condition as a test of a row id.
    func compile(_ predicate: Predicate) -> @Sendable (Int) -> Bool {
        let corpus = self.corpus
        switch predicate {
        case .and(let parts):
            let tests = parts.map(compile)
            if tests.count == 2 {
                let first = tests[0], second = tests[1]
                return { first($0) && second($0) }
            }
            return { row in tests.allSatisfy { $0(row) } }
        case .or(let parts):
            let tests = parts.map(compile)
            if tests.count == 2 {
                let first = tests[0], second = tests[1]
                return { first($0) || second($0) }
            }
            return { row in tests.contains { $0(row) } }
        case .not(let inner):
            let test = compile(inner)
            return { !test($0) }
        case .test(let field, .textContains(_, let matcher?)) where field.slice != nil:
            // Searched in the article's bytes, where the text lies: nothing is copied.
            guard let slice = field.slice else { return { _ in false } }
            return { row in
                let place = slice(corpus, row)
                return corpus.articles[place.article].body.withBytes { bytes in
                    matcher.occurs(in: bytes, place.range)
                }
            }
        case .test(let field, .textHas(let key, let matcher?)) where field.slice != nil:
            guard let slice = field.slice, let edges = WordBoundary.edges(of: key) else { return { _ in false } }
            return { row in
                let place = slice(corpus, row)
                return corpus.articles[place.article].body.withBytes { bytes in
                    matcher.occurrences(in: bytes, place.range).contains {
                        WordBoundary.isWhole($0, in: bytes, place.range, startsWithWord: edges.start, endsWithWord: edges.end)
                    }
                }
            }
        case .test(_, .rowIn(let ids)):
            return { ids.contains($0) }
        case .test(_, .negated(.rowIn(let ids))):
            return { !ids.contains($0) }
        case .test(let field, .numberCompare(let op, let n)):
            let value = field.value
            return { row in
                guard case .number(let v) = value(corpus, row) else { return passes(value(corpus, row), .numberCompare(op, n)) }
                return PredicateCompiler.order(v < n ? -1 : (v == n ? 0 : 1), op)
            }
        case .test(let field, let test):
            let value = field.value
            return { row in passes(value(corpus, row), test) }
        }
    }

    /// On a list, a test holds when it holds for any element; `negated` holds when the
    /// positive test holds for none (and the value is not null).
    /// Whether a row of a table passes a condition on its columns, found by name.
    func holds(_ predicate: Predicate, in row: [Value], columns: [String: Int]) -> Bool {
        switch predicate {
        case .and(let parts): return parts.allSatisfy { holds($0, in: row, columns: columns) }
        case .or(let parts): return parts.contains { holds($0, in: row, columns: columns) }
        case .not(let inner): return !holds(inner, in: row, columns: columns)
        case .test(let field, let test):
            guard let column = columns[field.name], row.indices.contains(column) else { return false }
            return passes(row[column], test)
        }
    }

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
            return PredicateCompiler.order(v < n ? -1 : (v == n ? 0 : 1), op)
        case .textEqual(let keys):
            guard case .text(let text) = value else { return false }
            if keys.count == 1, let key = keys.first { return NameKey.matches(text, key: key) }
            return keys.contains(NameKey.of(text))
        case .textContains(let key, _):
            guard case .text(let text) = value else { return false }
            return NameKey.of(text).contains(key)
        case .textNaming(let keys, let ids):
            guard case .text(let text) = value else { return false }
            if keys.contains(NameKey.of(text)) { return true }
            return !ids.isEmpty && corpus.aliases.entity(text).map(ids.contains) == true
        case .textHas(let key, _):
            guard case .text(let text) = value else { return false }
            return WordBoundary.holds(NameKey.of(text), key)
        case .textOrder(let op, let key):
            guard case .text(let text) = value else { return false }
            let own = NameKey.of(text)
            return PredicateCompiler.order(own < key ? -1 : (own == key ? 0 : 1), op)
        case .matches(let regex):
            return !isNull(value) && regex.matches(value.display)
        case .numberIn(let set):
            guard case .number(let v) = value else { return false }
            return set.contains(v)
        case .dateCompare(let op, let d):
            guard case .date(let v) = value else { return false }
            return PredicateCompiler.dateHolds(v, op, d)
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
        case .entityHas(let key):
            guard case .entity(let id, _) = value else { return false }
            let entity = corpus.entities[id]
            return ([entity.name] + entity.aliases).contains { WordBoundary.holds(NameKey.of($0), key) }
        case .isNull, .negated, .rowIn:
            // A row test is compiled on the row id (see `compile`), not on a value.
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
}
