import Foundation

/// The man page, written from the command definitions themselves: ArgumentParser describes
/// every command, option and help text as JSON (what `--experimental-dump-help` prints), and
/// this turns that description into man(7) roff. So the page can never disagree with `--help`.
enum ManualPage {
    /// The part of ArgumentParser's tool description the page uses.
    struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool?
        var defaultSubcommand: String?
        var arguments: [Argument]?
        var subcommands: [Command]?
    }

    struct Argument: Decodable {
        struct Name: Decodable {
            var kind: String
            var name: String
        }
        var kind: String
        var names: [Name]?
        var valueName: String?
        var abstract: String?
        var discussion: String?
        var defaultValue: String?
        var allValues: [String]?
        var isRepeating: Bool?
        var shouldDisplay: Bool?
    }

    private struct ToolInfo: Decodable { var command: Command }

    /// The page for the tool ArgumentParser describes as `json`; `date` goes in its footer.
    static func render(toolInfo json: String, date: String) throws -> String {
        let root = try JSONDecoder().decode(ToolInfo.self, from: Data(json.utf8)).command
        let name = root.commandName
        var page = [
            ".\\\" Generated from the command definitions by `\(name) manual`; do not edit.",
            ".TH \(name.uppercased()) 1 \"\(date)\" \"Frontline\" \"User Commands\"",
            ".SH NAME",
            "\(name) \\- \(escape(root.abstract ?? ""))",
            ".SH SYNOPSIS",
            ".B \(name)",
            "[\\fIsubcommand\\fR] [\\fIoptions\\fR]",
            ".SH DESCRIPTION",
        ]
        page += paragraphs(root.discussion)
        if let first = root.defaultSubcommand {
            page += (root.discussion ?? "").isEmpty ? [] : [".PP"]
            page += ["Without a subcommand, \\fB\(name)\\fR runs \\fB\(name) \(first)\\fR.",
                     "Every command takes \\fB\\-h\\fR, \\fB\\-\\-help\\fR."]
        }
        page.append(".SH COMMANDS")
        for command in (root.subcommands ?? []) where command.shouldDisplay ?? true {
            page += section(command, path: [name])
        }
        page += [
            ".SH ENVIRONMENT",
            ".TP", ".B FRONTLINE_DB", "The database file, when \\fB\\-\\-db\\fR is not given.",
            ".TP", ".B XDG_DATA_HOME", "Where the database lives by default (\\fI$XDG_DATA_HOME/frontline/frontline.db\\fR, else \\fI~/.local/share/frontline/frontline.db\\fR).",
            ".TP", ".B XDG_CONFIG_HOME", "Where the policy file, your own phrases and themes live (\\fI$XDG_CONFIG_HOME/frontline/\\fR, else \\fI~/.config/frontline/\\fR).",
            ".TP", ".B LC_ALL, LC_MESSAGES, LANG", "The console's language (en, zh-Hans or ko) when \\fB\\-\\-lang\\fR is not given.",
            ".TP", ".B NO_COLOR", "Any value gives a monochrome screen.",
            ".SH EXIT STATUS",
            "0 success; 64 a usage error (a wrong flag or value); 65 bad data (a malformed date, an unknown contact, a request the rules refuse); 1 anything else.",
            ".SH SEE ALSO",
            "The README of the Frontline repository, and \\fB\(name) keys\\fR for the console's keys.",
        ]
        return page.joined(separator: "\n") + "\n"
    }

    /// One command: its name and abstract, its discussion, its options; then its own subcommands.
    private static func section(_ command: Command, path: [String]) -> [String] {
        let full = path + [command.commandName]
        var lines = [".SS \"\(escape(full.joined(separator: " ")))\""]
        if let abstract = command.abstract, !abstract.isEmpty { lines.append(escape(abstract)) }
        if let discussion = command.discussion, !discussion.isEmpty { lines += [".PP"] + paragraphs(discussion) }
        for argument in command.arguments ?? [] where (argument.shouldDisplay ?? true) && !isHelp(argument) {
            lines += [".TP", usage(argument)]
            var text = argument.abstract ?? ""
            if let values = argument.allValues, !values.isEmpty { text += " (values: \(values.joined(separator: ", ")))" }
            if let value = argument.defaultValue, !value.isEmpty { text += " (default: \(value))" }
            lines.append(escape(text.trimmingCharacters(in: .whitespaces)))
            if let discussion = argument.discussion, !discussion.isEmpty { lines += paragraphs(discussion) }
        }
        for sub in command.subcommands ?? [] where sub.shouldDisplay ?? true {
            lines += section(sub, path: full)
        }
        return lines
    }

    /// `\-\-db \fIpath\fR`, `\-h, \-\-help`, `\fItext\fR` for a positional argument.
    private static func usage(_ argument: Argument) -> String {
        let value = argument.valueName.map { "\\fI\(escape($0))\\fR" + (argument.isRepeating == true ? " ..." : "") } ?? ""
        guard argument.kind != "positional" else { return value.isEmpty ? "\\fIvalue\\fR" : value }
        let names = (argument.names ?? []).sorted { ($0.kind == "short" ? 0 : 1) < ($1.kind == "short" ? 0 : 1) }.map { name in
            "\\fB" + (name.kind == "long" ? "\\-\\-" : "\\-") + escape(name.name) + "\\fR"
        }
        return names.joined(separator: ", ") + (argument.kind == "option" && !value.isEmpty ? " " + value : "")
    }

    private static func isHelp(_ argument: Argument) -> Bool {
        argument.kind == "flag" && (argument.names ?? []).contains { $0.kind == "long" && $0.name == "help" }
    }

    /// Blank lines in help text start new paragraphs.
    private static func paragraphs(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.components(separatedBy: "\n").map { line in
            line.trimmingCharacters(in: .whitespaces).isEmpty ? ".PP" : escape(line)
        }
    }

    /// Text made safe for roff: backslashes and hyphens escaped, anything past ASCII as a named
    /// Unicode character (`王` is `\[u738B]`, read alike by groff and mandoc whatever the locale),
    /// and no line may start with a control character (`.` or `'`), or roff would read it as a request.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\e"
            case "-": escaped += "\\-"
            case _ where scalar.value > 127: escaped += "\\[u" + String(format: "%04X", scalar.value) + "]"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }
}
