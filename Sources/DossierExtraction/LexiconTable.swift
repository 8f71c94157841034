/// One data file of the extraction's vocabulary (`Lexicon/*.tsv`): lines of columns
/// separated by tabs. A line that starts with `#` is a comment and a blank line is nothing;
/// a column holding `-` alone is empty. Parsing never fails: a line with too few columns is
/// kept in `problems` (a test reads them) and left out. It reads UTF-8 bytes, since every
/// start-up reads every table.
struct LexiconTable: Sendable {
    struct Row: Sendable {
        /// The 1-based line of the file.
        var line: Int
        var columns: [String]

        /// The column at `index`, nil when it is empty (`-`) or absent.
        subscript(index: Int) -> String? {
            guard index < columns.count else { return nil }
            let column = columns[index]
            return column.isEmpty || column == "-" ? nil : column
        }

        /// The `|`-separated forms of the column at `index`.
        func forms(_ index: Int) -> [String] {
            guard let column = self[index] else { return [] }
            guard column.utf8.contains(0x7C) else { return [column] }
            return column.split(separator: "|").map(String.init)
        }
    }

    let name: String
    let rows: [Row]
    /// Lines that could not be read, as `file:line: what is wrong`.
    let problems: [String]

    init(name: String, text: String, columns: Int) {
        self.name = name
        var rows: [Row] = []
        var problems: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var line = 0
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                line += 1
                var cells: [String] = []
                var blank = true
                if start < end, bytes[start] != 0x23 {  // '#'
                    var cell = start
                    for i in start...end where i == end || bytes[i] == 0x09 {
                        var low = cell
                        var high = i
                        while low < high, bytes[low] == 0x20 || bytes[low] == 0x0D { low += 1 }
                        while high > low, bytes[high - 1] == 0x20 || bytes[high - 1] == 0x0D { high -= 1 }
                        if high > low { blank = false }
                        cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]), as: UTF8.self))
                        cell = i + 1
                    }
                }
                if !blank {
                    if cells.count >= columns {
                        rows.append(Row(line: line, columns: cells))
                    } else {
                        problems.append("\(name):\(line): \(cells.count) columns where \(columns) are expected")
                    }
                }
                start = end + 1
            }
        }
        self.rows = rows
        self.problems = problems
    }
}
