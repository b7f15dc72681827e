import Foundation

/// One line of the results table.
struct Finding {
    var what: String
    /// The figure the target is about, and the repeated-run summary behind it.
    var measured: String
    var target: String
    /// measured / target for "at most" targets, target / measured for "at least" ones: ≤ 1 holds.
    var ratioToTarget: Double
    var peer: String = "–"
    /// measured / peer: below 1 beats the peer.
    var ratioToPeer: Double = .nan
    /// For targets that are not a single number (zero taken twice; CPU ≤ peer's).
    var holdsOverride: Bool?
    /// A figure asked for without a target (shown with "–" under holds).
    var reportOnly = false

    var holds: Bool { holdsOverride ?? (ratioToTarget <= 1) }
    var holdsText: String { reportOnly ? "–" : holds ? "yes" : "**no**" }
}

/// The markdown that Benchmarks/run prints and puts into BENCHMARKS.md between its markers.
enum Report {
    static let startMarker = "<!-- results:start (written by Benchmarks/run; do not edit by hand) -->"
    static let endMarker = "<!-- results:end -->"

    static func markdown(_ findings: [Finding], machine: String, notes: [String]) -> String {
        var lines = [
            "| what | measured | target | vs target | peer / floor (same run) | vs peer | holds |",
            "|---|---|---|---|---|---|---|",
        ]
        lines += findings.map(row)
        return ([machine, ""] + lines + [""] + notes.map { "- " + $0 }).joined(separator: "\n")
    }

    /// Replaces what is between the markers in `path`, or appends the block when there are none.
    static func write(_ block: String, into path: String) throws {
        let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let wrapped = startMarker + "\n" + block + "\n" + endMarker
        let updated: String
        if let start = existing.range(of: startMarker), let end = existing.range(of: endMarker, range: start.upperBound..<existing.endIndex) {
            updated = existing.replacingCharacters(in: start.lowerBound..<end.upperBound, with: wrapped)
        } else {
            updated = existing + (existing.isEmpty ? "" : "\n") + wrapped + "\n"
        }
        try updated.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// For a run of some benchmarks only (`--only`): replaces the rows of the block in `path`
    /// that have the same "what" and appends the new ones, so the other figures stay as they were
    /// taken; the notes say which rows came from which run.
    static func merge(_ findings: [Finding], only: String, machine: String, notes: [String], into path: String) throws {
        let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        guard let start = existing.range(of: startMarker), let end = existing.range(of: endMarker, range: start.upperBound..<existing.endIndex) else {
            return try write(markdown(findings, machine: machine, notes: notes), into: path)
        }
        var lines = existing[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var fresh = findings
        for (index, line) in lines.enumerated() {
            let what = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().first?.trimmingCharacters(in: .whitespaces)
            if let what, let found = fresh.firstIndex(where: { $0.what == what }) {
                lines[index] = row(fresh.remove(at: found))
            }
        }
        let lastRow = lines.lastIndex { $0.hasPrefix("|") } ?? lines.count - 1
        lines.insert(contentsOf: fresh.map(row), at: lastRow + 1)
        let ran = "- Rows of `--only \(only)`:"
        lines.removeAll { $0.hasPrefix(ran) }   // the note of an earlier such run
        let note = ran + " " + machine + " " + notes.joined(separator: " ")
        while lines.last?.isEmpty == true { lines.removeLast() }
        lines.append(note)
        let block = lines.joined(separator: "\n").trimmingCharacters(in: .newlines)
        try write(block, into: path)
    }

    static func row(_ f: Finding) -> String {
        "| \(f.what) | \(f.measured) | \(f.target) | \(Format.ratio(f.ratioToTarget)) | \(f.peer) | \(Format.ratio(f.ratioToPeer)) | \(f.holdsText) |"
    }

    /// The machine the figures were taken on, and how busy it was.
    static func machine() -> String {
        func run(_ command: String) -> String {
            (try? Spawn.output("/bin/sh", ["-c", command], environment: ProcessInfo.processInfo.environment))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
        }
        let cpu = run("lscpu | sed -n 's/^Model name: *//p' | head -1")
        let cores = run("nproc")
        let memory = run("free -g | awk '/^Mem:/ {print $2 \" GiB\"}'")
        let load = run("cut -d' ' -f1-3 /proc/loadavg")
        let sqlite = run("sqlite3 --version | cut -d' ' -f1")
        let htop = run("htop --version | head -1")
        let commit = run("git rev-parse --short HEAD 2>/dev/null")
        let date = ISO8601DateFormatter().string(from: Date())
        return "Taken \(date) at commit `\(commit)` on \(cpu), \(cores) cores, \(memory); load average at the start \(load). Peers: sqlite3 \(sqlite), \(htop)."
    }
}
