import DossierDiagnostics

/// The model of a corpus as snapshot sections, and back. What a load found (the corpus,
/// its problems, the files it read) is what a reopen gives, without reading or extracting
/// the articles again.
///
/// Sections: `CORPUS` (name, counts, the manifest, the load's problems), `BODIES` (every
/// article body, one after another), `STRINGS` (every other string once, see
/// `SnapshotStrings`), and one section of fixed-width records for each array of `Corpus`:
/// `ARTICLE`, `PARAGRPH`, `SENTENCE`, `ENTITY`, `EVENT`, `MENTION` (with `CANDIDAT`, the
/// candidates of ambiguous mentions), `QUOTE`, `FIGURE`, `DATE`, `NAME`, `CONFLICT`; then
/// `DERIVED` (the corpus's indexes by date, actor, entity and speaker), and `NAMECAND` and
/// `EVTFOUND` (the `ExtractionTrace`, read only to update the corpus). Records name rows of
/// other arrays by id, strings by number. The six big kinds have fixed-width records (see
/// `RecordReader+Rows`), read in place.
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
    public static func parts(_ corpus: Corpus, problems: [Diagnostic], manifest: CorpusManifest, trace: ExtractionTrace,
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
                article.body.withBytes { emit(UnsafeRawBufferPointer($0)) }
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
                let length = a.body.byteCount
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
            var next = 0
            for m in corpus.mentions {
                e.optionalInt(m.entity)
                e.int32(m.candidates.isEmpty ? 0 : next)
                e.int32(m.candidates.count)
                next += m.candidates.count
                e.int32(m.article)
                e.int32(m.sentence)
                e.range(m.range)
            }
        })
        parts.append(section("CANDIDAT") { e in
            for m in corpus.mentions { for candidate in m.candidates { e.int32(candidate) } }
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
        parts.append(section("DERIVED") { e in
            e.ints(corpus.eventsByDate)
            for lists in [corpus.eventsByEntity, corpus.mentionsByEntity, corpus.quotesBySpeaker] {
                e.count(lists.count)
                for list in lists { e.ints(list) }
            }
        })
        parts.append(section("NAMECAND") { e in
            e.count(trace.names.count)
            for name in trace.names {
                e.string(name.text)
                e.choice(name.kind, of: EntityKind.allCases)
                e.int32(name.article)
                e.int32(name.sentence)
                e.range(name.range)
            }
        })
        parts.append(section("EVTFOUND") { e in
            e.bool(trace.fromGazetteer)
            e.count(trace.events.count)
            for event in trace.events {
                e.date(event.date)
                e.ints(event.actors)
                e.string(event.kind)
                e.int32(event.sentence)
                e.double(event.confidence)
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

    /// The files the snapshot was made from, read without the rest.
    public static func manifest(of file: SnapshotFile, strings: [String]) throws -> CorpusManifest {
        var header = SnapshotDecoder(try file.section("CORPUS"), strings: strings)
        _ = try header.string()
        for _ in 0..<11 { _ = try header.int64() }
        return try CorpusManifest.decode(&header)
    }

    /// What extraction found article by article (see `ExtractionTrace`), read only when some
    /// articles changed and the corpus is updated; checked against `corpus`.
    public static func trace(of file: SnapshotFile, strings: [String], corpus: Corpus) throws -> ExtractionTrace {
        var names = SnapshotDecoder(try file.section("NAMECAND"), strings: strings)
        let occurrences = try (0..<names.count(elementSize: 21)).map { _ -> NameOccurrence in
            let text = try names.string()
            let kind = try names.requiredChoice(of: EntityKind.allCases)
            let article = try names.index(below: corpus.articles.count)
            return NameOccurrence(text: text, kind: kind, article: article, sentence: try names.index(below: corpus.sentences.count),
                                  range: try names.range(within: corpus.articles[article].body.byteCount))
        }
        guard names.isAtEnd else { throw names.corrupt }
        var events = SnapshotDecoder(try file.section("EVTFOUND"), strings: strings)
        let fromGazetteer = try events.bool()
        let candidates = try (0..<events.count(elementSize: 24)).map { _ -> EventCandidate in
            EventCandidate(date: try events.requiredDate(), actors: try events.indexList(below: corpus.entities.count),
                           kind: try events.string(), sentence: try events.index(below: corpus.sentences.count),
                           confidence: try events.double())
        }
        guard events.isAtEnd else { throw events.corrupt }
        return ExtractionTrace(names: occurrences, events: candidates, fromGazetteer: fromGazetteer)
    }

    /// The corpus, problems and manifest of an open snapshot; `SnapshotProblem.corrupt` when
    /// a section is damaged or does not read as a model. See `CorpusSnapshotReader`.
    public static func read(_ file: SnapshotFile, strings: [String]) throws -> Contents {
        var reader = CorpusSnapshotReader(file: file, strings: strings)
        return try reader.read()
    }
}
