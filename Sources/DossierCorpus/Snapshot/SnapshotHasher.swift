/// The checksum of a snapshot's sections: four independent lanes over 32-byte blocks, each
/// lane mixed by the round of xxHash64 (multiply, rotate, multiply), then folded. The lanes
/// keep the processor's multipliers busy, so a gigabyte is summed in a fraction of a second.
/// It detects damage (a flipped bit, a torn write, a truncated file); it is not meant to
/// resist someone forging a file.
struct SnapshotHasher {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9

    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (prime1 &+ prime2, prime2, 0, 0 &- prime1)
    /// Bytes not yet summed, fewer than a block.
    private var carry: [UInt8] = []
    private var total: UInt64 = 0

    init() {}

    @inline(__always)
    private static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = lane &+ word &* prime2
        return ((mixed << 31) | (mixed >> 33)) &* prime1
    }

    /// Adds bytes; the sum does not depend on how they are split between calls.
    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        total &+= UInt64(bytes.count)
        var start = 0
        if !carry.isEmpty {
            let take = min(32 - carry.count, bytes.count)
            carry += UnsafeRawBufferPointer(start: base, count: take)
            start = take
            guard carry.count == 32 else { return }
            carry.withUnsafeBytes { block in summed(block.baseAddress!, blocks: 1) }
            carry.removeAll(keepingCapacity: true)
        }
        let blocks = (bytes.count - start) / 32
        summed(base + start, blocks: blocks)
        let rest = start + blocks * 32
        if rest < bytes.count { carry += UnsafeRawBufferPointer(start: base + rest, count: bytes.count - rest) }
    }

    private mutating func summed(_ base: UnsafeRawPointer, blocks: Int) {
        var (a, b, c, d) = lanes
        var offset = 0
        for _ in 0..<blocks {
            a = Self.round(a, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            b = Self.round(b, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)))
            c = Self.round(c, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)))
            d = Self.round(d, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)))
            offset += 32
        }
        lanes = (a, b, c, d)
    }

    /// The sum of everything added.
    func finish() -> UInt64 {
        let (a, b, c, d) = lanes
        var h = ((a << 1) | (a >> 63)) &+ ((b << 7) | (b >> 57)) &+ ((c << 12) | (c >> 52)) &+ ((d << 18) | (d >> 46))
        h ^= total
        for byte in carry { h = (h ^ UInt64(byte)) &* Self.prime1 }
        h ^= h >> 33
        h = h &* Self.prime2
        h ^= h >> 29
        h = h &* Self.prime3
        return h ^ (h >> 32)
    }

    /// The sum of one buffer.
    static func sum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hasher = SnapshotHasher()
        hasher.update(bytes)
        return hasher.finish()
    }
}
