import DossierCorpus

/// A group index in a snapshot's `INDEXES` section: its values, each group's rows and count.
/// The table of name keys is made again from the text values.
extension GroupIndex {
    func encode(_ e: inout SnapshotEncoder) {
        e.count(values.count)
        for (value, (rows, count)) in zip(values, zip(rows, counts)) {
            value.encode(&e)
            e.count(rows.count)
            for row in rows { e.int32(Int(row)) }
            e.int64(count)
        }
    }

    static func decode(_ d: inout SnapshotDecoder, rowCount: Int) throws -> GroupIndex {
        var index = GroupIndex()
        for group in 0..<(try d.count(elementSize: 13)) {
            let value = try Value.decode(&d)
            if case .text(let text) = value { index.groupsByKey[NameKey.of(text), default: []].append(group) }
            index.values.append(value)
            index.rows.append(try (0..<d.count(elementSize: 4)).map { _ in Int32(try d.index(below: rowCount)) })
            index.counts.append(try d.int64())
        }
        return index
    }
}
