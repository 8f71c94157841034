import DossierCorpus

/// A compiled regular expression (linear in the text, see `LinearRegex`), with the bytes
/// every match contains, looked for before the expression runs.
struct RegexBox: Sendable {
    let pattern: String
    let regex: LinearRegex
    /// Bytes every match contains (see `RegexLiteral`).
    let literal: LiteralMatcher?

    init(pattern: String, regex: LinearRegex) {
        self.pattern = pattern
        self.regex = regex
        self.literal = RegexLiteral.required(by: pattern).flatMap(LiteralMatcher.init)
    }

    func matches(_ text: String) -> Bool {
        regex.search(text)
    }
}
