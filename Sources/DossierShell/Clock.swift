@preconcurrency import Glibc

/// Wall-clock time for `.timer`.
enum Clock {
    static var now: timespec {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return time
    }

    static func milliseconds(since start: timespec) -> String {
        format(elapsed(since: start))
    }

    static func elapsed(since start: timespec) -> Double {
        let end = now
        return Double(end.tv_sec - start.tv_sec) * 1000 + Double(end.tv_nsec - start.tv_nsec) / 1_000_000
    }

    static func format(_ ms: Double) -> String {
        ms < 10 ? String(Double(Int(ms * 100)) / 100) : String(Int(ms.rounded()))
    }
}
