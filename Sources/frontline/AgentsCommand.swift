import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// `frontline agents`: who works here, in which role, with what chat capacity and languages.
struct AgentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agents", abstract: "List, add, change, remove or restore agents (role, chat capacity, languages).",
        discussion: """
            An agent's name is their login name on this computer: whoever runs frontline acts as the \
            agent of that name. Adding, changing, removing and restoring agents is a supervisor's; an \
            agent may change their own display name. The first person to use a new database becomes \
            its first agent, a supervisor.
            """,
        subcommands: [AgentsListCommand.self, AgentsAddCommand.self, AgentsSetCommand.self, AgentsRemoveCommand.self,
                      AgentsRestoreCommand.self],
        defaultSubcommand: AgentsListCommand.self)

    /// The login name of the person running the command, who makes the change; on a database
    /// without agents, they become its first agent, a supervisor.
    static func person(in store: any FrontlineStores, at now: Date) throws -> String {
        let user = try OperatingSystemUser.current()
        try store.welcomeFirstAgent(user, at: now)
        return user.loginName
    }
}

/// The agent's name, as every roster command takes it.
struct AgentName: ParsableArguments {
    @Argument(help: ArgumentHelp("The agent's login name: \(ValueRules.agentNameForm).", valueName: "name"))
    var given: String

    /// The name, once it is one an agent can have: a mistake is bad data (65), as an unknown name is.
    var name: String {
        get throws {
            if let problem = ValueRules.agentNameProblem(given) { throw CommandFailure.badData(problem) }
            return given
        }
    }
}

/// The options `add` and `set` share.
struct AgentFields: ParsableArguments {
    @OptionGroup var agent: AgentName

    @Option(help: "agent, supervisor or trainee.")
    var role: AgentRole?

    @Option(help: "Chats held at once, 1 to 20 (default: agent and supervisor 3, trainee 1).")
    var capacity: Int?

    @Option(help: "Languages served, comma-separated: zh-Hans, zh-Hant, ko, en. Routing prefers a match.")
    var languages: String?

    @Option(name: .customLong("display-name"), help: "The name customers hear, at most \(ValueRules.displayNameLimit) characters.")
    var displayName: String?

    var name: String { get throws { try agent.name } }

    func validate() throws {
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

    /// What to change; a display name customers cannot hear is bad data (65).
    var change: AgentChange {
        get throws {
            if let displayName, let problem = ValueRules.displayNameProblem(displayName) { throw CommandFailure.badData("--display-name: " + problem) }
            return AgentChange(role: role, capacity: capacity, languages: try parsedLanguages(), displayName: displayName)
        }
    }
}

/// `frontline agents [list]`.
struct AgentsListCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List agents, their roles, capacity, languages and state (removed ones last).")

    @OptionGroup var database: DatabaseOptions

    func execute() throws {
        let roster = try database.openDatabaseForReading().roster()
        let now = Date()
        guard !roster.isEmpty else { return print("no agents") }
        let ordered = roster.filter { !$0.agent.isRemoved } + roster.filter(\.agent.isRemoved)
        print(TextTable.render(headers: ["name", "display name", "role", "capacity", "languages", "state", "since"], rows: ordered.map { row in
            let agent = row.agent
            if let removed = agent.removedAt {
                return [agent.name, agent.displayName, agent.role.rawValue, String(agent.chatCapacity),
                        agent.languages.map(\.rawValue).joined(separator: ","), "removed", Timestamp.format(removed)]
            }
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
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an agent (supervisors only).",
        discussion: "The name is the person's login name on this computer. A removed agent comes back with 'frontline agents restore NAME'.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var fields: AgentFields

    func execute() throws {
        let store = try database.openDatabase()
        let now = Date()
        let change = try fields.change
        let agent = try store.addAgent(Agent(
            name: try fields.name, displayName: change.displayName, role: change.role ?? .agent, createdAt: now,
            capacity: change.capacity, languages: change.languages ?? []), by: try AgentsCommand.person(in: store, at: now))
        print(AgentsSetCommand.summary(of: agent))
    }
}

/// `frontline agents set NAME [--role ROLE] [--capacity N] [--languages L,L] [--display-name NAME]`.
struct AgentsSetCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Change an agent's role, capacity, languages or display name (supervisors; an agent may change their own display name).")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var fields: AgentFields

    func validate() throws {
        if fields.role == nil && fields.capacity == nil && fields.languages == nil && fields.displayName == nil {
            throw ValidationError("nothing to change; give --role, --capacity, --languages or --display-name")
        }
    }

    func execute() throws {
        let store = try database.openDatabase()
        let now = Date()
        let agent = try store.updateAgent(named: try fields.name, try fields.change, by: try AgentsCommand.person(in: store, at: now), at: now)
        print(Self.summary(of: agent))
    }

    static func summary(of agent: Agent) -> String {
        let languages = agent.languages.isEmpty ? "" : ", \(agent.languages.map(\.rawValue).joined(separator: ","))"
        return "\(agent.name): \(agent.role.rawValue), \(agent.chatCapacity) chat\(agent.chatCapacity == 1 ? "" : "s")\(languages)"
    }
}

/// `frontline agents remove NAME`: deactivate, never delete.
struct AgentsRemoveCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove an agent from the team (supervisors only); their history stays.",
        discussion: """
            A removed agent is deactivated, not deleted (as Zammad and Zendesk do): their contacts, \
            complaints and log keep their name, but they can no longer open the console or be given \
            work. Refused while they are logged in or hold contacts. 'frontline agents restore NAME' \
            brings them back.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var agent: AgentName

    func execute() throws {
        let store = try database.openDatabase()
        let now = Date()
        let removed = try store.removeAgent(named: try agent.name, by: try AgentsCommand.person(in: store, at: now), at: now)
        print("\(removed.name): removed (bring back with 'frontline agents restore \(removed.name)')")
    }
}

/// `frontline agents restore NAME`: bring a removed agent back.
struct AgentsRestoreCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Bring a removed agent back, with their role and history (supervisors only).")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var agent: AgentName

    func execute() throws {
        let store = try database.openDatabase()
        let now = Date()
        let restored = try store.restoreAgent(named: try agent.name, by: try AgentsCommand.person(in: store, at: now), at: now)
        print(AgentsSetCommand.summary(of: restored))
    }
}
