@preconcurrency import Glibc
import DossierCorpus
import DossierDiagnostics
import DossierExtraction
import DossierQuery

/// Opens a corpus for a session: from its snapshot when the snapshot is whole, of this
/// build, and its files are unchanged (names, sizes, modification times); else by reading
/// and extracting the files, after which the snapshot is written anew, with the word index
/// built so that no `contains` after a reopen pays for it.
///
/// A snapshot that cannot be used (truncated, damaged, foreign, of another version or
/// build) is said in one line through `notice`, and the corpus is extracted again. A
/// snapshot that cannot be written is said the same way; the session goes on without.
struct CorpusOpener {
    var strict = false
    var snapshot = SnapshotChoice.cache
    var environment: [String: String] = [:]
    var build = SnapshotLocation.build
    var progress: LoadProgress?

    struct Opened {
        var handle: CorpusHandle
        var problems: [Diagnostic]
        var steps: LoadSteps
        /// Where the indexes that statements build are saved, when there is a snapshot.
        var indexFile: IndexFile?
        /// What extraction found article by article, when the corpus was extracted now.
        var trace = ExtractionTrace()
    }

    /// What the snapshot on disk offers.
    private enum Found {
        /// The corpus, whole: its files have not changed.
        case current(handle: CorpusHandle, problems: [Diagnostic], identity: UInt64)
        /// The corpus before some of its articles changed: they alone are extracted again.
        case previous(PreviousExtraction)
        /// Nothing to use.
        case none
    }

    /// Throws what `CorpusBuilder.load` throws: `CorpusLoadError` or `LoadInterrupted`.
    func open(_ source: CorpusSource, notice: (String) -> Void) throws -> Opened {
        guard case .directory(let directory) = source else { return try extract(source, steps: LoadSteps(origin: .bundled)) }
        guard let path = snapshotPath(for: directory) else {
            return try extract(source, steps: LoadSteps(origin: .extracted(snapshot: nil)))
        }
        var steps = LoadSteps(origin: .extracted(snapshot: nil))
        var start = Clock.now
        let manifest = CorpusManifest.scan(directory)
        steps.add("list files", since: start)
        guard let manifest else { return try extract(source, steps: steps) }
        start = Clock.now
        var opened: Opened
        switch reopen(path, manifest: manifest, notice: notice, steps: &steps) {
        case .current(let handle, let problems, let identity):
            steps.origin = .snapshot(path)
            if strict, !problems.isEmpty { throw CorpusLoadError(problems: problems) }
            start = Clock.now
            let indexFile = IndexFile(snapshot: path, identity: identity, build: build)
            if let problem = indexFile.restore(into: handle) { notice(problem) }
            steps.add("read saved indexes", since: start)
            return Opened(handle: handle, problems: problems, steps: steps, indexFile: indexFile)
        case .previous(let previous):
            start = Clock.now
            let result = try CorpusBuilder(strict: strict, progress: progress).update(source, previous: previous)
            let kept = previous.corpus.articles.count { previous.unchanged.contains($0.file) }
            steps.add("update: \(Plural.of(result.corpus.articles.count - kept, "article")) extracted, \(kept) kept", since: start)
            opened = Opened(handle: CorpusHandle(result.corpus), problems: result.problems, steps: steps, trace: result.trace)
        case .none:
            opened = try extract(source, steps: steps)
        }
        start = Clock.now
        guard opened.handle.buildWordIndex(progress: progress, isCancelled: { progress?.isCancelled == true }) else {
            throw LoadInterrupted()
        }
        opened.steps.add("index words", since: start)
        start = Clock.now
        switch write(opened, manifest: manifest, to: path) {
        case .failure where progress?.isCancelled == true:
            // Ctrl-C while the snapshot was written: the load stops, as at any earlier step.
            throw LoadInterrupted()
        case .failure(let failure):
            notice("dossier: cannot save the snapshot \(path): \(failure.reason); the corpus was loaded from its files")
        case .success(let identity):
            opened.steps.origin = .extracted(snapshot: path)
            opened.steps.add("write snapshot", since: start)
            opened.indexFile = IndexFile(snapshot: path, identity: identity, build: build)
        }
        return opened
    }

    /// The snapshot file of a directory, or nil when snapshots are off or there is no cache.
    func snapshotPath(for directory: String) -> String? {
        switch snapshot {
        case .off: return nil
        case .file(let path): return path
        case .cache: return SnapshotLocation.cachePath(for: directory, environment: environment)
        }
    }

    private func extract(_ source: CorpusSource, steps: LoadSteps) throws -> Opened {
        var steps = steps
        let start = Clock.now
        let result = try CorpusBuilder(strict: strict, progress: progress).load(source)
        steps.add("read and extract", since: start)
        return Opened(handle: CorpusHandle(result.corpus), problems: result.problems, steps: steps, trace: result.trace)
    }

    /// What the snapshot at `path` offers for the files as `manifest` lists them.
    private func reopen(_ path: String, manifest: CorpusManifest, notice: (String) -> Void, steps: inout LoadSteps) -> Found {
        var start = Clock.now
        // No snapshot yet: the first load of this corpus.
        guard access(path, F_OK) == 0 else { return .none }
        let file: SnapshotFile
        switch SnapshotFile.open(path, build: build) {
        case .success(let opened): file = opened
        case .failure(let problem):
            notice("dossier: the snapshot \(path) cannot be used: \(problem); reading the corpus again")
            return .none
        }
        do {
            let strings = try CorpusSnapshot.strings(of: file)
            let before = try CorpusSnapshot.manifest(of: file, strings: strings)
            steps.add("open snapshot", since: start)
            start = Clock.now
            if before != manifest {
                // Only articles changed: the others' rows are taken from the snapshot.
                let difference = manifest.difference(from: before)
                guard !difference.others else { return .none }
                let contents = try CorpusSnapshot.read(file, strings: strings)
                let trace = try CorpusSnapshot.trace(of: file, strings: strings, corpus: contents.corpus)
                let unchanged = Set(manifest.stamps.map(\.name)).subtracting(difference.articles)
                steps.add("read the snapshot before the change", since: start)
                return .previous(PreviousExtraction(corpus: contents.corpus, trace: trace, problems: contents.problems,
                                                    unchanged: unchanged))
            }
            let contents = try CorpusSnapshot.read(file, strings: strings)
            steps.add("read model", since: start)
            start = Clock.now
            let handle = try CorpusHandle(contents.corpus, restoring: file, strings: strings)
            steps.add("read indexes", since: start)
            return .current(handle: handle, problems: contents.problems, identity: file.identity)
        } catch {
            notice("dossier: the snapshot \(path) cannot be used: \(error); reading the corpus again")
            return .none
        }
    }

    private func write(_ opened: Opened, manifest: CorpusManifest, to path: String) -> Result<UInt64, SnapshotWriter.Failure> {
        if let problem = SnapshotLocation.makeFolder(of: path) { return .failure(SnapshotWriter.Failure(reason: problem)) }
        let strings = SnapshotStrings()
        let parts = CorpusSnapshot.parts(opened.handle.corpus, problems: opened.problems, manifest: manifest, trace: opened.trace,
                                         strings: strings,
                                         extra: opened.handle.snapshotParts(strings: strings))
        return SnapshotWriter(path: path, build: build).written(parts, progress: progress, isCancelled: { progress?.isCancelled == true })
    }
}
