/// For the fuzzer: the bytes of a would-be snapshot with every checksum made right (each
/// section's, then the header's), so that arbitrary section contents get past the checks
/// and reach the decoders, as a forged file would. Bytes that do not even have a readable
/// header and table come back unchanged.
public enum SnapshotRestamp {
    public static func restamped(_ input: [UInt8]) -> [UInt8] {
        var bytes = input
        guard bytes.starts(with: SnapshotFormat.magic),
              let (sections, _, tableStart, tableEnd) = bytes.withUnsafeBytes({ SnapshotFormat.table(in: $0) }) else { return bytes }
        func load<T: FixedWidthInteger>(_ offset: Int, _ type: T.Type) -> T {
            bytes.withUnsafeBytes { SnapshotFormat.integer($0, offset, type) }
        }
        func store(_ value: UInt64, at offset: Int) {
            withUnsafeBytes(of: value.littleEndian) { for (k, byte) in $0.enumerated() { bytes[offset + k] = byte } }
        }
        for n in 0..<sections {
            let entry = tableStart + n * SnapshotFormat.tableEntrySize
            let offset = load(entry + 8, UInt64.self), size = load(entry + 16, UInt64.self)
            guard size <= UInt64(bytes.count), offset <= UInt64(bytes.count) - size else { continue }
            let sum = bytes.withUnsafeBytes { SectionChecksum.sum(UnsafeRawBufferPointer(rebasing: $0[Int(offset)..<Int(offset + size)])) }
            store(sum, at: entry + 24)
        }
        store(bytes.withUnsafeBytes { SnapshotHasher.sum(UnsafeRawBufferPointer(rebasing: $0[32..<tableEnd])) }, at: 24)
        return bytes
    }
}
