import DossierCorpus

/// Word ids by the words' FNV hashes, in open addressing: finding a word costs a hash of
/// its bytes and a comparison, with no string built and nothing allocated.
struct WordSlots: Sendable {
    private var hashes = [UInt64](repeating: 0, count: 1024)
    private var ids = [Int32](repeating: -1, count: 1024)
    private var count = 0

    static func hash(_ word: [UInt8]) -> UInt64 {
        FNV.hash(word)
    }

    func find(_ word: [UInt8], hash: UInt64, in words: [[UInt8]]) -> Int? {
        let mask = ids.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while ids[slot] >= 0 {
            let id = Int(ids[slot])
            if hashes[slot] == hash, words[id] == word { return id }
            slot = (slot + 1) & mask
        }
        return nil
    }

    mutating func insert(id: Int, hash: UInt64) {
        if (count + 1) * 2 > ids.count { grow() }
        place(Int32(id), hash)
        count += 1
    }

    private mutating func place(_ id: Int32, _ hash: UInt64) {
        let mask = ids.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while ids[slot] >= 0 { slot = (slot + 1) & mask }
        ids[slot] = id
        hashes[slot] = hash
    }

    private mutating func grow() {
        let old = zip(ids, hashes).filter { $0.0 >= 0 }
        ids = [Int32](repeating: -1, count: ids.count * 2)
        hashes = [UInt64](repeating: 0, count: hashes.count * 2)
        for (id, hash) in old { place(id, hash) }
    }
}
