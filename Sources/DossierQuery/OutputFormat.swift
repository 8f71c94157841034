/// How results are written: aligned columns for people, JSON and CSV for programs.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, csv

    public func render(_ result: ResultSet, width: Int? = nil, wrap: Bool = false) -> String {
        switch self {
        case .table: return TableRenderer(maxWidth: width, wrap: wrap).render(result)
        case .json: return JSONRenderer().render(result)
        case .csv: return CSVRenderer().render(result)
        }
    }
}
