import Foundation

/// A Terminal for tests and demos: events come from a script, frames are recorded.
/// By default an exhausted script times out at once; `blocksWhenIdle` makes it wait like a real
/// terminal (for the timeout, or until `send` or `wake`), so a test can run a loop on another thread.
public final class ScriptedTerminal: Terminal, @unchecked Sendable {
    private let lock = NSCondition()
    private var _size: (width: Int, height: Int)
    private var _events: [TerminalEvent]
    private var _presented: [ScreenBuffer] = []
    private var _isShutDown = false
    private var _requestedTimeouts: [Double?] = []
    private var woken = false
    private let blocksWhenIdle: Bool

    public init(width: Int, height: Int, events: [TerminalEvent] = [], blocksWhenIdle: Bool = false) {
        _size = (width, height)
        _events = events
        self.blocksWhenIdle = blocksWhenIdle
    }

    public var size: (width: Int, height: Int) { lock.withLock { _size } }
    public var events: [TerminalEvent] {
        get { lock.withLock { _events } }
        set { lock.withLock { _events = newValue } }
    }
    public var presented: [ScreenBuffer] { lock.withLock { _presented } }
    public var isShutDown: Bool { lock.withLock { _isShutDown } }
    /// Timeouts passed to `nextEvent`, so tests can check the loop does not spin.
    public var requestedTimeouts: [Double?] { lock.withLock { _requestedTimeouts } }

    public var lastFrame: ScreenBuffer? { presented.last }

    public func present(_ buffer: ScreenBuffer) {
        lock.withLock { _presented.append(buffer) }
    }

    /// Changes the size without an event, as a resize whose report was lost.
    public func setSize(width: Int, height: Int) {
        lock.withLock { _size = (width, height) }
    }

    /// Adds an event, as if typed now; a waiting `nextEvent` returns it.
    public func send(_ event: TerminalEvent) {
        lock.withLock {
            _events.append(event)
            lock.broadcast()
        }
    }

    public func wake() {
        lock.withLock {
            woken = true
            lock.broadcast()
        }
    }

    /// The next scripted event, or nil (a timeout, or a wake).
    public func nextEvent(timeout: Double?) -> TerminalEvent? {
        lock.lock()
        defer { lock.unlock() }
        _requestedTimeouts.append(timeout)
        if blocksWhenIdle, _events.isEmpty, !woken {
            let deadline = timeout.map { Date().addingTimeInterval($0) } ?? .distantFuture
            while _events.isEmpty, !woken, lock.wait(until: deadline) {}
        }
        woken = false
        guard !_events.isEmpty else { return nil }
        let event = _events.removeFirst()
        if case .resize(let w, let h) = event { _size = (w, h) }
        return event
    }

    public func shutdown() {
        lock.withLock { _isShutDown = true }
    }
}
