import Foundation

/// Who a waiting contact may be given to when it was sent somewhere: a group's members (then
/// everyone, once the group wait is over, as an Asterisk queue's penalty rule widens to all
/// members), or the supervisors (an escalation never falls back to agents).
public enum ContactAudience: Equatable, Sendable {
    case group(String, openToAllAt: Date)
    case supervisors

    /// Whether `agent` may be given the contact at `now`.
    public func admits(_ agent: Agent, at now: Date) -> Bool {
        switch self {
        case let .group(name, openToAllAt): agent.groups.contains(name) || now >= openToAllAt
        case .supervisors: agent.role == .supervisor
        }
    }

    /// True while only some may have it: a group before its wait is over, the supervisors always.
    public func isNarrow(at now: Date) -> Bool {
        switch self {
        case let .group(_, openToAllAt): now < openToAllAt
        case .supervisors: true
        }
    }

    /// A group name as agents and commands write it: lower-case letters, digits and `-`, 1 to 24 long.
    public static func isGroupName(_ name: String) -> Bool {
        (1...24).contains(name.count) && name.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }
}
