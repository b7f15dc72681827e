// swift-tools-version:6.1
import PackageDescription

// The benchmark suite: a package of its own, so `swift test` and CI never build it.
// Run it with Benchmarks/run (see BENCHMARKS.md).
let package = Package(
    name: "FrontlineBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Frontline", path: ".."),
    ],
    targets: [
        .executableTarget(name: "frontline-bench", dependencies: [
            .product(name: "FrontlineKit", package: "Frontline"),
        ]),
    ],
    swiftLanguageModes: [.v5]
)
