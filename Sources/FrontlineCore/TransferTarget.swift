/// Where an agent passes a contact they hold: straight to a colleague, or to a group's queue.
public enum TransferTarget: Equatable, Sendable {
    case agent(String)
    case group(String)

    /// The login name or group name, as the agent typed it.
    public var name: String {
        switch self {
        case .agent(let name), .group(let name): name
        }
    }
}
