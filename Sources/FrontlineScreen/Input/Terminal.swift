/// The thin edge between the console and a real screen. The console draws a
/// ScreenBuffer and reads events; only FrontlineTerminal knows about curses,
/// and tests use `ScriptedTerminal`.
public protocol Terminal: AnyObject {
    var size: (width: Int, height: Int) { get }
    func present(_ buffer: ScreenBuffer)
    /// Blocks until an event or until `timeout` seconds pass (nil = forever);
    /// returns nil on timeout. Never spins.
    func nextEvent(timeout: Double?) -> TerminalEvent?
    /// Makes a blocked `nextEvent` return nil now. Safe to call from any thread: the program
    /// loop's store watcher calls it when another process writes, so the loop can block for as
    /// long as nothing on screen changes by itself.
    func wake()
    func shutdown()
}

extension Terminal {
    /// A terminal that cannot be woken sees foreign writes only when its timeout runs out.
    public func wake() {}
}
