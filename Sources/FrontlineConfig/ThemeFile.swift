import FrontlineScreen
import TOMLKit

/// A hand-edited theme file: TOML in, a `Theme` for the drawing code out. Read here, beside the
/// other configuration files, so the drawing target knows nothing of files or TOML.
public enum ThemeFile {
    /// Parses a theme file: an optional `name = "..."` and one table per role
    /// with `fg`, `bg` (a colour name or 0-255) and `bold`, `underline`,
    /// `reverse`, `dim` (true/false). Roles left out fall back to `[normal]`.
    /// Errors name the line and what is wrong.
    public static func parse(toml: String, name: String) throws -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: toml)
        } catch let error as TOMLParseError {
            throw ThemeError(source: name, line: error.source.begin.line, message: "not valid TOML: \(error.description)")
        }
        let lines = TOMLLineIndex(toml)
        func fail(_ message: String, _ section: String, _ key: String? = nil) -> ThemeError {
            ThemeError(source: name, line: lines.line(section: section, key: key), message: message)
        }

        var themeName = name
        var styles: [ThemeRole: Style] = [:]
        // Report problems in file order, not the table's key order.
        let entries = table.map { ($0.0, $0.1) }.sorted {
            (lines.line(section: "", key: $0.0) ?? lines.line(section: $0.0, key: nil) ?? 0)
                < (lines.line(section: "", key: $1.0) ?? lines.line(section: $1.0, key: nil) ?? 0)
        }
        for (key, value) in entries {
            switch key {
            case "name":
                guard let s = value.string else { throw fail("name must be a string", "", key) }
                themeName = s
                continue
            case "description":
                continue
            default:
                break
            }
            guard let role = ThemeRole(rawValue: key) else {
                let known = ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw fail("unknown role [\(key)]; roles are: \(known)", key)
            }
            guard let attributes = value.table else {
                throw fail("\(key) must be a table, written [\(key)] with fg/bg/bold/... below it", "", key)
            }
            var style = Style()
            let attributeEntries = attributes.map { ($0.0, $0.1) }.sorted {
                (lines.line(section: key, key: $0.0) ?? 0) < (lines.line(section: key, key: $1.0) ?? 0)
            }
            for (attribute, setting) in attributeEntries {
                switch attribute {
                case "fg", "foreground", "bg", "background":
                    guard let color = parseColor(setting) else {
                        let names = TerminalColor.named.map(\.name).joined(separator: ", ")
                        throw fail("unknown colour \(setting.debugDescription) for \(key).\(attribute); use one of \(names) or a number 0-255", key, attribute)
                    }
                    if attribute.hasPrefix("f") { style.foreground = color } else { style.background = color }
                case "bold", "underline", "reverse", "dim":
                    guard let flag = setting.bool else {
                        throw fail("\(key).\(attribute) must be true or false, not \(setting.debugDescription)", key, attribute)
                    }
                    switch attribute {
                    case "bold": style.bold = flag
                    case "underline": style.underline = flag
                    case "reverse": style.reverse = flag
                    default: style.dim = flag
                    }
                default:
                    throw fail("unknown attribute \(key).\(attribute); use fg, bg, bold, underline, reverse, dim", key, attribute)
                }
            }
            styles[role] = style
        }
        return Theme(name: themeName, styles: styles)
    }

    private static func parseColor(_ value: TOMLValueConvertible) -> TerminalColor? {
        if let n = value.int { return (0...255).contains(n) ? .indexed(UInt8(n)) : nil }
        guard let s = value.string else { return nil }
        if let n = Int(s) { return (0...255).contains(n) ? .indexed(UInt8(n)) : nil }
        return TerminalColor(name: s)
    }
}
