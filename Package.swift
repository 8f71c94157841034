// swift-tools-version:6.0
import PackageDescription

// Data flows one way: corpus files -> DossierCorpus (model, loading) -> DossierExtraction
// (sentences, indexes) -> DossierQuery (lex, parse, check, evaluate, render; RE2Shim for
// regular expressions) -> DossierShell
// (REPL, scripts) -> the `dossier` executable.
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
        .target(
            name: "DossierCorpus",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "DossierExtraction",
            dependencies: ["DossierCorpus"],
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
            dependencies: ["DossierCorpus", "RE2Shim"]
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
            dependencies: ["DossierCorpus", "DossierExtraction", "DossierQuery", "EditLineShim"]
        ),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark against SQLite (make bench): not part of the tool itself.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .executableTarget(
            name: "dossier-bench",
            dependencies: ["DossierExtraction", "DossierQuery", "CSQLite"]
        ),
        // The fuzzers of the entry points (make fuzz), which replay the regression corpus of
        // inputs that once failed when built plainly (make test).
        .target(name: "CFuzzer"),
        .executableTarget(
            name: "dossier-fuzz",
            dependencies: ["DossierExtraction", "DossierQuery", "CFuzzer"]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DossierCorpusTests", dependencies: ["DossierCorpus", "DossierExtraction", "TestSupport"]),
        .testTarget(name: "DossierExtractionTests", dependencies: [
            "DossierExtraction", "TestSupport", .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(name: "DossierQueryTests", dependencies: ["DossierQuery", "DossierExtraction", "TestSupport"]),
        .testTarget(name: "DossierShellTests", dependencies: ["DossierShell", "DossierExtraction", "TestSupport"]),
        .testTarget(name: "DossierCLITests", dependencies: ["TestSupport"]),
    ],
    cxxLanguageStandard: .cxx17
)
