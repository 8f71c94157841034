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
        case .test(let field, .matches(let box)):
            guard let slice = field.slice, let literal = box.literal else { return nil }
            return TextRequirement(field: field.name, slice: slice, text: String(decoding: literal.bytes, as: UTF8.self),
                                   search: { literal.occurrences(in: $0, 0..<$0.count) })
        default:
            return nil
        }
    }
}
