import DossierCorpus
import Foundation

/// The indexes that statements build on first use and keep for the life of a
/// `CorpusHandle`: an index on a field that nobody filters on would cost every load, so
/// none is built until a statement asks for it. The corpus cannot change, so an index
/// never goes stale. Each kind has its own typed table; two threads asking for the same
/// index at once build it once (the second waits for the first).
final class IndexStore: @unchecked Sendable {
    /// A field of a source, which names a group or sort index.
    struct Key: Hashable {
        var source: String
        var field: String

        init(source: String, field: String) {
            self.source = source
            self.field = field
        }

        init(_ field: Field, of source: SourceSchema) {
            self.source = source.name
            self.field = field.key
        }
    }

    let lock = NSLock()
    var groups: [Key: GroupIndex] = [:]
    var sorts: [Key: SortIndex] = [:]
    var words: TextIndex?

    /// The rows of a source grouped by a field's value, built now if it is not yet.
    func group(_ field: Field, of source: SourceSchema, in corpus: Corpus) -> GroupIndex {
        cached(\.groups, Key(field, of: source)) { GroupIndex.build(field, source: source, corpus: corpus) }
    }

    /// The group index if a statement already built it, without building it.
    func builtGroup(_ field: Field, of source: SourceSchema) -> GroupIndex? {
        built(\.groups, Key(field, of: source))
    }

    /// The rows of a source in the order of a field, built now if it is not yet.
    func sort(_ field: Field, of source: SourceSchema, in corpus: Corpus) -> SortIndex {
        cached(\.sorts, Key(field, of: source)) { SortIndex.build(field, source: source, corpus: corpus) }
    }

    func hasSort(_ field: Field, of source: SourceSchema) -> Bool {
        built(\.sorts, Key(field, of: source)) != nil
    }

    /// The index under `key` in one of the tables, built by `build` the first time.
    private func cached<T>(_ table: ReferenceWritableKeyPath<IndexStore, [Key: T]>, _ key: Key, _ build: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        if let known = self[keyPath: table][key] { return known }
        let made = build()
        self[keyPath: table][key] = made
        return made
    }

    private func built<T>(_ table: KeyPath<IndexStore, [Key: T]>, _ key: Key) -> T? {
        lock.lock()
        defer { lock.unlock() }
        return self[keyPath: table][key]
    }

    /// The word index of sentences, built now if it is not yet; nil when `isCancelled`
    /// stopped the build, which keeps nothing (the next statement builds it again).
    func words(of corpus: Corpus, progress: LoadProgress? = nil, isCancelled: () -> Bool = { false }) -> TextIndex? {
        lock.lock()
        defer { lock.unlock() }
        if let words { return words }
        guard let made = TextIndex.build(corpus, progress: progress, isCancelled: isCancelled) else { return nil }
        words = made
        return made
    }

    /// The word index if a statement already built it, without building it.
    var builtWords: TextIndex? {
        lock.lock()
        defer { lock.unlock() }
        return words
    }

    /// Every index built so far, named as `explain` names them.
    var built: [String] {
        lock.lock()
        defer { lock.unlock() }
        let keyed = groups.keys.map { "group index on \($0.source).\($0.field)" }
            + sorts.keys.map { "sort index on \($0.source).\($0.field)" }
        return keyed.sorted() + (words == nil ? [] : ["word index of sentences"])
    }
}
