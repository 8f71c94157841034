import CSQLite

/// A prepared statement, reset before each use.
public final class SQLiteStatement {
    public enum Bound {
        case integer(Int)
        case real(Double)
        case text(String)
        case null
    }

    let handle: OpaquePointer
    let database: OpaquePointer

    init(handle: OpaquePointer, database: OpaquePointer) {
        self.handle = handle
        self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    public func bind(_ values: [Bound]) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (n, value) in values.enumerated() {
            let index = Int32(n + 1)
            switch value {
            case .integer(let i): sqlite3_bind_int64(handle, index, Int64(i))
            case .real(let d): sqlite3_bind_double(handle, index, d)
            case .text(let s): sqlite3_bind_text(handle, index, s, -1, dossier_sqlite_transient())
            case .null: sqlite3_bind_null(handle, index)
            }
        }
    }

    /// Runs an insert or other statement that returns no rows.
    public func run(_ values: [Bound]) throws {
        bind(values)
        guard sqlite3_step(handle) == SQLITE_DONE else {
            throw SQLiteDatabase.Failure(description: String(cString: sqlite3_errmsg(database)))
        }
    }

    /// The result's column names, and its rows with each value as text (integers and reals
    /// in their SQL form), null as nil.
    public func table(_ values: [Bound]) throws -> (columns: [String], rows: [[String?]]) {
        bind(values)
        let count = sqlite3_column_count(handle)
        let columns = (0..<count).map { sqlite3_column_name(handle, $0).map { String(cString: $0) } ?? "" }
        var rows: [[String?]] = []
        while true {
            let step = sqlite3_step(handle)
            if step == SQLITE_DONE { break }
            guard step == SQLITE_ROW else { throw SQLiteDatabase.Failure(description: String(cString: sqlite3_errmsg(database))) }
            rows.append((0..<count).map { column in sqlite3_column_text(handle, column).map { String(cString: $0) } })
        }
        return (columns, rows)
    }

    /// Every row's columns, read as text (integers and reals in their SQL form).
    public func rows(_ values: [Bound]) throws -> [[String]] {
        bind(values)
        var rows: [[String]] = []
        let columns = sqlite3_column_count(handle)
        while true {
            let step = sqlite3_step(handle)
            if step == SQLITE_DONE { break }
            guard step == SQLITE_ROW else { throw SQLiteDatabase.Failure(description: String(cString: sqlite3_errmsg(database))) }
            rows.append((0..<columns).map { column in
                sqlite3_column_text(handle, column).map { String(cString: $0) } ?? ""
            })
        }
        return rows
    }
}
