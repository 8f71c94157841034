/// The checksum of one section: the section is cut into blocks of 16 MB, each block is
/// summed (`SnapshotHasher`), and the block sums are summed in order. Blocks are summed on
/// every core when a snapshot is opened, so checking a gigabyte takes a fraction of the
/// time one core would; a writer sums them as the bytes stream out.
struct SectionChecksum {
    static let blockSize = 16 << 20

    private var blocks = SnapshotHasher()
    private var block = SnapshotHasher()
    private var inBlock = 0

    init() {}

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        var rest = bytes
        while !rest.isEmpty {
            let take = min(rest.count, Self.blockSize - inBlock)
            block.update(UnsafeRawBufferPointer(rebasing: rest[rest.startIndex..<(rest.startIndex + take)]))
            inBlock += take
            rest = UnsafeRawBufferPointer(rebasing: rest[(rest.startIndex + take)...])
            if inBlock == Self.blockSize { closeBlock() }
        }
    }

    private mutating func closeBlock() {
        withUnsafeBytes(of: block.finish().littleEndian) { blocks.update($0) }
        block = SnapshotHasher()
        inBlock = 0
    }

    func finish() -> UInt64 {
        var copy = self
        if copy.inBlock > 0 { copy.closeBlock() }
        return copy.blocks.finish()
    }

    /// The checksum of a whole section, its blocks summed on every core.
    static func sum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let count = (bytes.count + blockSize - 1) / blockSize
        let sums = Parallel.map(count: count, chunk: 1) { [bytes = SendableBytes(bytes)] k -> UInt64 in
            let start = k * blockSize
            return SnapshotHasher.sum(UnsafeRawBufferPointer(rebasing: bytes.bytes[start..<min(bytes.bytes.count, start + blockSize)]))
        }
        var blocks = SnapshotHasher()
        for sum in sums { withUnsafeBytes(of: sum.littleEndian) { blocks.update($0) } }
        return blocks.finish()
    }
}

/// Bytes that several threads read and none writes.
private struct SendableBytes: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }
}
