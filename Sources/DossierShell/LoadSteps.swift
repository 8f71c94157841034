@preconcurrency import Glibc

/// How a corpus came to be loaded, for `--timer`, `.timer` and `.corpus`: read from a
/// snapshot or extracted from its files, and the time of each step.
struct LoadSteps: Sendable {
    enum Origin: Sendable, Equatable {
        /// Compiled into the binary, or files a test built: never kept in a snapshot.
        case bundled
        /// Read and extracted from the files; `snapshot` is where it was then saved.
        case extracted(snapshot: String?)
        /// Read from the snapshot at this path.
        case snapshot(String)
    }

    var origin: Origin = .bundled
    private(set) var steps: [(name: String, milliseconds: Double)] = []

    mutating func add(_ name: String, since start: timespec) {
        steps.append((name, Clock.elapsed(since: start)))
    }

    /// "from the snapshot PATH (list files 95 ms, check 120 ms, ...)"
    var description: String {
        let times = steps.map { "\($0.name) \(Clock.format($0.milliseconds)) ms" }.joined(separator: ", ")
        let said: String
        switch origin {
        case .bundled: said = "extracted"
        case .extracted(let path?): said = "extracted, then saved to \(path)"
        case .extracted(nil): said = "extracted (no snapshot)"
        case .snapshot(let path): said = "from the snapshot \(path)"
        }
        return times.isEmpty ? said : "\(said) (\(times))"
    }


    /// What `.corpus` says of the snapshot.
    var snapshotLine: String {
        switch origin {
        case .bundled: return "snapshot: none (the corpus is compiled in or held in memory)\n"
        case .extracted(let path?): return "snapshot: \(path) (written after this load extracted the files)\n"
        case .extracted(nil): return "snapshot: none (--no-snapshot, or no cache folder)\n"
        case .snapshot(let path): return "snapshot: \(path) (read from it; the files had not changed)\n"
        }
    }
}
