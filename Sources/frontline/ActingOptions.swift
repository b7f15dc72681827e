import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// `--agent NAME`, for the commands a person does as an agent: you act as yourself (your login
/// name on this computer is your agent name); naming another agent is a supervisor's right, and
/// what is done records both of you.
struct ActingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Act for this agent (supervisors only; the history records you and them). Default: you, the agent named as your login name on this computer.",
                               valueName: "name"))
    var agent: String?

    func validate() throws {
        if let agent, agent.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--agent is empty; give an agent's login name, or leave --agent out to act as yourself")
        }
    }

    /// Who acts and for whom, from the operating system's user and `--agent`; a refusal is bad data (65).
    func resolve(in store: any FrontlineStores, at now: Date = Date()) throws -> Acting {
        try Self.resolve(agent, in: store, at: now)
    }

    static func resolve(_ requested: String?, in store: any FrontlineStores, at now: Date = Date()) throws -> Acting {
        do {
            return try store.acting(as: try OperatingSystemUser.current(), for: requested, at: now)
        } catch let refusal as AuthorityRefusal {
            throw CommandFailure.badData(refusal.description)
        }
    }
}
