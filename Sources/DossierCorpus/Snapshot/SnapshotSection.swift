/// One section of an open snapshot: its tag and its bytes where they lie in the mapped
/// file. Valid while the `SnapshotFile` that gave it is alive.
public struct SnapshotSection: @unchecked Sendable {
    public let tag: String
    public let bytes: UnsafeRawBufferPointer
}
