/// Where each table header and key sits in the source. TOMLKit's values do not
/// carry positions, and "line 12: unknown colour" is what a theme author needs.
/// The entries of an array of tables (`[[phrase]]`) are the sections `phrase[0]`, `phrase[1]`, ...
public struct TOMLLineIndex {
    private var positions: [String: Int] = [:]

    public init(_ text: String) {
        var section = ""
        var entries: [String: Int] = [:]
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingWhitespace()
            if line.hasPrefix("[[") {
                // An array of tables: each entry is its own section, `phrase[0]`, `phrase[1]`, ...
                let name = Self.unquote(line.dropFirst(2).prefix { $0 != "]" })
                section = "\(name)[\(entries[name, default: 0])]"
                entries[name, default: 0] += 1
                positions[Self.slot(section, nil)] = number + 1
            } else if line.hasPrefix("[") {
                section = Self.unquote(line.dropFirst().prefix { $0 != "]" })
                positions[Self.slot(section, nil)] = positions[Self.slot(section, nil)] ?? number + 1
            } else if let eq = line.firstIndex(of: "="), !line.hasPrefix("#") {
                let key = Self.unquote(line[..<eq])
                positions[Self.slot(section, key)] = positions[Self.slot(section, key)] ?? number + 1
            }
        }
    }

    /// The key's line; else the header of the table the key names (`[section.key]`); else its table's header.
    public func line(section: String, key: String?) -> Int? {
        if let key {
            if let n = positions[Self.slot(section, key)] { return n }
            if let n = positions[Self.slot(section.isEmpty ? key : section + "." + key, nil)] { return n }
        }
        return section.isEmpty ? nil : positions[Self.slot(section, nil)]
    }

    private static func slot(_ section: String, _ key: String?) -> String { section + "\u{0}" + (key ?? "") }

    private static func unquote(_ s: Substring) -> String {
        String(s).trimmingWhitespace().trimmingCharacters(of: "\"'")
    }
}

private extension StringProtocol {
    func trimmingWhitespace() -> String { trimmingCharacters(of: " \t\r") }

    func trimmingCharacters(of set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
