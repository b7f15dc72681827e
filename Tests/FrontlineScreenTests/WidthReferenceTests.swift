import Foundation
import XCTest
@testable import FrontlineScreen

/// The display width table checked against a reference: Python's `wcwidth` package, summed
/// per code point over the text as drawn (after `SafeText.visible`), which is what tmux, the
/// terminals and the smoke tool's border check count. Skipped where Python or the package
/// is missing (pip install wcwidth).
final class WidthReferenceTests: XCTestCase {
    /// Samples of every class of code point the console can meet, named by class.
    static var samples: [(String, String)] {
        func every(_ range: ClosedRange<UInt32>, step: UInt32 = 1) -> [String] {
            stride(from: range.lowerBound, through: range.upperBound, by: Int(step)).compactMap { Unicode.Scalar($0) }
                .filter { ($0.properties.age.map { $0.major < 15 } ?? false) && $0.properties.generalCategory != .unassigned }
                .map { String($0) }
        }
        var all: [(String, String)] = []
        func add(_ name: String, _ texts: [String]) { all += texts.map { (name, $0) } }
        add("ascii", every(0x20...0x7E))
        add("latin and greek", every(0xA1...0x24F) + every(0x370...0x3FF))
        add("cjk", every(0x4E00...0x9FFF, step: 53) + every(0x3400...0x4DBF, step: 41) + every(0x20000...0x2A6DF, step: 997)
            + every(0x3000...0x303E) + every(0xFF01...0xFF60) + every(0x3041...0x30FF) + every(0xF900...0xFAFF, step: 7))
        add("hangul syllables", every(0xAC00...0xD7A3, step: 31) + ["한국어", "김민준"])
        add("conjoining jamo", every(0x1100...0x11FF) + every(0xA960...0xA97C) + every(0xD7B0...0xD7FB)
            + ["\u{1112}\u{1161}\u{11AB}", "\u{1100}\u{1161}", "\u{1100}\u{1161}\u{11A8}\u{1100}\u{1161}"])
        add("emoji", every(0x1F300...0x1F5FF) + every(0x1F600...0x1F64F) + every(0x1F680...0x1F6FF) + every(0x1F900...0x1F9FF)
            + every(0x2600...0x27BF) + ["😀", "❤", "⌚", "☀"])
        add("zwj sequences", ["\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} Lee", "\u{1F469}\u{200D}\u{1F9B0}",
                              "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}", "\u{1F9D1}\u{200D}\u{1F4BB}",
                              "\u{1F468}\u{1F3FD}\u{200D}\u{1F692}", "\u{1F441}\u{FE0F}\u{200D}\u{1F5E8}\u{FE0F}"])
        add("flags", ["\u{1F1EF}\u{1F1F5}", "\u{1F1FA}\u{1F1F8}\u{1F1F0}\u{1F1F7}", "\u{1F1E6}", "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"])
        add("skin tones", ["\u{1F44D}\u{1F3FD}", "\u{1F44B}\u{1F3FB}\u{1F44B}\u{1F3FF}", "\u{1F3FD}", "x\u{1F3FB}"])
        add("variation selectors", ["\u{2764}\u{FE0F}", "\u{263A}\u{FE0F}", "\u{2764}\u{FE0E}", "\u{1F600}\u{FE0F}"])
        add("keycaps", ["1\u{FE0F}\u{20E3}", "#\u{FE0F}\u{20E3}", "*\u{20E3}"])
        add("combining marks", every(0x300...0x36F).map { "a" + $0 } + every(0x20D0...0x20F0).map { "x" + $0 }
            + ["e\u{301}", "Zoe\u{308}", "Ṱ̺̺̕o͞ ̷i̲̬͇̪͙n̝̗͕v̟̜̘̦͟o̶̙̰̠kè͚̮̺̪̹̱̤"])
        add("format", ["a\u{200B}b", "\u{FEFF}x", "\u{00AD}"])
        return all
    }

    func testWidthsAgreeWithPythonWcwidthSummedPerCodePoint() throws {
        let samples = Self.samples
        let drawn = samples.map { SafeText.visible($0.1) }
        let reference = try Self.pythonWidths(drawn)
        var wrong: [String: [String]] = [:]
        for (index, (name, text)) in samples.enumerated() where DisplayWidth.of(text) != reference[index] {
            let codes = text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
            wrong[name, default: []].append("\(codes): ours \(DisplayWidth.of(text)), wcwidth \(reference[index])")
        }
        XCTAssertTrue(wrong.isEmpty, wrong.map { "\($0.key) (\($0.value.count)): \($0.value.prefix(8).joined(separator: "; "))" }.joined(separator: "\n"))
        XCTAssertGreaterThan(samples.count, 1500)
    }

    func testAnEmojiFamilyIsDrawnAsItsPartsAndKeepsTheBorder() {
        XCTAssertEqual(SafeText.visible("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} Lee"), "\u{1F468}\u{1F469}\u{1F467} Lee")
        XCTAssertEqual(DisplayWidth.of("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} Lee"), 10)
        var buffer = ScreenBuffer(width: 14, height: 1)
        buffer.write("│" + DisplayWidth.pad("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} Lee", to: 12) + "│", x: 0, y: 0)
        let row = buffer.lines()[0]
        XCTAssertTrue(row.hasPrefix("│") && row.hasSuffix("│"), row)
        XCTAssertFalse(row.unicodeScalars.contains("\u{200D}"), "no joiner reaches the terminal")
    }

    /// A skip on a developer's machine; in CI (which installs the reference) a failure, so the
    /// width check can never silently stop running there.
    static func missingReference(_ reason: String) -> Error {
        struct MissingReference: Error, CustomStringConvertible { let description: String }
        if ProcessInfo.processInfo.environment["CI"] == "true" { return MissingReference(description: reason) }
        return XCTSkip(reason)
    }

    /// `sum(wcwidth(c) for c in text)` for each text, computed by Python.
    static func pythonWidths(_ texts: [String]) throws -> [Int] {
        let script = """
        import json, sys
        try:
            from wcwidth import wcwidth
        except ImportError:
            sys.exit(3)
        texts = json.load(sys.stdin)
        print(json.dumps([sum(max(0, wcwidth(c)) for c in t) for t in texts]))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        do { try process.run() } catch { throw missingReference("python3 is not installed") }
        input.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: texts))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 3 { throw missingReference("the Python wcwidth package is not installed (pip install wcwidth)") }
        guard process.terminationStatus == 0, let widths = try JSONSerialization.jsonObject(with: data) as? [Int] else {
            throw missingReference("python3 could not compute the reference widths")
        }
        return widths
    }
}

final class JoinerTests: XCTestCase {
    /// tmux joins what follows a zero-width joiner into the cell before it, so a joiner left
    /// anywhere (a piece of a wrapped line that starts with one) would pull the next
    /// character, the program's own marks included, one column left.
    func testNoJoinerIsEverDrawn() {
        for text in ["\u{200D}▸ h", "a\u{200D}b", "\u{1F469}\u{200D}", "\u{200D}"] {
            XCTAssertFalse(SafeText.visible(text).unicodeScalars.contains("\u{200D}"), text)
            var buffer = ScreenBuffer(width: 8, height: 1)
            buffer.write(text, x: 0, y: 0)
            XCTAssertFalse(buffer.lines()[0].unicodeScalars.contains("\u{200D}"), text)
        }
    }
}
