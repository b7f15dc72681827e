import ArgumentParser
import Foundation
import FrontlineConfig
import FrontlineCore

/// `frontline sla`: the response-time policy in effect, and a check of policy files.
struct SlaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sla", abstract: "Show the response-time policy in effect, or check a policy file.",
        subcommands: [SlaShowCommand.self, SlaCheckCommand.self], defaultSubcommand: SlaShowCommand.self)
}

/// `frontline sla [show]`.
struct SlaShowCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print every timer rule and the working calendar, with where each value came from.")

    @OptionGroup var config: ConfigOptions

    func execute() throws {
        let file = try config.load()
        let path = config.resolvedPath()
        let origin = FileManager.default.fileExists(atPath: path) ? path : "\(path) (not found: built-in rules)"
        print(PolicyReport.text(file, origin: origin), terminator: "")
    }
}

/// `frontline sla check [FILE]`.
struct SlaCheckCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check a policy file and list each mistake with its line and what is allowed.",
        discussion: "Exit 0 when the file is good, 65 when it has mistakes.")

    @Argument(help: "The file to check. Default: the policy file in effect.")
    var file: String?

    @OptionGroup var config: ConfigOptions

    func execute() throws {
        let path = file.map { ($0 as NSString).expandingTildeInPath } ?? config.resolvedPath()
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure.usage("no file at \(path)")
        }
        let parsed = try ConfigOptions.read(path)
        print("\(path): ok (\(parsed.sources.count) setting\(parsed.sources.count == 1 ? "" : "s") set, the rest built in)")
    }
}
