// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Frontline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "frontline", targets: ["frontline"]),
        // For the benchmark suite in Benchmarks/, which drives the console and the store in-process.
        .library(name: "FrontlineKit", targets: ["FrontlineCore", "FrontlineStoreAPI", "FrontlineStore", "FrontlinePostgres", "FrontlineScreen", "FrontlineTerminal", "FrontlineConsole",
                                                 "FrontlineTestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        // The HTTP API (`frontline serve`): server, clean stop on signals, logs, token hashes;
        // HMAC-SHA256 for webhook signatures and the webhook worker's logs (same versions).
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        // The PostgreSQL store (FrontlinePostgres), for centres whose consoles run on several hosts.
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        // The domain: pure values and rules, time injected, no I/O.
        .target(name: "FrontlineCore"),
        // The store seam: protocols shaped by the store's users, the row types they read, the
        // change feed's topics. No GRDB here: a second backend implements the same protocols.
        .target(name: "FrontlineStoreAPI", dependencies: [
            "FrontlineCore",
            // SHA-256 for `db copy`'s per-table checksums.
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The only code that imports GRDB.
        .target(name: "FrontlineStore", dependencies: [
            "FrontlineCore", "FrontlineStoreAPI",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // The second store backend: PostgreSQL. The only code that imports PostgresNIO.
        .target(name: "FrontlinePostgres", dependencies: [
            "FrontlineCore", "FrontlineStoreAPI",
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        // Hand-edited TOML files (the response-time policy, themes, and the line numbers errors name).
        .target(name: "FrontlineConfig", dependencies: [
            "FrontlineCore", "FrontlineScreen",
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        // Pure drawing into an in-memory buffer; no curses, no database, no files.
        .target(name: "FrontlineScreen"),
        // The system ncursesw library.
        .systemLibrary(name: "CNcurses", providers: [.apt(["libncursesw5-dev"])]),
        // The only code that imports CNcurses.
        .target(name: "FrontlineTerminal", dependencies: ["CNcurses", "FrontlineScreen"]),
        // The application: state, messages, effects, panes, key bindings.
        // Reaches the store through FrontlineStoreAPI's protocols only, never GRDB.
        .target(name: "FrontlineConsole", dependencies: [
            "FrontlineCore", "FrontlineConfig", "FrontlineStoreAPI", "FrontlineScreen",
        ]),
        // Connectors: the webhook worker (signing, retries, delivery over HTTP) for `frontline webhooks run`
        // and `frontline serve`. Reaches the store through FrontlineStoreAPI only, never GRDB.
        .target(name: "FrontlineConnectors", dependencies: [
            "FrontlineCore", "FrontlineStoreAPI",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // The HTTP API under /v1: routes, tokens, problem documents, the OpenAPI document.
        // Reaches the store through FrontlineStoreAPI's protocols only, never GRDB.
        .target(name: "FrontlineHTTP", dependencies: [
            "FrontlineCore", "FrontlineStoreAPI", "FrontlineScreen", "FrontlineConnectors",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        // Wiring only: command line, store, terminal, loop.
        .executableTarget(name: "frontline", dependencies: [
            "FrontlineCore", "FrontlineConfig", "FrontlineStoreAPI", "FrontlineStore", "FrontlinePostgres", "FrontlineScreen", "FrontlineTerminal",
            "FrontlineConsole", "FrontlineHTTP", "FrontlineConnectors",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        // Fixtures more than one test target uses.
        .target(name: "FrontlineTestSupport", path: "Tests/FrontlineTestSupport"),
        .testTarget(name: "FrontlineCoreTests", dependencies: ["FrontlineCore", "FrontlineTestSupport"]),
        .testTarget(name: "FrontlineConfigTests", dependencies: ["FrontlineConfig", "FrontlineCore", "FrontlineScreen"]),
        .testTarget(name: "FrontlineStoreTests", dependencies: [
            "FrontlineStore", "FrontlineStoreAPI", "FrontlineCore", "FrontlineTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // The same contract suite against PostgreSQL: Contract/ holds links to the contract files
        // that pass there so far (docs/postgres-port-plan.md), and PostgreSQL's own tests.
        // The console's outage test runs the console program on a PostgreSQL server it stops and
        // starts; `db copy`'s tests open both kinds of database.
        .testTarget(name: "FrontlinePostgresTests", dependencies: [
            "FrontlinePostgres", "FrontlineStore", "FrontlineStoreAPI", "FrontlineCore", "FrontlineTestSupport", "FrontlineConsole",
            "FrontlineConfig", "FrontlineScreen", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "FrontlineScreenTests", dependencies: ["FrontlineScreen"]),
        .testTarget(name: "FrontlineConnectorsTests", dependencies: [
            "FrontlineConnectors", "FrontlineStore", "FrontlineStoreAPI", "FrontlineCore",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "FrontlineConsoleTests", dependencies: [
            "FrontlineConsole", "FrontlineScreen", "FrontlineStoreAPI", "FrontlineStore", "FrontlineCore", "FrontlineTestSupport",
        ]),
        .testTarget(name: "FrontlineHTTPTests", dependencies: [
            "FrontlineHTTP", "FrontlineStore", "FrontlineStoreAPI", "FrontlineCore", "FrontlineTestSupport",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // Drives the real binary in tmux; depending on it makes `swift test` build it.
        .testTarget(name: "FrontlineEndToEndTests", dependencies: ["frontline", "FrontlineStore", "FrontlineCore", "FrontlineScreen", "FrontlineTestSupport"]),
    ],
    swiftLanguageModes: [.v5]
)
