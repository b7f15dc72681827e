import Foundation
import FrontlineStore
import XCTest

/// `db init --synthetic` and `customers find` as scripts and the benchmark suite use them.
final class SyntheticCommandTests: EndToEndCase {
    override class var initArguments: [String]? { nil }
    override class var needsTmux: Bool { false }

    func testSyntheticDataFillsAnEmptyDatabaseOnceAndCustomersAreFound() throws {
        let output = try frontline.run("db", "init", "--synthetic", "--customers", "50", "--contacts", "200", "--waiting", "10", "--seed", "5")
        XCTAssertTrue(output.contains("50 customers"), output)
        let counts = try AppDatabase.open(path: frontline.databasePath).counts()
        XCTAssertEqual(counts.customers, 50)
        XCTAssertEqual(counts.contacts, 200)

        let again = try frontline.result("db", "init", "--synthetic", "--customers", "5", "--contacts", "5")
        XCTAssertEqual(again.status, 65, again.stderr)
        XCTAssertTrue(again.stderr.contains("already holds 50 customers"), again.stderr)
        XCTAssertEqual(try AppDatabase.open(path: frontline.databasePath).counts().contacts, 200, "nothing added")

        let customer = try XCTUnwrap(try AppDatabase.open(path: frontline.databasePath).customer(id: 7))
        let found = try frontline.run("customers", "find", customer.phones[0])
        XCTAssertTrue(found.contains(customer.name), found)
        let byName = try frontline.run("customers", "find", String(customer.name.prefix(2)), "--json")
        XCTAssertTrue(byName.contains("\"id\" : 7"), byName)
    }

    func testWrongSyntheticOptionsAreUsageErrors() throws {
        for arguments in [["--synthetic", "--customers", "5"], ["--customers", "5", "--contacts", "5"],
                          ["--synthetic", "--demo", "--customers", "5", "--contacts", "5"],
                          ["--synthetic", "--customers", "5", "--contacts", "5", "--waiting", "6"]] {
            let result = try ProcessResult.frontline(["db", "init"] + arguments + ["--db", frontline.databasePath])
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
        }
    }
}
