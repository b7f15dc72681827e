import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// `frontline db`: looking after the database file.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Create and look after the database.",
        subcommands: [DatabaseInitCommand.self, DatabaseCopyCommand.self])
}

/// `frontline db init [--demo | --synthetic --customers N --contacts M]`.
struct DatabaseInitCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database, or bring an existing one up to date (its data is kept).",
        discussion: """
            Whoever creates the database becomes its first agent, a supervisor, under their login \
            name on this computer; they add the team with 'frontline agents add NAME'.

            With --demo, fills a new, empty database with fictional customers, orders and past \
            contacts for practice. A database that already holds customers is never seeded again: \
            the command says so and leaves it as it is, so it is safe to run twice.

            With --synthetic, fills a new, empty database with generated history at a contact \
            centre's scale for benchmarks (the same --seed gives the same data); it refuses a \
            database that already holds customers or contacts (exit 65).
            """)

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Add the demo dataset (only into a database without customers).")
    var demo = false

    @Flag(help: "Add generated customers and contacts for benchmarks (only into an empty database).")
    var synthetic = false

    @Option(help: "With --synthetic: how many customers, from 1 to 2,000,000.")
    var customers: Int?

    @Option(help: "With --synthetic: how many contacts, oldest first, from 0 to 5,000,000.")
    var contacts: Int?

    @Option(help: "With --synthetic: how many of the newest contacts still wait in the queue, from 0 to --contacts and at most 100,000.")
    var waiting: Int = 0

    @Option(help: "With --synthetic: the seed; the same seed gives the same data.")
    var seed: UInt64 = 1

    func execute() throws {
        let size = try syntheticSize()
        let path = database.resolvedPath()
        let existed = FileManager.default.fileExists(atPath: path)
        let store = try database.openDatabase(creating: true)
        if existed {
            let counts = try store.counts()
            print("database already exists at \(path); kept all data (\(counts.customers) customers, \(counts.contacts) contacts)")
        } else {
            print("created database at \(path)")
        }
        // The first agent of a new database is its administrator: whoever creates it.
        if let first = try store.welcomeFirstAgent(try OperatingSystemUser.current(), at: Date()) {
            print("you (\(first.name)) are its first agent, a supervisor; add your team with 'frontline agents add NAME'")
        }
        if let size {
            let started = Date()
            let added = try store.fillSynthetic(size, now: started)
            print(String(format: "added synthetic data in %.1f s: %d customers, %d orders, %d contacts (%d waiting), %d messages, %d events, %d complaints",
                         Date().timeIntervalSince(started), added.customers, added.orders, added.contacts, size.waiting,
                         added.messages, added.events, added.complaints))
            return
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

extension DatabaseInitCommand {
    /// The synthetic size asked for, nil without --synthetic; wrong combinations are usage errors.
    func syntheticSize() throws -> SyntheticSize? {
        guard synthetic else {
            if customers != nil || contacts != nil || waiting != 0 {
                throw CommandFailure.usage("--customers, --contacts and --waiting go with --synthetic")
            }
            return nil
        }
        if demo { throw CommandFailure.usage("use either --demo or --synthetic, not both") }
        guard let customers, let contacts else { throw CommandFailure.usage("--synthetic needs --customers N and --contacts M") }
        // Checked before anything is allocated or written: 99999999999 contacts once wrote an 8.7 GB WAL.
        guard (1...2_000_000).contains(customers) else { throw CommandFailure.usage("--customers \(customers) is out of range; use 1 to 2000000") }
        guard (0...5_000_000).contains(contacts) else { throw CommandFailure.usage("--contacts \(contacts) is out of range; use 0 to 5000000") }
        guard (0...min(contacts, 100_000)).contains(waiting) else {
            throw CommandFailure.usage("--waiting \(waiting) is out of range; use 0 to --contacts, at most 100000")
        }
        return SyntheticSize(customers: customers, contacts: contacts, waiting: waiting, seed: seed)
    }
}
