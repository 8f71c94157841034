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
            var isDir: ObjCBool = false
            if manager.fileExists(atPath: full, isDirectory: &isDir), isDir.boolValue { continue }
            if let data = manager.contents(atPath: full) {
                files.append(CorpusFile(name: relative, bytes: [UInt8](data)))
            } else {
                problems.append(.error("cannot read file", file: relative,
                                       hint: "check its permissions (ls -l \(full)); the other files were loaded"))
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

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
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
