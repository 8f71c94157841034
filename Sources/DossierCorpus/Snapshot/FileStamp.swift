/// What a snapshot remembers of one file of its corpus, to see cheaply whether it changed:
/// its name in the corpus, size and modification time. Reading no content, it trusts the
/// file system's clock, as make does.
public struct FileStamp: Hashable, Sendable {
    public var name: String
    public var size: Int
    /// Nanoseconds since 1970.
    public var modified: Int
    public var isRegular: Bool
}
