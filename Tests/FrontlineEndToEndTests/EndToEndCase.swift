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

    override func tearDownWithError() throws {
        guard let folder else { return }
        // Put write bits back so that a read-only test leaves nothing behind.
        _ = chmod(frontline.databasePath, 0o600)
        try? FileManager.default.removeItem(at: folder)
    }
}
