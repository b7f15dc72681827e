import ArgumentParser
import Foundation
import FrontlineScreen
import FrontlineCore
import FrontlineStoreAPI

/// `frontline queue`: the live queue, most urgent first.
struct QueueCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "List waiting and active contacts, most urgent first.",
        discussion: """
            Columns: waited is in seconds; deadline is when the running timer runs out; sla is \
            ok, warning or breached (- when no timer runs); left is the seconds to the deadline, \
            negative once breached. Missed deadlines are recorded as it lists them (skipped when \
            the database is read-only). The table ends with today's service level per channel \
            (see 'frontline stats').
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    @Option(help: "Show only this agent's active contacts (all waiting ones are always shown).")
    var agent: String?

    func execute() throws {
        let policy = try config.load().policy
        let now = Date()
        let store = try database.openDatabaseForReading()
        if !store.isReadOnly {
            do {
                // Never waits on a writer: listing answers at once, whoever holds the lock.
                try store.recordBreachesWithoutWaiting(policy: policy, at: now)
            } catch StoreError.readOnly {
                // Listing must still work from a copy nobody may write.
            }
        }
        let entries = try store.queue(agent: agent)
            .filter { $0.contact.isDue(at: now) }
            .map { QueueEntry(contact: $0.contact, customerName: $0.customerName, customerLanguage: $0.customerLanguage,
                              status: policy.status(of: $0.contact, at: now), assignedAgent: $0.assignedAgent) }
            .sorted(by: QueueEntry.byUrgency)
        // Only a reopened contact has one: what it was about when it last ended.
        let wrapUps = json ? try store.latestWrapUps(contactIds: entries.compactMap(\.contact.id)) : [:]
        let lines = entries.map { QueueLine($0, hold: policy.ownerHold(on: $0.contact, assignedAgent: $0.assignedAgent), now: now,
                                            lastWrapUp: $0.contact.id.flatMap { wrapUps[$0] }) }
        if json {
            print(try Self.json(lines))  // stays a bare array: scripts read it as one
            return
        }
        let today = ServiceLevel.today(containing: now, calendar: .current)
        let levels = try store.serviceLevels(policy: policy, from: today.start, to: today.end)
        print(Self.table(lines))
        print(ServiceLevelFormat.todayLine(levels))
    }

    static func json(_ lines: [QueueLine]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return JSONOutput.escaped(String(decoding: try encoder.encode(lines), as: UTF8.self))
    }

    static func table(_ lines: [QueueLine]) -> String {
        guard !lines.isEmpty else { return "no waiting or active contacts" }
        return TextTable.render(headers: QueueLine.headers, rows: lines.map(\.cells), rightAligned: QueueLine.numericColumns)
    }
}
