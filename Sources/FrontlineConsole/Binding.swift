import FrontlineScreen

/// One entry of a key table: which keys do what. What the action is called comes from the
/// screen's language, so the bottom bar, the `?` overlay and the README's key table all speak
/// from one table. The console and the wallboard each have their own kind of action.
public struct KeyBinding<Command: Sendable>: Sendable {
    public var keys: [KeyPress]
    /// How the keys are written in help, e.g. `j/↓`.
    public var keyLabel: String
    public var action: Command
    /// Whether the bottom bar has room for it; the overlay lists every binding.
    public var inBar: Bool

    public init(_ keys: [KeyPress], _ keyLabel: String, _ action: Command, inBar: Bool = true) {
        self.keys = keys
        self.keyLabel = keyLabel
        self.action = action
        self.inBar = inBar
    }
}

/// A key of the agent console.
public typealias Binding = KeyBinding<Action>
