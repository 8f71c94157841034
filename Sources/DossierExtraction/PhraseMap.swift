/// Phrases of one or more words (keys in lower case) with a value each, found in a run of
/// words starting or ending at a place, longest phrase first: "more than", "at least",
/// "shot dead".
struct PhraseMap<Value: Sendable>: Sendable {
    /// Phrases by their last word, longest first.
    private var byLast: [String: [(words: [String], value: Value)]] = [:]
    /// Phrases by their first word, longest first.
    private var byFirst: [String: [(words: [String], value: Value)]] = [:]
    private var lastWords = WordFilter([String]())
    private var firstWords = WordFilter([String]())

    init(_ entries: [(phrase: String, value: Value)]) {
        for (phrase, value) in entries {
            let words = phrase.split(separator: " ").map { $0.lowercased() }
            guard let first = words.first, let last = words.last else { continue }
            byLast[last, default: []].append((words, value))
            byFirst[first, default: []].append((words, value))
        }
        for key in byLast.keys { byLast[key]?.sort { $0.words.count > $1.words.count } }
        for key in byFirst.keys { byFirst[key]?.sort { $0.words.count > $1.words.count } }
        lastWords = WordFilter(byLast.keys)
        firstWords = WordFilter(byFirst.keys)
    }

    /// The longest phrase whose last word is `keys[end - 1]`, with its first index.
    func phrase(endingAt end: Int, in keys: (Int) -> String?) -> (start: Int, value: Value)? {
        guard end > 0, let last = keys(end - 1), lastWords.mayContain(last), let candidates = byLast[last] else { return nil }
        for candidate in candidates where candidate.words.count <= end {
            let start = end - candidate.words.count
            if candidate.words.indices.allSatisfy({ keys(start + $0) == candidate.words[$0] }) { return (start, candidate.value) }
        }
        return nil
    }

    /// The longest phrase that starts at `start`, with the index after it.
    func phrase(startingAt start: Int, in keys: (Int) -> String?) -> (end: Int, value: Value)? {
        guard let first = keys(start), firstWords.mayContain(first), let candidates = byFirst[first] else { return nil }
        for candidate in candidates where candidate.words.indices.allSatisfy({ keys(start + $0) == candidate.words[$0] }) {
            return (start + candidate.words.count, candidate.value)
        }
        return nil
    }
}
