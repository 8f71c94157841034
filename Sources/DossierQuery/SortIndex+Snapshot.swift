import DossierCorpus

/// A sort index in a snapshot's `INDEXES` section: the row order, the runs of equal values,
/// and how many rows have a value.
extension SortIndex {
    func encode(_ e: inout SnapshotEncoder) {
        e.count(ascending.count)
        for row in ascending { e.int32(Int(row)) }
        e.count(runStarts.count)
        for start in runStarts { e.int32(Int(start)) }
        e.int64(present)
    }

    static func decode(_ d: inout SnapshotDecoder, rowCount: Int) throws -> SortIndex {
        let count = try d.count(elementSize: 4)
        guard count == rowCount else { throw d.corrupt }
        let ascending = try (0..<count).map { _ in Int32(try d.index(below: rowCount)) }
        let runStarts = try (0..<d.count(elementSize: 4)).map { _ in Int32(try d.index(below: max(1, count))) }
        let present = try d.int64()
        guard present >= 0, present <= count else { throw d.corrupt }
        return SortIndex(ascending: ascending, runStarts: runStarts, present: present)
    }
}
