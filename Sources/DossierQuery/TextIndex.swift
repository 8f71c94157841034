import DossierCorpus

/// Which sentences hold which words, so that `sentences where text contains "..."` (and a
/// `matches` whose pattern requires some words) tests only the sentences that can match
/// instead of searching every byte of the corpus.
///
/// A word here is a run of ASCII letters and digits, lower-cased, cut at the edges of its
/// sentence; everything else separates words. `contains` finds text inside words too
/// ("secur" in "insecurity"), so a phrase is looked up by its runs of letters and digits:
/// a run with a separator on both sides in the phrase must be a whole word of the sentence,
/// one with a separator only after it must end a word, only before it must start one, and
/// a lone run may lie anywhere in a word. Prefixes, suffixes and inner parts are found by
/// reading the vocabulary. The sentences found are a superset of the answer; the condition
/// itself still runs on each of them, so the result is exactly what a scan gives.
///
/// Built by the first query that needs it, on every core, and kept in the handle's
/// `IndexStore`.
struct TextIndex: Sendable {
    /// Distinct words, and for each the ascending ids of the sentences that hold it, kept as
    /// the gaps between ids in variable-length bytes (most gaps take one byte): about a
    /// quarter of the memory of plain 32-bit ids.
    var words: [[UInt8]] = []
    var lists: [[UInt8]] = []
    var counts: [Int] = []
    private var lastSentence: [UInt32] = []
    var table = WordSlots()
    /// How many sentences the corpus has: no posting names one beyond (a posting read from a
    /// damaged snapshot that would is dropped, never followed).
    var sentenceCount = Int(UInt32.max)
    /// Word ids in the order of their bytes, and of their bytes read backwards: the words
    /// that start (or end) with a run are one stretch of these, found by binary search.
    var forwards: [Int32] = []
    var backwards: [Int32] = []

    /// The words of a phrase's runs that narrow the search, rarest first: what the planner
    /// finds before it chooses the index, and what the lookup then reads.
    struct Lookup: Sendable {
        /// Each run's words, and how many sentences they name together.
        let choices: [(total: Int, words: [Int])]

        /// How many sentences the rarest run names: at most the lookup's result.
        var bound: Int { choices.first?.total ?? 0 }
    }

    /// The lookup of `needle` (compared without ASCII case), when some run of it names at
    /// most a quarter of the sentences, so that the index beats a scan; else nil. With
    /// `wholeWords` (for `has`), the phrase's first run starts a word and its last ends one.
    func lookup(_ needle: [UInt8], sentenceCount: Int, wholeWords: Bool = false) -> Lookup? {
        var runs = TextIndex.runs(of: needle)
        if wholeWords, !runs.isEmpty {
            runs[0].startsWord = true
            runs[runs.count - 1].endsWord = true
        }
        var choices: [(total: Int, words: [Int])] = runs.map { run in
            let found = words(matching: run)
            return (found.reduce(0) { $0 + counts[$1] }, found)
        }
        choices.sort { $0.total < $1.total }
        choices.removeAll { $0.total > sentenceCount / 4 }
        return choices.isEmpty ? nil : Lookup(choices: choices)
    }

    /// Candidate sentences of a lookup, ascending: those holding a word of each run.
    func sentences(_ lookup: Lookup) -> [Int] {
        guard let rarest = lookup.choices.first else { return [] }
        var candidates = union(rarest.words)
        for choice in lookup.choices.dropFirst() where !candidates.isEmpty {
            candidates = TextIndex.intersect(candidates, union(choice.words))
        }
        return candidates.map(Int.init)
    }

    /// Candidate sentences for text holding `needle`, ascending; nil when the index cannot
    /// narrow the search enough to beat a scan.
    func sentences(holding needle: [UInt8], sentenceCount: Int, wholeWords: Bool = false) -> [Int]? {
        lookup(needle, sentenceCount: sentenceCount, wholeWords: wholeWords).map(sentences)
    }

    // MARK: - Runs of a phrase

    struct Run {
        var bytes: [UInt8]
        /// A separator comes before the run in the phrase: it starts a word.
        var startsWord: Bool
        /// A separator comes after it: it ends a word.
        var endsWord: Bool
    }

    static func runs(of needle: [UInt8]) -> [Run] {
        var runs: [Run] = []
        var current: [UInt8] = []
        var start = 0
        for (i, byte) in needle.enumerated() {
            if let folded = wordByte(byte) {
                if current.isEmpty { start = i }
                current.append(folded)
            } else if !current.isEmpty {
                runs.append(Run(bytes: current, startsWord: start > 0, endsWord: true))
                current = []
            }
        }
        if !current.isEmpty { runs.append(Run(bytes: current, startsWord: start > 0, endsWord: false)) }
        return runs
    }

    /// The byte lower-cased when it belongs to a word (an ASCII letter or digit), else nil.
    @inline(__always)
    static func wordByte(_ byte: UInt8) -> UInt8? {
        if byte >= 0x61 && byte <= 0x7A || byte >= 0x30 && byte <= 0x39 { return byte }
        if byte >= 0x41 && byte <= 0x5A { return byte + 0x20 }
        return nil
    }

    private func words(matching run: Run) -> [Int] {
        if run.startsWord && run.endsWord {
            return table.find(run.bytes, hash: WordSlots.hash(run.bytes), in: words).map { [$0] } ?? []
        }
        if run.startsWord { return stretch(of: forwards, holding: run.bytes, reversed: false) }
        if run.endsWord { return stretch(of: backwards, holding: run.bytes.reversed(), reversed: true) }
        return words.indices.filter { TextIndex.contains(words[$0], run.bytes) }
    }

    /// The ids in `order` whose word (read backwards when `reversed`) starts with `prefix`.
    private func stretch(of order: [Int32], holding prefix: [UInt8], reversed: Bool) -> [Int] {
        func key(_ position: Int) -> [UInt8] {
            let word = words[Int(order[position])]
            return reversed ? word.reversed() : word
        }
        // The first word not below the prefix, then every word that starts with it.
        var low = 0
        var high = order.count
        while low < high {
            let mid = (low + high) / 2
            if key(mid).lexicographicallyPrecedes(prefix) { low = mid + 1 } else { high = mid }
        }
        var ids: [Int] = []
        while low < order.count, key(low).starts(with: prefix) {
            ids.append(Int(order[low]))
            low += 1
        }
        return ids
    }

    private static func contains(_ word: [UInt8], _ part: [UInt8]) -> Bool {
        guard let first = part.first else { return true }
        var i = 0
        while i + part.count <= word.count {
            if word[i] == first, word[i..<(i + part.count)].elementsEqual(part) { return true }
            i += 1
        }
        return false
    }

    private func union(_ ids: [Int]) -> [UInt32] {
        if ids.count == 1, let only = ids.first { return postings(only) }
        var all = ids.flatMap { postings($0) }
        all.sort()
        var unique: [UInt32] = []
        unique.reserveCapacity(all.count)
        for sentence in all where unique.last != sentence { unique.append(sentence) }
        return unique
    }

    /// The sentences of a word, decoded.
    func postings(_ id: Int) -> [UInt32] {
        var sentences: [UInt32] = []
        sentences.reserveCapacity(counts[id])
        var value: UInt32 = 0
        var gap: UInt32 = 0
        var shift: UInt32 = 0
        var first = true
        for byte in lists[id] {
            gap |= UInt32(byte & 0x7F) << shift
            if byte & 0x80 != 0 {
                shift += 7
                continue
            }
            value = first ? gap : value &+ gap
            first = false
            if Int(value) < sentenceCount { sentences.append(value) }
            gap = 0
            shift = 0
        }
        return sentences
    }

    private static func intersect(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var result: [UInt32] = []
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else {
                result.append(a[i])
                i += 1
                j += 1
            }
        }
        return result
    }

    // MARK: - Building

    /// The index of every sentence; nil when `isCancelled` stopped the build. The words of
    /// runs of articles are read on every core, then joined in article order (so every
    /// posting list stays ascending), one wave at a time to bound the memory.
    static func build(_ corpus: Corpus, progress: LoadProgress? = nil, isCancelled: () -> Bool) -> TextIndex? {
        progress?.begin(.indexing, total: corpus.articles.count)
        var index = TextIndex()
        index.sentenceCount = corpus.sentences.count
        let run = 128
        let parts = (corpus.articles.count + run - 1) / run
        let wave = 16
        for first in stride(from: 0, to: parts, by: wave) {
            if isCancelled() { return nil }
            let found = Parallel.map(count: min(wave, parts - first), chunk: 1) { k -> Part in
                let part = first + k
                let articles = (part * run)..<min(corpus.articles.count, (part + 1) * run)
                let words = TextIndex.words(of: corpus, articles: articles)
                for article in articles { progress?.advance(bytes: corpus.articles[article].body.byteCount) }
                return words
            }
            for part in found { index.absorb(part) }
        }
        index.forwards = index.words.indices.sorted { index.words[$0].lexicographicallyPrecedes(index.words[$1]) }.map { Int32($0) }
        index.backwards = index.words.indices.sorted { index.words[$0].reversed().lexicographicallyPrecedes(index.words[$1].reversed()) }
            .map { Int32($0) }
        return index
    }

    /// The words of some articles' sentences, as plain lists, before they join the index.
    private struct Part: Sendable {
        var words: [[UInt8]] = []
        var postings: [[UInt32]] = []
        var table = WordSlots()

        mutating func add(_ word: [UInt8], sentence: UInt32) {
            let hash = WordSlots.hash(word)
            if let id = table.find(word, hash: hash, in: words) {
                if postings[id].last != sentence { postings[id].append(sentence) }
                return
            }
            table.insert(id: words.count, hash: hash)
            words.append(word)
            postings.append([sentence])
        }
    }

    private static func words(of corpus: Corpus, articles: Range<Int>) -> Part {
        var part = Part()
        var word: [UInt8] = []
        word.reserveCapacity(64)
        for article in articles {
            corpus.articles[article].body.withBytes { bytes in
                for sentence in corpus.articles[article].sentences {
                    let range = corpus.sentences[sentence].range
                    var i = range.lowerBound
                    while i <= range.upperBound {
                        if i < range.upperBound, let folded = wordByte(bytes[i]) {
                            word.append(folded)
                        } else if !word.isEmpty {
                            part.add(word, sentence: UInt32(sentence))
                            word.removeAll(keepingCapacity: true)
                        }
                        i += 1
                    }
                }
            }
        }
        return part
    }

    /// Takes in the words of later articles: their sentences follow every sentence already in.
    private mutating func absorb(_ part: Part) {
        for (k, word) in part.words.enumerated() {
            let hash = WordSlots.hash(word)
            let id: Int
            if let known = table.find(word, hash: hash, in: words) {
                id = known
            } else {
                id = words.count
                table.insert(id: id, hash: hash)
                words.append(word)
                lists.append([])
                counts.append(0)
                lastSentence.append(0)
            }
            for sentence in part.postings[k] {
                var gap = counts[id] == 0 ? sentence : sentence - lastSentence[id]
                while gap >= 0x80 {
                    lists[id].append(UInt8(gap & 0x7F) | 0x80)
                    gap >>= 7
                }
                lists[id].append(UInt8(gap))
                lastSentence[id] = sentence
                counts[id] += 1
            }
        }
    }
}
