import DossierCorpus

/// Finds direct quotations and their speakers: `“...,” X said`, `X said: “...”`,
/// `said X, a professor at ...`, `“...” he added` (the pronoun taken as the last speaker or
/// person named), `according to X`, with straight, curly or angle quotation marks, across
/// sentences and across paragraphs that reopen the quotation. Quoted phrases of three words
/// or fewer are fragments (scare quotes, titles), not a speaker's words.
struct QuoteFinder {
    let entities: [Entity]

    /// Verbs of speech, with the garbled forms of spun copies ("mentioned" for "said").
    static let speechVerbs: WordSet = ["said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "explained",
                                          "noted", "wrote", "writes", "argued", "warned", "declared", "insisted", "claimed", "tweeted",
                                          "asked", "replied", "continued", "concluded", "commented", "emphasized", "stressed",
                                          "mentioned", "announced", "believes", "recalled", "observed", "admitted", "acknowledged",
                                          "explains", "notes", "adds", "argues", "warns", "insists", "claims",
                                          "described", "describes", "denounced", "urged", "accused", "expressed", "shouting", "chanting",
                                          "chanted", "shouted", "promised", "promises", "pledged", "pledges", "vowed", "vows"]
    /// Words that make a clause reported speech or a stated intent, so that a quotation inside
    /// it belongs to the clause's subject ("X, pledging to turn ... into a “listening state”").
    static let reportingCues: WordSet = speechVerbs.subtracting(["shouting", "chanting", "chanted", "shouted"]).union([
        "pledging", "promising", "vowing", "warning", "saying", "thanking", "gratitude", "thanks", "calling", "describing",
        "insisting", "promise", "pledge", "vow",
    ]).union(["pledging", "promising", "vowing", "warning", "saying", "thanking",
                                                               "gratitude", "thanks", "calling", "describing", "insisting",
                                                               "promise", "pledge", "vow"])
    /// Nouns that refer back to a speaker already named ("said the expert").
    static let descriptions: WordSet = ["expert", "analyst", "scientist", "researcher", "professor", "sociologist",
                                           "politician", "official", "diplomat", "economist", "historian", "consultant"]
    /// Words between a subject and its verb that are not the subject ("X on Saturday said").
    static let adverbials: WordSet = ["on", "also", "has", "had", "have", "then", "later", "again", "yesterday", "monday",
                                         "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "once", "more", "already"]
    static let pronouns: WordSet = ["he", "she", "they"]
    /// Titles that come before a name and are not part of it.
    static let titles: WordSet = ["mr", "mrs", "ms", "dr", "prof", "professor", "president", "governor", "mayor", "minister",
                                     "senator", "general", "gen", "chairman", "chairwoman", "premier", "sir", "judge", "colonel",
                                     "secretary", "ambassador", "spokesman", "spokeswoman", "analyst", "expert"]

    struct Span {
        var open: Int   // byte offset of the opening mark
        var start: Int  // first byte inside
        var end: Int    // byte after the last byte inside
        var close: Int  // byte after the closing mark
    }

    /// The quotations of one article. `paragraphs` are the text paragraphs (boilerplate left
    /// out), `mentions` the article's mentions in text order.
    func quotes(body: String, article: Int, paragraphs: [Range<Int>], sentences: [Sentence], sentenceIDs: Range<Int>,
                mentions: [Mention]) -> [Quote] {
        var text = body
        return text.withUTF8 { bytes in
            var result: [Quote] = []
            var previousQuoteSpeaker: (id: Int?, name: String?)?
            var speakers = SpeakerMemory()
            for span in spans(bytes, paragraphs) {
                let inner = span.start..<span.end
                let wordCount = countWords(bytes, inner)
                guard wordCount > 0, let sentence = sentenceID(containing: span.open, sentences, sentenceIDs) else { continue }
                if wordCount <= 3 && !endsWithStop(bytes, inner) {
                    result.append(Quote(speaker: nil, speakerName: nil, article: article, sentence: sentence, range: inner, fragment: true))
                    continue
                }
                var speaker = attribution(bytes, span, sentences, sentenceIDs, mentions, memory: &speakers,
                                          previous: previousQuoteSpeaker)
                // A quotation that fills its sentence goes on from the quotation just before,
                // when that one has a speaker.
                if speaker == nil, let last = previousQuoteSpeaker, continuesSpeech(bytes, span, sentences, sentenceIDs) {
                    speaker = last
                }
                previousQuoteSpeaker = speaker
                if let speaker { speakers.said(speaker) }
                result.append(Quote(speaker: speaker?.id, speakerName: speaker?.id == nil ? speaker?.name : nil, article: article,
                                    sentence: sentence, range: inner, fragment: false))
            }
            return result
        }
    }

    // MARK: - Quotation marks

    /// Balanced quotations in the paragraphs: “...”, «...», "..." (straight marks alternate).
    /// A quotation left open at the end of a paragraph goes on when the next paragraph opens
    /// with a quotation mark, as news style writes a long quotation.
    func spans(_ b: UnsafeBufferPointer<UInt8>, _ paragraphs: [Range<Int>]) -> [Span] {
        var result: [Span] = []
        var open: (mark: Int, start: Int)?
        for (p, paragraph) in paragraphs.enumerated() {
            var i = paragraph.lowerBound
            if let current = open, p > 0 {
                // Carried over only into the very next paragraph, when it reopens.
                let between = paragraphs[p - 1].upperBound..<paragraph.lowerBound
                if between.allSatisfy({ b[$0] == 0x0A || b[$0] == 0x20 || b[$0] == 0x0D }), let mark = quoteMark(b, at: i), mark.opens {
                    open = current
                    i += mark.length
                } else {
                    open = nil
                }
            }
            while i < paragraph.upperBound {
                guard let mark = quoteMark(b, at: i) else { i += 1; continue }
                if let current = open, mark.closes {
                    result.append(Span(open: current.mark, start: current.start, end: i, close: i + mark.length))
                    open = nil
                } else if mark.opens {
                    open = (i, i + mark.length)
                }
                i += mark.length
            }
        }
        return result
    }

    /// A quotation mark at `i`: its length in bytes and whether it may open or close.
    /// Straight marks open after a space or at a start, and close otherwise.
    private func quoteMark(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (length: Int, opens: Bool, closes: Bool)? {
        switch b[i] {
        case 0x22:
            let before: UInt8 = i > 0 ? b[i - 1] : 0x20
            let opens = before == 0x20 || before == 0x0A || before == 0x28 || before == 0x5B || before == 0x2D
            return (1, opens, !opens)
        case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80:
            if b[i + 2] == 0x9C { return (3, true, false) }   // “
            if b[i + 2] == 0x9D { return (3, false, true) }   // ”
            if b[i + 2] == 0x9E { return (3, true, false) }   // „
            return nil
        case 0xC2 where i + 1 < b.count:
            if b[i + 1] == 0xAB { return (2, true, false) }   // «
            if b[i + 1] == 0xBB { return (2, false, true) }   // »
            return nil
        default:
            return nil
        }
    }

    // MARK: - Speakers

    /// The speaker named next to the quotation: after it (`,” X said`, `” said X`, `” she
    /// added`) within its sentence, else before it (`X said: “`, `according to X, “`).
    private func attribution(_ b: UnsafeBufferPointer<UInt8>, _ span: Span, _ sentences: [Sentence], _ ids: Range<Int>,
                             _ mentions: [Mention], memory: inout SpeakerMemory,
                             previous: (id: Int?, name: String?)?) -> (id: Int?, name: String?)? {
        if let closing = sentenceID(containing: max(span.close - 1, span.open), sentences, ids) {
            let after = span.close..<min(sentences[closing].range.upperBound, span.close + 160)
            let words = WordScanner.words(in: b, range: after)
            let window = previousSentenceStart(span.open, sentences, ids)
            // "“...,” said the expert" goes back to the person who is the subject just before
            // (the first named in this sentence or the one before), else to the speaker of the
            // quotation before.
            if let verb = words.prefix(3).firstIndex(where: { Self.speechVerbs.contains($0.key) }), verb + 2 < words.count,
               words[verb + 1].key == "the",
               let noun = words[(verb + 2)..<min(verb + 4, words.count)].firstIndex(where: { Self.descriptions.contains($0.key) }) {
                // "adds the political scientist Gleb Pavlovsky": the name that follows.
                if noun + 1 < words.count, words[noun + 1].capitalized, adjacent(b, words[noun], words[noun + 1]) {
                    return name(startingAt: noun + 1, words, b, mentions)
                }
                if let person = mentions.first(where: { mention in
                    mention.range.lowerBound >= window && mention.range.upperBound <= span.open
                        && mention.entity.map { entities[$0].kind == .person } == true
                }), let id = person.entity {
                    return (id, nil)
                }
                if let previous { return previous }
            }
            // After the quotation the verb comes at once: `,” X said`, `,” said X`, `,” the source said`.
            if let speaker = speakerAround(verbIn: words, b, mentions, memory: &memory, window: window, verbWithin: 4) {
                return speaker
            }
        }
        if let opening = sentenceID(containing: span.open, sentences, ids) {
            let before = max(sentences[opening].range.lowerBound, span.open - 200)..<span.open
            let words = WordScanner.words(in: b, range: before)
            // "according to X", and its spun form "in line with X".
            if let k = words.indices.last(where: { words[$0].key == "according" }), k + 1 < words.count, words[k + 1].key == "to" {
                return name(startingAt: k + 2, words, b, mentions)
            }
            if let k = words.indices.last(where: { words[$0].key == "line" }), k > 0, words[k - 1].key == "in",
               k + 1 < words.count, words[k + 1].key == "with" {
                return name(startingAt: k + 2, words, b, mentions)
            }
            // "X said:" or "X told Reuters:" just before the quotation.
            // ("she said, adding that Kazakhstan would “...”" reaches a little further.)
            // The verb may stand a few words before the quotation ("described X's promise as
            // “...”", "she said, adding that Kazakhstan would “...”").
            if let verb = words.indices.last(where: { Self.speechVerbs.contains(words[$0].key) }), words.count - verb <= 10 {
                if let speaker = speakerAround(verbIn: Array(words[max(0, verb - 6)...verb]), b, mentions, memory: &memory,
                                               window: previousSentenceStart(span.open, sentences, ids), verbWithin: 7) {
                    return speaker
                }
            }
            return reportingSubject(words, sentence: opening, sentences, ids, mentions)
        }
        return nil
    }

    /// A quotation inside a clause of reported speech or intent, with no verb of speech next
    /// to it, belongs to the person the sentence is about: the first person named in it before
    /// the quotation ("Kazhegeldin, who served ..., mentioned it was likely that Tokayev had
    /// “lost control ...”"), or, when the sentence opens with "He" or "His", the first person
    /// named in the sentence before. Without a reporting word the quotation stays unattributed.
    private func reportingSubject(_ words: [WordScanner.Word], sentence: Int, _ sentences: [Sentence], _ ids: Range<Int>,
                                  _ mentions: [Mention]) -> (id: Int?, name: String?)? {
        guard words.contains(where: { Self.reportingCues.contains($0.key) }), let first = words.first,
              let quoteStart = words.last?.range.upperBound else { return nil }
        let sentenceStart = sentences[sentence].range.lowerBound
        // A person after a preposition ("a statue of Nazarbayev") is not the subject.
        let isSubject = { (mention: Mention) in
            guard let before = words.last(where: { $0.range.upperBound <= mention.range.lowerBound }) else { return true }
            return !Self.prepositions.contains(before.key)
        }
        if let person = firstPerson(in: sentenceStart..<quoteStart, mentions, where: isSubject) { return (person, nil) }
        guard first.range.lowerBound == sentenceStart, ["he", "his", "she", "her"].contains(first.key), sentence > ids.lowerBound
        else { return nil }
        return firstPerson(in: sentences[sentence - 1].range, mentions, where: { _ in true }).map { ($0, nil) }
    }

    /// Whether a pronoun can refer to the speaker: "he" not to a name with a feminine surname
    /// ending (Nazarbayeva, Kudaibergenova), "she" not to a masculine one (Tokayev, Masimov).
    private func fits(_ speaker: (id: Int?, name: String?), _ pronoun: String) -> Bool {
        guard let name = speaker.id.map({ entities[$0].name }) ?? speaker.name else { return true }
        switch (pronoun, SurnameGender.of(name)) {
        case ("he", .feminine), ("she", .masculine): return false
        default: return true
        }
    }

    static let prepositions: WordSet = ["of", "to", "by", "with", "for", "from", "against", "about", "at", "on", "in"]

    /// The first person entity mentioned within `range` that passes `test`.
    private func firstPerson(in range: Range<Int>, _ mentions: [Mention], where test: (Mention) -> Bool) -> Int? {
        mentions.first { mention in
            range.contains(mention.range.lowerBound) && mention.entity.map { entities[$0].kind == .person } == true && test(mention)
        }?.entity
    }

    /// With a verb of speech among the first words, the name right before it (`X said`) or
    /// right after it (`said X`), or a pronoun before it.
    private func speakerAround(verbIn words: [WordScanner.Word], _ b: UnsafeBufferPointer<UInt8>, _ mentions: [Mention],
                               memory: inout SpeakerMemory, window: Int, verbWithin: Int) -> (id: Int?, name: String?)? {
        guard let verb = words.prefix(verbWithin).firstIndex(where: { Self.speechVerbs.contains($0.key) }) else { return nil }
        // Before the verb (past "on Saturday", "also", "has"): a pronoun, or the end of a name.
        var subject = verb - 1
        while subject >= 0, Self.adverbials.contains(words[subject].key) { subject -= 1 }
        if subject >= 0 {
            let verb = subject + 1
            let previous = words[subject]
            if Self.pronouns.contains(previous.key) {
                // The person just named (in this sentence or the one before) comes first,
                // unless they are known by another pronoun; then the speakers so far.
                let fits = { (speaker: (id: Int?, name: String?)) in self.fits(speaker, previous.key) }
                if let person = lastPerson(before: previous.range.lowerBound, mentions), let id = person.id,
                   mentions.contains(where: { $0.entity == id && $0.range.lowerBound >= window && $0.range.upperBound <= previous.range.lowerBound }),
                   memory.accepts(person, previous.key), fits(person) {
                    memory.refer(person, as: previous.key)
                    return person
                }
                return memory.resolve(previous.key, fits: fits) ?? lastPerson(before: previous.range.lowerBound, mentions).flatMap { fits($0) ? $0 : nil }
            }
            // "X, an economist at the Institute, told ...": the words before the verb close an
            // apposition; the speaker is the name before its opening comma.
            if !adjacent(b, previous, words[verb]), separatedByComma(b, previous, words[verb]),
               let open = (0..<subject).last(where: { separatedByComma(b, words[$0], words[$0 + 1]) }), words[open].capitalized,
               let found = name(endingAt: open, words, b, mentions), found.id.map({ entities[$0].kind == .person }) ?? true {
                return found
            }
            // "the Russian said ..." describes the speaker; the name, if any, comes after the verb.
            let described = verb >= 2 && ["the", "a", "an"].contains(words[verb - 2].key)
            if previous.capitalized, !described, let found = name(endingAt: verb - 1, words, b, mentions) { return found }
        }
        // After the verb: "said Erica Marat, a professor".
        if verb + 1 < words.count {
            return name(startingAt: verb + 1, words, b, mentions)
        }
        return nil
    }

    /// A name starting at word `k`: a mention of an entity there, else the run of capitalised words.
    private func name(startingAt k: Int, _ words: [WordScanner.Word], _ b: UnsafeBufferPointer<UInt8>,
                      _ mentions: [Mention]) -> (id: Int?, name: String?)? {
        guard k < words.count else { return nil }
        if let mention = mentions.first(where: { $0.range.contains(words[k].range.lowerBound) }), let entity = mention.entity {
            return (entity, nil)
        }
        // "the watchdog Freedom House", "Moscow-based analyst Arkady Dubnov": skip words
        // before the name, preferring a run of two or more capitalised words.
        var start = k
        while start < min(words.count, k + 4), !words[start].capitalized { start += 1 }
        guard start < words.count, words[start].capitalized else { return nil }
        if let longer = (start..<min(words.count - 1, start + 5)).first(where: {
            words[$0].capitalized && words[$0 + 1].capitalized && adjacent(b, words[$0], words[$0 + 1]) && !words[$0].key.utf8.contains(0x2D)
        }), !(start + 1 < words.count && words[start + 1].capitalized) {
            start = longer
        }
        if let mention = mentions.first(where: { $0.range.contains(words[start].range.lowerBound) }), let entity = mention.entity {
            return (entity, nil)
        }
        while start + 1 < words.count, Self.titles.contains(words[start].key), words[start + 1].capitalized { start += 1 }
        var end = start
        while end + 1 < words.count, words[end + 1].capitalized, adjacent(b, words[end], words[end + 1]) { end += 1 }
        return (nil, String(decoding: UnsafeBufferPointer(rebasing: b[words[start].range.lowerBound..<words[end].range.upperBound]), as: UTF8.self))
    }

    /// A name ending at word `k`: the mention that covers it, else the run of capitalised words.
    private func name(endingAt k: Int, _ words: [WordScanner.Word], _ b: UnsafeBufferPointer<UInt8>,
                      _ mentions: [Mention]) -> (id: Int?, name: String?)? {
        if let mention = mentions.first(where: { $0.range.contains(words[k].range.lowerBound) }), let entity = mention.entity {
            return (entity, nil)
        }
        var start = k
        while start > 0, words[start - 1].capitalized, adjacent(b, words[start - 1], words[start]),
              !Self.titles.contains(words[start - 1].key) { start -= 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[words[start].range.lowerBound..<words[k].range.upperBound]), as: UTF8.self)
        // A lone capitalised word that starts the clause ("The", "But") is no name.
        if start == k, ["the", "but", "and", "it", "this", "that", "we", "i", "you", "experts", "analysts", "officials"].contains(words[k].key) {
            return nil
        }
        return (nil, text)
    }

    /// Two words with a comma between them.
    private func separatedByComma(_ b: UnsafeBufferPointer<UInt8>, _ a: WordScanner.Word, _ c: WordScanner.Word) -> Bool {
        a.range.upperBound <= c.range.lowerBound && (a.range.upperBound..<c.range.lowerBound).contains { b[$0] == 0x2C }
    }

    /// Two words separated by spaces only (no comma, no full stop).
    private func adjacent(_ b: UnsafeBufferPointer<UInt8>, _ a: WordScanner.Word, _ c: WordScanner.Word) -> Bool {
        (a.range.upperBound..<c.range.lowerBound).allSatisfy { b[$0] == 0x20 }
    }

    /// The last person mentioned before `offset` in the article.
    private func lastPerson(before offset: Int, _ mentions: [Mention]) -> (id: Int?, name: String?)? {
        guard let mention = mentions.last(where: { $0.range.upperBound <= offset && $0.entity.map { entities[$0].kind == .person } == true })
        else { return nil }
        return (mention.entity, nil)
    }

    /// A quotation that fills its sentence, right after another, continues that speaker.
    private func continuesSpeech(_ b: UnsafeBufferPointer<UInt8>, _ span: Span, _ sentences: [Sentence], _ ids: Range<Int>) -> Bool {
        guard let id = sentenceID(containing: span.open, sentences, ids) else { return false }
        return sentences[id].range.lowerBound == span.open && (span.close >= sentences[id].range.upperBound - 1)
    }

    // MARK: - Helpers

    /// The speakers of an article so far, with the pronoun each was referred to by, so that
    /// "she said" goes back to the last speaker called "she", not merely the last speaker.
    struct SpeakerMemory {
        private var order: [(id: Int?, name: String?)] = []
        private var pronouns: [String: String] = [:]

        private func key(_ speaker: (id: Int?, name: String?)) -> String {
            speaker.id.map { "#\($0)" } ?? NameKey.of(speaker.name ?? "").split(separator: " ").last.map(String.init) ?? ""
        }

        mutating func said(_ speaker: (id: Int?, name: String?)) {
            let spoken = key(speaker)
            let keys = order.map(key)
            order = zip(order, keys).filter { $0.1 != spoken }.map(\.0) + [speaker]
        }

        /// Whether `speaker` may be called `pronoun`: not when known by another.
        func accepts(_ speaker: (id: Int?, name: String?), _ pronoun: String) -> Bool {
            pronouns[key(speaker)].map { $0 == pronoun } ?? true
        }

        mutating func refer(_ speaker: (id: Int?, name: String?), as pronoun: String) {
            pronouns[key(speaker)] = pronoun
        }

        /// The speaker a pronoun refers to: the last one known by it, else the last one not
        /// known by another; the pronoun is then remembered for them.
        mutating func resolve(_ pronoun: String, fits: ((id: Int?, name: String?)) -> Bool) -> (id: Int?, name: String?)? {
            let match = order.last { pronouns[key($0)] == pronoun && fits($0) } ?? order.last { pronouns[key($0)] == nil && fits($0) }
            if let match { pronouns[key(match)] = pronoun }
            return match
        }
    }

    /// Where the sentence before the one holding `offset` starts (or that sentence's start).
    private func previousSentenceStart(_ offset: Int, _ sentences: [Sentence], _ ids: Range<Int>) -> Int {
        guard let id = sentenceID(containing: offset, sentences, ids) else { return offset }
        return id > ids.lowerBound ? sentences[id - 1].range.lowerBound : sentences[id].range.lowerBound
    }

    private func sentenceID(containing offset: Int, _ sentences: [Sentence], _ ids: Range<Int>) -> Int? {
        var low = ids.lowerBound
        var high = ids.upperBound
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].range.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < ids.upperBound ? low : nil
    }

    private func countWords(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        WordScanner.words(in: b, range: range).count
    }

    private func endsWithStop(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.upperBound - 1
        while i >= range.lowerBound, b[i] == 0x20 { i -= 1 }
        guard i >= range.lowerBound else { return false }
        return b[i] == 0x2E || b[i] == 0x21 || b[i] == 0x3F
    }
}
