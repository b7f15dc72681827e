/// The four panes of the agent console, in Tab order.
public enum Pane: String, CaseIterable, Sendable {
    case queue
    case customer
    case phrases
    case complaint

    var next: Pane { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
    var previous: Pane { Self.allCases[(Self.allCases.firstIndex(of: self)! + Self.allCases.count - 1) % Self.allCases.count] }
}
