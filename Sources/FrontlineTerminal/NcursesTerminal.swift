#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses
import FrontlineScreen

/// The real terminal, through ncursesw. Draws a ScreenBuffer by writing only
/// the cells that changed, and turns input into TerminalEvents while blocking
/// in poll() so an idle console uses no CPU.
public final class NcursesTerminal: Terminal {
    /// One unit from wget_wch: a character code or a KEY_* code.
    private enum Input: Equatable {
        case character(UInt32)
        case key(Int32)
    }

    private var screen: OpaquePointer?
    private let palette: CursesPalette
    private var previous: ScreenBuffer?
    private var needsFullRedraw = true
    private var cursorVisible: Bool?
    private var pending: [Input] = []
    /// Curses may hold bytes it read ahead (or a KEY_RESIZE after a signal): asked before waiting.
    /// False once it said it had nothing, so an idle turn does not ask it (a system call) again.
    private var cursesMayHoldInput = true
    private var inputClosed = false
    private var isShutDown = false
    /// Written by `wake()` from another thread; polled beside stdin so a blocked wait returns.
    private let wakePipe: (read: Int32, write: Int32)

    /// Throws when stdin/stdout is not a terminal or curses cannot start (unknown TERM).
    public init(theme: Theme, useColor: Bool) throws {
        guard terminalIsInteractive() else { throw TerminalError.notATerminal }
        setlocale(LC_ALL, "")   // without it ncursesw treats UTF-8 as bytes and wide characters break
        // With LANG unset (cron, CI, a bare ssh) the locale is "C": Chinese and Korean would not draw.
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
        // Raw mode brings Ctrl-Z as a key; with SIGTSTP ignored before curses starts, curses installs
        // no handler of its own and stops swapping it out and back (two system calls) on every refresh.
        signal(SIGTSTP, SIG_IGN)
        // newterm rather than initscr: initscr exits the process on failure.
        guard let screen = newterm(nil, stdout, stdin) else {
            throw TerminalError.initializationFailed(term: getenv("TERM").map { String(cString: $0) } ?? "")
        }
        set_term(screen)
        // A terminal that cannot move the cursor (TERM=dumb, a printing terminal) would show a blank
        // screen: say so and stop instead.
        guard let cup = terminfoString("cup"), Int(bitPattern: cup) != -1 else {
            endwin()
            delscreen(screen)
            throw TerminalError.noCursorAddressing(term: getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
        }
        wakePipe = (ends[0], ends[1])
        set_term(screen)
        raw()             // Ctrl-C, Ctrl-S, Ctrl-Z arrive as keys instead of signals or flow control
        noecho()
        nonl()
        keypad(stdscr, true)
        nodelay(stdscr, true)   // we block in poll(), never inside curses
        intrflush(stdscr, false)
        set_escdelay(25)
        // Curses would poll stdin for typed-ahead keys while it writes a frame, to cut the frame
        // short: a system call per frame for nothing, as our frames are small and keys wait in poll().
        typeahead(-1)
        // Until curses has once come back from endwin() it takes itself for a program that has not
        // started a screen and flushes to the terminal after every cursor move: a frame went out
        // in one write() per changed run (~40 a second for a queue of countdowns). Suspending here
        // and letting the first frame resume makes every later frame a single write.
        endwin()
        palette = CursesPalette(theme: theme, useColor: useColor)
        setCursorVisible(false)
        writeRaw(EscapeSequence.enableBracketedPaste)
    }

    deinit {
        shutdown()
    }

    public var size: (width: Int, height: Int) {
        (Int(COLS), Int(LINES))
    }

    // MARK: Output

    public func present(_ buffer: ScreenBuffer) {
        guard !isShutDown else { return }
        let full = needsFullRedraw || previous?.width != buffer.width || previous?.height != buffer.height
        if full {
            werase(stdscr)
            clearok(curscr, true)   // repaint the whole screen: after a resize the terminal's contents are unknown
        }
        let width = min(buffer.width, Int(COLS)), height = min(buffer.height, Int(LINES))
        for y in 0..<height {
            for x in buffer.changedColumns(row: y, since: full ? nil : previous) where x < width {
                draw(buffer[x, y], x: x, y: y, wide: x + 1 < width && buffer[x + 1, y].isContinuation)
            }
        }
        if let c = buffer.cursorPosition, c.x >= 0, c.y >= 0, c.x < width, c.y < height {
            setCursorVisible(true)
            wmove(stdscr, Int32(c.y), Int32(c.x))
        } else {
            setCursorVisible(false)
        }
        wrefresh(stdscr)
        previous = buffer
        needsFullRedraw = false
    }

    private func draw(_ cell: Cell, x: Int, y: Int, wide: Bool) {
        let look = palette.look(for: cell.role)
        var character = cchar_t()
        // The cluster's first scalars, zero-ended, on the stack: a frame of countdowns is a few
        // hundred cells a second, and two arrays apiece were a good part of writing them.
        let base = withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: 6) { scalars -> wchar_t in
            var count = 0
            for scalar in (cell.text.isEmpty ? " " : cell.text).unicodeScalars.prefix(5) {
                scalars[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            scalars[count] = 0
            // setcchar refuses clusters curses cannot hold (e.g. emoji ZWJ sequences); keep the base.
            if setcchar(&character, scalars.baseAddress, look.attributes, look.pair, nil) == ERR {
                scalars[1] = 0
                _ = setcchar(&character, scalars.baseAddress, look.attributes, look.pair, nil)
            }
            return scalars[0]
        }
        _ = mvwadd_wch(stdscr, Int32(y), Int32(x), &character)
        // We counted this as two columns but the C library says one (e.g. "❤️"):
        // fill the second column so curses and the buffer agree about what is there.
        if wide, systemCharacterWidth(base) == 1 {
            var space = cchar_t()
            _ = setcchar(&space, [wchar_t(32), 0], look.attributes, look.pair, nil)
            _ = mvwadd_wch(stdscr, Int32(y), Int32(x + 1), &space)
        }
    }

    private func setCursorVisible(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        cursorVisible = visible
        curs_set(visible ? 1 : 0)
    }

    private func writeRaw(_ text: String) {
        fputs(text, stdout)
        fflush(stdout)
    }

    // MARK: Input

    public func wake() {
        var byte: UInt8 = 1
        _ = write(wakePipe.write, &byte, 1)   // full pipe: a wake is already pending
    }

    /// Empties the wake pipe; true when it held a wake.
    private func takeWake() -> Bool { drainPipe(wakePipe.read) }

    public func nextEvent(timeout: Double?) -> TerminalEvent? {
        guard !isShutDown else { return nil }
        let deadline = timeout.map { Self.now() + max(0, $0) }
        while true {
            // Curses may already hold input it read ahead; poll() on the fd would not see it.
            if cursesMayHoldInput || !pending.isEmpty {
                if let input = read() {
                    if let event = decode(input) { return event }
                    continue
                }
                cursesMayHoldInput = false
            }
            var milliseconds: Int32 = -1
            if let deadline {
                let left = deadline - Self.now()
                if left <= 0 { return nil }
                milliseconds = Int32(min((left * 1000).rounded(.up), Double(Int32.max)))
            }
            // The terminal hung up: wait for a wake or the timeout only, instead of spinning on stdin.
            var descriptors = [pollfd(fd: wakePipe.read, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: inputClosed ? -1 : STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&descriptors, 2, milliseconds)
            if ready == 0 { return nil }
            if ready < 0 {
                // A signal: SIGWINCH (curses now reports KEY_RESIZE, read on the next call) or a stop.
                // Return so the loop looks at its stop flag; it calls again at once otherwise.
                if errno == EINTR {
                    cursesMayHoldInput = true
                    return nil
                }
                inputClosed = true
                continue
            }
            if descriptors[0].revents != 0, takeWake() { return nil }
            let input = descriptors[1].revents
            if input & Int16(POLLIN) != 0 { cursesMayHoldInput = true }
            if input & Int16(POLLHUP | POLLERR | POLLNVAL) != 0, input & Int16(POLLIN) == 0 {
                inputClosed = true
            }
        }
    }

    private func read() -> Input? {
        if !pending.isEmpty { return pending.removeFirst() }
        var code: wint_t = 0
        switch wget_wch(stdscr, &code) {
        case KEY_CODE_YES: return .key(Int32(bitPattern: code))
        case OK: return .character(code)
        default: return nil
        }
    }

    /// Reads the next unit, waiting up to `milliseconds` for bytes still on their way
    /// (an escape sequence split across network packets).
    private func read(waiting milliseconds: Int32) -> Input? {
        if let input = read() { return input }
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return read() }
        return read()
    }

    private func decode(_ input: Input) -> TerminalEvent? {
        switch input {
        case .key(let code):
            return decodeKey(code)
        case .character(27):
            return decodeEscape()
        case .character(let code):
            return .key(KeyPress(characterCode: code))
        }
    }

    private func decodeKey(_ code: Int32) -> TerminalEvent? {
        switch code {
        case KEY_RESIZE:
            needsFullRedraw = true
            return .resize(width: Int(COLS), height: Int(LINES))
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME, KEY_A1, KEY_FIND: return .key(.home)
        case KEY_END, KEY_C1, KEY_SELECT: return .key(.end)
        case KEY_PPAGE, KEY_A3: return .key(.pageUp)
        case KEY_NPAGE, KEY_C3: return .key(.pageDown)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .key(.function(Int(code - KEY_F0)))
        case KEY_MOUSE: return nil
        default: return .key(.unknown)
        }
    }

    /// Curses hands back a bare ESC when what followed matched no key it knows.
    /// A lone ESC is Escape; ESC [ ... is a sequence we decode ourselves
    /// (bracketed paste, Home/End under tmux); ESC plus a character is Alt.
    private func decodeEscape() -> TerminalEvent? {
        guard let next = read() else { return .key(.escape) }
        switch next {
        case .character(27), .key:
            pending.insert(next, at: 0)   // Esc Esc: two presses; Esc then a resize or a key: both count
            return .key(.escape)
        case .character(let c) where c == 0x5B || c == 0x4F:   // "[" or "O"
            var body = String(Unicode.Scalar(UInt8(c)))
            while !EscapeSequence.isComplete(body), body.unicodeScalars.count < 32 {
                guard case .character(let more)? = read(waiting: 30), let scalar = Unicode.Scalar(more) else { break }
                body.unicodeScalars.append(scalar)
            }
            if body == EscapeSequence.pasteStart { return .paste(readPaste()) }
            return .key(EscapeSequence.key(for: body) ?? .unknown)
        default:
            return .key(.unknown)   // Alt+key: not bound to anything
        }
    }

    /// Collects pasted text up to the end marker. Gives up after half a second
    /// without input, so a lost end marker cannot swallow the keyboard.
    private func readPaste() -> String {
        var text = String.UnicodeScalarView()
        let end = Array(EscapeSequence.pasteEnd.unicodeScalars)
        var idleWaits = 0
        while idleWaits < 5, text.count < 1_000_000 {
            guard let input = read(waiting: 100) else { idleWaits += 1; continue }
            idleWaits = 0
            switch input {
            case .character(let code):
                guard let scalar = Unicode.Scalar(code) else { continue }
                text.append(scalar)
                if text.count >= end.count, Array(text.suffix(end.count)) == end {
                    text.removeLast(end.count)
                    return Self.normalizeLineEnds(String(text))
                }
            case .key(KEY_ENTER):
                text.append("\n")
            case .key:
                continue   // a keypad sequence inside pasted text has no meaning here
            }
        }
        return Self.normalizeLineEnds(String(text))
    }

    private static func normalizeLineEnds(_ text: String) -> String {
        // Terminals in raw mode deliver pasted line breaks as CR.
        text.replacingCRLF()
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    // MARK: Shutdown

    /// Leaves curses and restores the terminal. Safe to call more than once.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        writeRaw(EscapeSequence.disableBracketedPaste)
        curs_set(1)
        endwin()
        if let screen {
            delscreen(screen)
            self.screen = nil
        }
        // The wake pipe stays open: a watcher thread may still wake us, and a closed number could be reused.
    }
}

/// Reads a non-blocking pipe empty (outside the class, whose `read()` is curses input).
private func drainPipe(_ descriptor: Int32) -> Bool {
    var bytes = [UInt8](repeating: 0, count: 64), drained = false
    while read(descriptor, &bytes, bytes.count) > 0 { drained = true }
    return drained
}

/// terminfo's string capability (term.h, not imported by the shim): nil when absent, -1 when not a string.
@_silgen_name("tigetstr")
private func terminfoString(_ name: UnsafePointer<CChar>) -> UnsafeMutablePointer<CChar>?

/// glibc's wcwidth, which Glibc does not export without _XOPEN_SOURCE; it is what curses uses.
@_silgen_name("wcwidth")
private func systemCharacterWidth(_ character: wchar_t) -> Int32

private extension String {
    func replacingCRLF() -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" { out.append("\n"); previousCR = true; continue }
            if scalar == "\n", previousCR { previousCR = false; continue }
            previousCR = false
            out.append(scalar)
        }
        return String(out)
    }
}
