import Dispatch
import DossierCorpus
import DossierDiagnostics

/// Turns corpus files into the queryable model: load and validate (DossierCorpus), then
/// segment every article and place every piece of evidence in its sentence.
public struct CorpusBuilder: Sendable {
    /// With `strict`, any problem (warnings included) makes the load fail.
    public var strict: Bool
    /// Told of each article read, segmented and extracted; its cancellation stops the load.
    public var progress: LoadProgress?
    /// When set, only the articles whose id it holds are extracted (a shard of the corpus,
    /// see `dossier export --shard`). The curated events are then left out: they are facts
    /// of the whole corpus.
    public var keeping: (@Sendable (String) -> Bool)?

    public init(strict: Bool = false, progress: LoadProgress? = nil, keeping: (@Sendable (String) -> Bool)? = nil) {
        self.strict = strict
        self.progress = progress
        self.keeping = keeping
    }

    public struct Result: Sendable {
        public var corpus: Corpus
        public var problems: [Diagnostic]
        /// What extraction found article by article, for a snapshot (see `ExtractionTrace`).
        public var trace: ExtractionTrace
    }

    /// Starts reading the extraction's vocabulary on another core, so that it is ready when
    /// the first corpus is built: a program calls this as it starts, before its arguments
    /// are parsed and its files read. Calling it again does nothing more.
    public static func prepareVocabulary() {
        DispatchQueue.global().async { _ = Lexicon.shared }
    }

    /// Throws `CorpusLoadError` when there is no corpus to speak of (a missing or empty directory) or, in
    /// strict mode, at the first problem; otherwise returns the corpus and the problems.
    public func load(_ source: CorpusSource) throws -> Result {
        CorpusBuilder.prepareVocabulary()
        var draft: CorpusDraft
        do {
            draft = try CorpusLoader(progress: progress).load(source)
        } catch let problem as Diagnostic {
            throw CorpusLoadError(problems: [problem])
        }
        if let keeping {
            draft.articles = draft.articles.filter { keeping($0.id) }
            draft.events = []
        }
        if strict, !draft.problems.isEmpty {
            throw CorpusLoadError(problems: draft.problems)
        }
        let (corpus, trace) = try assemble(draft, previous: nil)
        return Result(corpus: corpus, problems: draft.problems, trace: trace)
    }

    /// Loads `source` again after some of its article files changed (were edited, added or
    /// removed), extracting only those: the other articles' rows are taken from `previous`.
    /// The result is the corpus a full load would give. The gazetteer and the curated events
    /// are read again; a corpus whose entities came from its names (no gazetteer) is read
    /// whole, since one article can change them all.
    public func update(_ source: CorpusSource, previous: PreviousExtraction) throws -> Result {
        guard previous.trace.fromGazetteer else { return try load(source) }
        CorpusBuilder.prepareVocabulary()
        var kept: [String: Article] = [:]
        for article in previous.corpus.articles where previous.unchanged.contains(article.file) { kept[article.file] = article }
        let draft: CorpusDraft
        do {
            draft = try CorpusLoader(progress: progress).load(source, reusing: CorpusLoader.Reuse(articles: kept, problems: previous.problemsByFile))
        } catch let problem as Diagnostic {
            throw CorpusLoadError(problems: [problem])
        }
        if strict, !draft.problems.isEmpty {
            throw CorpusLoadError(problems: draft.problems)
        }
        if draft.entities.isEmpty { return try load(source) }
        let (corpus, trace) = try assemble(draft, previous: previous)
        return Result(corpus: corpus, problems: draft.problems, trace: trace)
    }

    /// Throws `LoadInterrupted` only when `progress` says to stop.
    public func build(_ draft: CorpusDraft) throws -> Corpus {
        try assemble(draft, previous: nil).0
    }

    /// For each article of the draft, the article of `previous` whose rows it takes (its
    /// file unchanged), or nil when it is extracted.
    private func reused(_ articles: [Article], _ previous: PreviousExtraction?) -> [Int?] {
        guard let previous else { return articles.map { _ in nil } }
        var oldIndex: [String: Int] = [:]
        for (index, article) in previous.corpus.articles.enumerated() where previous.unchanged.contains(article.file) {
            oldIndex[article.file] = index
        }
        return articles.map { oldIndex[$0.file] }
    }

    private func assemble(_ draft: CorpusDraft, previous: PreviousExtraction?) throws -> (Corpus, ExtractionTrace) {
        var articles = draft.articles
        let reused = reused(articles, previous)
        var (paragraphs, sentences) = try segment(&articles, reused: reused, previous: previous)
        var entities = draft.entities
        var found = try annotate(&articles, &sentences, paragraphs, entities: entities, reused: reused, previous: previous)
        if entities.isEmpty && !found.names.isEmpty {
            // No gazetteer: the names the text uses become the entities, found again as mentions.
            entities = CorpusBuilder.entities(from: found.names)
            found = try annotate(&articles, &sentences, paragraphs, entities: entities, reused: reused, previous: nil)
        }
        var curated = draft.events
        for e in curated.indices {
            for k in curated[e].evidence.indices {
                let evidence = curated[e].evidence[k]
                curated[e].evidence[k].sentence = sentence(containing: evidence.range.lowerBound,
                                                           in: articles[evidence.article].sentences, sentences)
            }
        }
        let merged = EventFinder.merge(found.events, into: curated, sentences: sentences, articles: articles)
        // Events are kept in date order, so that event ids are the date index.
        var events = merged.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        for id in events.indices { events[id].id = id }
        let lexicon = Lexicon.shared
        let conflicts = ConflictFinder(things: lexicon.comparedThings, baseUnits: lexicon.measures.baseUnits).conflicts(in: found.figures) {
            figure in sentences[figure.sentence].date ?? articles[figure.article].published
        }
        let corpus = Corpus(name: draft.name, articles: articles, paragraphs: paragraphs, sentences: sentences, entities: entities,
                            events: events, mentions: found.mentions, quotes: found.quotes, figures: found.figures, names: found.names,
                            conflicts: conflicts, dates: found.dates)
        return (corpus, ExtractionTrace(names: found.occurrences, events: found.events, fromGazetteer: !draft.entities.isEmpty))
    }

    /// Splits every article into paragraphs and sentences and marks scraper residue.
    /// An article taken from `previous` (see `reused`) keeps its paragraphs and sentences,
    /// with their dates.
    private func segment(_ articles: inout [Article], reused: [Int?], previous: PreviousExtraction?) throws -> ([Paragraph], [Sentence]) {
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        let progress = self.progress
        progress?.begin(.segmenting, total: articles.count)
        // Segmenting and spotting residue look at one article at a time: all cores share it.
        var segmented = Parallel.map(count: articles.count) { [articles] index -> ([Segmenter.Block], [String?]) in
            if progress?.isCancelled == true { return ([], []) }
            if reused[index] != nil {
                progress?.advance(bytes: articles[index].body.byteCount)
                return ([], [])
            }
            let blocks = Segmenter.segment(articles[index].body.string)
            let residue = Boilerplate.classify(blocks.map { articles[index].text($0.paragraph) })
            progress?.advance(bytes: articles[index].body.byteCount)
            return (blocks, residue)
        }
        if progress?.isCancelled == true { throw LoadInterrupted() }
        // Sized once: growing by doubling would copy these big arrays and raise the peak.
        let kept = reused.compactMap { old in old.flatMap { previous?.corpus.articles[$0] } }
        paragraphs.reserveCapacity(segmented.reduce(0) { $0 + $1.0.count } + kept.reduce(0) { $0 + $1.paragraphs.count })
        sentences.reserveCapacity(segmented.reduce(0) { $0 + $1.0.reduce(0) { $0 + $1.sentences.count } }
                                  + kept.reduce(0) { $0 + $1.sentences.count })
        for index in articles.indices {
            let firstParagraph = paragraphs.count
            let firstSentence = sentences.count
            if let old = reused[index], let previous {
                let before = previous.corpus.articles[old]
                for id in before.paragraphs {
                    var paragraph = previous.corpus.paragraphs[id]
                    paragraph.article = index
                    paragraphs.append(paragraph)
                }
                for id in before.sentences {
                    var sentence = previous.corpus.sentences[id]
                    sentence.article = index
                    sentence.paragraph += firstParagraph - before.paragraphs.lowerBound
                    sentences.append(sentence)
                }
                articles[index].paragraphs = firstParagraph..<paragraphs.count
                articles[index].sentences = firstSentence..<sentences.count
                continue
            }
            let (blocks, residue) = segmented[index]
            // Freed as it is copied, so the memory serves the extraction that follows.
            segmented[index] = ([], [])
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
        return (paragraphs, sentences)
    }

    /// What one article yields; articles are read in parallel, then their yields joined
    /// in article order, so the result does not depend on the number of cores.
    struct ArticleYield: Sendable {
        var mentions: [Mention] = []
        var quotes: [Quote] = []
        var figures: [Figure] = []
        var names: [NameFinder.Candidate] = []
        var events: [EventFinder.Found] = []
        var dates: [DateExpression] = []
        /// Each dated sentence's main date and where it is written.
        var sentenceDates: [(sentence: Int, date: PartialDate, range: Range<Int>)] = []
    }

    /// What the text of the whole corpus yields.
    private struct Annotations {
        var mentions: [Mention] = []
        var quotes: [Quote] = []
        var figures: [Figure] = []
        var names: [UnlinkedName] = []
        /// Every name occurrence, before they are joined into `names`.
        var occurrences: [NameOccurrence] = []
        var events: [EventFinder.Found] = []
        var dates: [DateExpression] = []
    }

    /// The finders, built once per corpus and shared read-only by the threads.
    private struct Finders: Sendable {
        let mentions: MentionFinder
        let quotes: QuoteFinder
        let figures = FigureFinder()
        let names = NameFinder()
        let events = EventFinder()
        let entities: [Entity]
    }

    /// Reads every sentence once, word by word: entity mentions, figures and the date it speaks of;
    /// then the quotations of each article. Boilerplate paragraphs are skipped.
    /// An article taken from `previous` (see `reused`) yields what it yielded then.
    private func annotate(_ articles: inout [Article], _ sentences: inout [Sentence], _ paragraphs: [Paragraph],
                          entities: [Entity], reused: [Int?], previous: PreviousExtraction?) throws -> Annotations {
        let finders = Finders(mentions: MentionFinder(entities: entities, aliases: AliasIndex(entities: entities)),
                              quotes: QuoteFinder(entities: entities), entities: entities)
        let progress = self.progress
        progress?.begin(.extracting, total: articles.count)
        var found = Annotations()
        var nameIndex: [String: Int] = [:]
        var sentenceDates: [(sentence: Int, date: PartialDate, range: Range<Int>)] = []
        let suggester = NameFinder.Suggester(entities: entities)
        // The entities are the same as the previous load's: so are its names' suggestions.
        let known = previous?.suggestions ?? [:]
        if let previous {
            // About as many rows as before: sized once, not grown by doubling (each copy of
            // millions of figures would retain every string they hold).
            found.mentions.reserveCapacity(previous.corpus.mentions.count + 1024)
            found.quotes.reserveCapacity(previous.corpus.quotes.count + 1024)
            found.figures.reserveCapacity(previous.corpus.figures.count + 1024)
            found.dates.reserveCapacity(previous.corpus.dates.count + 1024)
            found.events.reserveCapacity(previous.trace.events.count + 1024)
            found.occurrences.reserveCapacity(previous.trace.names.count + 1024)
        }
        // Articles are read in waves, each joined before the next: what one wave yields is
        // freed while the whole grows, so the two are never all in memory at once.
        let wave = 2048
        for first in stride(from: 0, to: articles.count, by: wave) {
            let yields = Parallel.map(count: min(wave, articles.count - first)) { [articles, sentences] k -> ArticleYield in
                let index = first + k
                if progress?.isCancelled == true { return ArticleYield() }
                if let old = reused[index], let previous {
                    let shift = articles[index].sentences.lowerBound - previous.corpus.articles[old].sentences.lowerBound
                    progress?.advance(bytes: articles[index].body.byteCount)
                    return previous.yield(of: old, as: index, sentenceShift: shift)
                }
                let yield = Self.annotate(article: index, articles[index], sentences, paragraphs, finders)
                progress?.advance(bytes: articles[index].body.byteCount)
                return yield
            }
            if progress?.isCancelled == true { throw LoadInterrupted() }
            for yield in yields {
                found.mentions += yield.mentions
                found.quotes += yield.quotes
                found.figures += yield.figures
                found.events += yield.events
                found.dates += yield.dates
                sentenceDates += yield.sentenceDates
                found.occurrences += yield.names
                for candidate in yield.names {
                    let key = NameKey.of(candidate.text)
                    let occurrence = (candidate.article, candidate.sentence, candidate.range)
                    if let known = nameIndex[key] {
                        found.names[known].occurrences.append(occurrence)
                        // "group" is the guess without a cue: a later cue ("sent to Varnholm") wins.
                        if found.names[known].kind == .group && candidate.kind != .group { found.names[known].kind = candidate.kind }
                    } else {
                        nameIndex[key] = found.names.count
                        let suggestion = known[candidate.text] ?? suggester.suggestion(for: candidate.text)
                        found.names.append(UnlinkedName(text: candidate.text, kind: candidate.kind, occurrences: [occurrence],
                                                        suggestion: suggestion))
                    }
                }
            }
        }
        // Sentences are read by the waves, so their dates are set once all have run.
        for (id, date, range) in sentenceDates {
            sentences[id].date = date
            sentences[id].dateRange = range
        }
        return found
    }

    /// One article's mentions, names, figures, sentence dates, candidate events and quotes.
    private static func annotate(article index: Int, _ article: Article, _ sentences: [Sentence], _ paragraphs: [Paragraph],
                                 _ finders: Finders) -> ArticleYield {
        var yield = ArticleYield()
        let dates = DateFinder(published: article.published)
        var lastDate = article.published
        var surnames: [String: Int] = [:]
        article.body.withBytes { bytes in
            for id in article.sentences where paragraphs[sentences[id].paragraph].boilerplate == nil {
                let words = WordScanner.words(in: bytes, range: sentences[id].range)
                let named = finders.mentions.isEmpty ? [] : finders.mentions.mentions(in: words, article: index, sentence: id, surnames: &surnames)
                yield.mentions += named
                yield.names += finders.names.candidates(in: words, bytes, covered: named.map(\.range), article: index, sentence: id)
                for found in finders.figures.figures(in: bytes, range: sentences[id].range, words: words) {
                    yield.figures.append(Figure(value: found.value, high: found.high, unit: found.unit, family: found.family,
                                                base: found.base, original: found.original, what: found.what, outcome: found.outcome,
                                                change: found.change, qualifier: found.qualifier, vague: found.vague,
                                                article: index, sentence: id, range: found.range))
                }
                let expressions = dates.dates(in: words, last: &lastDate)
                for expression in expressions {
                    yield.dates.append(DateExpression(date: expression.date, relative: expression.relative, article: index,
                                                      sentence: id, range: expression.range))
                }
                if let main = DateFinder.mainDate(expressions) {
                    yield.sentenceDates.append((id, main.date, main.range))
                    var dated = sentences[id]
                    dated.date = main.date
                    dated.dateRange = main.range
                    if let event = finders.events.event(in: words, sentence: dated, id: id, mentions: named[...], entities: finders.entities) {
                        yield.events.append(event)
                    }
                }
            }
        }
        // Quotes look at the sentences' dates only through their ranges, so the sentences as
        // they were before dating serve.
        let text = paragraphs[article.paragraphs].filter { $0.boilerplate == nil }.map(\.range)
        yield.quotes = finders.quotes.quotes(body: article.body.string, article: index, paragraphs: text, sentences: sentences,
                                             sentenceIDs: article.sentences, mentions: yield.mentions)
        return yield
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
