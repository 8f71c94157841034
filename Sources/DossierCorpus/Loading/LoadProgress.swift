import Foundation

/// How far a load has got, for a progress line on a terminal, and whether the user has
/// asked it to stop. A load of 100,000 articles takes a minute or more: the user should see
/// it move, and Ctrl-C should stop it without leaving anything half-built.
///
/// Workers call `advance` once per article from any thread; `report` is called at most ten
/// times a second, from whichever thread advanced last.
public final class LoadProgress: @unchecked Sendable {
    public enum Stage: String, Sendable {
        case reading, segmenting, extracting
        /// Building the word index that a snapshot saves.
        case indexing
        /// Writing the snapshot; counted in sections, not articles.
        case saving
    }

    public struct Snapshot: Sendable {
        public var stage: Stage
        /// Articles done in this stage, and how many there are.
        public var done: Int
        public var total: Int
        /// Bytes of article text done in this stage.
        public var bytes: Int
        /// Seconds since this stage began.
        public var seconds: Double

        public init(stage: Stage, done: Int, total: Int, bytes: Int, seconds: Double) {
            (self.stage, self.done, self.total, self.bytes, self.seconds) = (stage, done, total, bytes, seconds)
        }

        /// Bytes per second in this stage.
        public var rate: Double { seconds > 0 ? Double(bytes) / seconds : 0 }

        /// Seconds left in this stage at the rate so far, once there is a rate to go by.
        public var secondsLeft: Double? {
            guard done > 0, seconds > 0.5 else { return nil }
            return seconds / Double(done) * Double(total - done)
        }
    }

    private let lock = NSLock()
    private var stage = Stage.reading
    private var done = 0
    private var total = 0
    private var bytes = 0
    private var stageStart = DispatchTime.now().uptimeNanoseconds
    private var lastReport: UInt64 = 0
    /// Nothing is reported before this time (see `init`).
    private let quietUntil: UInt64
    private let report: @Sendable (Snapshot) -> Void
    private let cancelled: @Sendable () -> Bool

    /// Nothing is reported in the first `quietSeconds`: a progress line on a terminal waits
    /// half a second, since a small corpus loads in less and a line that flashes and
    /// vanishes only distracts.
    public init(report: @escaping @Sendable (Snapshot) -> Void = { _ in }, isCancelled: @escaping @Sendable () -> Bool = { false },
                quietSeconds: Double = 0) {
        self.report = report
        self.cancelled = isCancelled
        self.quietUntil = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, quietSeconds) * 1e9)
    }

    /// True once the user has asked the load to stop.
    public var isCancelled: Bool { cancelled() }

    public func begin(_ stage: Stage, total: Int) {
        lock.lock()
        self.stage = stage
        self.total = total
        done = 0
        bytes = 0
        stageStart = DispatchTime.now().uptimeNanoseconds
        lock.unlock()
    }

    /// One more article done, of `bytes` bytes of text.
    public func advance(bytes count: Int) {
        lock.lock()
        // Read under the lock: a time read before it could be older than `lastReport`.
        let now = DispatchTime.now().uptimeNanoseconds
        done += 1
        bytes += count
        let due = now >= quietUntil && (now >= lastReport + 100_000_000 || done == total)
        if due { lastReport = now }
        let snapshot = Snapshot(stage: stage, done: done, total: total, bytes: bytes, seconds: Double(now - stageStart) / 1e9)
        lock.unlock()
        if due { report(snapshot) }
    }
}

extension LoadProgress {
    /// The process's peak resident memory so far, in MB: what `.timer` and the benchmark report.
    public static func peakMegabytes() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
