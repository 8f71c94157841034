import DossierDiagnostics

/// The model of a corpus as snapshot sections, and back. What a load found (the corpus,
/// its problems, the files it read) is what a reopen gives, without reading or extracting
/// the articles again.
///
/// Sections: `CORPUS` (name, counts, the manifest, the load's problems), `BODIES` (every
/// article body, one after another), `STRINGS` (every other string once, see
/// `SnapshotStrings`), and one section of fixed-width records for each array of `Corpus`:
/// `ARTICLE`, `PARAGRPH`, `SENTENCE`, `ENTITY`, `EVENT`, `MENTION`, `QUOTE`, `FIGURE`, `DATE`,
/// `NAME`, `CONFLICT`. Records name rows of other arrays by id, strings by number.
public enum CorpusSnapshot {
    /// What a snapshot holds besides the model's derived indexes.
    public struct Contents: Sendable {
        public var corpus: Corpus
        public var problems: [Diagnostic]
        public var manifest: CorpusManifest
    }

    /// The sections of `corpus`, each encoded when the writer reaches it; `extra` (the
    /// query layer's indexes) come before the string table, which is written last, once
    /// every string has its number.
    public static func parts(_ corpus: Corpus, problems: [Diagnostic], manifest: CorpusManifest,
                             strings: SnapshotStrings, extra: [SnapshotPart] = []) -> [SnapshotPart] {
        func section(_ tag: String, _ body: @escaping (inout SnapshotEncoder) -> Void) -> SnapshotPart {
            .encoded(tag) {
                var encoder = SnapshotEncoder(strings: strings)
                body(&encoder)
                return encoder.bytes
            }
        }
        var parts: [SnapshotPart] = []
        parts.append(section("CORPUS") { e in
            e.string(corpus.name)
            for count in [corpus.articles.count, corpus.paragraphs.count, corpus.sentences.count, corpus.entities.count,
                          corpus.events.count, corpus.mentions.count, corpus.quotes.count, corpus.figures.count,
                          corpus.dates.count, corpus.names.count, corpus.conflicts.count] {
                e.int64(count)
            }
            manifest.encode(&e)
            e.count(problems.count)
            for problem in problems { e.diagnostic(problem) }
        })
        parts.append(SnapshotPart(tag: "BODIES") { emit in
            for article in corpus.articles {
                var body = article.body
                body.withUTF8 { emit(UnsafeRawBufferPointer($0)) }
            }
        })
        parts.append(section("ARTICLE") { e in
            var offset = 0
            for a in corpus.articles {
                e.string(a.id)
                e.optionalString(a.title)
                e.optionalString(a.source)
                e.optionalString(a.author)
                e.date(a.published)
                e.optionalString(a.language)
                e.optionalBool(a.translated)
                e.optionalString(a.url)
                e.optionalString(a.notes)
                e.string(a.file)
                e.int32(a.bodyLine)
                let length = a.body.utf8.count
                e.int64(offset)
                e.int64(length)
                offset += length
                e.int32(a.words)
                e.range(a.paragraphs)
                e.range(a.sentences)
            }
        })
        parts.append(section("PARAGRPH") { e in
            for p in corpus.paragraphs {
                e.int32(p.article)
                e.int32(p.index)
                e.range(p.range)
                e.optionalString(p.boilerplate)
            }
        })
        parts.append(section("SENTENCE") { e in
            for s in corpus.sentences {
                e.int32(s.article)
                e.int32(s.paragraph)
                e.int32(s.index)
                e.range(s.range)
                e.date(s.date)
                e.optionalRange(s.dateRange)
            }
        })
        parts.append(section("ENTITY") { e in
            for entity in corpus.entities {
                e.string(entity.name)
                e.choice(entity.kind, of: EntityKind.allCases)
                e.strings(entity.aliases)
                e.optionalString(entity.description)
                e.optionalString(entity.definedAt?.file)
                e.int32(entity.definedAt?.line ?? 0)
            }
        })
        parts.append(section("EVENT") { e in
            for event in corpus.events {
                e.date(event.date)
                e.ints(event.actors)
                e.optionalString(event.place)
                e.string(event.kind)
                e.string(event.summary)
                e.count(event.evidence.count)
                for evidence in event.evidence {
                    e.int32(evidence.article)
                    e.string(evidence.text)
                    e.range(evidence.range)
                    e.optionalInt(evidence.sentence)
                }
                e.choice(event.origin, of: [EventOrigin.curated, .extracted])
                e.optionalString(event.definedAt?.file)
                e.int32(event.definedAt?.line ?? 0)
                e.optionalDouble(event.confidence)
            }
        })
        parts.append(section("MENTION") { e in
            for m in corpus.mentions {
                e.optionalInt(m.entity)
                e.ints(m.candidates)
                e.int32(m.article)
                e.int32(m.sentence)
                e.range(m.range)
            }
        })
        parts.append(section("QUOTE") { e in
            for q in corpus.quotes {
                e.optionalInt(q.speaker)
                e.optionalString(q.speakerName)
                e.choice(q.speakerKind, of: SpeakerKind.allCases)
                e.int32(q.article)
                e.int32(q.sentence)
                e.range(q.range)
                e.bool(q.fragment)
            }
        })
        parts.append(section("FIGURE") { e in
            for f in corpus.figures {
                e.double(f.value)
                e.optionalDouble(f.high)
                e.optionalString(f.unit)
                e.string(f.family)
                e.optionalDouble(f.base)
                e.optionalString(f.original)
                e.optionalString(f.what)
                e.optionalString(f.outcome)
                e.optionalString(f.change)
                e.optionalString(f.qualifier)
                e.bool(f.vague)
                e.int32(f.article)
                e.int32(f.sentence)
                e.range(f.range)
            }
        })
        parts.append(section("DATE") { e in
            for d in corpus.dates {
                e.date(d.date)
                e.bool(d.relative)
                e.int32(d.article)
                e.int32(d.sentence)
                e.range(d.range)
            }
        })
        parts.append(section("NAME") { e in
            for name in corpus.names {
                e.string(name.text)
                e.choice(name.kind, of: EntityKind.allCases)
                e.count(name.occurrences.count)
                for (article, sentence, range) in name.occurrences {
                    e.int32(article)
                    e.int32(sentence)
                    e.range(range)
                }
                e.optionalInt(name.suggestion)
            }
        })
        parts.append(section("CONFLICT") { e in
            for conflict in corpus.conflicts {
                e.string(conflict.what)
                e.string(conflict.unit)
                e.date(conflict.period)
                e.count(conflict.readings.count)
                for reading in conflict.readings {
                    e.int32(reading.article)
                    e.ints(reading.figures)
                    e.double(reading.low)
                    e.double(reading.high)
                }
            }
        })
        parts += extra
        parts.append(.encoded("STRINGS") { strings.encoded() })
        return parts
    }

    /// The string table of an open snapshot, which every other section's strings name.
    public static func strings(of file: SnapshotFile) throws -> [String] {
        try SnapshotStrings.decode(file.section("STRINGS"))
    }

    /// The corpus, problems and manifest of an open snapshot; `SnapshotProblem.corrupt` when
    /// a section is damaged or does not read as a model.
    public static func read(_ file: SnapshotFile, strings: [String]) throws -> Contents {
        var header = SnapshotDecoder(try file.section("CORPUS"), strings: strings)
        let name = try header.string()
        let counts = try (0..<11).map { _ in try header.int64() }
        guard counts.allSatisfy({ $0 >= 0 && $0 <= Int(Int32.max) }) else { throw header.corrupt }
        let (articleCount, paragraphCount, sentenceCount, entityCount) = (counts[0], counts[1], counts[2], counts[3])
        let (eventCount, figureCount) = (counts[4], counts[7])
        let manifest = try CorpusManifest.decode(&header)
        let problems = try (0..<header.count(elementSize: 30)).map { _ in try header.diagnostic() }

        /// Decodes `count` records of a section, then checks nothing is left over.
        func records(_ tag: String, _ count: Int, _ read: (inout SnapshotDecoder) throws -> Void) throws {
            var decoder = SnapshotDecoder(try file.section(tag), strings: strings)
            for _ in 0..<count { try read(&decoder) }
            guard decoder.isAtEnd else { throw decoder.corrupt }
        }

        let bodies = try file.section("BODIES").bytes
        var articles: [Article] = []
        articles.reserveCapacity(articleCount)
        var lengths: [Int] = []
        lengths.reserveCapacity(articleCount)
        try records("ARTICLE", articleCount) { d in
            let id = try d.string()
            let title = try d.optionalString(), source = try d.optionalString(), author = try d.optionalString()
            let published = try d.date()
            let language = try d.optionalString()
            let translated = try d.optionalBool()
            let url = try d.optionalString(), notes = try d.optionalString()
            let fileName = try d.string()
            let bodyLine = try d.int32()
            let offset = try d.int64(), length = try d.int64()
            guard offset >= 0, length >= 0, offset <= bodies.count - length else { throw d.corrupt }
            let body = String(decoding: UnsafeRawBufferPointer(rebasing: bodies[offset..<(offset + length)]), as: UTF8.self)
            guard body.utf8.count == length else { throw d.corrupt }  // bytes that were not UTF-8
            var article = Article(id: id, file: fileName, bodyLine: bodyLine, body: body, words: try d.natural())
            (article.title, article.source, article.author, article.published) = (title, source, author, published)
            (article.language, article.translated, article.url, article.notes) = (language, translated, url, notes)
            article.paragraphs = try d.range(within: paragraphCount)
            article.sentences = try d.range(within: sentenceCount)
            articles.append(article)
            lengths.append(length)
        }
        /// An article id, and a byte range of its body.
        func article(_ d: inout SnapshotDecoder) throws -> Int { try d.index(below: articleCount) }
        func text(_ d: inout SnapshotDecoder, of article: Int) throws -> Range<Int> { try d.range(within: lengths[article]) }

        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(paragraphCount)
        try records("PARAGRPH", paragraphCount) { d in
            let a = try article(&d)
            var paragraph = Paragraph(article: a, index: try d.natural(), range: try text(&d, of: a))
            paragraph.boilerplate = try d.optionalString()
            paragraphs.append(paragraph)
        }
        var sentences: [Sentence] = []
        sentences.reserveCapacity(sentenceCount)
        try records("SENTENCE", sentenceCount) { d in
            let a = try article(&d)
            var sentence = Sentence(article: a, paragraph: try d.index(below: paragraphCount), index: try d.natural(),
                                    range: try text(&d, of: a))
            sentence.date = try d.date()
            sentence.dateRange = try d.optionalRange(within: lengths[a])
            sentences.append(sentence)
        }
        var entities: [Entity] = []
        entities.reserveCapacity(entityCount)
        try records("ENTITY", entityCount) { d in
            let name = try d.string()
            let kind = try d.requiredChoice(of: EntityKind.allCases)
            let aliases = try d.stringList()
            let description = try d.optionalString()
            let file = try d.optionalString(), line = try d.int32()
            entities.append(Entity(id: entities.count, name: name, kind: kind, aliases: aliases, description: description,
                                   definedAt: file.map { SourceReference(file: $0, line: line) }))
        }
        var events: [Event] = []
        events.reserveCapacity(eventCount)
        try records("EVENT", eventCount) { d in
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
            var event = Event(id: events.count, date: date, actors: actors, place: place, kind: kind, summary: summary,
                              evidence: evidence, origin: origin, definedAt: file.map { SourceReference(file: $0, line: line) })
            event.confidence = try d.optionalDouble()
            events.append(event)
        }
        var mentions: [Mention] = []
        mentions.reserveCapacity(counts[5])
        try records("MENTION", counts[5]) { d in
            let entity = try d.optionalIndex(below: entityCount)
            let candidates = try d.indexList(below: entityCount)
            let a = try article(&d)
            mentions.append(Mention(entity: entity, candidates: candidates, article: a,
                                    sentence: try d.index(below: sentenceCount), range: try text(&d, of: a)))
        }
        var quotes: [Quote] = []
        quotes.reserveCapacity(counts[6])
        try records("QUOTE", counts[6]) { d in
            let speaker = try d.optionalIndex(below: entityCount)
            let speakerName = try d.optionalString()
            let speakerKind = try d.choice(of: SpeakerKind.allCases)
            let a = try article(&d)
            quotes.append(Quote(speaker: speaker, speakerName: speakerName, speakerKind: speakerKind, article: a,
                                sentence: try d.index(below: sentenceCount), range: try text(&d, of: a), fragment: try d.bool()))
        }
        var figures: [Figure] = []
        figures.reserveCapacity(figureCount)
        try records("FIGURE", figureCount) { d in
            let value = try d.double(), high = try d.optionalDouble()
            let unit = try d.optionalString(), family = try d.string()
            let base = try d.optionalDouble()
            let original = try d.optionalString(), what = try d.optionalString(), outcome = try d.optionalString()
            let change = try d.optionalString(), qualifier = try d.optionalString()
            let vague = try d.bool()
            let a = try article(&d)
            figures.append(Figure(value: value, high: high, unit: unit, family: family, base: base, original: original,
                                  what: what, outcome: outcome, change: change, qualifier: qualifier, vague: vague,
                                  article: a, sentence: try d.index(below: sentenceCount), range: try text(&d, of: a)))
        }
        var dates: [DateExpression] = []
        dates.reserveCapacity(counts[8])
        try records("DATE", counts[8]) { d in
            let date = try d.requiredDate(), relative = try d.bool()
            let a = try article(&d)
            dates.append(DateExpression(date: date, relative: relative, article: a, sentence: try d.index(below: sentenceCount),
                                        range: try text(&d, of: a)))
        }
        var names: [UnlinkedName] = []
        names.reserveCapacity(counts[9])
        try records("NAME", counts[9]) { d in
            let written = try d.string()
            let kind = try d.requiredChoice(of: EntityKind.allCases)
            let occurrences = try (0..<d.count(elementSize: 16)).map { _ in
                let a = try article(&d)
                return (article: a, sentence: try d.index(below: sentenceCount), range: try text(&d, of: a))
            }
            names.append(UnlinkedName(text: written, kind: kind, occurrences: occurrences, suggestion: try d.optionalIndex(below: entityCount)))
        }
        var conflicts: [Conflict] = []
        conflicts.reserveCapacity(counts[10])
        try records("CONFLICT", counts[10]) { d in
            let what = try d.string(), unit = try d.string(), period = try d.date()
            let readings = try (0..<d.count(elementSize: 28)).map { _ in
                Conflict.Reading(article: try article(&d), figures: try d.indexList(below: figureCount), low: try d.double(),
                                 high: try d.double())
            }
            conflicts.append(Conflict(what: what, unit: unit, period: period, readings: readings))
        }


        let corpus = Corpus(name: name, articles: articles, paragraphs: paragraphs, sentences: sentences, entities: entities,
                            events: events, mentions: mentions, quotes: quotes, figures: figures, names: names,
                            conflicts: conflicts, dates: dates)
        return Contents(corpus: corpus, problems: problems, manifest: manifest)
    }
}
