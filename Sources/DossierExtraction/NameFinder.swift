import DossierCorpus
import DossierDiagnostics

/// Finds names the gazetteer does not know: runs of capitalised words that no mention
/// covers, with a kind guessed from cues (a title before a person, an organisation word, a
/// known country or city), and the gazetteer entity a garbled form most likely stands for.
///
/// A capital that starts a sentence is no evidence of a name, and common words are never names.
struct NameFinder {
    typealias Candidate = NameOccurrence

    let lexicon: Lexicon

    init(lexicon: Lexicon = .shared) {
        self.lexicon = lexicon
    }

    private var cues: NameCues { lexicon.names }

    /// The capitalised runs of a sentence that no mention covers.
    func candidates(in words: [WordScanner.Word], _ bytes: UnsafeBufferPointer<UInt8>,
                    covered: [Range<Int>], article: Int, sentence: Int) -> [Candidate] {
        var result: [Candidate] = []
        // A headline in title case capitalises every word: no evidence of names.
        let titleCase = words.count >= 3 && words.allSatisfy { word in
            word.capitalized || (word.key.utf8.count <= 4 && [.determiner, .preposition, .conjunction].contains(lexicon.english.classes[word.key]))
        }
        if titleCase { return [] }
        var i = 0
        while i < words.count {
            guard isNameWord(words[i]), !isCovered(words[i].range, covered) else { i += 1; continue }
            var end = i
            while end + 1 < words.count, isNameWord(words[end + 1]) || (isConnector(words, end + 1) && hasOrganizationWord(words[i...end])),
                  !isCovered(words[end + 1].range, covered), joined(bytes, words[end], words[end + 1]) {
                end += 1
            }
            while end > i, isConnector(words, end) { end -= 1 }
            var start = i
            // Common words and adjectives ("Russian-led") at either end are not part of a name,
            // and a sentence-initial word is not a name on its own.
            while start <= end, isCommon(words[start]) || (start < end && cues.titles[words[start].key] != nil) { start += 1 }
            // Titles within the run go too: "NYPD Commissioner James O’Neill" is James O’Neill.
            if start < end, let title = (start..<end).last(where: { cues.titles[words[$0].key].map { $0 != .role } ?? false }),
               (title + 1...end).allSatisfy({ words[$0].capitalized }) {
                start = title + 1
            }
            let adjectival = start <= end && isCommon(words[end])  // "Central Asian", "Russian-led"
            if start <= end && !adjectival {
                // A letter alone ("C" of "N.C.") names nobody.
                if !(start == 0 && start == end) && !(start == end && words[start].key.utf8.count == 1) {
                    let range = words[start].range.lowerBound..<words[end].range.upperBound
                    var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                    if let base = words[end].base, words[end].key != base {
                        text = String(text.dropLast(words[end].key.count - base.count))  // "Tokayev’s" -> "Tokayev"
                    }
                    let before = start > 0 ? words[start - 1].key : ""
                    let after = end + 1 < words.count ? words[end + 1].key : ""
                    result.append(Candidate(text: text, kind: kind(of: words[start...end].map { $0.base ?? $0.key }, before: before, after: after),
                                            article: article, sentence: sentence, range: range))
                }
            }
            i = end + 1
        }
        return result
    }

    private func hasOrganizationWord(_ words: ArraySlice<WordScanner.Word>) -> Bool {
        words.contains { cues.kinds[$0.key] == .organization }
    }

    /// A word that is no name by itself: a grammatical or common word, a month or a weekday,
    /// a title, an adjective of nationality ("Russian"), or a compound adjective ("Russian-led").
    private func isCommon(_ word: WordScanner.Word) -> Bool {
        let key = word.base ?? word.key
        if lexicon.english.isCommon(key) || cues.nationalities.contains(key) { return true }
        if lexicon.calendar.months[key] != nil || lexicon.calendar.weekdays[key] != nil { return true }
        if cues.titles[key] == .honorific || key == "president" || key == "minister" || key == "professor" { return true }
        return key.hasSuffix("-led") || key.hasSuffix("-based") || key.hasSuffix("-backed")
    }

    private func isNameWord(_ word: WordScanner.Word) -> Bool {
        guard word.capitalized, let first = word.key.utf8.first, first < 0x30 || first > 0x39 else { return false }
        // "(D-N.C.)", "R-Wis.": a party and a state, not a name.
        let key = word.key.utf8
        if key.count >= 3, first == 0x64 || first == 0x72 || first == 0x69, key[key.index(after: key.startIndex)] == 0x2D { return false }
        return true
    }

    /// "of", "on" and "the" inside a name: "Institute of World Economy", "Committee against
    /// Torture", "Commission on Presidential Debates".
    private func isConnector(_ words: [WordScanner.Word], _ k: Int) -> Bool {
        // ..., but not "The Security Council on Friday".
        guard ["of", "on", "for", "against", "de", "the"].contains(words[k].key), k + 1 < words.count, words[k + 1].capitalized else {
            return false
        }
        let next = words[k + 1].key
        return lexicon.calendar.weekdays[next] == nil && lexicon.calendar.months[next] == nil
    }

    /// Separated by spaces only, or by a stop after an initial ("T.J. Marlow", "John F.
    /// Kennedy") or an abbreviation ("St. Petersburg", "Rep. Marlow": the title is left out
    /// of the name later).
    private func joined(_ bytes: UnsafeBufferPointer<UInt8>, _ a: WordScanner.Word, _ b: WordScanner.Word) -> Bool {
        let gap = a.range.upperBound..<b.range.lowerBound
        if !gap.isEmpty, bytes[gap.lowerBound] == 0x2E, gap.dropFirst().allSatisfy({ bytes[$0] == 0x20 }), a.capitalized,
           a.key.utf8.count == 1 || lexicon.abbreviations.contains(a.key, capitalized: true) {
            return true
        }
        return gap.allSatisfy { bytes[$0] == 0x20 }
    }

    private func isCovered(_ range: Range<Int>, _ covered: [Range<Int>]) -> Bool {
        covered.contains { $0.overlaps(range) }
    }

    private func kind(of keys: [String], before: String, after: String) -> EntityKind {
        if let place = cues.place(keys) { return place }
        if keys.contains(where: { cues.kinds[$0] == .organization }) { return .organization }
        if cues.titles[before] != nil { return .person }
        // "Varga said": who speaks is a person, unless a cue above said otherwise.
        if lexicon.speech.says(after) { return .person }
        if before == "of" { return .group }  // "a professor of Eurasian Studies"
        if keys.count >= 2 { return .person }
        if ["in", "to", "at", "from", "near", "across", "around"].contains(before) { return .place }
        return .group
    }

    /// Finds the gazetteer entity a garbled or variant form most likely names: by shared
    /// words, known synonym swaps of spun copies (Safety/Security, Group/Organization,
    /// Space/House), then edit distance. The gazetteer's forms are prepared once.
    struct Suggester {
        private let forms: [(entity: Int, words: Set<String>, count: Int, key: [Unicode.Scalar])]

        init(entities: [Entity]) {
            forms = entities.flatMap { entity in
                ([entity.name] + entity.aliases).map { form in
                    let words = NameFinder.normalizedWords(form)
                    return (entity.id, Set(words), words.count, Array(NameKey.of(form).unicodeScalars))
                }
            }
        }

        /// Nil when nothing is close.
        func suggestion(for text: String) -> Int? {
            let words = NameFinder.normalizedWords(text)
            guard !words.isEmpty else { return nil }
            let wordSet = Set(words)
            let key = Array(NameKey.of(text).unicodeScalars)
            var best: (id: Int, score: Double)?
            for form in forms {
                let shared = Double(wordSet.intersection(form.words).count)
                var score = shared / Double(max(words.count, form.count))
                if score < 0.5, key.count >= 5, abs(key.count - form.key.count) <= 2,
                   Suggestions.editDistance(key, form.key, limit: 2) <= 2 {
                    score = 0.6
                }
                if score >= 0.5, score > (best?.score ?? 0) { best = (form.entity, score) }
            }
            return best?.id
        }
    }

    /// A name's words for comparison: each spun synonym put back (`Lexicon/spun-synonyms.tsv`),
    /// common words left out.
    static func normalizedWords(_ text: String, lexicon: Lexicon = .shared) -> [String] {
        WordScanner.keys(of: text).compactMap { key in
            guard let original = lexicon.spunSynonyms[key] else { return key }
            return original.isEmpty ? nil : original
        }.filter { !lexicon.english.isCommon($0) }
    }
}
