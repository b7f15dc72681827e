import Foundation
import FrontlineCore
import XCTest
@testable import FrontlineConfig

/// Every parser of a hand-edited file, fed random and extreme input: each either parses
/// within its ranges or reports mistakes with their lines; none traps (a trap would end
/// this test process). Seeded, so a failure can be replayed.
final class ParserPropertyTests: XCTestCase {
    private var rng = SplitMix64(seed: 0x5EC)

    /// Numbers and words a tester tries.
    static let extremes = ["99999999999999999999h", "1e308", "-1e308", "1e308s", "inf", "nan", "-0", "0", "-1", "9223372036854775807",
                           "-9223372036854775808", "9223372036854775808", "0.0000001s", "1.5.5m", "..h", "1h-1m", "٣m", "３m", "1ｈ",
                           "99999999999d", "365d", "366d", "8760h", "525601m", "31536001s", "", " ", "h", "1x", "\u{0}", "1\u{202E}m",
                           String(repeating: "9", count: 400) + "s", String(repeating: "1h", count: 2000)]

    private func randomWord() -> String {
        switch rng.int(0...3) {
        case 0: return rng.pick(Self.extremes)
        case 1: return "\(rng.int(-5...99999))\(rng.pick(["s", "m", "h", "d", "", "ms", "y"]))"
        case 2: return String((0..<rng.int(0...12)).map { _ in rng.pick(Array("0123456789.smhd -+e\u{301}中")) })
        default: return "\(rng.int(0...3))h\(rng.int(0...99))m"
        }
    }

    private func randomValue() -> String {
        switch rng.int(0...4) {
        case 0: return TOMLSource.quoted(randomWord())
        case 1: return rng.pick(["99999999999999999999", "9223372036854775807", "-9223372036854775808", "1e308", "-1e308", "inf", "nan", "-0", "0.5", "1.0"])
        case 2: return "\(rng.int(-100000...100000))"
        case 3: return "[" + (0..<rng.int(0...3)).map { _ in TOMLSource.quoted(randomWord()) }.joined(separator: ", ") + "]"
        default: return rng.pick(["true", "\"80%\"", "\"150%\"", "\"-5%\"", "\"09:00-18:00\"", "\"25:00-26:00\""])
        }
    }

    func testDurationsParseWithinAYearOrNotAtAll() {
        for word in Self.extremes + (0..<5000).map({ _ in randomWord() }) {
            if let seconds = DurationText.parse(word) {
                XCTAssertTrue(seconds.isFinite && (0...DurationText.maximum).contains(seconds), "\(word) → \(seconds)")
                XCTAssertEqual(DurationText.parse(DurationText.format(seconds)).map { $0.rounded() }, seconds.rounded(), word)
            }
        }
        XCTAssertNil(DurationText.parse("99999999999999999999h"))
        XCTAssertEqual(DurationText.parse("365d"), DurationText.maximum)
        for value in [Double.infinity, -.infinity, .nan, 1e308, -1e308, 9.3e18, -9.3e18, 0, -0.0] {
            _ = DurationText.format(value)   // never traps
        }
        _ = DurationFormat.clock(Int.min)
        _ = DurationFormat.short(Int.min)
    }

    func testAHugePolicyTargetIsRefusedWithItsLine() {
        let text = "# sla\n\n[timers.pickup]\ntarget = \"99999999999999999999h\"\n"
        guard case .failure(let mistakes) = PolicyFile.parse(text, name: "config.toml") else { return XCTFail("a 10^20-hour target was accepted") }
        XCTAssertEqual(mistakes.errors.map(\.line), [4])
        XCTAssertTrue(mistakes.errors[0].message.contains("365d"), mistakes.description)
    }

    func testRandomPolicyFilesParseInRangeOrNameTheirLines() {
        let sections = ["[timers.pickup]", "[timers.first_response]", "[timers.chat_message_goal]", "[timers.pickup.urgent]", "[abandon]",
                        "[agents]", "[agents.away_limits]", "[calendar]", "[calendar.hours]", "[complaints]", "[bogus]"]
        let keys = ["target", "warning", "clock", "short", "offer", "wrap_up", "lunch", "break", "routing", "time_zone", "mon", "holidays", "x"]
        for round in 0..<400 {
            var text = ""
            for _ in 0..<rng.int(1...4) {
                text += rng.pick(sections) + "\n"
                for _ in 0..<rng.int(0...4) { text += "\(rng.pick(keys)) = \(randomValue())\n" }
            }
            switch PolicyFile.parse(text, name: "p\(round).toml") {
            case .success(let file):
                for kind in TimerKind.allCases {
                    let target = file.policy.rule(kind).target
                    XCTAssertTrue(target.isFinite && target <= DurationText.maximum, "\(kind) \(target) from\n\(text)")
                    _ = DurationText.format(target)
                    _ = DurationFormat.clock(Int(target.rounded()))
                }
            case .failure(let mistakes):
                XCTAssertFalse(mistakes.errors.isEmpty)
                for mistake in mistakes.errors where mistake.line == nil {
                    XCTAssertFalse(mistake.message.isEmpty, text)
                }
                XCTAssertTrue(mistakes.errors.contains { $0.line != nil }, "a line for at least one mistake:\n\(text)\n\(mistakes)")
            }
        }
    }

    func testRandomScenarioPhrasebookWordingAndThemeFilesNeverTrap() {
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<rng.int(1...3) {
                text += rng.pick(["[[arrival]]", "[[phrase]]", "[[rule]]", "[scenario]", "[colors]", "[roles]", "[roles.normal]", ""]) + "\n"
                for _ in 0..<rng.int(0...5) {
                    text += rng.pick(["at", "patience", "length", "rate", "persona", "code", "text", "category", "lang", "pattern",
                                      "fg", "bg", "bold", "title", "lines", "good", "name", "seed"]) + " = \(randomValue())\n"
                }
            }
            if case .failure(let m) = ScenarioFile.parse(text, name: "s.toml", defaultName: "s") { XCTAssertFalse(m.errors.isEmpty) }
            if case .failure(let m) = PhrasebookFile.parse(text, name: "p.toml") { XCTAssertFalse(m.errors.isEmpty) }
            if case .failure(let m) = WordingFile.parse(text, name: "w.toml") { XCTAssertFalse(m.errors.isEmpty) }
            _ = try? ThemeFile.parse(toml: text, name: "t")
        }
    }
}
