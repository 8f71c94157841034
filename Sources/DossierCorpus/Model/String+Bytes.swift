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
