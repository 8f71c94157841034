import DossierCorpus

/// The rows of a source grouped by the value of one field, in order of first appearance:
/// what `field = "x"` starts from, and what `count by` and `distinct` read when there is no
/// filter. A list value puts its row in the group of each element, as `count by` counts it.
/// Built on first use and kept in the handle's `IndexStore`.
struct GroupIndex: Sendable {
    var values: [Value] = []
    /// Row ids of each group, ascending.
    var rows: [[Int32]] = []
    /// How many times each value occurs: a list holding a value twice counts it twice, as
    /// `count by` does, though its row is in the group once.
    var counts: [Int] = []
    /// For text values, the groups whose name key (see `NameKey`) is the key.
    var groupsByKey: [String: [Int]] = [:]

    static func build(_ field: Field, source: SourceSchema, corpus: Corpus) -> GroupIndex {
        var index = GroupIndex()
        var groupOf: [Value: Int] = [:]
        func add(_ value: Value, _ row: Int) {
            if let group = groupOf[value] {
                index.counts[group] += 1
                if index.rows[group].last != Int32(row) { index.rows[group].append(Int32(row)) }
                return
            }
            groupOf[value] = index.values.count
            if case .text(let text) = value { index.groupsByKey[NameKey.of(text), default: []].append(index.values.count) }
            index.values.append(value)
            index.rows.append([Int32(row)])
            index.counts.append(1)
        }
        for row in 0..<source.rowCount(corpus) {
            let value = field.value(corpus, row)
            if case .list(let items) = value {
                for item in items { add(item, row) }
            } else {
                add(value, row)
            }
        }
        return index
    }

    /// Rows with a text value whose key is one of `keys`, ascending and each once.
    func rows(withKeys keys: Set<String>) -> [Int] {
        let groups = keys.flatMap { groupsByKey[$0] ?? [] }
        if groups.count == 1, let only = groups.first { return rows[only].map(Int.init) }
        var merged = groups.flatMap { rows[$0] }.map(Int.init)
        merged.sort()
        var unique: [Int] = []
        unique.reserveCapacity(merged.count)
        for row in merged where unique.last != row { unique.append(row) }
        return unique
    }
}
