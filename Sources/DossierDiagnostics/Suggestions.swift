/// "Did you mean" for every kind of name a user can misspell: keywords, fields, entity
/// aliases, article ids, YAML keys.
public enum Suggestions {
    /// The candidate closest to `word` by edit distance between their `folding` forms (the
    /// model's case-insensitive name key, see `Suggestions.closest(to:among:)` there), when
    /// it is close enough to be a likely typo: at most a third of the word's length, and at
    /// most 3.
    public static func closest(to word: String, among candidates: some Sequence<String>, folding: (String) -> String) -> String? {
        let key = Array(folding(word).unicodeScalars)
        guard !key.isEmpty else { return nil }
        let limit = max(1, min(3, key.count / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let other = Array(folding(candidate).unicodeScalars)
            guard abs(other.count - key.count) <= limit else { continue }
            let distance = editDistance(key, other, limit: limit)
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit; stops early
    /// (returning `limit + 1`) once no alignment can stay within `limit`.
    public static func editDistance<T: Equatable>(_ a: [T], _ b: [T], limit: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                var value = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, before[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
