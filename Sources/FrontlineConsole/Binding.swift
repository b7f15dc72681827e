import FrontlineScreen

/// One entry of the key table: which keys do what. What the action is called comes from
/// the console's language, so the bottom bar, the `?` overlay and the README's key table
/// all speak from one table.
public struct Binding: Sendable {
    public var keys: [KeyPress]
    /// How the keys are written in help, e.g. `j/↓`.
    public var keyLabel: String
    public var action: Action
    /// Whether the bottom bar has room for it; the overlay lists every binding.
    public var inBar: Bool

    public init(_ keys: [KeyPress], _ keyLabel: String, _ action: Action, inBar: Bool = true) {
        self.keys = keys
        self.keyLabel = keyLabel
        self.action = action
        self.inBar = inBar
    }
}
