import DossierCorpus

/// A loaded corpus as the query layer holds it: the read-only model, and the indexes that
/// statements build on it the first time they need one. A session keeps one handle per
/// corpus, so each statement finds the indexes the statements before it built; loading
/// another corpus makes a new handle, so an index never outlives its rows.
public final class CorpusHandle: Sendable {
    public let corpus: Corpus
    let indexes: IndexStore

    public init(_ corpus: Corpus) {
        self.corpus = corpus
        self.indexes = IndexStore()
    }

    /// Plans a checked statement and runs it, for a caller that does not show the plan.
    public func run(_ plan: LogicalPlan, allFields: Bool = true,
                    isCancelled: @escaping @Sendable () -> Bool = { false }) throws -> ResultSet {
        let physical = Planner(handle: self).plan(plan, allFields: allFields)
        return try Executor(handle: self, isCancelled: isCancelled).run(physical)
    }

    /// The row ids a checked statement selects, before any shape: what `let` keeps.
    public func rows(_ plan: LogicalPlan, isCancelled: @escaping @Sendable () -> Bool = { false }) throws -> [Int] {
        let physical = Planner(handle: self).plan(plan.unshaped)
        return try Executor(handle: self, isCancelled: isCancelled).rows(physical)
    }

    /// A handle on a corpus read from a snapshot, with the indexes the snapshot holds.
    public init(_ corpus: Corpus, restoring file: SnapshotFile, strings: [String]) throws {
        self.corpus = corpus
        self.indexes = IndexStore()
        try indexes.restore(from: file, strings: strings, corpus: corpus)
    }

    /// Builds the word index now, on every core, unless it is built: what a snapshot
    /// saves, so that no `contains` after a reopen pays for it. False when `isCancelled`
    /// stopped it.
    public func buildWordIndex(progress: LoadProgress? = nil, isCancelled: () -> Bool = { false }) -> Bool {
        indexes.words(of: corpus, progress: progress, isCancelled: isCancelled) != nil
    }

    /// The indexes built so far as snapshot sections; without the word index, with `words: false`.
    public func snapshotParts(strings: SnapshotStrings, words: Bool = true) -> [SnapshotPart] {
        indexes.parts(strings: strings, words: words)
    }

    /// Takes the indexes of another snapshot file (one written for this corpus's snapshot).
    public func restoreIndexes(from file: SnapshotFile, strings: [String]) throws {
        try indexes.restore(from: file, strings: strings, corpus: corpus)
    }

    /// The indexes statements have built so far, by name, for `.indexes`.
    public var builtIndexes: [String] { indexes.built }
}
