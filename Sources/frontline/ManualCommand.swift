import ArgumentParser
import Foundation

/// `frontline manual`: the man page, from the command definitions (for `scripts/install.sh`).
/// Hidden from help and completions: people read the page, they do not make it.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual",
        abstract: "Print the man page frontline(1), written from the command definitions.",
        shouldDisplay: false)

    @Option(help: ArgumentHelp("The date in the page's footer (YYYY-MM-DD). Default: today.", valueName: "date"))
    var date: String?

    func validate() throws {
        if let date, date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
            throw ValidationError("--date \(date) is not a date; give one like 2026-12-05")
        }
    }

    func run() throws {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        print(try ManualPage.render(toolInfo: Frontline._dumpHelp(), date: date ?? formatter.string(from: Date())), terminator: "")
    }
}
