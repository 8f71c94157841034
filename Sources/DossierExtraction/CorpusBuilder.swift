import DossierCorpus

/// Turns corpus files into the queryable model: load and validate (DossierCorpus), then
/// segment every article and place every piece of evidence in its sentence.
public struct CorpusBuilder: Sendable {
    /// With `strict`, any problem (warnings included) makes the load fail.
    public var strict: Bool

    public init(strict: Bool = false) {
        self.strict = strict
    }

    public struct Result: Sendable {
        public var corpus: Corpus
        public var problems: [Diagnostic]
    }

    /// Throws `CorpusLoadError` when there is no corpus to speak of (a missing or empty directory) or, in
    /// strict mode, at the first problem; otherwise returns the corpus and the problems.
    public func load(_ source: CorpusSource) throws -> Result {
        let draft: CorpusDraft
        do {
            draft = try CorpusLoader().load(source)
        } catch let problem as Diagnostic {
            throw CorpusLoadError(problems: [problem])
        }
        if strict, !draft.problems.isEmpty {
            throw CorpusLoadError(problems: draft.problems)
        }
        return Result(corpus: build(draft), problems: draft.problems)
    }

    public func build(_ draft: CorpusDraft) -> Corpus {
        var articles = draft.articles
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        for index in articles.indices {
            let firstParagraph = paragraphs.count
            let firstSentence = sentences.count
            let blocks = Segmenter.segment(articles[index].body)
            let residue = Boilerplate.classify(blocks.map { articles[index].text($0.paragraph) })
            for (block, reason) in zip(blocks, residue) {
                let paragraph = paragraphs.count
                paragraphs.append(Paragraph(article: index, index: paragraph - firstParagraph, range: block.paragraph))
                paragraphs[paragraph].boilerplate = reason
                for range in block.sentences {
                    sentences.append(Sentence(article: index, paragraph: paragraph,
                                              index: sentences.count - firstSentence, range: range))
                }
            }
            articles[index].paragraphs = firstParagraph..<paragraphs.count
            articles[index].sentences = firstSentence..<sentences.count
        }
        var entities = draft.entities
        var (mentions, quotes, figures, names, found) = annotate(&articles, &sentences, paragraphs, entities: entities)
        if entities.isEmpty && !names.isEmpty {
            // No gazetteer: the names the text uses become the entities, found again as mentions.
            entities = CorpusBuilder.entities(from: names)
            (mentions, quotes, figures, names, found) = annotate(&articles, &sentences, paragraphs, entities: entities)
        }
        var curated = draft.events
        for e in curated.indices {
            for k in curated[e].evidence.indices {
                let evidence = curated[e].evidence[k]
                curated[e].evidence[k].sentence = sentence(containing: evidence.range.lowerBound,
                                                           in: articles[evidence.article].sentences, sentences)
            }
        }
        let merged = EventFinder.merge(found, into: curated, sentences: sentences, articles: articles)
        // Events are kept in date order, so that event ids are the date index.
        var events = merged.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        for id in events.indices { events[id].id = id }
        return Corpus(name: draft.name, articles: articles, paragraphs: paragraphs, sentences: sentences,
                      entities: entities, events: events, mentions: mentions, quotes: quotes, figures: figures, names: names)
    }

    /// Reads every sentence once, word by word: entity mentions, figures and the date it speaks of;
    /// then the quotations of each article. Boilerplate paragraphs are skipped.
    private func annotate(_ articles: inout [Article], _ sentences: inout [Sentence], _ paragraphs: [Paragraph],
                          entities: [Entity]) -> ([Mention], [Quote], [Figure], [UnlinkedName], [EventFinder.Found]) {
        let finder = MentionFinder(entities: entities, aliases: AliasIndex(entities: entities))
        let quoteFinder = QuoteFinder(entities: entities)
        var mentions: [Mention] = []
        var quotes: [Quote] = []
        var figures: [Figure] = []
        let figureFinder = FigureFinder()
        let nameFinder = NameFinder()
        let suggester = NameFinder.Suggester(entities: entities)
        let eventFinder = EventFinder()
        var events: [EventFinder.Found] = []
        var names: [UnlinkedName] = []
        var nameIndex: [String: Int] = [:]
        for index in articles.indices {
            let firstMention = mentions.count
            let dates = DateFinder(published: articles[index].published)
            var surnames: [String: Int] = [:]
            var body = articles[index].body
            body.withUTF8 { bytes in
                for id in articles[index].sentences where paragraphs[sentences[id].paragraph].boilerplate == nil {
                    let words = WordScanner.words(in: bytes, range: sentences[id].range)
                    let named = finder.isEmpty ? [] : finder.mentions(in: words, article: index, sentence: id, surnames: &surnames)
                    mentions += named
                    for candidate in nameFinder.candidates(in: words, bytes,
                                                           covered: named.map(\.range), article: index, sentence: id) {
                        let key = NameKey.of(candidate.text)
                        if let known = nameIndex[key] {
                            names[known].occurrences.append((index, id, candidate.range))
                            // "group" is the guess without a cue: a later cue ("sent to Varnholm") wins.
                            if names[known].kind == .group && candidate.kind != .group { names[known].kind = candidate.kind }
                        } else {
                            nameIndex[key] = names.count
                            names.append(UnlinkedName(text: candidate.text, kind: candidate.kind, occurrences: [(index, id, candidate.range)],
                                                      suggestion: suggester.suggestion(for: candidate.text)))
                        }
                    }
                    for found in figureFinder.figures(in: words, bytes) {
                        figures.append(Figure(value: found.value, unit: found.unit, original: found.original, what: found.what,
                                              qualifier: found.qualifier, article: index, sentence: id, range: found.range))
                    }
                    if let main = DateFinder.mainDate(dates.dates(in: words)) {
                        sentences[id].date = main.date
                        sentences[id].dateRange = main.range
                        if let event = eventFinder.event(in: words, sentence: sentences[id], id: id, mentions: named[...], entities: entities) {
                            events.append(event)
                        }
                    }
                }
            }
            let text = paragraphs[articles[index].paragraphs].filter { $0.boilerplate == nil }.map(\.range)
            quotes += quoteFinder.quotes(body: articles[index].body, article: index, paragraphs: text, sentences: sentences,
                                         sentenceIDs: articles[index].sentences, mentions: Array(mentions[firstMention...]))
        }
        return (mentions, quotes, figures, names, events)
    }

    /// Entities made from the names of a corpus without a gazetteer. A one-word name that is
    /// the last word of a longer person's name ("Tokayev") becomes that person's
    /// alias rather than an entity of its own.
    static func entities(from names: [UnlinkedName]) -> [Entity] {
        var lastWords: [String: [Int]] = [:]
        for (index, name) in names.enumerated() where name.kind == .person {
            let words = WordScanner.keys(of: name.text)
            if words.count >= 2, let last = words.last { lastWords[last, default: []].append(index) }
        }
        var aliases: [Int: [String]] = [:]
        var absorbed = Set<Int>()
        for (index, name) in names.enumerated() where name.kind == .person || name.kind == .group {
            let words = WordScanner.keys(of: name.text)
            // Several owners are most likely spellings of one person: the most frequent takes it.
            guard words.count == 1, let owners = lastWords[words[0]],
                  let owner = owners.max(by: { names[$0].occurrences.count < names[$1].occurrences.count }) else { continue }
            aliases[owner, default: []].append(name.text)
            absorbed.insert(index)
        }
        var entities: [Entity] = []
        for (index, name) in names.enumerated() where !absorbed.contains(index) {
            entities.append(Entity(id: entities.count, name: name.text, kind: name.kind, aliases: aliases[index] ?? [], description: nil))
        }
        return entities
    }

    /// The sentence whose range holds `offset`, by binary search over an article's sentences.
    private func sentence(containing offset: Int, in range: Range<Int>, _ sentences: [Sentence]) -> Int? {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].range.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        guard low < range.upperBound, sentences[low].range.lowerBound <= offset else {
            return low < range.upperBound ? low : nil
        }
        return low
    }
}

/// Why a corpus could not be loaded: one or more problems, each located.
public struct CorpusLoadError: Error, Sendable {
    public var problems: [Diagnostic]
}
