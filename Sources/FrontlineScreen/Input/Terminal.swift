/// The thin edge between the console and a real screen. The console draws a
/// ScreenBuffer and reads events; only FrontlineTerminal knows about curses,
/// and tests use `ScriptedTerminal`.
public protocol Terminal: AnyObject {
    var size: (width: Int, height: Int) { get }
    func present(_ buffer: ScreenBuffer)
    /// Blocks until an event or until `timeout` seconds pass (nil = forever);
    /// returns nil on timeout. Never spins.
    func nextEvent(timeout: Double?) -> TerminalEvent?
    func shutdown()
}
