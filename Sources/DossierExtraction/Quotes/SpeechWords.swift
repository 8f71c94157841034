/// The words that report speech (`Lexicon/speech-verbs.tsv`): verbs of saying, words of
/// intent that carry a subject's quoted phrase, a crowd's chants, and the phrases that name a
/// source after them ("according to").
struct SpeechWords: Sendable {
    enum Class: String, Sendable {
        case say, intent, chant, source
    }

    let words: WordMap<Class>
    /// "according to", "in line with".
    let sources: PhraseMap<Bool>

    init(_ table: LexiconTable) {
        var words: [String: Class] = [:]
        var sources: [(String, Bool)] = []
        for row in table.rows {
            guard let form = row[0]?.lowercased(), let kind = row[1].flatMap(Class.init) else { continue }
            if kind == .source { sources.append((form, true)) } else { words[form] = kind }
        }
        self.words = WordMap(words)
        self.sources = PhraseMap(sources)
    }

    /// A verb of saying: "said", "tells", "tweeted".
    func says(_ key: String) -> Bool { words[key] == .say }

    /// A word that makes a clause reported speech or a stated intent.
    func reports(_ key: String) -> Bool {
        guard let kind = words[key] else { return false }
        return kind == .say || kind == .intent
    }
}
