import Foundation
import FrontlineCore
@testable import FrontlineStore
import XCTest

final class OpeningTests: StoreTestCase {
    func testOpeningCreatesPrivateFolderAndFileWithEveryTableInWALMode() throws {
        let path = folder.appendingPathComponent("nested/deeper/frontline.db").path
        let database = try AppDatabase.open(path: path)
        XCTAssertEqual(database.path, path)
        XCTAssertEqual(try permissions(path), 0o600)
        XCTAssertEqual(try permissions(folder.appendingPathComponent("nested/deeper").path), 0o700)
        XCTAssertEqual(try database.journalMode(), "wal")
        let tables = Set(try database.tableNames())
        for table in ["agents", "customers", "customer_phones", "orders", "contacts", "messages", "complaints",
                      "complaint_drafts", "breaches", "contact_events"] {
            XCTAssertTrue(tables.contains(table), "missing table \(table)")
        }
        XCTAssertTrue(try database.counts() == (0, 0, 0, 0))
    }

    func testOpeningTwiceKeepsData() throws {
        let first = try openDatabase()
        let contact = try first.enqueue(channel: .phone, from: "+1 202-555-0100", name: "Emma Walker", text: nil, at: t0)
        let second = try openDatabase()
        XCTAssertEqual(try second.contact(id: contact.id!), contact)
    }

    func testGarbageFileIsNotADatabaseAndIsLeftAlone() throws {
        let garbage = Data(repeating: 0x41, count: 8192)
        try garbage.write(to: URL(fileURLWithPath: dbPath))
        XCTAssertThrowsError(try openDatabase()) { error in
            let storeError = error as? StoreError
            XCTAssertTrue(storeError == .notADatabase(path: self.dbPath) || storeError == .corrupt(path: self.dbPath),
                          "got \(error)")
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: dbPath)), garbage)
    }

    func testSchemaFromANewerBuildIsRefused() throws {
        let database = try openDatabase()
        try database.executeForTesting("INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        assertThrows(.schemaTooNew(path: dbPath)) { try openDatabase() }
    }

    func testReadOnlyFileIsRefusedForWritingAndKeepsItsData() throws {
        var database: AppDatabase? = try openDatabase()
        let contact = try database!.enqueue(channel: .chat, from: "li.jing@example.com", name: "李静", text: "你好", at: t0)
        database = nil  // close, so the WAL is folded back into the file
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: dbPath)

        assertThrows(.readOnly(path: dbPath)) { try openDatabase() }

        let reader = try AppDatabase.open(path: dbPath, readOnly: true)
        XCTAssertEqual(try reader.contact(id: contact.id!)?.address, "li.jing@example.com")
        assertThrows(.readOnly(path: dbPath)) { try reader.recordBreaches(policy: policy, at: at(3600)) }

        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: dbPath)
        let reopened = try openDatabase()
        XCTAssertEqual(try reopened.contact(id: contact.id!), contact)
        XCTAssertEqual(try reopened.transcript(contactId: contact.id!, limit: 10).map(\.text), ["你好"])
    }

    func testUncreatableFolderSaysSo() throws {
        let blocker = folder.appendingPathComponent("file")
        try Data().write(to: blocker)
        let path = blocker.appendingPathComponent("sub/frontline.db").path
        XCTAssertThrowsError(try AppDatabase.open(path: path)) { error in
            guard case .cannotCreateFolder? = error as? StoreError else { return XCTFail("got \(error)") }
        }
    }
}
