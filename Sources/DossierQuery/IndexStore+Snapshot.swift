import DossierCorpus

/// The indexes of a store as snapshot sections, and back: `WORDS` (the word index) and
/// `INDEXES` (each group and sort index, under its source and field).
extension IndexStore {
    func parts(strings: SnapshotStrings, words includeWords: Bool = true) -> [SnapshotPart] {
        lock.lock()
        let (groups, sorts, words) = (self.groups, self.sorts, self.words)
        lock.unlock()
        var parts: [SnapshotPart] = []
        if includeWords, let words {
            parts.append(.encoded(TextIndex.tag) {
                var e = SnapshotEncoder(strings: strings)
                words.encode(&e)
                return e.bytes
            })
        }
        parts.append(.encoded("INDEXES") {
            var e = SnapshotEncoder(strings: strings)
            e.count(groups.count)
            for (key, index) in groups.sorted(by: { ($0.key.source, $0.key.field) < ($1.key.source, $1.key.field) }) {
                e.string(key.source)
                e.string(key.field)
                index.encode(&e)
            }
            e.count(sorts.count)
            for (key, index) in sorts.sorted(by: { ($0.key.source, $0.key.field) < ($1.key.source, $1.key.field) }) {
                e.string(key.source)
                e.string(key.field)
                index.encode(&e)
            }
            return e.bytes
        })
        return parts
    }

    /// Takes the indexes a snapshot holds; throws `SnapshotProblem.corrupt` when one does
    /// not fit the corpus (then none is taken).
    func restore(from file: SnapshotFile, strings: [String], corpus: Corpus) throws {
        var restoredWords: TextIndex?
        if file.has(TextIndex.tag) {
            var d = SnapshotDecoder(try file.section(TextIndex.tag), strings: strings)
            restoredWords = try TextIndex.decode(&d, sentences: corpus.sentences.count)
            guard d.isAtEnd else { throw d.corrupt }
        }
        var restoredGroups: [Key: GroupIndex] = [:]
        var restoredSorts: [Key: SortIndex] = [:]
        if file.has("INDEXES") {
            var d = SnapshotDecoder(try file.section("INDEXES"), strings: strings)
            func key() throws -> (Key, Int) {
                let source = try d.string(), field = try d.string()
                guard let schema = Schema.source(named: source), schema.fields.contains(where: { $0.key == field }) else {
                    throw d.corrupt
                }
                return (Key(source: source, field: field), schema.rowCount(corpus))
            }
            for _ in 0..<(try d.count(elementSize: 12)) {
                let (k, rows) = try key()
                restoredGroups[k] = try GroupIndex.decode(&d, rowCount: rows)
            }
            for _ in 0..<(try d.count(elementSize: 12)) {
                let (k, rows) = try key()
                restoredSorts[k] = try SortIndex.decode(&d, rowCount: rows)
            }
            guard d.isAtEnd else { throw d.corrupt }
        }
        lock.lock()
        defer { lock.unlock() }
        words = restoredWords ?? words
        groups.merge(restoredGroups) { current, _ in current }
        sorts.merge(restoredSorts) { current, _ in current }
    }
}
