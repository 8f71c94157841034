/// A dot-command line taken apart: its name and its words, each with the column where it
/// starts (from 1, in Unicode scalars, as diagnostics count), so that a mistake can be shown
/// with a caret under it.
struct CommandText {
    struct Word {
        var text: String
        var column: Int
        var length: Int
    }

    /// A path argument that cannot be read: an unclosed quotation mark, or words after it.
    struct PathProblem: Error {
        var message: String
        var column: Int
        var length: Int
    }

    let name: String
    /// The column of the name's first letter (the dot is just before it).
    let nameColumn: Int
    let words: [Word]
    /// The arguments as written, from the first to the end of the line.
    private let rest: [Unicode.Scalar]
    private let restColumn: Int

    init(_ line: String) {
        let scalars = Array(line.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        if i < scalars.count, scalars[i] == "." { i += 1 }
        let nameStart = i
        while i < scalars.count, scalars[i] != " ", scalars[i] != "\t" { i += 1 }
        name = String(String.UnicodeScalarView(scalars[nameStart..<i]))
        nameColumn = nameStart + 1
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        rest = Array(scalars[i...])
        restColumn = i + 1
        var words: [Word] = []
        var j = i
        while j < scalars.count {
            if scalars[j] == " " || scalars[j] == "\t" { j += 1; continue }
            let start = j
            while j < scalars.count, scalars[j] != " ", scalars[j] != "\t" { j += 1 }
            words.append(Word(text: String(String.UnicodeScalarView(scalars[start..<j])), column: start + 1, length: j - start))
        }
        self.words = words
    }

    /// Where the arguments start; just after the name when there are none.
    var argumentColumn: Int { words.first?.column ?? nameColumn + name.unicodeScalars.count + 1 }

    /// How many columns the arguments cover.
    var argumentLength: Int {
        guard let first = words.first, let last = words.last else { return 1 }
        return last.column + last.length - first.column
    }

    /// The one path the arguments give: a word, or a quoted name that may hold spaces
    /// (`"my results.csv"` or `'my results.csv'`). Nil when there is none.
    func path() -> Result<String, PathProblem>? {
        guard let first = rest.first else { return nil }
        var trimmed = rest
        while let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
        if first == "\"" || first == "'" {
            guard let close = trimmed.dropFirst().firstIndex(of: first) else {
                return .failure(PathProblem(message: "the quoted name is not closed", column: restColumn, length: trimmed.count))
            }
            let after = close + 1
            guard after == trimmed.count else {
                return .failure(PathProblem(message: "one file only: text follows the quoted name", column: restColumn + after,
                                            length: trimmed.count - after))
            }
            return .success(String(String.UnicodeScalarView(trimmed[1..<close])))
        }
        guard words.count == 1 else {
            let second = words[1]
            return .failure(PathProblem(message: "one file only: '\(words[0].text)' is followed by '\(second.text)'",
                                        column: second.column, length: argumentLength - (second.column - words[0].column)))
        }
        return .success(words[0].text)
    }
}
