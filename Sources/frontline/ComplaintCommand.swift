import ArgumentParser

/// `frontline complaint`: one complaint, read or worked from scripts.
struct ComplaintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complaint", abstract: "Show one complaint, or take the next step of its loop.",
        subcommands: [ComplaintShowCommand.self, ComplaintStepCommand.self])
}
