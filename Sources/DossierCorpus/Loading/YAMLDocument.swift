import DossierDiagnostics
import Yams

/// A YAML text parsed into nodes that remember where they were written, so that every
/// problem with a value can be reported at its line and column.
struct YAMLDocument {
    let source: SourceText
    /// Added to YAML line numbers: front matter starts on line 2 of its file.
    let lineOffset: Int

    /// Parses the text; a syntax error comes back as a located diagnostic.
    func parse(_ yaml: String) -> Result<Node?, Diagnostic> {
        if let (line, column) = YAMLAliases.first(in: yaml) {
            return .failure(source.diagnostic(at: SourceSpan(line: line + lineOffset, column: column),
                                              "YAML aliases (*name) are not read in Dossier's files",
                                              hint: "write the value itself where the alias stands, e.g. aliases: [Tokayev, Tokajew]"))
        }
        do {
            // Values are read as the text written (dates, booleans and numbers are checked
            // here), so Yams's basic resolver, without its regular expressions, is enough.
            return .success(try Yams.compose(yaml: yaml, .basic))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error))
        } catch {
            return .failure(source.diagnostic(at: nil, "cannot read YAML: \(error)"))
        }
    }

    func span(of node: Node) -> SourceSpan? {
        guard let mark = node.mark else { return nil }
        var length = 1
        if case .scalar(let scalar) = node {
            length = scalar.string.unicodeScalars.count
            if scalar.style == .singleQuoted || scalar.style == .doubleQuoted { length += 2 }
        }
        return SourceSpan(line: mark.line + lineOffset, column: mark.column, length: length)
    }

    func diagnostic(_ severity: Diagnostic.Severity = .error, at node: Node, _ message: String,
                    hint: String? = nil) -> Diagnostic {
        source.diagnostic(severity, at: span(of: node), message, hint: hint)
    }

    func line(of node: Node) -> Int {
        (node.mark?.line ?? 1) + lineOffset
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        let hint = "YAML needs `key: value` pairs; quote values that contain a colon or start with a special character, e.g. title: \"Kazakhstan: what next\""
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            // The context's mark is where the broken construct starts (an opening quote, say),
            // which is where a person should look; the problem's mark may be the end of the file.
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            let place = context?.mark ?? mark
            return source.diagnostic(at: SourceSpan(line: place.line + lineOffset, column: place.column),
                                     "malformed YAML: \(text)", hint: hint)
        case let .duplicatedKeysInMapping(duplicates, context):
            return source.diagnostic(at: SourceSpan(line: context.mark.line + lineOffset, column: context.mark.column),
                                     "duplicate key \(duplicates.joined(separator: ", "))",
                                     hint: "each key may appear once in a mapping")
        default:
            return source.diagnostic(at: nil, "malformed YAML: \(error)", hint: hint)
        }
    }
}

extension Node {
    /// The pairs of a mapping with string keys, in the order written.
    var stringPairs: [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let mapping) = self else { return [] }
        return mapping.map { (key: $0.key.scalar?.string ?? "", keyNode: $0.key, value: $0.value) }
    }

    var isMapping: Bool {
        if case .mapping = self { return true }
        return false
    }

    /// A scalar's text; nil for a sequence, a mapping, or an explicit null (`~`, empty).
    var text: String? {
        guard case .scalar(let scalar) = self else { return nil }
        if scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        return scalar.string
    }

    /// The items of a sequence, or the node itself when a single value was written.
    var items: [Node] {
        if case .sequence(let sequence) = self { return Array(sequence) }
        return [self]
    }
}
