/// Ids and byte offsets stored in 32 bits and read as `Int`. Paragraphs, sentences,
/// mentions, quotes and figures number in the millions on a big corpus; halving their
/// integers keeps the model within a few times the size of the text. Values beyond 32 bits
/// (no article or corpus comes near) are clamped rather than trapping.
@propertyWrapper
public struct Compact: Sendable, Hashable {
    private var stored: Int32

    public init(wrappedValue: Int) {
        stored = Int32(clamping: wrappedValue)
    }

    public var wrappedValue: Int {
        get { Int(stored) }
        set { stored = Int32(clamping: newValue) }
    }
}

/// An optional id (never negative) in 32 bits, -1 standing for nil.
@propertyWrapper
public struct CompactOptional: Sendable, Hashable {
    private var stored: Int32

    public init(wrappedValue: Int?) {
        stored = wrappedValue.map { Int32(clamping: $0) } ?? -1
    }

    public var wrappedValue: Int? {
        get { stored < 0 ? nil : Int(stored) }
        set { stored = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
}

/// A byte range in 32-bit bounds.
@propertyWrapper
public struct CompactRange: Sendable, Hashable {
    private var start: Int32
    private var end: Int32

    public init(wrappedValue: Range<Int>) {
        start = Int32(clamping: wrappedValue.lowerBound)
        end = Int32(clamping: wrappedValue.upperBound)
    }

    public var wrappedValue: Range<Int> {
        get { Int(start)..<Int(end) }
        set { (start, end) = (Int32(clamping: newValue.lowerBound), Int32(clamping: newValue.upperBound)) }
    }
}

/// An optional byte range in 32-bit bounds, a negative start standing for nil.
@propertyWrapper
public struct CompactOptionalRange: Sendable, Hashable {
    private var start: Int32
    private var end: Int32

    public init(wrappedValue: Range<Int>?) {
        start = wrappedValue.map { Int32(clamping: $0.lowerBound) } ?? -1
        end = wrappedValue.map { Int32(clamping: $0.upperBound) } ?? -1
    }

    public var wrappedValue: Range<Int>? {
        get { start < 0 ? nil : Int(start)..<Int(end) }
        set {
            start = newValue.map { Int32(clamping: $0.lowerBound) } ?? -1
            end = newValue.map { Int32(clamping: $0.upperBound) } ?? -1
        }
    }
}

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

extension String {
    /// Runs `body` on the string's UTF-8 through a pointer (a copy only for a string that
    /// is not stored contiguously): loops over bytes run several times faster than over
    /// `String.UTF8View`.
    @inlinable
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }

    /// `hasSuffix` on bytes: whether the string's UTF-8 ends with the suffix's, without the
    /// Unicode rules `hasSuffix` applies (the same for the ASCII suffixes it is used with).
    @inlinable
    public func endsWithBytes(_ suffix: String) -> Bool {
        withBytes { bytes in
            suffix.withBytes { end in
                bytes.count >= end.count && UnsafeBufferPointer(rebasing: bytes[(bytes.count - end.count)...]).elementsEqual(end)
            }
        }
    }

    /// Whether the UTF-8 of the string holds `byte`, read through a pointer.
    @inlinable
    public func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }
}
