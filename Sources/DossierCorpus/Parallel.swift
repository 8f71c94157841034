import Dispatch

/// Runs independent work on every core and returns the results in input order, so that
/// what is built never depends on how many cores did it.
public enum Parallel {
    public static func map<T: Sendable>(count: Int, chunk: Int = 32, _ work: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let chunks = (count + chunk - 1) / chunk
        // One piece of work runs on the calling thread: no dispatch for a small input.
        if chunks == 1 { return (0..<count).map(work) }
        let results = ResultSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            for i in (c * chunk)..<min(count, (c + 1) * chunk) { results.store(work(i), at: i) }
        }
        return results.values()
    }
}

/// Slots that threads fill at distinct indices; each index is written once, by one thread,
/// before `values()` reads them after every thread has finished. The memory is raw, so no
/// array header is shared between threads.
private final class ResultSlots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = UnsafeMutablePointer<T>.allocate(capacity: count)
    }

    func store(_ value: T, at index: Int) {
        (base + index).initialize(to: value)
    }

    /// Moves the values out; call once, when every slot is filled.
    func values() -> [T] {
        let values = Array(UnsafeBufferPointer(start: base, count: count))
        base.deinitialize(count: count)
        return values
    }

    deinit { base.deallocate() }
}
