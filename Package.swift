// swift-tools-version: 6.1
import PackageDescription

// Dependencies point one way, down the DESIGN.md list: pandu -> PanduShell -> PanduStore,
// PanduKnowledge -> PanduCore. CReadline is GNU readline, linked only by the shell; CMalloc is glibc's
// malloc tuning, for the shell's bulk import.
let package = Package(
    name: "Pandu",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "pandu", targets: ["pandu"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CReadline",
            path: "Sources/CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        // glibc's mallopt / malloc_trim, for the queue_log bulk import (BulkMemory).
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        .target(name: "PanduCore"),
        .target(
            name: "PanduKnowledge",
            dependencies: ["PanduCore", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "PanduStore",
            dependencies: [
                "PanduCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The raw SQLite API for the queue_log bulk import (prepared statements bound without boxing).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The HTTP endpoint (/metrics, /healthz) over the floor's records; the shell's `serve` calls it.
        .target(name: "PanduMetrics", dependencies: ["PanduCore", "PanduKnowledge", "PanduStore"]),
        .target(
            name: "PanduShell",
            dependencies: [
                "PanduCore", "PanduKnowledge", "PanduStore", "PanduMetrics", "CReadline", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "pandu", dependencies: ["PanduShell"]),
        .testTarget(name: "PanduCoreTests", dependencies: ["PanduCore"]),
        .testTarget(name: "PanduKnowledgeTests", dependencies: ["PanduKnowledge"], exclude: ["Fixtures"]),
        .testTarget(name: "PanduStoreTests", dependencies: ["PanduStore"]),
        .testTarget(name: "PanduShellTests", dependencies: ["PanduShell"]),
        .testTarget(name: "PanduMetricsTests", dependencies: ["PanduMetrics"]),
        .testTarget(name: "PanduEndToEndTests", dependencies: ["pandu"], exclude: ["Fixtures"]),
    ]
)
