import DossierCorpus

/// Finds where the gazetteer's entities are named in the text: every name and alias, in any
/// case, across straight and curly apostrophes and hyphen variants, with possessives
/// ("Tokayev’s"), and a person's surname alone once the full name has appeared in the
/// article. Matching is by words, longest form first, on UTF-8 bytes.
///
/// A form that starts with a capital in the gazetteer must start with one in the text too,
/// so that the outlet "Stern" does not match "a stern warning".
struct MentionFinder {
    private struct Form {
        var keys: [String]
        var resolution: AliasIndex.Resolution
        var needsCapital: Bool
    }

    /// Forms by the key of their first word, longest first.
    private var forms: [String: [Form]] = [:]
    /// Rules out, without string hashing, the many words that start no form.
    private var firstWords = WordFilter([String]())
    private let entities: [Entity]
    private let aliases: AliasIndex

    init(entities: [Entity], aliases: AliasIndex) {
        self.entities = entities
        self.aliases = aliases
        var seen = Set<[String]>()
        for entity in entities {
            for name in [entity.name] + entity.aliases {
                let keys = WordScanner.keys(of: name)
                guard let first = keys.first, seen.insert(keys).inserted, let resolution = aliases.resolve(name) else { continue }
                let needsCapital = name.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
                forms[first, default: []].append(Form(keys: keys, resolution: resolution, needsCapital: needsCapital))
            }
        }
        for key in forms.keys { forms[key]?.sort { $0.keys.count > $1.keys.count } }
        firstWords = WordFilter(forms.keys)
    }

    var isEmpty: Bool { forms.isEmpty }

    /// The mentions in one sentence's words, in text order. `surnames` carries, from one
    /// sentence of an article to the next, the surnames its full names have introduced.
    func mentions(in words: [WordScanner.Word], article: Int, sentence: Int, surnames: inout [String: Int]) -> [Mention] {
        var result: [Mention] = []
        var i = 0
        while i < words.count {
            guard let (length, resolution) = match(words, at: i, surnames: surnames) else {
                i += 1
                continue
            }
            let range = words[i].range.lowerBound..<words[i + length - 1].range.upperBound
            switch resolution {
            case .entity(let id):
                result.append(Mention(entity: id, article: article, sentence: sentence, range: range))
                rememberSurname(of: id, words: words[i..<(i + length)], in: &surnames)
            case .ambiguous(let ids):
                result.append(Mention(entity: nil, candidates: ids, article: article, sentence: sentence, range: range))
            }
            i += length
        }
        return result
    }

    /// The longest form starting at word `i`: its length in words and what it names.
    private func match(_ words: [WordScanner.Word], at i: Int, surnames: [String: Int]) -> (Int, AliasIndex.Resolution)? {
        if firstWords.mayContain(hash: words[i].hash), let found = match(words, at: i, first: words[i].key) { return found }
        if let base = words[i].base, firstWords.mayContain(hash: words[i].baseHash), let found = match(words, at: i, first: base) {
            return found
        }
        guard words[i].capitalized, !surnames.isEmpty else { return nil }
        if let id = surnames[words[i].key] ?? words[i].base.flatMap({ surnames[$0] }) { return (1, .entity(id)) }
        return nil
    }

    /// The longest form whose first word is `key` (word `i`'s key or base) that the words
    /// from `i` spell.
    private func match(_ words: [WordScanner.Word], at i: Int, first key: String) -> (Int, AliasIndex.Resolution)? {
        guard let candidates = forms[key] else { return nil }
        for form in candidates where !form.needsCapital || words[i].capitalized {
            guard i + form.keys.count <= words.count else { continue }
            var matched = true
            for (k, formKey) in form.keys.enumerated() {
                let isLast = k == form.keys.count - 1
                if words[i + k].key == formKey || (isLast && words[i + k].base == formKey) { continue }
                matched = false
                break
            }
            if matched { return (form.keys.count, form.resolution) }
        }
        return nil
    }

    /// After a person's full name, the last word alone refers to them in this article, unless
    /// that word names something else in the gazetteer.
    private func rememberSurname(of id: Int, words: ArraySlice<WordScanner.Word>, in surnames: inout [String: Int]) {
        guard entities[id].kind == .person, words.count >= 2, let last = words.last else { return }
        let key = last.base ?? last.key
        if let other = aliases.resolve(key), other != .entity(id) { return }
        surnames[key] = id
    }
}
