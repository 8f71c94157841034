/// The fixed-width records of the six big kinds of rows, as `CorpusSnapshot` writes them
/// (offsets in bytes; integers are Int32, strings UInt32 numbers, flags one byte):
///
///     PARAGRPH  20  article 0, index 4, range 8, boilerplate 16
///     SENTENCE  32  article 0, paragraph 4, index 8, range 12, date 20, date range 24
///     MENTION   28  entity 0, candidates 4 (first) and 8 (count), article 12, sentence 16, range 20
///     QUOTE     26  speaker 0, speaker name 4, speaker kind 8, article 9, sentence 13, range 17, fragment 25
///     FIGURE    71  value 0, high 8, unit 17, family 21, base 25, original 34, what 38, outcome 42,
///                   change 46, qualifier 50, vague 54, article 55, sentence 59, range 63
///     DATE      21  date 0, relative 4, article 5, sentence 9, range 13
///
/// (an optional double is a flag byte and eight bytes). A test writes a corpus and reads
/// every row back through these, field for field.
extension RecordReader {
    static let paragraphWidth = 20
    static let sentenceWidth = 32
    static let mentionWidth = 28
    static let quoteWidth = 26
    static let figureWidth = 71
    static let dateWidth = 21

    func paragraph(_ p: UnsafeRawPointer) -> Paragraph {
        let a = article(p, 0)
        var paragraph = Paragraph(article: a, index: max(0, Self.int32(p, 4)), range: range(p, 8, in: a))
        paragraph.boilerplate = optionalString(p, 16)
        return paragraph
    }

    func sentence(_ p: UnsafeRawPointer) -> Sentence {
        let a = article(p, 0)
        var sentence = Sentence(article: a, paragraph: index(p, 4, below: paragraphCount), index: max(0, Self.int32(p, 8)),
                                range: range(p, 12, in: a))
        sentence.date = Self.date(p, 20)
        sentence.dateRange = optionalRange(p, 24, in: a)
        return sentence
    }

    func mention(_ p: UnsafeRawPointer) -> Mention {
        let a = article(p, 12)
        let first = Self.int32(p, 4), count = Self.int32(p, 8)
        var ambiguous: [Int] = []
        if count > 0, first >= 0, first <= candidates.count / 4 - count, let base = candidates.baseAddress {
            ambiguous = (first..<(first + count)).map { index(base, $0 * 4, below: entityCount) }
        }
        return Mention(entity: optionalIndex(p, 0, below: entityCount), candidates: ambiguous, article: a,
                       sentence: index(p, 16, below: sentenceCount), range: range(p, 20, in: a))
    }

    func quote(_ p: UnsafeRawPointer) -> Quote {
        let a = article(p, 9)
        let kind = Int(Self.byte(p, 8))
        return Quote(speaker: optionalIndex(p, 0, below: entityCount), speakerName: optionalString(p, 4),
                     speakerKind: kind < SpeakerKind.allCases.count ? SpeakerKind.allCases[kind] : nil, article: a,
                     sentence: index(p, 13, below: sentenceCount), range: range(p, 17, in: a), fragment: Self.byte(p, 25) != 0)
    }

    func figure(_ p: UnsafeRawPointer) -> Figure {
        let a = article(p, 55)
        return Figure(value: Self.double(p, 0), high: Self.optionalDouble(p, 8), unit: optionalString(p, 17), family: string(p, 21),
                      base: Self.optionalDouble(p, 25), original: optionalString(p, 34), what: optionalString(p, 38),
                      outcome: optionalString(p, 42), change: optionalString(p, 46), qualifier: optionalString(p, 50),
                      vague: Self.byte(p, 54) != 0, article: a, sentence: index(p, 59, below: sentenceCount), range: range(p, 63, in: a))
    }

    func date(_ p: UnsafeRawPointer) -> DateExpression {
        let a = article(p, 5)
        return DateExpression(date: Self.date(p, 0) ?? PartialDate(dayNumber: 0), relative: Self.byte(p, 4) != 0, article: a,
                              sentence: index(p, 9, below: sentenceCount), range: range(p, 13, in: a))
    }
}
