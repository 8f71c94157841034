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
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT || errno == ENOTDIR {
                throw Diagnostic.error("no such corpus directory: \(path)", file: path,
                                       hint: "give a directory of .md or .txt articles, e.g. dossier --corpus samples/corpus/kazakhstan-2022")
            }
            throw Diagnostic.error("cannot open the corpus directory: \(String(cString: strerror(errno)))", file: path,
                                   hint: "check that you may read it (ls -ld \(path))")
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw Diagnostic.error("not a directory: \(path)", file: path,
                                   hint: "--corpus takes the directory that holds the articles, not one file")
        }
        var walk = DirectoryWalk(root: path)
        guard walk.run() else {
            throw Diagnostic.error("cannot read the corpus directory: \(walk.rootProblem ?? "unknown error")", file: path,
                                   hint: "check that you may read it (ls -ld \(path))")
        }
        var problems = walk.problems
        var files: [CorpusFile] = []
        for entry in walk.files.sorted(by: { $0.relative < $1.relative }) where CorpusFile.isCorpusFile(entry.relative) {
            if !entry.isRegular {
                problems.append(Diagnostic(.warning, file: entry.relative, message: "not a regular file (a pipe, a device or a socket); skipped",
                                           hint: "put articles in ordinary files; the other files were loaded"))
                continue
            }
            if CorpusFile.isArticle(entry.relative) {
                // Articles are read later, on every core, each while it is parsed.
                files.append(CorpusFile(name: entry.relative, path: entry.path))
                continue
            }
            switch FileBytes.read(entry.path, limit: CorpusFile.maximumBytes) {
            case .bytes(let bytes): files.append(CorpusFile(name: entry.relative, bytes: bytes))
            case .directory: continue
            case .problem(let problem): problems.append(CorpusFile.unreadable(entry.relative, path: entry.path, problem))
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
        switch FileBytes.read(path, limit: CorpusFile.maximumBytes) {
        case .bytes(let bytes): return CorpusFile(name: name, bytes: bytes)
        case .directory: return nil
        case .problem(let problem):
            problems.append(CorpusFile.unreadable(name, path: path, problem))
            return nil
        }
    }

    /// A larger file is surely not one article, nor a gazetteer: it is refused, not read.
    public static let maximumBytes = 64 << 20

    static func unreadable(_ name: String, path: String, _ problem: FileBytes.Problem) -> Diagnostic {
        switch problem {
        case .notRegular:
            return Diagnostic(.warning, file: name, message: "not a regular file (a pipe, a device or a socket); skipped",
                              hint: "put articles in ordinary files; the other files were loaded")
        case .tooLarge(let size):
            return .error("the file is larger than \(maximumBytes >> 20) MB (\(size) bytes or more); skipped", file: name,
                          hint: "split it into one file per article; the other files were loaded")
        case .system(let code):
            return .error("cannot read file: \(String(cString: strerror(code)))", file: name,
                          hint: "check its permissions (ls -l \(path)); the other files were loaded")
        }
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
