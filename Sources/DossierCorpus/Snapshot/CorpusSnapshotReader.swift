import DossierDiagnostics

/// Reads the model's sections of a snapshot (see `CorpusSnapshot`). The articles come
/// first, since every other record's byte range is checked against its article's body;
/// then the small kinds are decoded, and the big ones (and the bodies) are read in place.
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

        // The bodies stay where they are in the mapped file.
        let sectionStart = bodies.bytes.baseAddress.flatMap { start in file.file.bytes.baseAddress.map { start - $0 } } ?? 0
        for n in articles.indices {
            articles[n].body = ArticleText(mapped: file.file, start: sectionStart + offsets[n].lowerBound, count: offsets[n].count)
        }
        // The small kinds are decoded; the big ones are read in place, a row at a time.
        let entities = try self.entities(), events = try self.events(), names = try self.names(), conflicts = try self.conflicts()
        let rows = RecordReader(articleCount: articleCount, paragraphCount: paragraphCount, sentenceCount: sentenceCount,
                                entityCount: entityCount, lengths: lengths, strings: strings,
                                candidates: try file.section("CANDIDAT").bytes)
        func mapped<T>(_ tag: String, _ count: Int, _ width: Int, _ decode: @escaping @Sendable (UnsafeRawPointer) -> T) throws -> Rows<T> {
            let records = try MappedRecords(file: file.file, section: try file.section(tag), width: width, decode: decode)
            guard records.count == count else { throw SnapshotProblem.corrupt(section: tag) }
            return Rows(records)
        }
        let corpus = Corpus(name: name, articles: articles,
                            paragraphs: try mapped("PARAGRPH", paragraphCount, RecordReader.paragraphWidth, rows.paragraph),
                            sentences: try mapped("SENTENCE", sentenceCount, RecordReader.sentenceWidth, rows.sentence),
                            entities: entities, events: events,
                            mentions: try mapped("MENTION", counts[5], RecordReader.mentionWidth, rows.mention),
                            quotes: try mapped("QUOTE", counts[6], RecordReader.quoteWidth, rows.quote),
                            figures: try mapped("FIGURE", figureCount, RecordReader.figureWidth, rows.figure), names: names,
                            conflicts: conflicts, dates: try mapped("DATE", counts[8], RecordReader.dateWidth, rows.date),
                            derived: try derived())
        return CorpusSnapshot.Contents(corpus: corpus, problems: problems, manifest: manifest)
    }

    /// Decodes `count` records of a section, then checks nothing is left over.
    private func records<T>(_ tag: String, _ count: Int, _ read: (inout SnapshotDecoder) throws -> T) throws -> [T] {
        var decoder = SnapshotDecoder(try file.section(tag), strings: strings)
        var rows: [T] = []
        // A record takes a byte at least: a count the section cannot hold is damage.
        guard count <= decoder.remaining else { throw decoder.corrupt }
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
            var article = Article(id: id, file: fileName, bodyLine: bodyLine, body: ArticleText(""), words: try d.natural())
            (article.title, article.source, article.author, article.published) = (title, source, author, published)
            (article.language, article.translated, article.url, article.notes) = (language, translated, url, notes)
            article.paragraphs = try d.range(within: paragraphCount)
            article.sentences = try d.range(within: sentenceCount)
            return article
        }
        return (articles, offsets)
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

    /// The indexes by date, actor, entity and speaker, each id checked against its rows.
    private func derived() throws -> Corpus.Derived {
        var d = SnapshotDecoder(try file.section("DERIVED"), strings: strings)
        let eventCount = counts[4]
        let byDate = try d.indexList(below: eventCount)
        guard byDate.count == eventCount else { throw d.corrupt }
        var lists: [[[Int]]] = []
        for rows in [eventCount, counts[5], counts[6]] {
            let count = try d.count(elementSize: 4)
            guard count == entityCount else { throw d.corrupt }
            lists.append(try (0..<count).map { _ in try d.indexList(below: rows) })
        }
        guard d.isAtEnd else { throw d.corrupt }
        return Corpus.Derived(eventsByDate: byDate, eventsByEntity: lists[0], mentionsByEntity: lists[1], quotesBySpeaker: lists[2])
    }
}
