import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// `frontline customers edit ID [--name …] [--phone …] …`: keeping a customer file up from a shell.
struct CustomersEditCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Change a customer file: name, form of address, phones, e-mail, address, language, membership, type, do-not-disturb hours, notes.",
        discussion: """
            Every change is recorded in the file's history with who made it and when (see 'frontline customers show ID'). \
            An empty value clears an optional field (--email "", --card ""). Any agent may edit any file.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The customer's id (see 'frontline customers find').")
    var id: Int64

    @Option(help: ArgumentHelp("The customer's name.", valueName: "name"))
    var name: String?

    @Option(name: .customLong("address-as"), help: ArgumentHelp("How to address the customer (Ms Wang, 王女士, 김 고객님).", valueName: "form"))
    var addressAs: String?

    @Option(name: .customLong("phone"), help: ArgumentHelp("Add a phone number (repeat for several).", valueName: "number"))
    var addPhones: [String] = []

    @Option(name: .customLong("remove-phone"), help: ArgumentHelp("Remove a phone number (any punctuation).", valueName: "number"))
    var removePhones: [String] = []

    @Option(help: ArgumentHelp("The e-mail address.", valueName: "address"))
    var email: String?

    @Option(name: .customLong("postal-address"), help: ArgumentHelp("The postal address, on one line.", valueName: "address"))
    var postalAddress: String?

    @Option(help: ArgumentHelp("The language to serve the customer in: en, zh-Hans, zh-Hant or ko.", valueName: "code"))
    var language: String?

    @Option(help: ArgumentHelp("Whether the customer is a member: yes or no.", valueName: "yes|no"))
    var member: String?

    @Option(help: ArgumentHelp("The member card's number.", valueName: "number"))
    var card: String?

    @Option(help: ArgumentHelp("The customer type: existing, new or potential.", valueName: "type"))
    var type: String?

    @Option(name: .customLong("do-not-disturb"),
            help: ArgumentHelp("Hours not to call, HH:MM-HH:MM (may pass midnight; repeat for several). 'none' clears them.",
                               valueName: "hours"))
    var doNotDisturb: [String] = []

    @Option(help: ArgumentHelp("Add a line of what the customer said, to remember next time (repeat for several).", valueName: "text"))
    var note: [String] = []

    @OptionGroup var acting: ActingOptions

    @Option(help: ArgumentHelp("When (ISO 8601 with offset). Default: now.", valueName: "time"))
    var at: String?

    @Flag(help: "Print the changes as JSON instead of text.")
    var json = false

    /// The edits in the order the options are listed in `--help`.
    var edits: [CustomerEdit] {
        var edits: [CustomerEdit] = []
        if let name { edits.append(.set(.name, name)) }
        if let addressAs { edits.append(.set(.formOfAddress, addressAs)) }
        edits += addPhones.map(CustomerEdit.addPhone) + removePhones.map(CustomerEdit.removePhone)
        if let email { edits.append(.set(.email, email)) }
        if let postalAddress { edits.append(.set(.postalAddress, postalAddress)) }
        if let language { edits.append(.set(.language, language)) }
        if let member { edits.append(.set(.member, member)) }
        if let card { edits.append(.set(.card, card)) }
        if let type { edits.append(.set(.type, type)) }
        if !doNotDisturb.isEmpty {
            let hours = doNotDisturb.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.lowercased() != "none" }
            edits.append(.set(.doNotDisturb, hours.joined(separator: ", ")))
        }
        edits += note.map(CustomerEdit.addNote)
        return edits
    }

    func execute() throws {
        let edits = edits
        guard !edits.isEmpty else {
            throw CommandFailure.usage("nothing to change; give at least one of --name, --address-as, --phone, --remove-phone, --email, --postal-address, --language, --member, --card, --type, --do-not-disturb, --note")
        }
        let when = try Timestamp.parse(option: at, default: Date())
        let store = try database.openDatabase()
        let agent = try acting.resolve(in: store, at: when).agent
        let changes: [CustomerChange]
        do {
            changes = try store.editCustomer(id, edits: edits, agent: agent.name, at: when)
        } catch StoreError.badCustomerValue(let problem) {
            throw CommandFailure.badData("\(Self.option(for: problem.field)): \(problem.description)")
        }
        if json {
            print(try JSONOutput.text(changes.map { ["field": $0.field.rawValue, "before": $0.before, "after": $0.after] }))
            return
        }
        guard !changes.isEmpty else {
            print("customer \(id): nothing changed (the file already says so)")
            return
        }
        for change in changes {
            print(CustomerReport.line(CustomerHistoryEntry(customerId: id, field: change.field, before: change.before, after: change.after,
                                                           agent: agent.name, at: when)).trimmingCharacters(in: .whitespaces))
        }
    }

    /// The option that gives a field, for the error line.
    static func option(for field: CustomerField) -> String {
        switch field {
        case .phones: "--phone"
        case .notes: "--note"
        default: "--" + field.rawValue
        }
    }
}
