import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// `frontline agents`: who works here, in which role, with what chat capacity and languages.
struct AgentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agents", abstract: "List, add or change agents (role, chat capacity, languages).",
        subcommands: [AgentsListCommand.self, AgentsAddCommand.self, AgentsSetCommand.self], defaultSubcommand: AgentsListCommand.self)
}

/// The options `add` and `set` share.
struct AgentFields: ParsableArguments {
    @Argument(help: "The agent's login name.")
    var name: String

    @Option(help: "agent, supervisor or trainee.")
    var role: AgentRole?

    @Option(help: "Chats held at once (default: agent and supervisor 3, trainee 1).")
    var capacity: Int?

    @Option(help: "Languages served, comma-separated: zh-Hans, zh-Hant, ko, en. Routing prefers a match.")
    var languages: String?

    @Option(name: .customLong("display-name"), help: "The name customers hear.")
    var displayName: String?

    func validate() throws {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("the agent's name is empty") }
        if let capacity, !(1...20).contains(capacity) { throw ValidationError("--capacity \(capacity) is out of range; give 1 to 20 chats") }
        _ = try parsedLanguages()
    }

    func parsedLanguages() throws -> [Language]? {
        try languages.map { list in
            try list.split(separator: ",").map { code in
                let code = code.trimmingCharacters(in: .whitespaces)
                guard let language = Language(code: code) else {
                    throw ValidationError("--languages: '\(code)' is not a language Frontline serves; use zh-Hans, zh-Hant, ko or en")
                }
                return language
            }
        }
    }
}

/// `frontline agents [list]`.
struct AgentsListCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List agents, their roles, capacity, languages and state.")

    @OptionGroup var database: DatabaseOptions

    func execute() throws {
        let roster = try database.openDatabaseForReading().roster()
        let now = Date()
        guard !roster.isEmpty else { return print("no agents") }
        print(TextTable.render(headers: ["name", "display name", "role", "capacity", "languages", "state", "since"], rows: roster.map { row in
            let agent = row.agent
            var state = row.state(at: now).code
            if let reason = agent.awayReason, agent.presence(at: now) == .away { state += " (\(reason.rawValue))" }
            if row.heldCount > 0 { state += " \(row.heldCount)/\(agent.chatCapacity)" }
            return [agent.name, agent.displayName, agent.role.rawValue, String(agent.chatCapacity),
                    agent.languages.map(\.rawValue).joined(separator: ","), state,
                    agent.stateSince(at: now).map(Timestamp.format) ?? ""]
        }))
    }
}

/// `frontline agents add NAME [--role ROLE] [--capacity N] [--languages L,L] [--display-name NAME]`.
struct AgentsAddCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an agent.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var fields: AgentFields

    func execute() throws {
        let agent = try database.openDatabase().addAgent(Agent(
            name: fields.name, displayName: fields.displayName, role: fields.role ?? .agent, createdAt: Date(),
            capacity: fields.capacity, languages: try fields.parsedLanguages() ?? []))
        print(AgentsSetCommand.summary(of: agent))
    }
}

/// `frontline agents set NAME [--role ROLE] [--capacity N] [--languages L,L] [--display-name NAME]`.
struct AgentsSetCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Change an agent's role, capacity, languages or display name (the agent is created if new).")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var fields: AgentFields

    func validate() throws {
        if fields.role == nil && fields.capacity == nil && fields.languages == nil && fields.displayName == nil {
            throw ValidationError("nothing to change; give --role, --capacity, --languages or --display-name")
        }
    }

    func execute() throws {
        let agent = try database.openDatabase().updateAgent(
            named: fields.name, role: fields.role, capacity: fields.capacity, languages: try fields.parsedLanguages(),
            displayName: fields.displayName, at: Date())
        print(Self.summary(of: agent))
    }

    static func summary(of agent: Agent) -> String {
        let languages = agent.languages.isEmpty ? "" : ", \(agent.languages.map(\.rawValue).joined(separator: ","))"
        return "\(agent.name): \(agent.role.rawValue), \(agent.chatCapacity) chat\(agent.chatCapacity == 1 ? "" : "s")\(languages)"
    }
}
