import Foundation

/// Indexes that queries build on first use and keep for the life of the corpus: an index on
/// a field that nobody filters on would cost every load, so none is built until a query asks.
/// The corpus is read-only once built, so an index never goes stale; a changed copy of a
/// corpus starts with an empty cache (see `Corpus`).
public final class QueryCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: Any] = [:]

    public init() {}

    /// The entry under `key`, built by `build` the first time. Two threads asking at once
    /// build it once: the second waits for the first.
    public func value<T>(_ key: String, build: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        if let known = entries[key] as? T { return known }
        let made = build()
        entries[key] = made
        return made
    }

    /// As `value`, for a build that may give up (the user pressed Ctrl-C): nothing is kept
    /// then, and the next query builds again.
    public func value<T>(_ key: String, buildUnlessStopped build: () -> T?) -> T? {
        lock.lock()
        defer { lock.unlock() }
        if let known = entries[key] as? T { return known }
        guard let made = build() else { return nil }
        entries[key] = made
        return made
    }

    /// Whether the entry is already built, for `explain`.
    public func contains(_ key: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return entries[key] != nil
    }
}
