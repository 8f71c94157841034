/// Prints diagnostics in one style everywhere:
///
///     events.yaml:12:14: error: unknown actor "Tokayv"
///        12 |   actors: [Tokayv]
///           |            ^~~~~~
///     hint: did you mean "Tokayev"?
public struct DiagnosticRenderer: Sendable {
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var out = header(diagnostic)
        if let span = diagnostic.span, let line = diagnostic.sourceLine {
            out += "\n" + excerpt(line: line, span: span)
        }
        if let hint = diagnostic.hint {
            out += "\n" + paint("hint:", code: "1;36") + " " + VisibleText.of(hint, keepingTabsAndNewlines: true)
        }
        return out
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined(separator: "\n")
    }

    private func header(_ d: Diagnostic) -> String {
        var place = d.file ?? ""
        if let span = d.span {
            place += place.isEmpty ? "\(span.start)" : ":\(span.start)"
        }
        let label = d.severity == .error ? paint("error:", code: "1;31") : paint("warning:", code: "1;33")
        let prefix = place.isEmpty ? "" : paint(VisibleText.of(place) + ":", code: "1") + " "
        return prefix + label + " " + VisibleText.of(d.message, keepingTabsAndNewlines: true)
    }

    /// The source line with a gutter, then a caret line under the span. Tabs become one
    /// space so the caret stays aligned; a span past the end of the line points just after it.
    private func excerpt(line: String, span: SourceSpan) -> String {
        let shown = VisibleText.of(String(line.unicodeScalars.map { $0 == "\t" ? " " : Character($0) }.prefix(400)))
        let number = String(span.start.line)
        let gutter = String(repeating: " ", count: number.count)
        let lineWidth = shown.unicodeScalars.count
        let column = min(max(1, span.start.column), lineWidth + 1)
        let length = max(1, min(span.length, lineWidth + 1 - column))
        let pad = String(repeating: " ", count: column - 1)
        let marker = "^" + String(repeating: "~", count: length - 1)
        return " \(number) | \(shown)\n \(gutter) | \(pad)" + paint(marker, code: "1;32")
    }

    private func paint(_ text: String, code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
