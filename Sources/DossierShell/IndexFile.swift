@preconcurrency import Glibc
import DossierCorpus
import DossierQuery

/// The indexes that statements build after a corpus is opened (group and sort indexes),
/// kept beside its snapshot in `SNAPSHOT.indexes` so that the next session has them. The
/// file names the snapshot it was written for (its identity), and is read only with it.
struct IndexFile: Sendable {
    let path: String
    /// This build, and the identity of the snapshot the indexes belong to.
    let build: String

    init(snapshot: String, identity: UInt64, build: String) {
        path = snapshot + ".indexes"
        self.build = "\(build) for snapshot \(String(identity, radix: 16))"
    }

    /// Takes the saved indexes into `handle`; a notice when the file is there but cannot
    /// be used (it is then written anew by the next statement that builds an index).
    func restore(into handle: CorpusHandle) -> String? {
        guard access(path, F_OK) == 0 else { return nil }
        switch SnapshotFile.open(path, build: build) {
        case .failure(.otherBuild):
            return nil  // saved for an earlier snapshot of this corpus: the next save replaces it
        case .failure(let problem):
            return "dossier: the saved indexes \(path) cannot be used: \(problem); they will be built again"
        case .success(let file):
            do {
                try handle.restoreIndexes(from: file, strings: try CorpusSnapshot.strings(of: file))
                return nil
            } catch {
                return "dossier: the saved indexes \(path) cannot be used: \(error); they will be built again"
            }
        }
    }

    /// Writes every group and sort index of `handle`; why not, if it fails.
    func save(_ handle: CorpusHandle) -> String? {
        let strings = SnapshotStrings()
        let parts = handle.snapshotParts(strings: strings, words: false) + [.encoded("STRINGS") { strings.encoded() }]
        return SnapshotWriter(path: path, build: build).write(parts)
    }
}
