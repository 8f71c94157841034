import DossierCorpus
import DossierDiagnostics

/// Writes a result as aligned columns for a person, fitting `maxWidth` terminal columns:
/// when the table is too wide the widest columns are narrowed and their text is cut, ending
/// in "…", or wrapped onto more lines with `wrap`.
public struct TableRenderer: Sendable {
    public var maxWidth: Int?
    public var wrap: Bool
    /// Bold header, for a terminal.
    public var color: Bool

    public init(maxWidth: Int? = nil, wrap: Bool = false, color: Bool = false) {
        self.maxWidth = maxWidth
        self.wrap = wrap
        self.color = color
    }

    public func render(_ result: ResultSet) -> String {
        let cells = result.rows.map { row in row.map { TableRenderer.singleLine($0.display) } }
        var widths = result.columns.map(TableRenderer.displayWidth)
        for row in cells {
            for (k, cell) in row.enumerated() where k < widths.count {
                widths[k] = max(widths[k], TableRenderer.displayWidth(cell))
            }
        }
        if let maxWidth { widths = fit(widths, into: maxWidth, headers: result.columns) }
        let header = line(result.columns, widths)
        var out = (color ? "\u{1B}[1m" + header + "\u{1B}[0m" : header) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells {
            if wrap {
                let wrapped = row.enumerated().map { k, cell in k < widths.count ? TableRenderer.wrap(cell, to: widths[k]) : [cell] }
                let height = wrapped.map(\.count).max() ?? 1
                for n in 0..<height { out += line(wrapped.map { n < $0.count ? $0[n] : "" }, widths) + "\n" }
            } else {
                line(row, widths, into: &out)
                out += "\n"
            }
        }
        return out + (cells.count == 1 ? "(1 row)\n" : "(\(cells.count) rows)\n")
    }

    /// Narrows the widest columns until the row fits, never below a header's width or 8.
    private func fit(_ widths: [Int], into total: Int, headers: [String]) -> [Int] {
        var widths = widths
        let gaps = 2 * max(0, widths.count - 1)
        while widths.reduce(0, +) + gaps > total {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }) else { break }
            let floor = max(8, TableRenderer.displayWidth(headers[widest]))
            guard widths[widest] > floor else { break }
            widths[widest] -= 1
        }
        return widths
    }

    private func line(_ cells: [String], _ widths: [Int]) -> String {
        var out = ""
        line(cells, widths, into: &out)
        return out
    }

    /// Appends one line of cells, each padded to its column's width but the last: a wide
    /// column makes long lines, and padding them piece by piece cost more than the rest.
    private func line(_ cells: [String], _ widths: [Int], into out: inout String) {
        for (k, width) in widths.enumerated() {
            if k > 0 { out += "  " }
            let cell = TableRenderer.truncate(k < cells.count ? cells[k] : "", to: width)
            out += cell
            if k < widths.count - 1 { TableRenderer.pad(&out, width - TableRenderer.displayWidth(cell)) }
        }
    }

    private static let spaces = String(repeating: " ", count: 256)

    private static func pad(_ out: inout String, _ count: Int) {
        var left = count
        while left > 0 {
            let piece = min(left, 256)
            out.append(contentsOf: spaces.prefix(piece))
            left -= piece
        }
    }

    /// A cell on one line: line breaks and tabs become spaces, other control characters
    /// visible symbols (see `VisibleText`).
    static func singleLine(_ text: String) -> String {
        var text = text
        if text.contains(where: { $0.isNewline || $0 == "\t" }) {
            text = String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        }
        return VisibleText.of(text)
    }

    /// Breaks text into lines of at most `width` columns, at spaces where it can.
    static func wrap(_ text: String, to width: Int) -> [String] {
        guard displayWidth(text) > width, width > 0 else { return [text] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var word = String(word)
            let candidate = line.isEmpty ? word : line + " " + word
            if displayWidth(candidate) <= width {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            while displayWidth(word) > width {
                var head = ""
                for c in word {
                    if displayWidth(head + String(c)) > width { break }
                    head.append(c)
                }
                if head.isEmpty { break }
                lines.append(head)
                word.removeFirst(head.count)
            }
            line = word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    static func truncate(_ text: String, to width: Int) -> String {
        guard displayWidth(text) > width else { return text }
        var out = ""
        var used = 0
        for c in text {
            let w = displayWidth(String(c))
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }

    /// Terminal columns a text takes: combining marks take none, East Asian wide and emoji
    /// characters take two.
    static func displayWidth(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x300 { width += v < 0x20 ? 0 : 1; continue }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: continue
            default: break
            }
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
            width += wide ? 2 : 1
        }
        return width
    }
}
