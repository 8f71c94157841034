/// How results are written: aligned columns for people, JSON and CSV for programs.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, csv

    /// `color` sets a table's header in bold (for a terminal only).
    public func render(_ result: ResultSet, width: Int? = nil, wrap: Bool = false, color: Bool = false) -> String {
        switch self {
        case .table: return TableRenderer(maxWidth: width, wrap: wrap, color: color).render(result)
        case .json: return JSONRenderer().render(result)
        case .csv: return CSVRenderer().render(result)
        }
    }
}
