/// Finds the first alias (`*name`) of a YAML text before it is parsed. Dossier's files never
/// need anchors and aliases, and a few nested aliases expand exponentially ("billion
/// laughs"): nine lists of nine aliases, eight deep, make 43 million nodes from 900 bytes.
/// So an alias is refused before the parser expands it.
///
/// The scan knows just enough YAML to tell an alias from a `*` in text: quoted scalars, block
/// scalars (`|`, `>`), comments, and where a node may start (the start of a line, after
/// `- `, `: `, `? `, and inside `[ ]` or `{ }` after `[`, `{` or `,`).
enum YAMLAliases {
    /// The line and column (from 1, in Unicode scalars) of the first alias, if any.
    static func first(in yaml: String) -> (line: Int, column: Int)? {
        var quote: Unicode.Scalar?
        var flowDepth = 0
        var blockIndent: Int?
        for (number, text) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Array(text.unicodeScalars)
            let indent = line.prefix { $0 == " " }.count
            if let block = blockIndent {
                if indent > block || line.allSatisfy({ $0 == " " || $0 == "\r" }) { continue }
                blockIndent = nil
            }
            var nodeMayStart = quote == nil
            var i = 0
            while i < line.count {
                let c = line[i]
                let next: Unicode.Scalar? = i + 1 < line.count ? line[i + 1] : nil
                if let open = quote {
                    if open == "\"" && c == "\\" { i += 2; continue }
                    if c == open {
                        if open == "'" && next == "'" { i += 2; continue }
                        quote = nil
                    }
                    i += 1
                    continue
                }
                switch c {
                case " ", "\t", "\r":
                    break
                case "#" where i == 0 || line[i - 1] == " " || line[i - 1] == "\t":
                    i = line.count
                    continue
                case "*" where nodeMayStart:
                    return (number + 1, i + 1)
                case "\"" where nodeMayStart, "'" where nodeMayStart:
                    quote = c
                    nodeMayStart = false
                case "-", "?", ":":
                    // An indicator when a space or the end of the line follows it.
                    let indicates = next == nil || next == " " || next == "\t" || next == "\r"
                    if c == ":" && !indicates { nodeMayStart = false }
                    if indicates { nodeMayStart = true }
                    if c != ":" && !indicates { nodeMayStart = false }
                case "[", "{":
                    flowDepth += 1
                    nodeMayStart = true
                case "]", "}":
                    flowDepth = max(0, flowDepth - 1)
                    nodeMayStart = false
                case "," where flowDepth > 0:
                    nodeMayStart = true
                case "|" where nodeMayStart, ">" where nodeMayStart:
                    // A block scalar: the lines indented past this one are its text.
                    blockIndent = indent
                    i = line.count
                    continue
                default:
                    nodeMayStart = false
                }
                i += 1
            }
        }
        return nil
    }
}
