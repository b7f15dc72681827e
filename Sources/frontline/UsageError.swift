import ArgumentParser
import Foundation
import FrontlineScreen

extension Frontline {
    /// Parses and runs the command line. A parse or validation error comes out as ONE line on
    /// stderr, exit 64, naming the option and what it allows (never the parser's 2-17 lines
    /// of usage); help and `--version` print as usual; a `CommandFailure` has already written
    /// its own line and only sets the exit code.
    static func mainWithOneLineErrors(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        var command: ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            exitWithOneLine(error, arguments: arguments)
        }
        do {
            try command.run()
        } catch {
            exitWithOneLine(error, arguments: arguments)
        }
        Foundation.exit(0)
    }

    private static func exitWithOneLine(_ error: Error, arguments: [String]) -> Never {
        if let code = error as? ExitCode { Foundation.exit(code.rawValue) }   // already reported
        let code = exitCode(for: error)
        if code == .success { exit(withError: error) }                     // --help, --version: printed as usual
        let line = oneLine(fullMessage(for: error), arguments: arguments)
        FileHandle.standardError.write(Data("frontline: \(SafeText.visible(line))\n".utf8))
        Foundation.exit(code == .validationFailure || code.rawValue == 64 ? 64 : code.rawValue)
    }

    /// The parser's message folded into one line: the error, what the option is for and
    /// what it allows, an unknown option named with the nearest known one, and where to
    /// read more.
    static func oneLine(_ message: String, arguments: [String]) -> String {
        let lines = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        func after(_ prefix: String) -> String? {
            lines.first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces) }
        }
        var error = after("Error:") ?? lines.first ?? "invalid command line"
        // "Please provide one of the following:" then "- value" lines: the allowed values, on this line.
        let listed = lines.filter { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }
        if !listed.isEmpty {
            if error.hasSuffix(":") { error.removeLast() }
            error += " " + listed.map { "'\($0)'" }.joined(separator: ", ")
        }
        let usage = after("Usage:") ?? ""
        let known = Set(usage.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[]")) }
            .filter { $0.hasPrefix("--") })
        let given = arguments.prefix { $0 != "--" }.filter { $0.hasPrefix("--") && $0.count > 2 }
            .map { String($0.split(separator: "=", maxSplits: 1).first ?? "") }
        if !known.isEmpty, !usage.contains("<options>"),
           let unknown = given.first(where: { !known.contains($0) && $0 != "--help" && $0 != "--version" }) {
            let nearest = known.min { distance($0, unknown) < distance($1, unknown) }
            error = "unknown option '\(unknown)'" + (nearest.map { distance($0, unknown) <= 3 ? "; did you mean '\($0)'?" : "" } ?? "")
        } else if let help = after("Help:") {
            // "--channel <channel>  How the contact arrives." → what the option is for.
            let parts = help.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if parts.count > 1 { error += " (\(parts.dropFirst().joined(separator: " ")))" }
        }
        let command = usage.split(separator: " ").prefix { !$0.hasPrefix("[") && !$0.hasPrefix("-") && !$0.hasPrefix("<") }.joined(separator: " ")
        let first = error.prefix(1).lowercased() + error.dropFirst()
        return first + (command.isEmpty ? "" : "; see '\(command) --help'")
    }

    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let old = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = old
            }
        }
        return row[b.count]
    }
}
