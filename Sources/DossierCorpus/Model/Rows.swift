/// The rows of one kind in a corpus (sentences, mentions, quotes, figures, dates,
/// paragraphs): an array when the corpus was just extracted, or fixed-width records read
/// in place from a snapshot's mapped file (see `MappedRecords`), decoded one row at a time
/// as a statement reads it. Reopening a corpus of millions of rows then costs no decoding
/// and no memory but the mapped pages that statements touch.
///
/// The record's place, width and decoder are kept in the value itself, so reading a row
/// costs no reference counting.
public struct Rows<Element: Sendable>: RandomAccessCollection, @unchecked Sendable {
    // Inlinable, so that the query layer's loops are specialised for each kind of row: a
    // generic call per row across modules cost five times the row's own work.
    @usableFromInline let array: [Element]
    /// The first record, when the rows are mapped.
    @usableFromInline let base: UnsafeRawPointer?
    @usableFromInline let width: Int
    @usableFromInline let decode: @Sendable (UnsafeRawPointer) -> Element
    /// Keeps the mapping alive.
    private let owner: AnyObject?
    public let endIndex: Int
    @inlinable public var startIndex: Int { 0 }

    public init(_ array: [Element]) {
        self.array = array
        base = nil
        width = 0
        decode = { _ in preconditionFailure("not mapped") }
        owner = nil
        endIndex = array.count
    }

    init(_ records: MappedRecords<Element>) {
        array = []
        base = records.base
        width = records.width
        decode = records.decode
        owner = records
        endIndex = records.base == nil ? 0 : records.count
    }

    @inlinable
    public func index(after i: Int) -> Int { i + 1 }

    @inlinable
    public func index(before i: Int) -> Int { i - 1 }

    /// A coroutine accessor: reading one field of an array's row (`figures[row].value`)
    /// borrows the row in place rather than copying it with every string it holds.
    @inlinable
    public subscript(position: Int) -> Element {
        _read {
            if let base {
                precondition(position >= 0 && position < endIndex, "row out of range")
                yield decode(base + position * width)
            } else {
                yield array[position]
            }
        }
    }

    /// True when the rows are read in place from a snapshot.
    @inlinable public var isMapped: Bool { base != nil }
}
