/// One mistake in a hand-edited file: where it is, and what is allowed instead.
public struct FileMistake: Error, Equatable, CustomStringConvertible, Sendable {
    public var source: String
    public var line: Int?
    public var message: String

    public init(source: String, line: Int?, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    public var description: String { line.map { "\(source):\($0): \(message)" } ?? "\(source): \(message)" }
}

/// Every mistake found in a file, in file order.
public struct FileMistakes: Error, CustomStringConvertible, Sendable {
    public var errors: [FileMistake]

    public init(errors: [FileMistake]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }

    /// `PATH has 2 mistakes:` and then one mistake a line, as commands print them.
    /// One mistake is one line ("path:line: message"); several are a count, then a line each.
    public func report(for path: String) -> String {
        if errors.count == 1 { return description }
        return "\(path) has \(errors.count) mistake\(errors.count == 1 ? "" : "s"):\n" + description
    }
}
