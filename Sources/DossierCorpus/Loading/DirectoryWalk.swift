import DossierDiagnostics
import Glibc

/// Lists the files under a corpus directory, depth first: hidden names (".git") are left
/// out, symbolic links are followed (a link back to a folder already listed is a loop, and is
/// skipped with a warning), and a subfolder that cannot be read is reported, never skipped
/// in silence.
struct DirectoryWalk {
    struct Entry {
        /// The path relative to the root, with "/" between folders.
        var relative: String
        /// The path to open.
        var path: String
        /// A regular file (or a link to one); anything else is listed so it can be reported.
        var isRegular: Bool
        /// Its size and last modification (nanoseconds since 1970), as `stat` gave them: what
        /// a snapshot compares to see whether the file changed.
        var size: Int = 0
        var modified: Int = 0
    }

    let root: String
    private(set) var files: [Entry] = []
    private(set) var problems: [Diagnostic] = []
    /// Why the root itself could not be read.
    private(set) var rootProblem: String?
    /// Folders deeper than this are not listed.
    static let maximumDepth = 64

    init(root: String) {
        self.root = root
    }

    /// Lists everything; false when the root itself cannot be read.
    mutating func run() -> Bool {
        var visited = Set<[UInt64]>()
        var status = stat()
        guard stat(root, &status) == 0 else {
            rootProblem = String(cString: strerror(errno))
            return false
        }
        visited.insert([UInt64(status.st_dev), UInt64(status.st_ino)])
        guard let directory = opendir(root) else {
            rootProblem = String(cString: strerror(errno))
            return false
        }
        list(directory, path: root, relative: "", depth: 0, visited: &visited)
        return true
    }

    private mutating func list(_ directory: OpaquePointer, path: String, relative: String, depth: Int, visited: inout Set<[UInt64]>) {
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }  // ".", "..", and hidden files and folders
            names.append(name)
        }
        // Each name is looked up in the open folder (fstatat), not from the root again, and
        // a big folder's names on every core: listing 100,000 articles is mostly these calls.
        let folder = dirfd(directory)
        defer { closedir(directory) }
        names.sort()
        let statuses = Parallel.map(count: names.count, chunk: 256) { [names] n -> (stat, Int32) in
            var status = stat()
            return fstatat(folder, names[n], &status, 0) == 0 ? (status, 0) : (status, errno)
        }
        for (name, (status, code)) in zip(names, statuses) {
            let full = path + "/" + name
            let shown = relative.isEmpty ? name : relative + "/" + name
            guard code == 0 else {
                var link = stat()
                if lstat(full, &link) == 0, link.st_mode & S_IFMT == S_IFLNK {
                    if code == ELOOP {
                        problems.append(Diagnostic(.warning, file: shown, message: "a loop of symbolic links; skipped",
                                                   hint: "point the link at a file or folder that exists"))
                    } else if CorpusFile.isCorpusFile(shown) {
                        problems.append(.error("cannot read file: it is a symbolic link to nothing", file: shown,
                                               hint: "point the link at a file that exists, or remove it; the other files were loaded"))
                    }
                    continue
                }
                problems.append(.error("cannot read: \(String(cString: strerror(code)))", file: shown,
                                       hint: "check its permissions (ls -ld \(full)); the other files were loaded"))
                continue
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                let key = [UInt64(status.st_dev), UInt64(status.st_ino)]
                guard !visited.contains(key) else {
                    problems.append(Diagnostic(.warning, file: shown, message: "a link back to a folder already read; skipped",
                                               hint: "the folder's articles are loaded once, from where it stands"))
                    continue
                }
                guard depth + 1 < Self.maximumDepth else {
                    problems.append(Diagnostic(.warning, file: shown, message: "folders nested deeper than \(Self.maximumDepth); not read",
                                               hint: "keep the corpus's folders shallower"))
                    continue
                }
                guard let child = opendir(full) else {
                    problems.append(.error("cannot read the folder: \(String(cString: strerror(errno)))", file: shown,
                                           hint: "check its permissions (ls -ld \(full)); the other files were loaded"))
                    continue
                }
                visited.insert(key)
                list(child, path: full, relative: shown, depth: depth + 1, visited: &visited)
            case S_IFREG:
                files.append(Entry(relative: shown, path: full, isRegular: true, size: Int(status.st_size),
                                   modified: Int(status.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(status.st_mtim.tv_nsec)))
            default:
                files.append(Entry(relative: shown, path: full, isRegular: false))
            }
        }
    }
}
