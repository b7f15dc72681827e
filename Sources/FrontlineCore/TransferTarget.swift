/// Where an agent passes a contact they hold: straight to a colleague, or to a group's queue.
public enum TransferTarget: Equatable, Sendable {
    case agent(String)
    case group(String)
}
