import Foundation
import FrontlineCore
@testable import FrontlineStore
import XCTest

/// A fresh folder per test, removed afterwards: the store is always tested on a real file.
class StoreTestCase: XCTestCase {
    var folder: URL!
    let t0 = Date(timeIntervalSince1970: 1_790_000_000)
    let policy = SLAPolicy.standard

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path)
        try? FileManager.default.removeItem(at: folder)
    }

    var dbPath: String { folder.appendingPathComponent("frontline.db").path }

    func openDatabase() throws -> AppDatabase { try AppDatabase.open(path: dbPath) }

    func at(_ seconds: TimeInterval) -> Date { t0.addingTimeInterval(seconds) }

    func permissions(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// Asserts that `body` throws exactly `expected`.
    func assertThrows<T>(_ expected: StoreError, file: StaticString = #filePath, line: UInt = #line,
                         _ body: () throws -> T) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            XCTAssertEqual(error as? StoreError, expected, file: file, line: line)
        }
    }
}
