import ArgumentParser
import Foundation
import FrontlineStore

/// `frontline db`: looking after the database file.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Create and look after the database.",
        subcommands: [DatabaseInitCommand.self])
}

/// `frontline db init [--demo]`.
struct DatabaseInitCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database, or bring an existing one up to date (its data is kept).",
        discussion: """
            With --demo, fills a new, empty database with fictional customers, orders and past \
            contacts for practice. A database that already holds customers is never seeded again: \
            the command says so and leaves it as it is, so it is safe to run twice.
            """)

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Add the demo dataset (only into a database without customers).")
    var demo = false

    func execute() throws {
        let path = database.resolvedPath()
        let existed = FileManager.default.fileExists(atPath: path)
        let store = try database.openDatabase()
        if existed {
            let counts = try store.counts()
            print("database already exists at \(path); kept all data (\(counts.customers) customers, \(counts.contacts) contacts)")
        } else {
            print("created database at \(path)")
        }
        guard demo else { return }
        if try store.counts().customers > 0 {
            print("demo data not added: the database already holds customers")
            return
        }
        try store.seedDemo(now: Date())
        let counts = try store.counts()
        print("added demo data: \(counts.customers) customers, \(counts.orders) orders, \(counts.contacts) past contacts, \(counts.complaints) open complaints")
    }
}
