import DossierCorpus

/// Reads the quotations of one article and finds who said each, in text order, the way a
/// reader does: the attribution after the quotation (`,” X said`, `,” said X, a professor`,
/// `” ― X`), else before it (`X said: “`, `according to X, “`, `X says Y is “...”`), else the
/// paragraph before that ends with a colon (`X continued:`), else the speaker of the quotation
/// just before, which this one continues. A speaker is a name (titles and appositions left
/// out: "Chris Weston, chief market strategist at IG Ltd." is Chris Weston), a pronoun (the
/// person it refers to), a surname (the full name used earlier), or a phrase that names an
/// organization or a role ("the influential US daily", "a Western diplomatic source").
final class QuoteReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let sentences: [Sentence]
    let ids: Range<Int>
    /// The article's text paragraphs (boilerplate left out).
    let paragraphs: [Range<Int>]
    /// The article's mentions, in text order.
    let mentions: [Mention]
    let entities: [Entity]
    let lexicon: Lexicon
    private var memory: SpeakerMemory
    private var tokenCache: [Int: [TextToken]] = [:]
    /// The sentences before this one have had their subjects noted.
    private var noted: Int
    /// The first mention not yet noted.
    private var nextMention = 0
    /// Persons whose full names the memory has, by entity.
    private var namedPersons = Set<Int>()

    init(bytes: UnsafeBufferPointer<UInt8>, sentences: [Sentence], ids: Range<Int>, paragraphs: [Range<Int>],
         mentions: [Mention], entities: [Entity], lexicon: Lexicon) {
        self.bytes = bytes
        self.sentences = sentences
        self.ids = ids
        self.paragraphs = paragraphs
        self.mentions = mentions
        self.entities = entities
        self.lexicon = lexicon
        memory = SpeakerMemory(givenNames: lexicon.givenNames)
        noted = ids.lowerBound
    }

    private var english: EnglishWords { lexicon.english }
    private var speech: SpeechWords { lexicon.speech }
    private var cues: NameCues { lexicon.names }

    // MARK: - The quotations

    func quotes(article: Int) -> [Quote] {
        var result: [Quote] = []
        var previous: (span: QuoteMarks.Span, speaker: Speaker?)?
        let spans = QuoteMarks.spans(bytes, paragraphs) { [unowned self] offset in self.speechFollows(offset, within: 4) }
        for span in spans {
            // The quoted words without the spaces a misplaced mark leaves ("the week, “Tokayev said").
            var lower = span.start
            var upper = span.end
            while lower < upper, bytes[lower] == 0x20 { lower += 1 }
            while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
            let inner = lower..<upper
            let wordCount = countWords(inner, upTo: 4)
            guard wordCount > 0, let sentence = sentence(containing: span.open) else { continue }
            // Three words or fewer are a fragment, unless they make a sentence of their own ("Shal
            // ket!") or a verb of speech follows them (`“It hurts,” Dunmore said.`).
            if wordCount <= 3 && !(endsWithStop(inner) && bytes[inner.lowerBound] >= 0x41 && bytes[inner.lowerBound] <= 0x5A)
                && !(endsClause(span) && speechFollows(span.close, within: 3)) {
                result.append(Quote(speaker: nil, speakerName: nil, article: article, sentence: sentence, range: inner, fragment: true))
                continue
            }
            var speaker = transcriptSpeaker(inner) ?? attribution(of: span, sentence: sentence)
            if speaker == nil, let previous, let last = previous.speaker, continues(span, after: previous.span) {
                speaker = last
            }
            if speaker == nil { speaker = paragraphSubject(before: span) }
            if let speaker { memory.named(speaker, at: span.open, spoke: true) }
            previous = (span, speaker)
            result.append(Quote(speaker: speaker?.entity, speakerName: speaker?.entity == nil ? speaker?.name : nil,
                                speakerKind: speaker?.kind, article: article, sentence: sentence, range: inner, fragment: false))
        }
        return result
    }

    /// The speaker a transcript names before a colon in capitals (`“WALLACE: But, Governor,
    /// ...”`): up to three words of capital letters, then a colon. The name is written in
    /// title case, or as the full name the article gave before ("Chris Wallace").
    private func transcriptSpeaker(_ inner: Range<Int>) -> Speaker? {
        var i = inner.lowerBound
        var letters = 0
        var words = 1
        while i < inner.upperBound {
            let b = bytes[i]
            if b >= 0x41 && b <= 0x5A {
                letters += 1
            } else if b == 0x20 {
                words += 1
                guard words <= 3 else { return nil }
            } else if b == 0x3A {
                break
            } else if b != 0x2E && b != 0x27 && b != 0x2D {
                return nil
            }
            i += 1
        }
        guard i < inner.upperBound, i + 1 < inner.upperBound, bytes[i + 1] == 0x20, letters >= 2 else { return nil }
        let label = String(decoding: UnsafeBufferPointer(rebasing: bytes[inner.lowerBound..<i]), as: UTF8.self)
        let name = label.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
        guard !english.isCommon(name.lowercased()) else { return nil }
        if !name.contains(" "), let full = memory.fullName(of: name) { return Speaker(entity: nil, name: full, kind: .person) }
        return Speaker(entity: nil, name: name, kind: .person)
    }

    /// The person a paragraph that is one quotation, attributed nowhere, goes back to: the
    /// subject of the last sentence before it ("Clinton restricted her comments to ...
    /// ¶ “If any bank can't be managed, ...”"), named outside any quotation.
    private func paragraphSubject(before span: QuoteMarks.Span) -> Speaker? {
        guard let p = paragraph(containing: span.open), p > 0, paragraphs[p].lowerBound == span.open,
              paragraph(containing: max(span.close - 1, span.open)) == p, paragraphs[p].upperBound <= span.close + 2,
              let last = sentence(containing: paragraphs[p - 1].upperBound - 1) else { return nil }
        let tokens = self.tokens(of: last)
        guard let subject = colonSubject(tokens, upTo: tokens.count, offset: span.open, outsideQuotes: true),
              subject.kind == .person, subject.entity != nil else { return nil }
        return subject
    }

    /// Whether a quotation with no attribution of its own goes on from the one before: the
    /// next quotation of the same paragraph (`“A,” X said. “B.”`), or one that opens the
    /// next paragraph.
    private func continues(_ span: QuoteMarks.Span, after previous: QuoteMarks.Span) -> Bool {
        guard let here = paragraph(containing: span.open), let there = paragraph(containing: previous.open) else { return false }
        if here == there { return true }
        return here == there + 1 && paragraphs[here].lowerBound == span.open
            || (there < here && paragraph(containing: max(previous.close - 1, previous.open)) == here - 1 && paragraphs[here].lowerBound == span.open)
    }

    // MARK: - Attribution

    private func attribution(of span: QuoteMarks.Span, sentence opening: Int) -> Speaker? {
        // After the quotation, in the sentence where it closes, when the quotation ends a clause
        // (`,”`, `.”`, `?”`, `”,`): one that stops mid-clause ("promising to “fire without
        // warning” on the protesters") is part of someone else's sentence.
        if endsClause(span) || speechFollows(span.close, within: 3), let closing = sentence(containing: max(span.close - 1, span.open)) {
            let tokens = self.tokens(of: closing)
            let first = tokens.firstIndex { $0.range.lowerBound >= span.close } ?? tokens.count
            if let speaker = after(tokens, from: first, offset: span.open) { return speaker }
            // "“...?” Clinton said.": the attribution was cut into a sentence of its own.
            if first >= tokens.count, closing + 1 < ids.upperBound, sameParagraph(closing, closing + 1) {
                let next = self.tokens(of: closing + 1)
                // ...unless that sentence has a quotation of its own ("Russia insisted that
                // Pyongyang “stop ...”").
                if let verb = next.prefix(8).firstIndex(where: { $0.isWord && speech.says($0.key) }), verb <= 6,
                   !next.contains(where: { $0.isSymbol && ["“", "”", "\""].contains($0.key) }),
                   let speaker = after(next, from: 0, offset: span.open) {
                    return speaker
                }
            }
        }
        // Before it, in the sentence where it opens.
        let tokens = self.tokens(of: opening)
        let end = tokens.firstIndex { $0.range.lowerBound >= span.open } ?? tokens.count
        if let speaker = before(tokens, upTo: end, offset: span.open) { return speaker }
        // "A cashier who “steals ...” is held accountable, Warren said.": a reporting clause that
        // ends the sentence covers the whole of it.
        if let comma = tokens.lastIndex(where: { $0.isSymbol(",") }), tokens[comma].range.lowerBound >= span.close,
           tokens.count - comma <= 8, !tokens[comma...].contains(where: { $0.isSymbol && ["“", "”", "\""].contains($0.key) }),
           tokens[comma...].contains(where: { $0.isWord && speech.says($0.key) }),
           let speaker = after(tokens, from: comma + 1, offset: span.open) {
            return speaker
        }
        // A paragraph that ends with a colon introduces the quotation that opens the next one.
        if let p = paragraph(containing: span.open), p > 0, paragraphs[p].lowerBound == span.open,
           let last = sentence(containing: paragraphs[p - 1].upperBound - 1) {
            let tokens = self.tokens(of: last)
            if tokens.last?.isSymbol(":") == true, let speaker = before(tokens, upTo: tokens.count - 1, offset: span.open) {
                return speaker
            }
        }
        if let speaker = reportingSubject(tokens, upTo: end, sentence: opening, offset: span.open) { return speaker }
        // "..., Schiff said. “The other factor ...”": a quotation that opens its sentence goes on
        // from the reporting clause that ends the sentence before.
        if end == 0, opening > ids.lowerBound, sameParagraph(opening - 1, opening) {
            let previous = self.tokens(of: opening - 1)
            if let verb = previous.lastIndex(where: { $0.isWord && speech.says($0.key) }), previous.count - verb <= 4,
               !previous.contains(where: { $0.isSymbol && ["“", "”", "\""].contains($0.key) }) {
                return subject(previous, before: verb, from: 0, offset: span.open)
            }
        }
        // A colon with no verb of speech introduces the quotation all the same ("Park made the
        // following comment:", "the mayor has a new message: “...”"): the speaker is the
        // clause's subject.
        if end > 0, tokens[end - 1].isSymbol(":") { return colonSubject(tokens, upTo: end - 1, offset: span.open) }
        if let p = paragraph(containing: span.open), p > 0, paragraphs[p].lowerBound == span.open,
           let last = sentence(containing: paragraphs[p - 1].upperBound - 1) {
            let tokens = self.tokens(of: last)
            if tokens.last?.isSymbol(":") == true { return colonSubject(tokens, upTo: tokens.count - 1, offset: span.open) }
        }
        // "Donald Trump is once again questioning ... to make sure everything is “on the up and
        // up.”": words quoted in a sentence about a person, with no one else to say them, are
        // that person's; not those of a clause with a subject of its own ("Ruelov visited the
        // dam, where a banner read “...”").
        if end > 0, tokens[0].isWord, isNameWord(tokens[0]),
           !tokens[..<end].contains(where: { $0.isWord && ["where", "which", "who", "whom", "whose", "while", "when", "whereas"].contains($0.key) }),
           let subject = colonSubject(tokens, upTo: end, offset: span.open),
           subject.kind == .person, subject.entity != nil {
            return subject
        }
        return nil
    }

    /// The subject of a clause that ends with a colon: its first name that no preposition
    /// governs ("On July 6, Park made ...", "The council issued ...").
    private func colonSubject(_ tokens: [TextToken], upTo colon: Int, offset: Int, outsideQuotes: Bool = false) -> Speaker? {
        // "With leaders worried about Clinton, Obama is rolling out a message:": the clause
        // that opens the sentence is not its subject.
        var from = 0
        if let first = tokens.first, first.isWord, ["with", "after", "as", "while", "when", "although", "though", "because", "since", "if",
                                                     "before", "despite", "amid", "following", "during"].contains(first.key),
           let comma = tokens.prefix(colon).firstIndex(where: { $0.isSymbol(",") }) {
            from = comma + 1
        }
        var quoted = false
        for j in from..<max(from, colon) {
            if tokens[j].isSymbol, ["“", "”", "\""].contains(tokens[j].key) { quoted = tokens[j].key == "“" || (tokens[j].key == "\"" && !quoted) }
            guard tokens[j].isWord, isNameWord(tokens[j]), !(outsideQuotes && quoted) else { continue }
            if j > 0, tokens[j - 1].isWord, english.classes[tokens[j - 1].key] == .preposition { continue }
            var end = j
            while end + 1 < colon, joinsName(tokens, end, end + 1) { end += 1 }
            return speaker(named: tokens, j..<(end + 1), offset: offset, leading: j > 0 ? tokens[j - 1] : nil)
        }
        return nil
    }

    private func endsClause(_ span: QuoteMarks.Span) -> Bool {
        var i = span.end - 1
        while i >= span.start, bytes[i] == 0x20 { i -= 1 }
        // A quotation inside the quotation closes first: `‘criminal, super predator,’”`.
        if i >= span.start + 2, bytes[i] == 0x99, bytes[i - 1] == 0x80, bytes[i - 2] == 0xE2 {
            i -= 3
        } else if i > span.start, bytes[i] == 0x27 {
            i -= 1
        }
        if i >= span.start, [0x2C, 0x2E, 0x3F, 0x21, 0x3B, 0x3A].contains(bytes[i]) || (bytes[i] == 0xA6 && i >= 2 && bytes[i - 2] == 0xE2) {
            return true
        }
        var j = span.close
        while j < bytes.count, bytes[j] == 0x20 { j += 1 }
        guard j < bytes.count else { return true }
        // ",", a dash, or the end of the paragraph
        return bytes[j] == 0x2C || bytes[j] == 0x0A || bytes[j] == 0x2D || (bytes[j] == 0xE2 && j + 2 < bytes.count && bytes[j + 1] == 0x80
            && (0x93...0x95).contains(bytes[j + 2]))
    }

    private func sameParagraph(_ a: Int, _ b: Int) -> Bool {
        sentences[a].paragraph == sentences[b].paragraph
    }

    /// The attribution after a quotation: `,” said X`, `,” X said`, `,” X, a professor, said`,
    /// `” ― X`, `,” as X put it`.
    private func after(_ tokens: [TextToken], from start: Int, offset: Int) -> Speaker? {
        var i = start
        while i < tokens.count, tokens[i].isSymbol, [",", ".", "!", "?", "…", "’", "'"].contains(tokens[i].key) { i += 1 }
        guard i < tokens.count else { return nil }
        // "” ― Sonya Herridge", "” — the minister"
        if tokens[i].isSymbol, ["―", "—", "–", "-"].contains(tokens[i].key) {
            // "” — a metaphor for ...": a thing after the dash is an apposition, not a source.
            guard let named = phraseAfter(tokens, from: i + 1, offset: offset), !isThing(named) else { return nil }
            return named
        }
        // "“...,” but he said that “...”": a clause joined by a conjunction reports what follows;
        // "“...,” when Clinton blasted him": a clause of time or cause says when, not who.
        if tokens[i].isWord, ["but", "and", "yet", "while", "whereas", "when", "after", "before", "because", "since", "if", "unless",
                              "until", "though", "although", "once", "whenever"].contains(tokens[i].key) {
            return nil
        }
        if tokens[i].isWord("as"), i + 1 < tokens.count { i += 1 }
        // The verb of speech comes within the first words, with nothing but the subject before it.
        var k = i
        var depth = 0
        while k < tokens.count, k < i + 24 {
            let token = tokens[k]
            if token.isSymbol("(") { depth += 1 } else if token.isSymbol(")") { depth -= 1 }
            if depth == 0, token.isWord, speech.says(token.key) || (token.key == "put" && tokens[i].isWord) {
                break
            }
            if depth == 0, token.isSymbol, [";", ":", "“", "”", "\"", "?", "!"].contains(token.key) { return nil }
            if depth == 0, token.isSymbol("."), !isAbbreviationStop(tokens, k) { return nil }
            k += 1
        }
        guard k < tokens.count, k < i + 24, tokens[k].isWord else { return nil }
        // "“...” was written by Springsteen": the passive names the speaker after "by".
        if k > i, k + 1 < tokens.count, tokens[k + 1].isWord("by"), ["was", "were", "is", "are", "been", "be"].contains(tokens[k - 1].key) {
            return phraseAfter(tokens, from: k + 2, offset: offset)
        }
        if k == i {
            // ", said X": inverted, except for verbs whose object is who was told, and for a
            // participle that goes on with the same speaker (`,” adding that ...`).
            guard !["told", "tells", "tell", "telling"].contains(tokens[k].key), !tokens[k].key.endsWithBytes("ing") else { return nil }
            return phraseAfter(tokens, from: k + 1, offset: offset)
        }
        // The subject starts right after the quotation: a name, with its apposition after it
        // ("Chris Weston, chief market strategist at IG Ltd., said"), a pronoun, or a phrase.
        let first = tokens[i]
        if first.isWord, let pronoun = pronoun(first.key) { return resolve(pronoun, at: first.range.lowerBound) }
        if first.isWord, isNameWord(first) {
            var end = i
            while end + 1 < k, joinsName(tokens, end, end + 1) { end += 1 }
            let next = end + 1
            // "Obama's former campaign strategist said": a possessive opens a phrase.
            if next < k, tokens[next].isWord, !tokens[end].key.hasSuffix("'s") || cues.kinds[tokens[next].key] != nil {
                if tokens[next].isWord, !isNameWord(tokens[next]), cues.titles[tokens[next].key] == nil, !isAdverbial(tokens[next].key),
                   lexicon.calendar.weekdays[tokens[next].key] == nil, !["on", "in", "at", "for"].contains(tokens[next].key) {
                    return subject(tokens, before: k, from: i, offset: offset)
                }
            }
            if tokens[end].key.hasSuffix("'s"), next < k, tokens[next].isWord { return roleEnding(tokens, at: k - 1, from: i, offset: offset) }
            return speaker(named: tokens, i..<(end + 1), offset: offset, leading: nil)
        }
        // "the Russian said Political scientist Dmitrij Oreschkin": a phrase that names nobody
        // before the verb, and a name after it.
        if let subject = subject(tokens, before: k, from: i, offset: offset), subject.kind == .person || subject.entity != nil {
            return subject
        } else if let named = phraseAfter(tokens, from: k + 1, offset: offset), named.kind == .person {
            return named
        }
        return subject(tokens, before: k, from: i, offset: offset)
    }

    /// The attribution before a quotation in its sentence: `according to X, “`, `X said: “`,
    /// `said X: “`, and the subject of the last verb of speech before it (`X says Y is “...”`).
    private func before(_ tokens: [TextToken], upTo end: Int, offset: Int) -> Speaker? {
        guard end > 0 else { return nil }
        let keys = { (i: Int) -> String? in i >= 0 && i < end && tokens[i].isWord ? tokens[i].key : nil }
        // "according to X" and the spun "in line with X", nearest first.
        for k in stride(from: end - 1, through: 0, by: -1) where tokens[k].isWord {
            if let source = speech.sources.phrase(startingAt: k, in: keys) {
                if let speaker = phraseAfter(Array(tokens[..<end]), from: source.end, offset: offset) { return speaker }
            }
        }
        // The last verb of speech before the quotation, and its subject.
        guard let verb = (0..<end).last(where: { tokens[$0].isWord && speech.says(tokens[$0].key) && !readsAsNoun(tokens, $0) }) else {
            return nil
        }
        let adjacent = (verb + 1..<end).allSatisfy { tokens[$0].isSymbol || tokens[$0].isWord("that") }
        let participle = tokens[verb].key.endsWithBytes("ing")
        let found = subject(tokens, before: verb, from: 0, offset: offset, participle: participle)
        // "Trump unleashed a series of tweets saying ...", "... at one of his golf courses,
        // saying": what a participle follows may be a thing or nobody, and then the one who
        // speaks is the clause's subject.
        if participle, found.map(isThing) ?? (verb > 0 && tokens[verb - 1].isSymbol(",")),
           let main = colonSubject(tokens, upTo: verb, offset: offset) {
            return main
        }
        if let found { return found }
        // "said X: “", "Said the minister: “"
        if adjacent || (verb + 1..<end).contains(where: { tokens[$0].isSymbol(":") }),
           !["told", "tells", "tell", "telling"].contains(tokens[verb].key) {
            return phraseAfter(Array(tokens[..<end]), from: verb + 1, offset: offset)
        }
        return nil
    }

    /// Whether a verb of speech comes within the first four words after `offset`: where a
    /// misplaced opening glyph ends a quotation (`possible, “Tokayev said`).
    func speechFollows(_ offset: Int, within count: Int = 4) -> Bool {
        guard let id = sentence(containing: offset) else { return false }
        let words = WordScanner.words(in: bytes, range: offset..<min(sentences[id].range.upperBound, offset + 16 * count))
        // "those promises were": after an article or a possessive, the word is a noun.
        return words.prefix(count).indices.contains { k in
            speech.says(words[k].key)
                && !(k > 0 && [.determiner, .possessive].contains(english.classes[words[k - 1].key]))
        }
    }

    // MARK: - Subjects

    /// The subject of the verb at `verb`: the phrase that ends just before it, past words of
    /// time and manner ("on Friday", "also"), a parenthesis ("(D-Wis.)"), and an apposition or
    /// relative clause between commas ("X, a professor at Y, said"; "X, who ..., said").
    private func subject(_ tokens: [TextToken], before verb: Int, from start: Int, offset: Int, participle: Bool = false) -> Speaker? {
        var k = verb - 1
        while k >= start {
            let token = tokens[k]
            if token.isWord, isAdverbial(token.key) { k -= 1; continue }
            if token.isWord, lexicon.calendar.weekdays[token.key] != nil, token.capitalized {
                k -= 1
                if k >= start, tokens[k].isWord("on") { k -= 1 }
                continue
            }
            if token.isSymbol(")"), let open = (start..<k).last(where: { tokens[$0].isSymbol("(") }) { k = open - 1; continue }
            break
        }
        guard k >= start else { return nil }
        let token = tokens[k]
        if token.isSymbol(",") {
            // The phrase before the comma that opens the apposition or the clause; or the
            // apposition itself when it is the name ("The mayor, Tomas Vidal, continued").
            guard let open = (start..<k).last(where: { tokens[$0].isSymbol(",") }), open > start else { return nil }
            if open + 1 < k, tokens[open + 1].isWord, isNameWord(tokens[open + 1]), !tokens[open - 1].capitalized,
               (open + 1..<k).allSatisfy({ tokens[$0].isWord && (isNameWord(tokens[$0]) || joinsName(tokens, $0 - 1, $0)) || joinsName(tokens, $0 - 1, $0) }) {
                return nameEnding(tokens, at: k - 1, from: open + 1, offset: offset)
            }
            var name = open - 1
            if tokens[name].isSymbol(")"), let paren = (start..<name).last(where: { tokens[$0].isSymbol("(") }) { name = paren - 1 }
            guard name >= start, tokens[name].isWord, isNameWord(tokens[name]) else { return nil }
            return nameEnding(tokens, at: name, from: start, offset: offset)
        }
        guard token.isWord else { return nil }
        if let pronoun = pronoun(token.key) { return resolve(pronoun, at: token.range.lowerBound) }
        if isNameWord(token) || token.capitalized { return nameEnding(tokens, at: k, from: start, offset: offset, participle: participle) }
        return roleEnding(tokens, at: k, from: start, offset: offset)
    }

    /// A phrase that names neither a person, a role nor an organization: "a series of tweets".
    private func isThing(_ speaker: Speaker) -> Bool {
        guard speaker.entity == nil, speaker.kind == .role, let head = speaker.name?.split(separator: " ").last?.lowercased() else {
            return false
        }
        return cues.titles[head] == nil && cues.kinds[head] == nil
    }

    /// A name whose last word is at `k`: the run of capitalised words, its titles left out
    /// ("Homeland Security Secretary Jeh Johnson" is Jeh Johnson); "The New York Post" and
    /// other names with the cue of an organization are one.
    private func nameEnding(_ tokens: [TextToken], at k: Int, from start: Int, offset: Int, participle: Bool = false) -> Speaker? {
        var first = k
        while first > start, joinsName(tokens, first - 1, first) { first -= 1 }
        // A name after a preposition is no subject: "The case of Kazakhstan suggests ...";
        // but a participle's may follow "of": "footage of Clinton asking".
        if first > start, tokens[first - 1].isWord, english.classes[tokens[first - 1].key] == .preposition,
           !(participle && tokens[first - 1].key == "of") {
            return nil
        }
        return speaker(named: tokens, first..<(k + 1), offset: offset, leading: first > start ? tokens[first - 1] : nil)
    }

    /// A role or an organization written as a common noun phrase ending at `k`: "the source",
    /// "a Western diplomatic source", "The Indiana governor", "the influential US daily",
    /// "Trump’s campaign", "officials".
    private func roleEnding(_ tokens: [TextToken], at k: Int, from start: Int, offset: Int) -> Speaker? {
        let head = tokens[k].key
        let isRole = cues.titles[head] == .role || cues.titles[head] == .office
        let isOrganization = cues.kinds[head] != nil
        // Another noun heads a speaker's phrase when a determiner opens it: "The New York businessman".
        let determined = (max(start, k - 6)..<k).contains { j in
            tokens[j].isWord && (english.classes[tokens[j].key] == .determiner || english.classes[tokens[j].key] == .possessive
                || tokens[j].key.hasSuffix("'s"))
        }
        guard isRole || isOrganization || determined && !english.isGrammatical(head) && !head.hasSuffix("ing") else { return nil }
        var first = k
        while first > start, first > k - 7 {
            let before = tokens[first - 1]
            if before.isWord, let kind = english.classes[before.key], kind == .determiner || kind == .possessive {
                first -= 1
                break
            }
            if before.isWord, before.key.hasSuffix("'s") || before.key.hasSuffix("s'") { first -= 1; break }
            guard before.isWord || isDash(before) && before.glued, before.capitalized || !english.isGrammatical(before.key) || before.isSymbol
            else { break }
            first -= 1
        }
        return describedSpeaker(tokens, first..<(k + 1), head: head, offset: offset)
    }

    /// The speaker a phrase after a verb or a dash names: "said Mira Castell, a hydrologist",
    /// "adds the political scientist Gleb Pavlovsky", "said the expert", "said he".
    private func phraseAfter(_ tokens: [TextToken], from i: Int, offset: Int) -> Speaker? {
        guard i < tokens.count else { return nil }
        if tokens[i].isWord, let pronoun = pronoun(tokens[i].key) { return resolve(pronoun, at: tokens[i].range.lowerBound) }
        // Up to the end of the phrase: a name within it wins ("the political scientist Gleb
        // Pavlovsky", "political expert and lawyer Okara"), unless a preposition or an article
        // puts it in a phrase of its own ("the expert at the Moscow think tank").
        var k = i
        var last = i
        var ended = false
        while k < tokens.count, k < i + 10 {
            let token = tokens[k]
            // "9/11 widow Tessa Brandt": a slash within a number goes on.
            if token.isSymbol, !(isDash(token) && token.glued) && !(token.isSymbol(".") && isAbbreviationStop(tokens, k))
                && !(token.isSymbol("/") && token.glued) {
                break
            }
            let governed = k > i && tokens[k - 1].isWord && (english.classes[tokens[k - 1].key] == .preposition
                || english.classes[tokens[k - 1].key] == .determiner)
            if token.isWord, isNameWord(token), !governed, !ended, !(k == i && cues.titles[token.key] == .office && !token.capitalized) {
                var end = k
                while end + 1 < tokens.count, joinsName(tokens, end, end + 1) { end += 1 }
                // "Moscow-based political scientist Ekaterina Schulmann", "US ambassador": a name that
                // modifies is no name.
                if end + 1 < tokens.count, isDash(tokens[end + 1]) && tokens[end + 1].glued
                    || tokens[end + 1].isWord && !tokens[end + 1].capitalized && cues.titles[tokens[end + 1].key] != nil {
                    k = end + 1
                    continue
                }
                return speaker(named: tokens, k..<(end + 1), offset: offset, leading: k > 0 ? tokens[k - 1] : nil)
            }
            if token.isWord, ["who", "which", "whose", "in", "at", "of", "for", "from", "on", "with", "to"].contains(token.key), k > i {
                ended = true
            }
            if token.isWord, ["who", "which", "whose"].contains(token.key) { break }
            if !ended, !token.isWord("and") { last = k }
            k += 1
        }
        guard last >= i, tokens[last].isWord else { return nil }
        return roleEnding(tokens, at: last, from: i, offset: offset)
    }

    /// The speaker a run of name words names.
    private func speaker(named tokens: [TextToken], _ run: Range<Int>, offset: Int, leading: TextToken?) -> Speaker? {
        var first = run.lowerBound
        // Titles are not part of the name: "Sen. Claire McCaskill", "Ohio Democratic Party Chairman David Pepper".
        if let title = run.last(where: { tokens[$0].isWord && cues.titles[tokens[$0].key] != nil }), title < run.upperBound - 1,
           tokens[(title + 1)..<run.upperBound].contains(where: { $0.isWord && $0.capitalized }) {
            first = title + 1
            while first < run.upperBound, tokens[first].isSymbol { first += 1 }
        }
        while first < run.upperBound, tokens[first].isWord, english.classes[tokens[first].key] == .determiner, run.count > 1,
              first == run.lowerBound, !isOrganizationName(tokens, run) {
            first += 1
        }
        guard first < run.upperBound else { return nil }
        let range = tokens[first].range.lowerBound..<tokens[run.upperBound - 1].range.upperBound
        var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        if text.hasSuffix("’s") { text = String(text.dropLast(2)) } else if text.hasSuffix("'s") { text = String(text.dropLast(2)) }
        // "Trump’s campaign said": the possessor's organization.
        if let next = tokens.indices.contains(run.upperBound) ? tokens[run.upperBound] : nil, next.isWord, !next.capitalized,
           tokens[run.upperBound - 1].key.hasSuffix("'s"), cues.kinds[next.key] == .organization || cues.titles[next.key] != nil {
            let whole = tokens[first].range.lowerBound..<next.range.upperBound
            let phrase = String(decoding: UnsafeBufferPointer(rebasing: bytes[whole]), as: UTF8.self)
            return Speaker(entity: nil, name: phrase, kind: cues.kinds[next.key] == .organization ? .organization : .role)
        }
        // The mention that holds the last word ("Marlow" of "T.J. Marlow"), else any within.
        let surname = tokens[run.upperBound - 1].range.lowerBound
        if let mention = mentions.first(where: { $0.range.contains(surname) && $0.entity != nil })
            ?? mentions.first(where: { $0.range.overlaps(range) }), let entity = mention.entity {
            return Speaker(entity: entity, name: entities[entity].name, kind: kind(of: entities[entity].kind))
        }
        let words = tokens[first..<run.upperBound].filter(\.isWord).map(\.key)
        if words.count == 1 { noteSubjects(before: tokens[first].range.lowerBound) }
        if words.count == 1, !isOrganizationName(tokens, run), let full = memory.fullName(of: words[0]) {
            return Speaker(entity: nil, name: full, kind: .person)
        }
        if isOrganizationName(tokens, run) || cues.place(words) != nil {
            let withArticle = leading?.isWord("the") == true && first == run.lowerBound
                ? String(decoding: UnsafeBufferPointer(rebasing: bytes[(leading?.range.lowerBound ?? range.lowerBound)..<range.upperBound]), as: UTF8.self)
                : text
            return Speaker(entity: nil, name: withArticle, kind: .organization)
        }
        // A lone word that is no person: a nationality, a month, a word of the sentence's grammar.
        if words.count == 1, cues.nationalities.contains(words[0]) || english.isGrammatical(words[0]) { return nil }
        return Speaker(entity: nil, name: text, kind: .person)
    }

    /// A phrase for a role or an organization. A definite role ("the expert") that the
    /// sentence before gave to a named person ("Temur Umarov, expert at ...") is that person.
    private func describedSpeaker(_ tokens: [TextToken], _ phrase: Range<Int>, head: String, offset: Int) -> Speaker? {
        let range = tokens[phrase.lowerBound].range.lowerBound..<tokens[phrase.upperBound - 1].range.upperBound
        if let mention = mentions.first(where: { range.contains($0.range.lowerBound) }), let entity = mention.entity,
           entities[entity].kind == .organization {
            return Speaker(entity: entity, name: entities[entity].name, kind: .organization)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        let isOrganization = cues.kinds[head] == .organization
        if tokens[phrase.lowerBound].isWord("the"), !isOrganization, cues.titles[head] != nil,
           let person = personDescribed(as: head, before: offset) ?? subjectBefore(offset, sameHead: head) {
            return person
        }
        return Speaker(entity: nil, name: text, kind: isOrganization ? .organization : .role)
    }

    /// The person whom the sentence before `offset`, or the one before that, describes with
    /// `role` in an apposition ("Temur Umarov, expert at Carnegie").
    private func personDescribed(as role: String, before offset: Int) -> Speaker? {
        guard let here = sentence(containing: offset) else { return nil }
        for id in stride(from: here, through: max(ids.lowerBound, here - 2), by: -1) {
            let tokens = self.tokens(of: id)
            for (k, token) in tokens.enumerated() where token.isWord && token.key == role && token.range.lowerBound < offset {
                // A name within the six tokens before the role word.
                for j in stride(from: k - 1, through: max(0, k - 6), by: -1) where tokens[j].isWord && isNameWord(tokens[j]) {
                    if let speaker = nameEnding(tokens, at: j, from: 0, offset: offset), speaker.kind == .person { return speaker }
                }
            }
        }
        return nil
    }

    /// The person who opens the sentence before the one holding `offset` ("Temur Umarov,
    /// expert at ..., shares this view. “...,” said the expert"), unless that sentence opens
    /// with a phrase of the same head ("A source in the business community ... “...,” the
    /// source said"), which the role then stands for as written.
    private func subjectBefore(_ offset: Int, sameHead head: String) -> Speaker? {
        guard let here = sentence(containing: offset), here > ids.lowerBound else { return nil }
        let tokens = self.tokens(of: here - 1)
        if tokens.prefix(8).contains(where: { $0.isWord && $0.key == head }) { return nil }
        // The name may follow its title: "Political scientist Alexei Malashenko also considers ...".
        guard let first = tokens.prefix(6).firstIndex(where: { isNameWord($0) }),
              tokens[..<first].allSatisfy({ $0.isWord && !english.isGrammatical($0.key) }) else { return nil }
        var end = first
        while end + 1 < tokens.count, joinsName(tokens, end, end + 1) { end += 1 }
        guard let speaker = speaker(named: tokens, first..<(end + 1), offset: offset, leading: nil), speaker.kind == .person,
              speaker.entity != nil || (speaker.name?.contains(" ") ?? false) else { return nil }
        return speaker
    }

    /// A quotation inside a clause of reported speech or intent, with no verb of speech next
    /// to it, belongs to the person the sentence is about: the first person named before the
    /// quotation, not after a preposition, or for a sentence that opens with "He" or "His",
    /// the first person named in the sentence before.
    private func reportingSubject(_ tokens: [TextToken], upTo end: Int, sentence: Int, offset: Int) -> Speaker? {
        guard let verb = (0..<end).last(where: { tokens[$0].isWord && speech.reports(tokens[$0].key) && !readsAsNoun(tokens, $0) }), end > 0 else {
            return nil
        }
        // "what it called “a clear threat”": the pronoun before the verb is its subject.
        if verb > 0, tokens[verb - 1].isWord, let pronoun = pronoun(tokens[verb - 1].key) {
            return resolve(pronoun, at: tokens[verb - 1].range.lowerBound)
        }
        // "Japan branded North Korea an “outlaw nation”": a name just before the verb is its subject.
        if verb > 0, tokens[verb - 1].isWord, isNameWord(tokens[verb - 1]),
           let named = subject(tokens, before: verb, from: 0, offset: offset), named.kind != .role {
            return named
        }
        let start = sentences[sentence].range.lowerBound
        for mention in mentions where mention.range.lowerBound >= start && mention.range.lowerBound < offset {
            guard let entity = mention.entity, entities[entity].kind == .person else { continue }
            let k = tokens.firstIndex { $0.range.lowerBound >= mention.range.lowerBound } ?? 0
            if k > 0, tokens[k - 1].isWord, english.classes[tokens[k - 1].key] == .preposition { continue }
            return Speaker(entity: entity, name: entities[entity].name, kind: .person)
        }
        // "the Security Council issued a statement calling the test “a clear violation”": the
        // clause's subject, when it names an organization.
        if let subject = colonSubject(tokens, upTo: verb, offset: offset), subject.kind == .organization { return subject }
        guard let first = tokens.first, first.isWord, ["he", "his", "she", "her"].contains(first.key), sentence > ids.lowerBound else {
            return nil
        }
        let previous = sentences[sentence - 1].range
        if let person = mentions.first(where: { previous.contains($0.range.lowerBound) && $0.entity.map { entities[$0].kind == .person } == true }),
           let entity = person.entity {
            return Speaker(entity: entity, name: entities[entity].name, kind: .person)
        }
        return nil
    }

    // MARK: - Pronouns and subjects

    private func pronoun(_ key: String) -> String? {
        switch key {
        case "he", "she", "it", "they": return key
        default: return nil
        }
    }

    /// The person a pronoun said at `offset` refers to. The person who opens the sentence just
    /// before comes first, unless known by another pronoun; then the speakers and subjects so far.
    private func resolve(_ pronoun: String, at offset: Int) -> Speaker? {
        noteSubjects(before: offset)
        return memory.resolve(pronoun, before: offset)
    }

    /// Notes the persons who open the sentences that start before `offset` ("Clinton says...",
    /// "Homeland Security Secretary Jeh Johnson says..."), the subjects of their reporting
    /// clauses ("..., Marat mentioned."), and every full name of a person. It reads the
    /// mentions, not the words: it runs on every sentence before a pronoun.
    private func noteSubjects(before offset: Int) {
        while noted < ids.upperBound, sentences[noted].range.lowerBound < offset {
            let range = sentences[noted].range
            noted += 1
            var first = true
            while nextMention < mentions.count, mentions[nextMention].range.lowerBound < range.upperBound {
                let mention = mentions[nextMention]
                nextMention += 1
                guard mention.range.lowerBound >= range.lowerBound, let entity = mention.entity else { continue }
                if entities[entity].kind == .person, namedPersons.insert(entity).inserted { memory.noteFullName(entities[entity].name) }
                // The first mention, after nothing but titles and capitals ("Political scientist
                // Alexei Malashenko also ..."), is the sentence's subject.
                let opening = first && mention.range.lowerBound - range.lowerBound <= 60
                    && WordScanner.words(in: bytes, range: range.lowerBound..<mention.range.lowerBound).allSatisfy { word in
                        word.capitalized || cues.titles[word.key] != nil
                    }
                first = false
                let spoke = speechFollows(mention.range.upperBound, within: 1)
                if opening || spoke {
                    let speaker = Speaker(entity: entity, name: entities[entity].name, kind: kind(of: entities[entity].kind))
                    memory.named(speaker, at: mention.range.lowerBound, spoke: spoke)
                }
            }
        }
    }

    // MARK: - Words

    /// A word that can be part of a person's or an organization's name: capitalised, and
    /// neither a word of the sentence's grammar nor a month or a weekday.
    private func isNameWord(_ token: TextToken) -> Bool {
        guard token.isWord, token.capitalized else { return false }
        // "It’s", "That’s", "I’m": a grammatical word with its contraction.
        var key = Substring(token.key)
        if let apostrophe = key.firstIndex(of: "'") { key = key[..<apostrophe] }
        if english.isCommon(String(key)) || key == "i" { return false }
        if lexicon.calendar.weekdays[token.key] != nil || (lexicon.calendar.months[token.key] != nil && token.key.count > 3) { return false }
        return true
    }

    /// Whether tokens `a` and `b` (next to each other) belong to one name: two capitalised
    /// words ("Jeh Johnson"), an initial and its stop ("T. R."), a hyphen ("Kassym-Jomart"), a
    /// particle between capitals ("bin", "de", "van").
    private func joinsName(_ tokens: [TextToken], _ a: Int, _ b: Int) -> Bool {
        let left = tokens[a]
        let right = tokens[b]
        if left.isWord, right.isWord, isNameWord(right) || (right.capitalized && right.key.count <= 3 && right.key != "i") {
            return isNameWord(left) || left.capitalized || ["de", "van", "von", "bin", "al", "der", "da", "la", "le", "del", "di"].contains(left.key)
        }
        if left.isWord, left.capitalized, left.key.count == 1 || cues.titles[left.key] != nil || left.key.count <= 3,
           right.isSymbol("."), right.glued, b + 1 < tokens.count, tokens[b + 1].isWord, tokens[b + 1].capitalized {
            return true  // "T. R. Reid", "Mr. McGinley", "Del. Stacey Plaskett"
        }
        if left.isSymbol("."), right.isWord, right.capitalized, a > 0, tokens[a - 1].isWord, tokens[a - 1].key.count <= 3 { return true }
        if isDash(right) && right.glued && left.isWord && left.capitalized && b + 1 < tokens.count && tokens[b + 1].glued
            && tokens[b + 1].capitalized {
            return true  // "Kassym-Jomart", not "Moscow-based"
        }
        if isDash(left) && left.glued && right.isWord && right.glued && right.capitalized { return true }
        if left.isWord, ["de", "van", "von", "bin", "al", "der", "da", "del", "di"].contains(left.key), right.isWord, right.capitalized { return true }
        return false
    }

    private func isOrganizationName(_ tokens: [TextToken], _ run: Range<Int>) -> Bool {
        tokens[run].contains { $0.isWord && cues.kinds[$0.key] == .organization }
    }

    private func kind(of entityKind: EntityKind) -> SpeakerKind {
        switch entityKind {
        case .person: return .person
        case .group: return .role
        case .organization, .country, .place: return .organization
        }
    }

    private func isAdverbial(_ key: String) -> Bool {
        if ["also", "then", "later", "again", "once", "already", "previously", "recently", "repeatedly", "yesterday", "today",
            "has", "had", "have", "once", "reportedly", "further", "simply", "flatly", "publicly", "privately", "earlier"].contains(key) {
            return true
        }
        return key.hasSuffix("ly") && key.count > 4 && english.classes[key] == nil && cues.titles[key] == nil
    }

    private func isDash(_ token: TextToken) -> Bool {
        token.isSymbol && ["-", "–", "—", "―"].contains(token.key)
    }

    /// A full stop after an abbreviation or an initial ("Mr.", "T.", "Ltd."), not one that ends a sentence.
    /// Whether a verb of speech ending in -s is a plural noun where it stands: after an
    /// article, a possessive, a preposition or a compound adjective ("a flurry of late-night
    /// tweets", "his statements").
    private func readsAsNoun(_ tokens: [TextToken], _ k: Int) -> Bool {
        guard k > 0, tokens[k].key.endsWithBytes("s"), tokens[k - 1].isWord else { return false }
        let before = tokens[k - 1].key
        if let grammar = english.classes[before], [.determiner, .possessive, .preposition].contains(grammar) { return true }
        if k >= 2, isDash(tokens[k - 2]), tokens[k - 2].glued { return true }  // "late-night tweets"
        return before.endsWithBytes("'s") || before.containsByte(0x2D)
    }

    private func isAbbreviationStop(_ tokens: [TextToken], _ k: Int) -> Bool {
        guard k > 0, tokens[k - 1].isWord, tokens[k].glued else { return false }
        let word = tokens[k - 1]
        return word.key.count <= 3 && word.capitalized || cues.titles[word.key] != nil || ["inc", "ltd", "co", "corp", "jr", "sr"].contains(word.key)
    }

    // MARK: - Places

    func tokens(of sentence: Int) -> [TextToken] {
        if let known = tokenCache[sentence] { return known }
        let tokens = TextScanner.tokens(in: bytes, range: sentences[sentence].range)
        tokenCache[sentence] = tokens
        return tokens
    }

    func sentence(containing offset: Int) -> Int? {
        var low = ids.lowerBound
        var high = ids.upperBound
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].range.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < ids.upperBound ? low : nil
    }

    private func paragraph(containing offset: Int) -> Int? {
        paragraphs.firstIndex { $0.lowerBound <= offset && offset < $0.upperBound }
    }

    /// The words of a range, counted up to `limit`: runs of letters and digits (any byte of
    /// U+0080 and above counts as a letter here).
    private func countWords(_ range: Range<Int>, upTo limit: Int) -> Int {
        var count = 0
        var inWord = false
        for i in range {
            let b = bytes[i]
            let letter = (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || b >= 0xC3 && b != 0xE2
            if letter && !inWord {
                count += 1
                if count >= limit { return count }
            }
            inWord = letter || (inWord && (b == 0x27 || b == 0x2D || b >= 0x80))
        }
        return count
    }

    private func endsWithStop(_ range: Range<Int>) -> Bool {
        var i = range.upperBound - 1
        while i >= range.lowerBound, bytes[i] == 0x20 { i -= 1 }
        guard i >= range.lowerBound else { return false }
        return bytes[i] == 0x2E || bytes[i] == 0x21 || bytes[i] == 0x3F
    }
}
