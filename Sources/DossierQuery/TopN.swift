import DossierCorpus

/// The first `n` rows in sort order, ties kept in their input order, exactly as a full
/// sort then a limit would give them: one pass that keeps the best `n` in a heap whose
/// root is the worst of them, so each row costs at most log n comparisons whatever n is.
enum TopN {
    private struct Entry {
        var position: Int
        var keys: [OrderKey]
    }

    static func first(_ n: Int, of rows: [Int], by keys: [(field: Field, descending: Bool)], corpus: Corpus) -> [Int] {
        guard n > 0, !rows.isEmpty else { return [] }
        let precedes = { (a: Entry, b: Entry) -> Bool in
            for (k, key) in keys.enumerated() {
                let order = OrderKey.ordered(a.keys[k], b.keys[k], descending: key.descending)
                if order != 0 { return order < 0 }
            }
            return a.position < b.position
        }
        var heap: [Entry] = []
        heap.reserveCapacity(min(n, rows.count))
        for (position, row) in rows.enumerated() {
            let entry = Entry(position: position, keys: keys.map { OrderKey($0.field.value(corpus, row)) })
            if heap.count < n {
                heap.append(entry)
                var child = heap.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    guard precedes(heap[parent], heap[child]) else { break }
                    heap.swapAt(parent, child)
                    child = parent
                }
            } else if precedes(entry, heap[0]) {
                heap[0] = entry
                var parent = 0
                while true {
                    let left = 2 * parent + 1, right = left + 1
                    var worst = parent
                    if left < heap.count, precedes(heap[worst], heap[left]) { worst = left }
                    if right < heap.count, precedes(heap[worst], heap[right]) { worst = right }
                    if worst == parent { break }
                    heap.swapAt(parent, worst)
                    parent = worst
                }
            }
        }
        return heap.sorted(by: precedes).map { rows[$0.position] }
    }
}
