import Foundation

/// Agents typing into their complaint forms at a steady pace, each on their own console.
/// Every keystroke is a draft saved, so each is one commit that the other consoles see.
final class Typist {
    /// Typed over and over into the form's "Account" field.
    static let text = "The parcel came two weeks late and the box was crushed, she wants a refund. "

    private let terminals: [PseudoTerminal]
    private let keysPerSecond: Double
    private let lock = NSLock()
    private var stopping = false
    private var thread: Thread?
    private var sent = 0
    var keysSent: Int { lock.withLock { sent } }

    init(_ terminals: [PseudoTerminal], keysPerSecond: Double) {
        self.terminals = terminals
        self.keysPerSecond = keysPerSecond
    }

    /// Opens each console's complaint form (`c`) and moves to its first text field (Tab past
    /// category and severity), as an agent does before typing.
    func openForms() {
        for terminal in terminals {
            terminal.send("c")
            sleepSeconds(0.1)
            terminal.send("\t")
            sleepSeconds(0.1)
            terminal.send("\t")
        }
    }

    /// Types on a thread of its own until `stop`; the typists are spread evenly over each
    /// quarter second, as people typing independently would be, not all at once.
    func start() {
        let period = 1 / keysPerSecond
        let thread = Thread { [self] in
            let characters = Array(Self.text)
            var index = 0
            var next = monotonic()
            while !lock.withLock({ stopping }) {
                for terminal in terminals {
                    next += period / Double(terminals.count)
                    let wait = next - monotonic()
                    if wait > 0 { sleepSeconds(wait) }
                    terminal.send(String(characters[index % characters.count]))
                    lock.withLock { sent += 1 }
                }
                index += 1
            }
        }
        self.thread = thread
        thread.start()
    }

    func stop() {
        lock.withLock { stopping = true }
        sleepSeconds(0.3)
    }

    /// Leaves the forms (Esc); the drafts stay as typed.
    func closeForms() {
        for terminal in terminals { terminal.send("\u{1b}") }
    }
}
