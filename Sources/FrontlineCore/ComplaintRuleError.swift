/// A step the lifecycle does not allow now; the message says what must happen first.
public struct ComplaintRuleError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
