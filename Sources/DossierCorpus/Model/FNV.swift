/// FNV-1a over bytes, with the high half folded in: a quick hash for word keys, used where
/// Swift's string hashing would cost more than the work it guards.
public enum FNV {
    @inlinable
    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 32)
    }

    /// The hash of a string's UTF-8, read through a pointer: iterating `String.UTF8View`
    /// one index at a time costs several times the hashing itself.
    @inlinable
    public static func hash(_ string: String) -> UInt64 {
        string.utf8.withContiguousStorageIfAvailable { hash($0) } ?? hash(string.utf8)
    }
}
