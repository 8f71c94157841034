import CSQLite
import DossierExport
import DossierCorpus
import DossierQuery
import Foundation

/// SQLite's REGEXP operator, which SQLite leaves to the application: the same regular
/// expression engine Dossier's `matches` uses, compiled once per pattern.
enum RegexFunction {
    nonisolated(unsafe) static var cache: [String: Regex<AnyRegexOutput>] = [:]

    static func install(in database: SQLiteDatabase) {
        let function: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void = { context, count, values in
            guard count == 2, let values, let p = sqlite3_value_text(values[0]), let t = sqlite3_value_text(values[1]) else {
                sqlite3_result_int(context, 0)
                return
            }
            let pattern = String(cString: p)
            let regex: Regex<AnyRegexOutput>?
            if let known = RegexFunction.cache[pattern] {
                regex = known
            } else {
                regex = try? Regex(pattern)
                RegexFunction.cache[pattern] = regex
            }
            let text = String(cString: t)
            sqlite3_result_int(context, (regex.flatMap { try? $0.firstMatch(in: text) }) != nil ? 1 : 0)
        }
        sqlite3_create_function_v2(database.handle, "regexp", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nil, function, nil, nil, nil)
    }
}
