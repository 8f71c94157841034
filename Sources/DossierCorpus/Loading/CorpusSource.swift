import DossierDiagnostics
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
