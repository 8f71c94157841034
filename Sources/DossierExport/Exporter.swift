import CSQLite
import Foundation

/// Writes a corpus's tables (see `ExportSchema`) in one format: into a folder with a file per
/// table (CSV, JSON lines, Parquet), or into one SQLite database. Each file appears whole or
/// not at all. A shard's export leaves out the tables made from the whole corpus.
public struct Exporter: Sendable {
    public var format: ExportFormat
    /// The `duckdb` executable that writes Parquet; found on PATH when nil.
    public var duckdb: String?

    public init(format: ExportFormat, duckdb: String? = nil) {
        self.format = format
        self.duckdb = duckdb
    }

    /// A table written: its name, its rows, and the file that holds it.
    public struct Written: Sendable {
        public let table: String
        public let rows: Int
        public let file: String
    }

    /// The tables a source's export holds: all of them for a whole corpus; for a shard, those
    /// whose rows do not depend on the other shards.
    public static func tables(for source: ExportSource) -> [ExportTable] {
        ExportSchema.tables.filter { source.shard == nil || $0.scope != .corpus }
    }

    public func export(_ source: ExportSource, to path: String) throws -> [Written] {
        let tables = Exporter.tables(for: source)
        switch format {
        case .csv, .jsonl:
            try Exporter.makeFolder(path)
            return try tables.map { try writeText($0, source, folder: path, format: format) }
        case .sqlite:
            return try writeSQLite(tables, source, to: path)
        case .parquet:
            return try writeParquet(tables, source, folder: path)
        }
    }

    // MARK: - Text

    private func writeText(_ table: ExportTable, _ source: ExportSource, folder: String, format: ExportFormat) throws -> Written {
        let file = folder + "/" + table.name + "." + format.rawValue
        let output = try FileOutput(path: file)
        let names = table.columns.map(\.name)
        if format == .csv { try output.write(CSVText.header(names)) }
        var count = 0
        try table.rows(source) { values in
            try output.write(format == .csv ? CSVText.line(values) : JSONText.line(names, values))
            count += 1
        }
        try output.finish()
        return Written(table: table.name, rows: count, file: file)
    }

    // MARK: - SQLite

    private func writeSQLite(_ tables: [ExportTable], _ source: ExportSource, to path: String) throws -> [Written] {
        let temporary = "\(path).tmp-\(getpid())"
        unlink(temporary)
        var written: [Written] = []
        do {
            let database = try SQLiteDatabase(path: temporary)
            try database.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN;")
            for table in tables {
                try database.execute(Exporter.createTable(table))
                let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
                let insert = try database.prepare("INSERT INTO \(Exporter.quoted(table.name)) VALUES (\(marks))")
                var count = 0
                try table.rows(source) { values in
                    try insert.run(values.map(Exporter.bound))
                    count += 1
                }
                written.append(Written(table: table.name, rows: count, file: path))
            }
            try database.execute("COMMIT;")
        } catch let failure as SQLiteDatabase.Failure {
            unlink(temporary)
            throw ExportError("cannot write the SQLite database \(path): \(failure.description)")
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ExportError("cannot write the SQLite database \(path): \(reason)")
        }
        return written
    }

    /// `CREATE TABLE` with the columns' SQLite types, NOT NULL where a column has no nulls,
    /// and the key as primary key.
    static func createTable(_ table: ExportTable) -> String {
        let columns = table.columns.map { column in
            quoted(column.name) + " " + column.type.sqlite + (column.nullable ? "" : " NOT NULL")
        }
        let key = "PRIMARY KEY (" + table.key.map(quoted).joined(separator: ", ") + ")"
        return "CREATE TABLE \(quoted(table.name)) (" + (columns + [key]).joined(separator: ", ") + ");"
    }

    static func quoted(_ name: String) -> String { "\"" + name + "\"" }

    private static func bound(_ value: ExportValue) -> SQLiteStatement.Bound {
        switch value {
        case .null: return .null
        case .integer(let n): return .integer(n)
        case .real(let d): return d.isFinite ? .real(d) : .null
        case .boolean(let b): return .integer(b ? 1 : 0)
        case .text(let text): return .text(text)
        }
    }

    // MARK: - Parquet

    /// Parquet through DuckDB: each table is written as CSV into a temporary folder, then
    /// one `duckdb` run reads each with its columns' types and copies it to Parquet.
    private func writeParquet(_ tables: [ExportTable], _ source: ExportSource, folder: String) throws -> [Written] {
        guard let duckdb = duckdb ?? Exporter.onPath("duckdb") else {
            throw ExportError("writing Parquet needs the duckdb executable, and there is none on PATH",
                              hint: "install it (python3 -m pip install duckdb-cli), or export another format: --format csv")
        }
        try Exporter.makeFolder(folder)
        let staging = folder + "/.csv-\(getpid())"
        try Exporter.makeFolder(staging)
        defer {
            for table in tables { unlink(staging + "/" + table.name + ".csv") }
            rmdir(staging)
        }
        var written: [Written] = []
        var script = ""
        for table in tables {
            let csv = try writeText(table, source, folder: staging, format: .csv)
            let types = table.columns.map { "'\($0.name)': '\($0.type.duckdb)'" }.joined(separator: ", ")
            let file = folder + "/" + table.name + ".parquet"
            script += "COPY (SELECT * FROM read_csv(\(Exporter.literal(csv.file)), header = true, columns = {\(types)}, "
                + "quote = '\"', escape = '\"', allow_quoted_nulls = false, nullstr = '')) TO \(Exporter.literal(file)) (FORMAT parquet);\n"
            written.append(Written(table: table.name, rows: csv.rows, file: file))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: duckdb)
        process.arguments = ["-batch", "-bail", ":memory:"]
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw ExportError("cannot run \(duckdb): \(error.localizedDescription)")
        }
        input.fileHandleForWriting.write(Data(script.utf8))
        try? input.fileHandleForWriting.close()
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = String(decoding: said, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw ExportError("duckdb could not write the Parquet files: \(reason)")
        }
        return written
    }

    /// A SQL string literal.
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = folder + "/" + name
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Makes the folder when it is missing (not its parents); an existing file in its place
    /// is an error.
    static func makeFolder(_ path: String) throws {
        var status = stat()
        if stat(path, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFDIR else {
                throw ExportError("\(path) is a file, not a folder", hint: "give a folder for the tables, e.g. --to corpus-tables")
            }
            return
        }
        guard mkdir(path, 0o755) == 0 else {
            throw ExportError("cannot make the folder \(path): \(String(cString: strerror(errno)))",
                              hint: "give a folder whose parent exists, e.g. --to corpus-tables")
        }
    }
}
