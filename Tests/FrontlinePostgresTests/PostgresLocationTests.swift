import Foundation
@testable import FrontlinePostgres
import XCTest

/// `--db postgres://…`: what the URL may say, and where the password may come from.
final class PostgresLocationTests: XCTestCase {
    func testAURLNamesUserHostPortAndDatabase() throws {
        let location = try PostgresLocation(url: "postgres://lin@db.example.com:6543/frontline", defaultUser: "me")
        XCTAssertEqual(location, PostgresLocation(user: "lin", host: "db.example.com", port: 6543, database: "frontline", requiresTLS: true))
        XCTAssertEqual(location.description, "postgres://lin@db.example.com:6543/frontline")
    }

    func testTheUserDefaultsToTheLoginAndTheLoopbackNeedsNoTLS() throws {
        let location = try PostgresLocation(url: "postgresql://localhost/frontline", defaultUser: "me")
        XCTAssertEqual(location, PostgresLocation(user: "me", host: "localhost", port: 5432, database: "frontline", requiresTLS: false))
    }

    func testTLSIsRequiredOffThisMachineUnlessTheURLSaysDisable() throws {
        XCTAssertTrue(try PostgresLocation(url: "postgres://a@10.0.0.5/f", defaultUser: "me").requiresTLS)
        XCTAssertFalse(try PostgresLocation(url: "postgres://a@10.0.0.5/f?sslmode=disable", defaultUser: "me").requiresTLS)
        XCTAssertTrue(try PostgresLocation(url: "postgres://a@127.0.0.1/f?sslmode=require", defaultUser: "me").requiresTLS)
        XCTAssertThrowsError(try PostgresLocation(url: "postgres://a@10.0.0.5/f?sslmode=prefer", defaultUser: "me"))
    }

    func testAPasswordInTheURLIsRefusedWithoutRepeatingIt() {
        XCTAssertThrowsError(try PostgresLocation(url: "postgres://lin:s3cret@db.example.com/frontline", defaultUser: "me")) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("PGPASSWORD"), message)
            XCTAssertTrue(message.contains(".pgpass"), message)
            XCTAssertFalse(message.contains("s3cret"), message)
        }
    }

    func testAURLWithoutHostOrDatabaseIsRefused() {
        XCTAssertThrowsError(try PostgresLocation(url: "postgres:///frontline", defaultUser: "me"))
        XCTAssertThrowsError(try PostgresLocation(url: "postgres://db.example.com", defaultUser: "me"))
        XCTAssertThrowsError(try PostgresLocation(url: "postgres://db.example.com/f?password=x", defaultUser: "me"))
    }

    func testThePasswordComesFromPGPASSWORDFirstThenPgpass() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.appendingPathComponent(".pgpass")
        try "# comment\nother:5432:*:*:wrong\ndb.example.com:5432:frontline:lin:pa\\:ss\n*:*:*:*:fallback\n".write(to: file, atomically: true, encoding: .utf8)
        let location = try PostgresLocation(url: "postgres://lin@db.example.com/frontline", defaultUser: "me")
        XCTAssertEqual(PostgresPassword.find(for: location, environment: ["PGPASSWORD": "fromenv"], home: home.path), "fromenv")
        // libpq ignores a file others may read; so does Frontline.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        XCTAssertNil(PostgresPassword.find(for: location, environment: [:], home: home.path))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        XCTAssertEqual(PostgresPassword.find(for: location, environment: [:], home: home.path), "pa:ss")
        let elsewhere = try PostgresLocation(url: "postgres://x@elsewhere/db", defaultUser: "me")
        XCTAssertEqual(PostgresPassword.find(for: elsewhere, environment: [:], home: home.path), "fallback")
    }
}
