import DossierDiagnostics
import Foundation
import Yams

/// Reads one article file: checks its encoding, splits the front matter from the body and
/// turns the front matter into metadata, reporting each problem at its line and column.
struct ArticleReader {
    static let knownKeys = ["id", "title", "source", "author", "published", "language", "translated", "url", "notes"]
    static let example = "---\ntitle: \"Kazakhstan's leader chose his path\"\nsource: The New York Times\npublished: 2022-01-08\n---"

    /// The article, or nil when the file cannot be an article; problems go to `problems`.
    static func read(_ file: CorpusFile, problems: inout [Diagnostic]) -> Article? {
        guard let text = UTF8Check.decode(file, problems: &problems) else { return nil }
        let source = SourceText(name: file.name, text: text)
        guard let parts = splitFrontMatter(source, problems: &problems) else { return nil }
        let id = defaultID(for: file.name)
        var article = Article(id: id, file: file.name, bodyLine: parts.bodyLine, body: parts.body)
        readMetadata(parts.frontMatter, into: &article, source: source, problems: &problems)
        return article
    }

    static func defaultID(for fileName: String) -> String {
        var base = fileName.split(separator: "/").last.map(String.init) ?? fileName
        if let dot = base.lastIndex(of: ".") { base = String(base[..<dot]) }
        return base
    }

    /// Front matter is the text between a first line `---` and the next line `---` (or `...`).
    private static func splitFrontMatter(_ source: SourceText, problems: inout [Diagnostic])
        -> (frontMatter: String, body: String, bodyLine: Int)?
    {
        let utf8 = source.text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 1
        var frontStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let line = Substring(source.text[lineStart..<lineEnd]).trimmingTrailingSpace()
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if lineNumber == 1 {
                guard line == "---" else { break }
                frontStart = next
            } else if line == "---" || line == "...", let frontStart {
                return (String(source.text[frontStart..<lineStart]), String(source.text[next...]), lineNumber + 1)
            }
            lineStart = next
            lineNumber += 1
        }
        if frontStart == nil {
            let firstLine = source.line(1) ?? ""
            problems.append(source.diagnostic(at: SourceSpan(line: 1, column: 1, length: max(1, firstLine.unicodeScalars.count)),
                                              "missing front matter: an article must start with a line '---'",
                                              hint: "begin the file with its metadata, then the body:\n" + example))
        } else {
            problems.append(source.diagnostic(at: SourceSpan(line: 1, column: 1, length: 3),
                                              "front matter is not closed: no second '---' line",
                                              hint: "end the metadata with a line '---' before the body:\n" + example))
        }
        return nil
    }

    private static func readMetadata(_ yaml: String, into article: inout Article, source: SourceText,
                                     problems: inout [Diagnostic]) {
        let document = YAMLDocument(source: source, lineOffset: 1)
        let root: Node
        switch document.parse(yaml) {
        case .failure(let problem):
            problems.append(problem)
            return
        case .success(nil):
            problems.append(source.diagnostic(.warning, at: SourceSpan(line: 1, column: 1, length: 3),
                                              "empty front matter", hint: "give at least a title, a source and a date:\n" + example))
            return
        case .success(let node?):
            root = node
        }
        guard root.isMapping else {
            problems.append(document.diagnostic(at: root, "front matter must be `key: value` lines", hint: example))
            return
        }
        let pairs = root.stringPairs
        // Front matter holds a few keys: past the limit it is surely not front matter, and one
        // warning says so rather than one per key.
        if pairs.count > maximumKeys, let (_, keyNode, _) = pairs.dropFirst(maximumKeys).first {
            problems.append(document.diagnostic(.warning, at: keyNode,
                                                "front matter with \(pairs.count) keys; only the first \(maximumKeys) are read",
                                                hint: "front matter gives the article's metadata: " + knownKeys.joined(separator: ", ")))
        }
        var unknown = 0
        for (key, keyNode, value) in pairs.prefix(maximumKeys) {
            if !knownKeys.contains(key) {
                unknown += 1
                if unknown > 10 { continue }  // ten warnings about unknown keys are enough
            }
            read(key: key, keyNode: keyNode, value: value, into: &article, document: document, problems: &problems)
        }
    }

    /// Keys of one front matter read at most.
    static let maximumKeys = 100

    private static func read(key: String, keyNode: Node, value: Node, into article: inout Article,
                             document: YAMLDocument, problems: inout [Diagnostic]) {
        guard knownKeys.contains(key) else {
            let suggestion = Suggestions.closest(to: key, among: knownKeys)
            problems.append(document.diagnostic(.warning, at: keyNode, "unknown front matter key '\(key)'",
                                                hint: suggestion.map { "did you mean '\($0)'?" }
                                                    ?? "known keys: " + knownKeys.joined(separator: ", ")))
            return
        }
        guard case .scalar = value else {
            problems.append(document.diagnostic(at: value, "'\(key)' must be a single value, not a list or mapping",
                                                hint: "write it on one line, e.g. \(key): ..."))
            return
        }
        guard let text = value.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return }
        switch key {
        case "id":
            if text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "," }) {
                problems.append(document.diagnostic(at: value, "article id '\(text)' has spaces, quotes or commas",
                                                    hint: "use letters, digits and dashes, e.g. id: nyt-2022-01-08"))
            } else {
                article.id = text
                article.idSpan = document.span(of: value)
                article.idLineText = article.idSpan.flatMap { document.source.line($0.start.line) }
            }
        case "title": article.title = text
        case "source": article.source = text
        case "author": article.author = text
        case "url": article.url = text
        case "notes": article.notes = text
        case "published":
            if let date = PartialDate.parse(text) {
                article.published = date
            } else {
                problems.append(document.diagnostic(at: value, "bad date '\(text)' for 'published'",
                                                    hint: "write an ISO date: published: 2022-01-08 (or 2022-01, or 2022 when only the month or year is known)"))
            }
        case "language":
            let code = text.lowercased()
            if code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) {
                article.language = code
            } else {
                problems.append(document.diagnostic(.warning, at: value, "'\(text)' is not an ISO 639-1 language code",
                                                    hint: "use two letters, e.g. language: en (English), de (German), ru (Russian), kk (Kazakh)"))
            }
        case "translated":
            switch text.lowercased() {
            case "true", "yes": article.translated = true
            case "false", "no": article.translated = false
            default:
                problems.append(document.diagnostic(at: value, "'translated' must be true or false, not '\(text)'",
                                                    hint: "translated: true"))
            }
        default:
            break
        }
    }
}

extension Substring {
    func trimmingTrailingSpace() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s.removeLast() }
        return s
    }
}
