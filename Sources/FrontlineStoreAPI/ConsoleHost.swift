import Foundation

/// Where a pid names one process: one boot of one machine, seen from one PID namespace. Two
/// consoles on one machine in different PID namespaces (containers, or the test suite's own
/// "hosts") share the boot id, but a pid from the one means nothing, or another process, in the
/// other: so "this host" is the boot id and the PID namespace together.
///
/// Written as "boot id" in the machine's first PID namespace (exactly what every version before
/// this one wrote for the whole record's host part, so their records keep their meaning and
/// their consoles go on agreeing with this one), and "boot id/namespace inode" in any other.
/// A record written by an older version in a container says only the boot id, and so is read as
/// the first namespace's: from inside a container it is then a console elsewhere (never judged by
/// its pid), which is the honest answer.
public enum ConsoleHost {
    /// The inode of the first PID namespace, fixed by the kernel (PROC_PID_INIT_INO).
    static let firstPIDNamespace = "4026531836"

    /// This process's host, or nil when /proc does not say (not Linux), or when /proc belongs to
    /// another PID namespace (not mounted again for this one), so no pid read in it is ours.
    public static let this: String? = {
        guard let boot = try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines), !boot.isEmpty,
              link("/proc/self") == String(getpid()) else { return nil }
        // "pid:[4026531836]"; unreadable, the boot id alone (as before namespaces were told apart).
        let namespace = link("/proc/self/ns/pid").map { $0.filter(\.isNumber) } ?? firstPIDNamespace
        return namespace == firstPIDNamespace || namespace.isEmpty ? boot : boot + "/" + namespace
    }()

    /// This boot of this machine, whatever the PID namespace.
    public static let thisBoot: String? = this.map { String($0.prefix { $0 != "/" }) }

    private static func link(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 256)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
