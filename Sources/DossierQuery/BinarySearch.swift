/// Binary search over positions, shared by the planner (events in date order) and the
/// executor (rows in article order).
enum BinarySearch {
    /// The first index in `low..<high` for which `isAfter` holds, given that it holds for a suffix.
    static func partition(_ low: Int, _ high: Int, _ isAfter: (Int) -> Bool) -> Int {
        var low = low
        var high = high
        while low < high {
            let mid = (low + high) / 2
            if isAfter(mid) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
