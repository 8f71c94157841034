import DossierDiagnostics
import Foundation

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
