import DossierCorpus

/// Shard K of N: the articles whose id hashes to K (counted from 1), so that N machines can
/// each extract a part of a corpus and their exports add up to the whole.
public struct Shard: Hashable, Sendable, CustomStringConvertible {
    public let number: Int
    public let count: Int

    public init?(number: Int, count: Int) {
        guard count >= 1, number >= 1, number <= count else { return nil }
        self.number = number
        self.count = count
    }

    /// Reads `K/N`, as `--shard 2/4` gives it.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let number = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(number: number, count: count)
    }

    /// Whether the article with this id belongs to the shard: the 64-bit FNV-1a hash of the
    /// id's UTF-8 bytes (its high half folded into the low, see `FNV`), modulo N, is K - 1.
    /// The hash is fixed, so a shard holds the same articles on every machine and in every
    /// version.
    public func holds(_ articleID: String) -> Bool {
        Int(FNV.hash(articleID) % UInt64(count)) == number - 1
    }

    public var description: String { "\(number)/\(count)" }
}
