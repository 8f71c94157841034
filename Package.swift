// swift-tools-version:6.0
import PackageDescription

// Data flows one way, one module per layer:
//
//   corpus files -> DossierCorpus (the model; reading and validating corpus files)
//                -> DossierExtraction (sentences, names, quotes, figures, dates, events)
//                -> DossierQuery (lex, parse, check -> logical plan, plan -> physical plan,
//                                 execute, render; indexes in a CorpusHandle; RE2Shim for
//                                 regular expressions)
//                -> DossierShell (the session, REPL, scripts, help, tutorial; EditLineShim)
//                -> the `dossier` executable (flags; `dossier export`).
//   DossierCorpus -> DossierExport (the model as tables: CSV, JSON lines, SQLite, Parquet)
//                 -> the `dossier` executable.
//
// DossierDiagnostics (located messages, their rendering with a caret, "did you mean") is
// below them all: corpus, extraction, query and shell report problems the same way.
let package = Package(
    name: "Dossier",
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .executable(name: "dossier-bench", targets: ["dossier-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "DossierDiagnostics"),
        .target(
            name: "DossierCorpus",
            dependencies: ["DossierDiagnostics", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "DossierExtraction",
            dependencies: ["DossierDiagnostics", "DossierCorpus"],
            // The vocabulary's data files, compiled in as Lexicon+Files.swift by `make embed`.
            exclude: ["Lexicon"]
        ),
        // RE2 behind a C face: `matches` runs in time linear in the text, whatever the pattern.
        .target(
            name: "RE2Shim",
            linkerSettings: [.linkedLibrary("re2")]
        ),
        .target(
            name: "DossierQuery",
            dependencies: ["DossierDiagnostics", "DossierCorpus", "RE2Shim"]
        ),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(
            name: "EditLineShim",
            dependencies: ["CEditLine"]
        ),
        .target(
            name: "DossierShell",
            dependencies: ["DossierDiagnostics", "DossierCorpus", "DossierExtraction", "DossierQuery", "EditLineShim"]
        ),
        // The corpus as tables for other engines (dossier export): CSV, JSON lines, SQLite, Parquet.
        .target(
            name: "DossierExport",
            dependencies: ["DossierCorpus", "CSQLite"]
        ),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierShell", "DossierDiagnostics", "DossierExport", "DossierExtraction",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // SQLite, for the export and the benchmark.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .executableTarget(
            name: "dossier-bench",
            dependencies: ["DossierDiagnostics", "DossierExtraction", "DossierQuery", "DossierExport", "CSQLite"]
        ),
        // The fuzzers of the entry points (make fuzz), which replay the regression corpus of
        // inputs that once failed when built plainly (make test).
        .target(name: "CFuzzer"),
        .executableTarget(
            name: "dossier-fuzz",
            dependencies: ["DossierDiagnostics", "DossierExtraction", "DossierQuery", "CFuzzer"]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DossierCorpusTests", dependencies: ["DossierDiagnostics", "DossierCorpus", "DossierExtraction", "TestSupport"]),
        .testTarget(name: "DossierExtractionTests", dependencies: [
            "DossierDiagnostics", "DossierExtraction", "TestSupport", .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(name: "DossierQueryTests", dependencies: ["DossierDiagnostics", "DossierQuery", "DossierExtraction", "TestSupport"]),
        .testTarget(name: "DossierShellTests", dependencies: ["DossierDiagnostics", "DossierShell", "DossierExtraction", "TestSupport"]),
        .testTarget(name: "DossierExportTests", dependencies: ["DossierExport", "DossierExtraction", "DossierQuery", "DossierDiagnostics", "TestSupport"]),
        .testTarget(name: "DossierCLITests", dependencies: ["TestSupport"]),
    ],
    cxxLanguageStandard: .cxx17
)
