/// A Terminal for tests and demos: events come from a script, frames are recorded.
public final class ScriptedTerminal: Terminal {
    public private(set) var size: (width: Int, height: Int)
    public var events: [TerminalEvent]
    public private(set) var presented: [ScreenBuffer] = []
    public private(set) var isShutDown = false
    /// Timeouts passed to `nextEvent`, so tests can check the loop does not spin.
    public private(set) var requestedTimeouts: [Double?] = []

    public init(width: Int, height: Int, events: [TerminalEvent] = []) {
        self.size = (width, height)
        self.events = events
    }

    public var lastFrame: ScreenBuffer? { presented.last }

    public func present(_ buffer: ScreenBuffer) {
        presented.append(buffer)
    }

    /// The next scripted event, or nil (a timeout) when the script is exhausted.
    public func nextEvent(timeout: Double?) -> TerminalEvent? {
        requestedTimeouts.append(timeout)
        guard !events.isEmpty else { return nil }
        let event = events.removeFirst()
        if case .resize(let w, let h) = event { size = (w, h) }
        return event
    }

    public func shutdown() {
        isShutDown = true
    }
}
