import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// A store implementation the contract runs against. Each test target that runs the contract
/// (this one for SQLite; a PostgreSQL one next) compiles the `Contract` folder unchanged and
/// defines `makeContractBackend()` for its own store.
protocol StoreBackend {
    /// A new, empty store, as a fresh install would have it. `actor` is the person who opens it
    /// (the operating-system user's agent), nil for the program itself.
    func makeStore(retention: ChangeFeedRetention, actor: String?) throws -> any FrontlineStores
    /// Drops whatever `makeStore` created.
    func tearDown() throws
}

/// The behaviour every Frontline store must show, written against the protocols only: no SQL,
/// no GRDB, no `@testable` import. Tests that need to fake a state the protocols never produce
/// belong to the backend's own group (for SQLite: the `SQLite` folder).
class StoreContractCase: XCTestCase {
    let t0 = Date(timeIntervalSince1970: 1_790_000_000)
    let policy = SLAPolicy.standard
    private var backend: (any StoreBackend)?

    override func setUpWithError() throws {
        backend = try makeContractBackend()
    }

    override func tearDownWithError() throws {
        try backend?.tearDown()
        backend = nil
    }

    /// A fresh store for this test. Called again in one test, it opens the same store once more,
    /// as a second console would.
    func makeStore(retention: ChangeFeedRetention = .standard, actor: String? = nil) throws -> any FrontlineStores {
        try XCTUnwrap(backend, "setUp made no backend").makeStore(retention: retention, actor: actor)
    }

    func at(_ seconds: TimeInterval) -> Date { t0.addingTimeInterval(seconds) }

    /// Asserts that `body` throws exactly `expected`.
    func assertThrows<T>(_ expected: StoreError, file: StaticString = #filePath, line: UInt = #line,
                         _ body: () throws -> T) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            XCTAssertEqual(error as? StoreError, expected, file: file, line: line)
        }
    }
}
