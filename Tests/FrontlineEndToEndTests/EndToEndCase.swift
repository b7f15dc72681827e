import Foundation
import XCTest

/// An end-to-end test with its own database file in a fresh temporary folder, removed afterwards.
class EndToEndCase: XCTestCase {
    var folder: URL!
    var frontline: FrontlineBinary!

    /// Tests that drive the console need tmux; they are skipped with the reason where it is missing.
    class var needsTmux: Bool { true }
    /// How the database is prepared before each test: `db init` with these arguments, or not at all.
    class var initArguments: [String]? { [] }

    override func setUpWithError() throws {
        if Self.needsTmux, !TmuxSession.isAvailable { throw XCTSkip("tmux is not installed (apt-get install tmux)") }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        frontline = FrontlineBinary(databasePath: folder.appendingPathComponent("frontline.db").path)
        if let arguments = Self.initArguments { try frontline.run(["db", "init"] + arguments) }
    }

    /// Runs one test of this bundle again in several child processes at once, one per environment,
    /// and returns what each printed once it has checked that each ran its one test and passed.
    func runWorkers(_ test: String, environments: [[String: String]], file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let processes = try environments.map { extra -> (Process, Pipe) in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
            process.arguments = ["FrontlineEndToEndTests.\(test)"]
            process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
            try process.run()
            return (process, output)
        }
        return processes.map { process, output in
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, text, file: file, line: line)
            XCTAssertTrue(text.contains("Executed 1 test, with 0 failures"), "the worker ran its one test:\n\(text)", file: file, line: line)
            XCTAssertFalse(text.contains("skipped"), "the worker was not skipped:\n\(text)", file: file, line: line)
            return text
        }
    }

    override func tearDownWithError() throws {
        guard let folder else { return }
        // Put write bits back so that a read-only test leaves nothing behind.
        _ = chmod(frontline.databasePath, 0o600)
        try? FileManager.default.removeItem(at: folder)
    }
}
