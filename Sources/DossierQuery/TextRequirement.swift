import DossierCorpus

/// What a row's text must hold to pass a filter: a `contains`, or a `matches` whose
/// pattern requires a literal, possibly within a chain of `and`, on text that lies in an
/// article. Its text is what the word index looks up and `explain` shows; its search finds
/// it in an article's bytes. The filter still runs on every row found this way.
struct TextRequirement: Sendable {
    /// The field whose text must hold it.
    let field: String
    let slice: @Sendable (Corpus, Int) -> (article: Int, range: Range<Int>)
    let text: String
    /// Set for `has`: the text stands as whole words, so the word index looks its first
    /// and last runs up as whole words too.
    var wholeWords = false
    let search: @Sendable (UnsafeBufferPointer<UInt8>) -> [Range<Int>]

    /// The requirement of a condition, if it has one.
    static func of(_ predicate: Predicate) -> TextRequirement? {
        switch predicate {
        case .and(let parts):
            return parts.lazy.compactMap(of).first
        case .test(let field, .textContains(let key, let matcher?)):
            guard let slice = field.slice else { return nil }
            return TextRequirement(field: field.name, slice: slice, text: key,
                                   search: { matcher.occurrences(in: $0, 0..<$0.count) })
        case .test(let field, .textHas(let key, let matcher?)):
            guard let slice = field.slice, let edges = WordBoundary.edges(of: key) else { return nil }
            return TextRequirement(field: field.name, slice: slice, text: key, wholeWords: true, search: { bytes in
                matcher.occurrences(in: bytes, 0..<bytes.count).filter {
                    WordBoundary.isWhole($0, in: bytes, 0..<bytes.count, startsWithWord: edges.start, endsWithWord: edges.end)
                }
            })
        case .test(let field, .matches(let box)):
            guard let slice = field.slice, let literal = box.literal else { return nil }
            return TextRequirement(field: field.name, slice: slice, text: String(decoding: literal.bytes, as: UTF8.self),
                                   search: { literal.occurrences(in: $0, 0..<$0.count) })
        default:
            return nil
        }
    }
}
