import Foundation

/// Durations as people write them in a config file: `45s`, `3m`, `4h`, `3d`, `1h30m`.
public enum DurationText {
    /// The longest duration any file may give: a year. Longer is a mistake, refused with its
    /// line, so that nothing downstream meets a number it cannot hold.
    public static let maximum: TimeInterval = 365 * 86400

    /// Seconds within 0...`maximum`, or nil.
    public static func parse(_ text: String) -> TimeInterval? {
        guard text.count <= 64, let total = parseUnbounded(text), total.isFinite, (0...maximum).contains(total) else { return nil }
        return total
    }

    /// Seconds given as a number: finite and within 0...`maximum`, or nil.
    public static func seconds(_ value: Double) -> TimeInterval? {
        value.isFinite && (0...maximum).contains(value) ? value : nil
    }

    private static func parseUnbounded(_ text: String) -> TimeInterval? {
        var total: TimeInterval = 0
        var number = ""
        var sawUnit = false
        for character in text.trimmingCharacters(in: .whitespaces) {
            if character.isASCII, character.isNumber || character == "." {
                number.append(character)
                continue
            }
            let unit: TimeInterval
            switch character {
            case "s": unit = 1
            case "m": unit = 60
            case "h": unit = 3600
            case "d": unit = 86400
            default: return nil
            }
            guard let value = Double(number) else { return nil }
            total += value * unit
            number = ""
            sawUnit = true
        }
        return number.isEmpty && sawUnit ? total : nil
    }

    /// The shortest exact form: `20s`, `3m`, `1h30m`, `4h`, `3d`.
    /// Never traps: what is not a finite number of seconds within a thousand years is shown as it is.
    public static func format(_ seconds: TimeInterval) -> String {
        guard seconds.isFinite, abs(seconds) < 1000 * 365 * 86400 else { return "\(seconds)s" }
        var rest = Int(seconds.rounded())
        guard rest > 0 else { return "0s" }
        var out = ""
        for (unit, size) in [("d", 86400), ("h", 3600), ("m", 60), ("s", 1)] where rest >= size {
            out += "\(rest / size)\(unit)"
            rest %= size
        }
        return out
    }
}
