import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// `frontline export`: the records in formats other tools read.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the records in formats other tools read.",
        subcommands: [QueueLogExportCommand.self])
}

/// `frontline export queue-log [--from T] [--to T] [--output FILE]`.
struct QueueLogExportCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue-log",
        abstract: "Write a period (default: today) as Asterisk's queue_log, for the tools that read it.",
        discussion: """
            One queue per channel (phone, chat, email, callback); a call id per wait (386, then 386.2 \
            after a reopening). ENTERQUEUE, RINGNOANSWER, CONNECT (a call when taken, a chat or email at \
            its first reply), COMPLETEAGENT, ABANDON, TRANSFER, and ADDMEMBER, REMOVEMEMBER, PAUSE (with \
            the away reason) and UNPAUSE for agents. Times are whole seconds, as Asterisk writes them. \
            docs/queue-log.md has the whole mapping.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions
    @OptionGroup var period: PeriodOptions<Today>

    @Option(help: ArgumentHelp("Write to this file (created private to you; an existing file is never overwritten). Default: standard output.",
                               valueName: "file"))
    var output: String?

    func execute() throws {
        let (start, end) = try period.period(around: Date())
        let store = try database.openDatabaseForReading()
        let policy = try config.load().policy
        let lines = QueueLog.lines(events: try store.eventsOfWaits(from: start, to: end),
                                   states: try store.stateLog(agent: nil, from: start, to: end), policy: policy)
        let text = lines.map { $0.text + "\n" }.joined()
        guard let output else {
            print(SafeText.output(text), terminator: "")
            return
        }
        try Self.writeNew(text, to: output)
    }

    /// Creates `path` for the owner alone; refuses a path that exists rather than overwrite it.
    private static func writeNew(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let reason = errno == EEXIST ? "it already exists; name a new file" : String(cString: strerror(errno))
            throw CommandFailure.failure("cannot write \(path): \(reason)")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try handle.write(contentsOf: Data(text.utf8))
    }
}
