import Foundation

/// The person the operating system says runs the program: the one who acts, whatever a flag or
/// an environment variable claims. Their login name is their agent name in Frontline.
public struct OperatingSystemUser: Equatable, Sendable {
    /// The login name of the effective user id, from the system's user database.
    public let loginName: String

    public init(loginName: String) {
        self.loginName = loginName
    }
}
