import DossierCorpus
import DossierQuery
import Foundation

/// Tab completion that follows the grammar: what may come at the cursor, from the same
/// schema, command table and gazetteer that the checker uses.
struct Completer {
    let corpus: Corpus
    let named: [String: NamedResult]

    /// What to complete: the partial word before the cursor and the words that may replace it.
    struct Completion: Equatable {
        var partial: String
        var candidates: [String]
    }

    func complete(_ line: String) -> Completion {
        for command in [".read ", ".output ", ".once ", ".corpus "] where line.hasPrefix(command) {
            return paths(String(line.dropFirst(command.count)).trimmingSpaces(), directoriesOnly: command == ".corpus ")
        }
        if line.hasPrefix(".help ") {
            return filter(String(line.dropFirst(6)).trimmingSpaces(), DotCommand.helpTopics)
        }
        if line.hasPrefix(".") && !line.contains(" ") {
            return filter("." + line.dropFirst(), DotCommand.table.map { "." + $0.name })
        }
        let (partial, before) = splitPartial(line)
        let words = Completer.words(before)
        let candidates = expected(after: words)
        // A dotted path in a field's place: the fields of the rows its links lead to.
        if partial.contains("."), let origin = Completer.origin(of: words), let schema = source(of: origin.name) {
            let fields = Set(schema.fields.map(\.name) + schema.fields.flatMap(\.synonyms))
            if !Set(candidates).isDisjoint(with: fields) {
                return filter(partial, FieldPath.candidates(for: partial, in: schema))
            }
        }
        return filter(partial, candidates)
    }

    /// Files and folders whose path starts with `partial`; folders end with "/".
    private func paths(_ partial: String, directoriesOnly: Bool) -> Completion {
        let slash = partial.lastIndex(of: "/")
        let folder = slash.map { String(partial[...$0]) } ?? ""
        let prefix = slash.map { String(partial[partial.index(after: $0)...]) } ?? partial
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        var candidates: [String] = []
        for name in names.sorted() where name.hasPrefix(prefix) && (!name.hasPrefix(".") || prefix.hasPrefix(".")) {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + name, isDirectory: &isFolder), isFolder.boolValue {
                candidates.append(folder + name + "/")
            } else if !directoriesOnly {
                candidates.append(folder + name)
            }
        }
        return Completion(partial: partial, candidates: candidates)
    }

    /// The candidates starting with `partial`, ignoring case, sorted; a quoted partial
    /// matches quoted candidates by what follows the quote.
    private func filter(_ partial: String, _ candidates: [String]) -> Completion {
        let key = NameKey.of(partial)
        var seen = Set<String>()
        let matching = candidates.filter { NameKey.of($0).hasPrefix(key) && seen.insert($0).inserted }
        return Completion(partial: partial, candidates: matching.sorted { NameKey.of($0) < NameKey.of($1) })
    }

    /// The word being typed (after the last space, or from an open quote) and the text before it.
    private func splitPartial(_ line: String) -> (String, String) {
        var quoteCount = 0
        var lastQuote: String.Index?
        for index in line.indices where line[index] == "\"" || line[index] == "“" {
            quoteCount += 1
            lastQuote = index
        }
        if quoteCount % 2 == 1, let lastQuote {
            return (String(line[lastQuote...]).replacingOccurrences(of: "“", with: "\""), String(line[..<lastQuote]))
        }
        guard let space = line.lastIndex(where: { $0 == " " || $0 == "\t" || $0 == "(" || $0 == "[" || $0 == "," }) else {
            return (line, "")
        }
        return (String(line[line.index(after: space)...]), String(line[...space]))
    }

    /// Words and symbols of the text before the partial word, lowercased.
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var inString = false
        for c in text {
            if inString {
                current.append(c)
                if c == "\"" || c == "”" { result.append(current); current = ""; inString = false }
                continue
            }
            switch c {
            case "\"", "“":
                if !current.isEmpty { result.append(current.lowercased()) }
                current = "\""
                inString = true
            case " ", "\t", "\n":
                if !current.isEmpty { result.append(current.lowercased()) }
                current = ""
            case "(", ")", "[", "]", ",", ";":
                if !current.isEmpty { result.append(current.lowercased()) }
                current = ""
                result.append(String(c))
            default:
                current.append(c)
            }
        }
        if !current.isEmpty { result.append(current.lowercased()) }
        if let semicolon = result.lastIndex(of: ";") { result.removeSubrange(...semicolon) }
        return result
    }

    /// The source a statement starts from (after explain, explain analyze or let NAME =),
    /// and the words after it; nil while it is not written yet.
    static func origin(of words: [String]) -> (name: String, rest: [String])? {
        guard var origin = words.first else { return nil }
        var rest = Array(words.dropFirst())
        if origin == "explain" {
            if rest.first == "analyze" { rest.removeFirst() }
            guard let next = rest.first else { return nil }
            origin = next
            rest.removeFirst()
        }
        if origin == "let" {
            guard rest.count >= 3, rest[1] == "=" else { return nil }
            origin = rest[2]
            rest.removeFirst(3)
        }
        return (origin, rest)
    }

    private func expected(after words: [String]) -> [String] {
        guard let first = words.first else { return starts }
        guard let (origin, rest) = Completer.origin(of: words) else {
            if first == "explain" { return sources + (words.count == 1 ? ["analyze"] : []) }
            if first == "let", words.count >= 3, words[2] == "=" { return sources }
            return []
        }
        guard let schema = source(of: origin) else { return [] }
        let fieldNames = schema.fields.map(\.name) + schema.fields.flatMap(\.synonyms)
        guard let last = rest.last else { return Parser.clauseKeywords + ["count by"] }
        switch last {
        case "where", "and", "or", "not", "(", "show", "distinct":
            return fieldNames
        case ",":
            // In a list of values, more values; in show or sort, more fields.
            if let value = valueContext(rest, schema: schema) { return value }
            return fieldNames
        case "by":
            return fieldNames
        case "=", "!=", "<>", "in", "[", "contains", "has":
            return valueContext(rest, schema: schema) ?? []
        case "after", "before", "on", "between":
            return []
        case "sort":
            return ["by"]
        case "count":
            return ["by"] + Parser.clauseKeywords
        default:
            if schema.field(named: last) != nil, rest.count >= 2, ["where", "and", "or", "not", "("].contains(rest[rest.count - 2]) {
                return ["=", "!=", "contains", "has", "matches", "in", "not in", "<", ">"]
            }
            return Parser.clauseKeywords + ["count by"]
        }
    }

    /// Values for the field being compared: entity names and aliases, or the values of an
    /// enumeration present in the corpus, quoted.
    private func valueContext(_ words: [String], schema: SourceSchema) -> [String]? {
        guard let fieldIndex = words.lastIndex(where: { schema.field(named: $0) != nil }),
              let field = schema.field(named: words[fieldIndex]) else { return nil }
        let between = words[(fieldIndex + 1)...]
        guard let op = between.first, ["=", "!=", "<>", "in", "contains", "has"].contains(op) else { return nil }
        switch field.type {
        case .entity, .entityList:
            return corpus.entities.flatMap { [$0.name] + $0.aliases }.map { "\"\($0)\"" }
        case .enumeration, .text, .textList:
            guard field.type == .enumeration || field.name == "place" || field.name == "source" || field.name == "language" else { return nil }
            var values = Set<String>()
            for row in 0..<min(schema.rowCount(corpus), 100_000) {
                let value = field.value(corpus, row)
                if case .list(let items) = value { items.forEach { values.insert($0.display) } } else { values.insert(value.display) }
            }
            return values.filter { !$0.isEmpty }.map { "\"\($0)\"" }
        default:
            return nil
        }
    }

    private func source(of origin: String) -> SourceSchema? {
        if let schema = Schema.source(named: origin) { return schema }
        if case .rows(let source, _)? = named.first(where: { $0.key.lowercased() == origin })?.value {
            return Schema.source(named: source)
        }
        return nil
    }

    private var sources: [String] { Schema.sources.map(\.name) + named.keys.sorted() }
    private var starts: [String] { sources + ["let", "explain"] }
}
