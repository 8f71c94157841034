import Foundation

/// Where a corpus comes from: a directory the user names, or files held in memory (the
/// corpus bundled into the binary, or one a test builds).
public enum CorpusSource: Sendable {
    case directory(String)
    case files(name: String, [CorpusFile])

    /// Every readable file, sorted by name, or the reason there is nothing to read.
    func files() throws -> (name: String, files: [CorpusFile], problems: [Diagnostic]) {
        switch self {
        case .files(let name, let files):
            return (name, files.sorted { $0.name < $1.name }, [])
        case .directory(let path):
            return try CorpusSource.read(directory: path)
        }
    }

    private static func read(directory path: String) throws -> (name: String, files: [CorpusFile], problems: [Diagnostic]) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Diagnostic.error("no such corpus directory: \(path)", file: path,
                                   hint: "give a directory of .md or .txt articles, e.g. dossier --corpus samples/corpus/kazakhstan-2022")
        }
        guard isDirectory.boolValue else {
            throw Diagnostic.error("not a directory: \(path)", file: path,
                                   hint: "--corpus takes the directory that holds the articles, not one file")
        }
        guard let enumerator = manager.enumerator(atPath: path) else {
            throw Diagnostic.error("cannot read the corpus directory: \(path)", file: path,
                                   hint: "check that you may read it (ls -ld \(path))")
        }
        var relativePaths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let last = (relative as NSString).lastPathComponent
            if last.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            if CorpusFile.isCorpusFile(relative) { relativePaths.append(relative) }
        }
        relativePaths.sort()
        var files: [CorpusFile] = []
        var problems: [Diagnostic] = []
        for relative in relativePaths {
            let full = (path as NSString).appendingPathComponent(relative)
            if CorpusFile.isArticle(relative) {
                // Articles are read later, on every core, each while it is parsed.
                files.append(CorpusFile(name: relative, path: full))
                continue
            }
            switch FileBytes.read(full) {
            case .bytes(let bytes): files.append(CorpusFile(name: relative, bytes: bytes))
            case .directory: continue
            case .unreadable: problems.append(CorpusFile.unreadable(relative, path: full))
            }
        }
        if !files.contains(where: \.isArticle) && problems.isEmpty {
            throw Diagnostic.error("the corpus directory has no articles: \(path)", file: path,
                                   hint: "put one article per .md or .txt file there, each starting with front matter:\n---\ntitle: \"...\"\nsource: The Outlet\npublished: 2022-01-08\n---")
        }
        let name = (path as NSString).standardizingPath.split(separator: "/").last.map(String.init) ?? path
        return (name, files, problems)
    }
}

/// One file of a corpus, as bytes: the loader checks the encoding itself so that it can say
/// where a bad byte is.
public struct CorpusFile: Sendable {
    /// The path relative to the corpus directory.
    public var name: String
    public var bytes: [UInt8]

    /// For an article of a directory, where to read it: the loader reads it when it parses
    /// it, so that reading runs on every core and no file's bytes outlive its parse.
    var path: String?

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    init(name: String, path: String) {
        self.name = name
        self.bytes = []
        self.path = path
    }

    /// The file with its bytes read, or nil when it is a directory (skipped) or unreadable
    /// (with the problem).
    func read(problems: inout [Diagnostic]) -> CorpusFile? {
        guard let path else { return self }
        switch FileBytes.read(path) {
        case .bytes(let bytes): return CorpusFile(name: name, bytes: bytes)
        case .directory: return nil
        case .unreadable:
            problems.append(CorpusFile.unreadable(name, path: path))
            return nil
        }
    }

    static func unreadable(_ name: String, path: String) -> Diagnostic {
        .error("cannot read file", file: name, hint: "check its permissions (ls -l \(path)); the other files were loaded")
    }

    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    static let gazetteerName = "entities.yaml"
    static let eventsName = "events.yaml"

    var isArticle: Bool {
        CorpusFile.isArticle(name)
    }

    static func isArticle(_ path: String) -> Bool {
        let last = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
        return (last.hasSuffix(".md") || last.hasSuffix(".txt")) && last != "readme.md" && last != "readme.txt"
    }

    static func isCorpusFile(_ path: String) -> Bool {
        isArticle(path) || path == gazetteerName || path == eventsName
    }
}

/// Reads a whole file into one buffer sized from `fstat`, without Foundation's `Data`.
enum FileBytes {
    enum Outcome { case bytes([UInt8]), directory, unreadable }

    static func read(_ path: String) -> Outcome {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return isDirectory(path) ? .directory : .unreadable }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { return .unreadable }
        if (status.st_mode & S_IFMT) == S_IFDIR { return .directory }
        // Room for the whole file and one byte more, so that the first read takes it all and
        // the second, returning 0, says it has ended; a file that grows meanwhile gets more room.
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: bytes.count) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { Glibc.read(fd, $0 + filled, buffer.count - filled) } ?? 0
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .unreadable
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return .bytes(bytes)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
