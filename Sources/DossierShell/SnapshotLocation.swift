@preconcurrency import Glibc
import DossierCorpus

/// Where the snapshot of a corpus directory lives in the cache, and the build of Dossier
/// that a snapshot must have been written by.
enum SnapshotLocation {
    /// `$XDG_CACHE_HOME/dossier/NAME-KEY.snapshot` (else under `~/.cache`), where KEY is a hash
    /// of the directory's absolute path, so that two folders of one name keep two snapshots.
    /// Nil when there is neither variable to go by.
    static func cachePath(for directory: String, environment: [String: String]) -> String? {
        let base: String
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            base = cache
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = home + "/.cache"
        } else {
            return nil
        }
        let absolute = realpath(directory, nil).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        } ?? directory
        let name = absolute.split(separator: "/").last.map(String.init) ?? "corpus"
        let safe = String(name.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" ? Character($0) : "_" }.prefix(40))
        let key = String(FNV.hash(absolute), radix: 16)
        return "\(base)/dossier/\(safe)-\(key).snapshot"
    }

    /// Makes the folders of `path` (mode 0700: a cache is the user's own); why not, if it fails.
    static func makeFolder(of path: String) -> String? {
        var built = ""
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        for (n, part) in parts.enumerated() {
            built += (n == 0 ? "" : "/") + part
            if built.isEmpty { continue }
            if mkdir(built, 0o700) != 0 && errno != EEXIST { return "cannot make \(built): \(String(cString: strerror(errno)))" }
        }
        return nil
    }

    /// This build: the version and the executable's size and modification time, so that a
    /// rebuilt Dossier (whose extraction may differ) never reads an older build's snapshot.
    static let build: String = {
        var status = stat()
        let stamp = stat("/proc/self/exe", &status) == 0 ? "\(status.st_size)-\(status.st_mtim.tv_sec)" : "unknown"
        return "dossier \(DossierInfo.version) format \(SnapshotFormat.version) executable \(stamp)"
    }()
}
