import Foundation

/// frontline-bench: the benchmark suite behind BENCHMARKS.md. `Benchmarks/run` builds it
/// and calls `run`; `keys` and `taker` are the parts it starts in processes of their own;
/// `hold` keeps one console idle for a profiler (Benchmarks/profile-idle).
func option(_ name: String, in arguments: [String]) -> String? {
    arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}

func required(_ name: String, in arguments: [String]) throws -> String {
    guard let value = option(name, in: arguments) else { throw BenchError("missing \(name)") }
    return value
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "run":
        let suite = Suite(frontline: try required("--frontline", in: arguments), dataFolder: try required("--data", in: arguments),
                          results: option("--results", in: arguments), quick: arguments.contains("--quick"),
                          only: option("--only", in: arguments))
        try suite.run()
    case "keys":
        try KeyLatencyChild.run(database: try required("--db", in: arguments), output: try required("--out", in: arguments),
                                rounds: Int(option("--rounds", in: arguments) ?? "3") ?? 3)
    case "hold":
        try ConsoleHold.run(frontline: try required("--frontline", in: arguments), database: try required("--db", in: arguments),
                            seconds: Double(option("--seconds", in: arguments) ?? "60") ?? 60,
                            dataFolder: try required("--data", in: arguments))
    case "ticks":
        try TickCostChild.run(database: try required("--db", in: arguments), ticks: Int(option("--ticks", in: arguments) ?? "300") ?? 300,
                                output: try required("--out", in: arguments))
    case "taker":
        try TakerChild.run(database: try required("--db", in: arguments), agent: try required("--agent", in: arguments))
    default:
        FileHandle.standardError.write(Data("usage: frontline-bench run --frontline PATH --data DIR [--results FILE] [--quick] [--only NAME]\n".utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("frontline-bench: \(error)\n".utf8))
    exit(1)
}
