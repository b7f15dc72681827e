import Foundation
import FrontlineCore
#if canImport(Glibc)
import Glibc
#endif

extension OperatingSystemUser {
    /// The effective user id's login name, from the system's user database: who runs this
    /// program, whatever LOGNAME, USER or a flag says (anyone can set those).
    static func current() throws -> OperatingSystemUser {
        let uid = geteuid()
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else {
            throw CommandFailure.failure("cannot tell who you are: user id \(uid) has no name in the system's user database; ask the host's administrator to add one")
        }
        return OperatingSystemUser(loginName: String(cString: name))
    }
}
