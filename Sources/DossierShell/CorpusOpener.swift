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
        if let reopened = reopen(path, manifest: manifest, notice: notice, steps: &steps) {
            steps.origin = .snapshot(path)
            if strict, !reopened.problems.isEmpty { throw CorpusLoadError(problems: reopened.problems) }
            start = Clock.now
            let indexFile = IndexFile(snapshot: path, identity: reopened.identity, build: build)
            if let problem = indexFile.restore(into: reopened.handle) { notice(problem) }
            steps.add("read saved indexes", since: start)
            return Opened(handle: reopened.handle, problems: reopened.problems, steps: steps, indexFile: indexFile)
        }
        var opened = try extract(source, steps: steps)
        start = Clock.now
        guard opened.handle.buildWordIndex(isCancelled: { progress?.isCancelled == true }) else { throw LoadInterrupted() }
        opened.steps.add("index words", since: start)
        start = Clock.now
        switch write(opened, manifest: manifest, to: path) {
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
        return Opened(handle: CorpusHandle(result.corpus), problems: result.problems, steps: steps)
    }

    /// The corpus of the snapshot at `path` if it can be used for files as `manifest` lists them.
    private func reopen(_ path: String, manifest: CorpusManifest, notice: (String) -> Void,
                        steps: inout LoadSteps) -> (handle: CorpusHandle, problems: [Diagnostic], identity: UInt64)? {
        var start = Clock.now
        // No snapshot yet: the first load of this corpus.
        guard access(path, F_OK) == 0 else { return nil }
        let file: SnapshotFile
        switch SnapshotFile.open(path, build: build) {
        case .success(let opened): file = opened
        case .failure(let problem):
            notice("dossier: the snapshot \(path) cannot be used: \(problem); reading the corpus again")
            return nil
        }
        do {
            let strings = try CorpusSnapshot.strings(of: file)
            // Files changed since: the snapshot is not read further.
            guard try CorpusSnapshot.manifest(of: file, strings: strings) == manifest else { return nil }
            steps.add("open snapshot", since: start)
            start = Clock.now
            let contents = try CorpusSnapshot.read(file, strings: strings)
            steps.add("read model", since: start)
            start = Clock.now
            let handle = try CorpusHandle(contents.corpus, restoring: file, strings: strings)
            steps.add("read indexes", since: start)
            return (handle, contents.problems, file.identity)
        } catch {
            notice("dossier: the snapshot \(path) cannot be used: \(error); reading the corpus again")
            return nil
        }
    }

    private func write(_ opened: Opened, manifest: CorpusManifest, to path: String) -> Result<UInt64, SnapshotWriter.Failure> {
        if let problem = SnapshotLocation.makeFolder(of: path) { return .failure(SnapshotWriter.Failure(reason: problem)) }
        let strings = SnapshotStrings()
        let parts = CorpusSnapshot.parts(opened.handle.corpus, problems: opened.problems, manifest: manifest, strings: strings,
                                         extra: opened.handle.snapshotParts(strings: strings))
        return SnapshotWriter(path: path, build: build).written(parts, isCancelled: { progress?.isCancelled == true })
    }
}
