import Foundation

/// The 1-minute load average, written beside each figure taken on a shared machine.
struct Load: CustomStringConvertible {
    let one: String
    static func now() -> Load {
        Load(one: (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init) ?? "?")
    }
    var description: String { one }
}
