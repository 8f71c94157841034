import DossierDiagnostics

/// Reads the model's sections of a snapshot (see `CorpusSnapshot`). The articles come
/// first, since every other record's byte range is checked against its article's body;
/// then the other sections are decoded at once, one per core, and the bodies too.
struct CorpusSnapshotReader: @unchecked Sendable {
    let file: SnapshotFile
    let strings: [String]
    private var counts: [Int] = []
    private var lengths: [Int] = []

    init(file: SnapshotFile, strings: [String]) {
        self.file = file
        self.strings = strings
    }

    private var articleCount: Int { counts[0] }
    private var paragraphCount: Int { counts[1] }
    private var sentenceCount: Int { counts[2] }
    private var entityCount: Int { counts[3] }
    private var figureCount: Int { counts[7] }

    /// What the parallel decoding fills, one array per section, each written by one thread.
    private final class Decoded: @unchecked Sendable {
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        var entities: [Entity] = []
        var events: [Event] = []
        var mentions: [Mention] = []
        var quotes: [Quote] = []
        var figures: [Figure] = []
        var dates: [DateExpression] = []
        var names: [UnlinkedName] = []
        var conflicts: [Conflict] = []
    }

    mutating func read() throws -> CorpusSnapshot.Contents {
        var header = SnapshotDecoder(try file.section("CORPUS"), strings: strings)
        let name = try header.string()
        counts = try (0..<11).map { _ in try header.int64() }
        guard counts.allSatisfy({ $0 >= 0 && $0 <= Int(Int32.max) }) else { throw header.corrupt }
        let manifest = try CorpusManifest.decode(&header)
        let problems = try (0..<header.count(elementSize: 30)).map { _ in try header.diagnostic() }
        guard header.isAtEnd else { throw header.corrupt }

        var (articles, offsets) = try readArticles()
        lengths = offsets.map(\.count)
        let bodies = try file.section("BODIES")
        guard offsets.allSatisfy({ $0.upperBound <= bodies.bytes.count }) else { throw SnapshotProblem.corrupt(section: "ARTICLE") }

        let reader = self
        let decoded = Decoded()
        let jobs: [@Sendable () throws -> Void] = [
            { decoded.paragraphs = try reader.paragraphs() }, { decoded.sentences = try reader.sentences() },
            { decoded.entities = try reader.entities() }, { decoded.events = try reader.events() },
            { decoded.mentions = try reader.mentions() }, { decoded.quotes = try reader.quotes() },
            { decoded.figures = try reader.figures() }, { decoded.dates = try reader.dates() },
            { decoded.names = try reader.names() }, { decoded.conflicts = try reader.conflicts() },
        ]
        let failures = Parallel.map(count: jobs.count, chunk: 1) { job -> SnapshotProblem? in
            do { try jobs[job]() } catch { return error as? SnapshotProblem ?? .corrupt(section: "?") }
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        // The bodies, copied out of the map in parallel runs of articles.
        let ranges = offsets
        offsets = []
        let texts = Parallel.map(count: articles.count, chunk: 256) { n -> String? in
            let text = String(decoding: UnsafeRawBufferPointer(rebasing: bodies.bytes[ranges[n]]), as: UTF8.self)
            return text.utf8.count == ranges[n].count ? text : nil  // bytes that were not UTF-8
        }
        for n in articles.indices {
            guard let text = texts[n] else { throw SnapshotProblem.corrupt(section: "BODIES") }
            articles[n].body = text
        }
        let corpus = Corpus(name: name, articles: articles, paragraphs: decoded.paragraphs, sentences: decoded.sentences,
                            entities: decoded.entities, events: decoded.events, mentions: decoded.mentions, quotes: decoded.quotes,
                            figures: decoded.figures, names: decoded.names, conflicts: decoded.conflicts, dates: decoded.dates)
        return CorpusSnapshot.Contents(corpus: corpus, problems: problems, manifest: manifest)
    }

    /// Decodes `count` records of a section, then checks nothing is left over.
    private func records<T>(_ tag: String, _ count: Int, _ read: (inout SnapshotDecoder) throws -> T) throws -> [T] {
        var decoder = SnapshotDecoder(try file.section(tag), strings: strings)
        var rows: [T] = []
        rows.reserveCapacity(count)
        for _ in 0..<count { rows.append(try read(&decoder)) }
        guard decoder.isAtEnd else { throw decoder.corrupt }
        return rows
    }

    /// An article id.
    private func article(_ d: inout SnapshotDecoder) throws -> Int { try d.index(below: articleCount) }

    /// A byte range of an article's body.
    private func text(_ d: inout SnapshotDecoder, of article: Int) throws -> Range<Int> { try d.range(within: lengths[article]) }

    /// The articles with empty bodies, and where each body lies in the `BODIES` section.
    private func readArticles() throws -> ([Article], [Range<Int>]) {
        var offsets: [Range<Int>] = []
        offsets.reserveCapacity(articleCount)
        let articles = try records("ARTICLE", articleCount) { d -> Article in
            let id = try d.string()
            let title = try d.optionalString(), source = try d.optionalString(), author = try d.optionalString()
            let published = try d.date()
            let language = try d.optionalString()
            let translated = try d.optionalBool()
            let url = try d.optionalString(), notes = try d.optionalString()
            let fileName = try d.string()
            let bodyLine = try d.int32()
            let offset = try d.int64(), length = try d.int64()
            guard offset >= 0, length >= 0, offset <= Int(Int64.max) - length else { throw d.corrupt }
            offsets.append(offset..<(offset + length))
            var article = Article(id: id, file: fileName, bodyLine: bodyLine, body: "", words: try d.natural())
            (article.title, article.source, article.author, article.published) = (title, source, author, published)
            (article.language, article.translated, article.url, article.notes) = (language, translated, url, notes)
            article.paragraphs = try d.range(within: paragraphCount)
            article.sentences = try d.range(within: sentenceCount)
            return article
        }
        return (articles, offsets)
    }

    private func paragraphs() throws -> [Paragraph] {
        try records("PARAGRPH", paragraphCount) { d in
            let a = try article(&d)
            var paragraph = Paragraph(article: a, index: try d.natural(), range: try text(&d, of: a))
            paragraph.boilerplate = try d.optionalString()
            return paragraph
        }
    }

    private func sentences() throws -> [Sentence] {
        try records("SENTENCE", sentenceCount) { d in
            let a = try article(&d)
            var sentence = Sentence(article: a, paragraph: try d.index(below: paragraphCount), index: try d.natural(),
                                    range: try text(&d, of: a))
            sentence.date = try d.date()
            sentence.dateRange = try d.optionalRange(within: lengths[a])
            return sentence
        }
    }

    private func entities() throws -> [Entity] {
        var id = 0
        return try records("ENTITY", entityCount) { d in
            let name = try d.string()
            let kind = try d.requiredChoice(of: EntityKind.allCases)
            let aliases = try d.stringList()
            let description = try d.optionalString()
            let file = try d.optionalString(), line = try d.int32()
            defer { id += 1 }
            return Entity(id: id, name: name, kind: kind, aliases: aliases, description: description,
                          definedAt: file.map { SourceReference(file: $0, line: line) })
        }
    }

    private func events() throws -> [Event] {
        var id = 0
        return try records("EVENT", counts[4]) { d in
            let date = try d.requiredDate()
            let actors = try d.indexList(below: entityCount)
            let place = try d.optionalString()
            let kind = try d.string(), summary = try d.string()
            let evidence = try (0..<d.count(elementSize: 20)).map { _ in
                let a = try article(&d)
                return Evidence(article: a, text: try d.string(), range: try text(&d, of: a),
                                sentence: try d.optionalIndex(below: sentenceCount))
            }
            let origin = try d.requiredChoice(of: [EventOrigin.curated, .extracted])
            let file = try d.optionalString(), line = try d.int32()
            var event = Event(id: id, date: date, actors: actors, place: place, kind: kind, summary: summary,
                              evidence: evidence, origin: origin, definedAt: file.map { SourceReference(file: $0, line: line) })
            event.confidence = try d.optionalDouble()
            id += 1
            return event
        }
    }

    private func mentions() throws -> [Mention] {
        try records("MENTION", counts[5]) { d in
            let entity = try d.optionalIndex(below: entityCount)
            let candidates = try d.indexList(below: entityCount)
            let a = try article(&d)
            return Mention(entity: entity, candidates: candidates, article: a, sentence: try d.index(below: sentenceCount),
                           range: try text(&d, of: a))
        }
    }

    private func quotes() throws -> [Quote] {
        try records("QUOTE", counts[6]) { d in
            let speaker = try d.optionalIndex(below: entityCount)
            let speakerName = try d.optionalString()
            let speakerKind = try d.choice(of: SpeakerKind.allCases)
            let a = try article(&d)
            return Quote(speaker: speaker, speakerName: speakerName, speakerKind: speakerKind, article: a,
                         sentence: try d.index(below: sentenceCount), range: try text(&d, of: a), fragment: try d.bool())
        }
    }

    private func figures() throws -> [Figure] {
        try records("FIGURE", figureCount) { d in
            let value = try d.double(), high = try d.optionalDouble()
            let unit = try d.optionalString(), family = try d.string()
            let base = try d.optionalDouble()
            let original = try d.optionalString(), what = try d.optionalString(), outcome = try d.optionalString()
            let change = try d.optionalString(), qualifier = try d.optionalString()
            let vague = try d.bool()
            let a = try article(&d)
            return Figure(value: value, high: high, unit: unit, family: family, base: base, original: original,
                          what: what, outcome: outcome, change: change, qualifier: qualifier, vague: vague,
                          article: a, sentence: try d.index(below: sentenceCount), range: try text(&d, of: a))
        }
    }

    private func dates() throws -> [DateExpression] {
        try records("DATE", counts[8]) { d in
            let date = try d.requiredDate(), relative = try d.bool()
            let a = try article(&d)
            return DateExpression(date: date, relative: relative, article: a, sentence: try d.index(below: sentenceCount),
                                  range: try text(&d, of: a))
        }
    }

    private func names() throws -> [UnlinkedName] {
        try records("NAME", counts[9]) { d in
            let written = try d.string()
            let kind = try d.requiredChoice(of: EntityKind.allCases)
            let occurrences = try (0..<d.count(elementSize: 16)).map { _ in
                let a = try article(&d)
                return (article: a, sentence: try d.index(below: sentenceCount), range: try text(&d, of: a))
            }
            return UnlinkedName(text: written, kind: kind, occurrences: occurrences, suggestion: try d.optionalIndex(below: entityCount))
        }
    }

    private func conflicts() throws -> [Conflict] {
        try records("CONFLICT", counts[10]) { d in
            let what = try d.string(), unit = try d.string(), period = try d.date()
            let readings = try (0..<d.count(elementSize: 28)).map { _ in
                Conflict.Reading(article: try article(&d), figures: try d.indexList(below: figureCount), low: try d.double(),
                                 high: try d.double())
            }
            return Conflict(what: what, unit: unit, period: period, readings: readings)
        }
    }
}
