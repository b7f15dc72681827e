import Foundation
@testable import FrontlineHTTP
import FrontlineStoreAPI
import XCTest

/// A store failure is a 500 whose document names nothing of the database; what failed goes to
/// the server's log only (the 500 says "the server's log says why").
final class StoreProblemCauseTests: XCTestCase {
    func testAStoreFailureKeepsItsCauseForTheLogAndOutOfTheDocument() throws {
        let failure = StoreError.server(location: "postgres://frontline@db.example:5432/centre", message: "relation \"x\" does not exist")
        let problem = StoreProblems.problem(for: failure)
        XCTAssertEqual(problem.kind, .internalError)
        XCTAssertEqual(problem.cause, failure.description)
        let document = String(decoding: try JSONSerialization.data(withJSONObject: problem.object), as: UTF8.self)
        XCTAssertFalse(document.contains("db.example"), document)
        XCTAssertFalse(document.contains("does not exist"), document)
        XCTAssertNil(StoreProblems.problem(for: .noSuchContact(7)).cause, "a refusal the client can act on is not logged as a failure")
    }
}
