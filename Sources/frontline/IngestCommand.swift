import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// `frontline ingest`: contacts and messages as JSON lines on standard input, for connectors
/// written as scripts. Each line is taken on its own: a bad one is reported and skipped, the
/// good ones are kept, and the exit code says whether any was refused.
struct IngestCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read contacts and messages as JSON lines from standard input; print one JSON result per line.",
        discussion: """
            Each line is a contact ({"channel":"chat","from":"kim@example.com","text":"hello","external_id":"w-1"}) \
            or, when it has contact_id, a customer's message ({"contact_id":12,"text":"still there?"}). \
            Keys are snake_case, times ISO 8601 with offset; the same external_id twice gives the same contact, \
            never two. An e-mail answering a known message (email.in_reply_to / email.references) joins its contact. \
            Output: {"line":N,"contact_id":…,"message_id":…,"created":…,"reopened":…} or {"line":N,"error":…,"field":…}. \
            Blank lines are skipped. Exit 65 when any line was refused (the others are kept). See docs/connectors.md.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions

    func execute() throws {
        let policy = try config.load().policy
        let store = try database.openDatabase()
        var refused = 0
        var number = 0
        while let line = readLine(strippingNewline: true) {
            number += 1
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let result: [String: Any]
            do {
                let now = Date()
                let intake = switch try InboundJSON.item(from: Data(line.utf8)) {
                case .contact(let contact): try store.receive(contact, policy: policy, at: now)
                case .message(let message): try store.receive(message, policy: policy, at: now)
                }
                // Numbers and flags only: written directly, the common line costs no JSONSerialization.
                let message = intake.messageId.map(String.init) ?? "null"
                print("{\"contact_id\":\(intake.contactId),\"created\":\(intake.created),\"line\":\(number),\"message_id\":\(message),\"reopened\":\(intake.reopened)}")
                continue
            } catch let problem as InboundJSON.Problem {
                refused += 1
                result = ["line": number, "error": problem.message, "field": JSONOutput.value(problem.field)]
            } catch let error as StoreError where error.isBadRequest {
                refused += 1
                if case let .invalidField(field, problem) = error {
                    result = ["line": number, "error": problem, "field": field]
                } else if case .noSuchGroup = error {
                    result = ["line": number, "error": error.description, "field": "group"]
                } else if case .noSuchContact = error {
                    result = ["line": number, "error": error.description, "field": "contact_id"]
                } else {
                    result = ["line": number, "error": error.description, "field": NSNull()]
                }
            }
            print(try JSONLine.text(result))
        }
        if refused > 0 {
            throw CommandFailure.badData("\(refused) of \(number) lines refused (see their \"error\"); the others were kept")
        }
    }
}

/// One JSON object on one line, keys sorted, controls escaped: what scripts read line by line.
enum JSONLine {
    static func text(_ value: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
        return JSONOutput.escaped(String(decoding: data, as: UTF8.self))
    }
}
