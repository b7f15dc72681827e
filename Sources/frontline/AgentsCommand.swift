import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineStore

/// `frontline agents`: who works here and in which role (supervisors approve major complaints).
struct AgentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agents", abstract: "List agents, or set an agent's role.",
        subcommands: [AgentsListCommand.self, AgentsSetCommand.self], defaultSubcommand: AgentsListCommand.self)
}

/// `frontline agents [list]`.
struct AgentsListCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List agents and their roles.")

    @OptionGroup var database: DatabaseOptions

    func execute() throws {
        let agents = try database.openDatabaseForReading().agents()
        print(agents.isEmpty ? "no agents" : TextTable.render(headers: ["name", "role"], rows: agents.map { [$0.name, $0.role.rawValue] }))
    }
}

/// `frontline agents set NAME --role ROLE`.
struct AgentsSetCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set an agent's role (the agent is created if new).")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The agent's login name.")
    var name: String

    @Option(help: "agent, supervisor or trainee.")
    var role: AgentRole

    func validate() throws {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("the agent's name is empty") }
    }

    func execute() throws {
        let agent = try database.openDatabase().setRole(role, forAgent: name, at: Date())
        print("\(agent.name): \(agent.role.rawValue)")
    }
}
