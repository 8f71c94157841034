import DossierCorpus

/// The word index as a snapshot section (`WORDS`): the words and their posting lists, each
/// as one run of bytes with the end of every element, and the two orders of the words.
/// The hash table of words is made again on reading (a pass over the vocabulary).
extension TextIndex {
    static let tag = "WORDS"

    func encode(_ e: inout SnapshotEncoder) {
        e.int64(sentenceCount)
        e.count(words.count)
        for (word, list) in zip(words, lists) {
            e.count(word.count)
            e.bytes += word
            e.count(list.count)
            e.bytes += list
        }
        for count in counts { e.int32(count) }
        for id in forwards { e.int32(Int(id)) }
        for id in backwards { e.int32(Int(id)) }
    }

    static func decode(_ d: inout SnapshotDecoder, sentences: Int) throws -> TextIndex {
        var index = TextIndex()
        guard try d.int64() == sentences else { throw d.corrupt }
        index.sentenceCount = sentences
        let count = try d.count(elementSize: 8)
        index.words.reserveCapacity(count)
        index.lists.reserveCapacity(count)
        for id in 0..<count {
            let word = try d.byteArray()
            let hash = WordSlots.hash(word)
            guard index.table.find(word, hash: hash, in: index.words) == nil else { throw d.corrupt }
            index.table.insert(id: id, hash: hash)
            index.words.append(word)
            index.lists.append(try d.byteArray())
        }
        index.counts = try (0..<count).map { id in
            // Each posting takes a byte at least: a count beyond that is damage.
            let postings = try d.natural()
            guard postings <= index.lists[id].count else { throw d.corrupt }
            return postings
        }
        index.forwards = try (0..<count).map { _ in Int32(try d.index(below: count)) }
        index.backwards = try (0..<count).map { _ in Int32(try d.index(below: count)) }
        return index
    }
}
