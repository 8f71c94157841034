import DossierCorpus

/// Every row of a source in the order of one field (nulls last, ties by id): what a
/// `sort by field limit n` walks, stopping after n rows that pass the filters before it.
/// Built on first use and kept in the handle's `IndexStore`.
struct SortIndex: Sendable {
    var ascending: [Int32]
    /// Where each run of equal values starts, so that a descending walk keeps ties in id order.
    var runStarts: [Int32]
    /// Rows with a value; the missing ones (null, an empty list) follow, last in both directions.
    var present: Int

    static func build(_ field: Field, source: SourceSchema, corpus: Corpus) -> SortIndex {
        let values = (0..<source.rowCount(corpus)).map { field.value(corpus, $0) }
        if let numeric = numbers(values) { return numeric }
        let keys = values.map(OrderKey.init)
        let order = values.indices.sorted { a, b in
            let c = OrderKey.ordered(keys[a], keys[b], descending: false)
            return c != 0 ? c < 0 : a < b
        }
        var runs: [Int32] = []
        for (position, row) in order.enumerated()
        where position == 0 || OrderKey.ordered(keys[order[position - 1]], keys[row], descending: false) != 0 {
            runs.append(Int32(position))
        }
        return SortIndex(ascending: order.map { Int32($0) }, runStarts: runs, present: keys.count { !$0.isMissing })
    }

    /// For numbers (and nulls, which sort last): plain pairs sorted without the general
    /// comparison, ten times quicker on millions of figures.
    private static func numbers(_ values: [Value]) -> SortIndex? {
        var pairs: [(value: Double, row: Int32)] = []
        var nulls: [Int32] = []
        pairs.reserveCapacity(values.count)
        for (row, value) in values.enumerated() {
            switch value {
            case .number(let n): pairs.append((n, Int32(row)))
            case .null: nulls.append(Int32(row))
            default: return nil
            }
        }
        pairs.sort { $0.value != $1.value ? $0.value < $1.value : $0.row < $1.row }
        var runs: [Int32] = []
        for position in pairs.indices where position == 0 || pairs[position - 1].value != pairs[position].value {
            runs.append(Int32(position))
        }
        if !nulls.isEmpty { runs.append(Int32(pairs.count)) }
        return SortIndex(ascending: pairs.map(\.row) + nulls, runStarts: runs, present: pairs.count)
    }

    /// Rows in sort order, ties in id order, for as long as `visit` returns true.
    func walk(descending: Bool, _ visit: (Int) -> Bool) {
        if !descending {
            for row in ascending where !visit(Int(row)) { return }
            return
        }
        var end = present
        for start in runStarts.reversed() where Int(start) < present {
            for position in Int(start)..<end where !visit(Int(ascending[position])) { return }
            end = Int(start)
        }
        for position in present..<ascending.count where !visit(Int(ascending[position])) { return }
    }
}
