/// One data file of the extraction's vocabulary (`Lexicon/*.tsv`): lines of columns
/// separated by tabs. A line that starts with `#` is a comment and a blank line is nothing;
/// a column holding `-` alone is empty. Parsing never fails: a line with too few columns is
/// kept in `problems` (a test reads them) and left out.
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
            self[index].map { $0.split(separator: "|").map(String.init).filter { !$0.isEmpty } } ?? []
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
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.allSatisfy({ $0 == " " || $0 == "\t" }) || trimmed.hasPrefix("#") { continue }
            let cells = trimmed.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingSpaces() }
            guard cells.count >= columns else {
                problems.append("\(name):\(offset + 1): \(cells.count) columns where \(columns) are expected")
                continue
            }
            rows.append(Row(line: offset + 1, columns: cells))
        }
        self.rows = rows
        self.problems = problems
    }
}
