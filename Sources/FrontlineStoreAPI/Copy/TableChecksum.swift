import Crypto
import FrontlineCore

/// SHA-256 over a canonical text of a table's rows in key order, computed on each side of a
/// copy from what that database returns. Each value is tagged with its type (`n`, `i`, `r`, `t`)
/// and text is length-prefixed, so 1 and 1.0, NULL and '', or "a,b" and "a","b" never collide.
public struct TableChecksum {
    private var hash = SHA256()
    public private(set) var rows = 0

    public init() {}

    public mutating func add(_ row: [TableValue]) {
        var text = ""
        for value in row {
            switch value {
            case .null: text += "n;"
            case .integer(let number): text += "i\(number);"
            // Swift prints the shortest text that reads back as the same double.
            case .real(let number): text += "r\(number);"
            case .text(let string): text += "t\(string.utf8.count):\(string);"
            }
        }
        text += "\n"
        hash.update(data: Array(text.utf8))
        rows += 1
    }

    /// The digest as lower-case hex (64 characters).
    public func finalized() -> String {
        Hex.lowercase(hash.finalize())
    }
}
