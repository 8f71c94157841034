/// The rows of one kind in a corpus (sentences, mentions, quotes, figures, dates,
/// paragraphs): an array when the corpus was just extracted, or fixed-width records read
/// in place from a snapshot's mapped file (see `MappedRecords`), decoded one row at a time
/// as a statement reads it. Reopening a corpus of millions of rows then costs no decoding
/// and no memory but the mapped pages that statements touch.
public struct Rows<Element: Sendable>: RandomAccessCollection, Sendable {
    private enum Storage: Sendable {
        case array([Element])
        case mapped(MappedRecords<Element>)
    }

    private let storage: Storage
    public let endIndex: Int
    public var startIndex: Int { 0 }

    public init(_ array: [Element]) {
        storage = .array(array)
        endIndex = array.count
    }

    init(_ records: MappedRecords<Element>) {
        storage = .mapped(records)
        endIndex = records.count
    }

    @inlinable
    public func index(after i: Int) -> Int { i + 1 }

    @inlinable
    public func index(before i: Int) -> Int { i - 1 }

    public subscript(position: Int) -> Element {
        switch storage {
        case .array(let array): return array[position]
        case .mapped(let records): return records[position]
        }
    }

    /// True when the rows are read in place from a snapshot.
    public var isMapped: Bool {
        if case .mapped = storage { return true }
        return false
    }
}
