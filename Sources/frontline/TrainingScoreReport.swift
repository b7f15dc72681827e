import Foundation
import FrontlineConfig
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// A training score as people read it: one run after the shift, or several side by side for a mentor.
enum TrainingScoreReport {
    /// The score of one run, with each forbidden sentence and each incomplete complaint spelled out.
    static func single(_ run: TrainingRun) -> String {
        guard let score = run.score else { return "run \(run.id) has no score yet" }
        var text = "Training score: run \(run.id), \(SafeText.visible(run.scenario)), seed \(run.seed), speed \(DemoRunCommand.number(run.speed))x, "
            + "\(score.contacts) simulated contacts\n\n"
        text += TextTable.render(headers: ["measure", "this run"], rows: rows(score).map { [$0.label, $0.value] })
        if !score.forbidden.isEmpty {
            text += "\n\nForbidden wording sent:"
            for use in score.forbidden { text += "\n  contact \(use.contactId): \"\(SafeText.visible(use.words))\" in: \(SafeText.visible(use.sentence))" }
        }
        if !score.incompleteComplaints.isEmpty {
            text += "\n\nComplaints missing a required field:"
            for complaint in score.incompleteComplaints { text += "\n  complaint \(complaint.complaintId): \(complaint.missing.joined(separator: ", "))" }
        }
        return text
    }

    /// Runs as columns, the measures as rows.
    static func sideBySide(_ runs: [TrainingRun]) -> String {
        let headers = ["run"] + runs.map { "#\($0.id) \(SafeText.visible($0.scenario))" }
        let scored = runs.compactMap(\.score).map(rows)
        let labels = rows(TrainingScore()).map(\.label)
        var table = [["started"] + runs.map { Timestamp.format($0.startedAt).prefix(16).replacingOccurrences(of: "T", with: " ") }]
        table.append(["agent"] + runs.map { SafeText.visible($0.agent) })
        table += labels.indices.map { row in [labels[row]] + scored.map { $0[row].value } }
        return TextTable.render(headers: headers, rows: table)
    }

    static func json(_ runs: [TrainingRun]) throws -> String {
        try JSONOutput.text(runs.map { run -> [String: Any] in
            var object: [String: Any] = [
                "run": run.id, "scenario": run.scenario, "seed": run.seed, "speed": run.speed, "rate": JSONOutput.value(run.rate),
                "agent": run.agent, "started_at": JSONOutput.time(run.startedAt), "ended_at": JSONOutput.time(run.endedAt),
            ]
            if let score = run.score, let data = try? JSONEncoder().encode(score),
               let value = try? JSONSerialization.jsonObject(with: data) {
                object["score"] = value
            }
            return object
        })
    }

    /// Each measure with its value, in the order both reports show them.
    static func rows(_ score: TrainingScore) -> [(label: String, value: String)] {
        func share(_ part: Int, _ whole: Int) -> String {
            whole == 0 ? "-" : "\(part) of \(whole) (\(Int((Double(part) / Double(whole) * 100).rounded()))%)"
        }
        func time(_ seconds: Double?) -> String { seconds.map { DurationFormat.clock(Int($0.rounded())) } ?? "-" }
        let words = PoliteWord.allCases.map { "\($0.rawValue) \(score.politeWords[$0.rawValue, default: 0])" }.joined(separator: ", ")
        return [
            ("calls picked up within \(DurationText.format(score.pickupTarget))", share(score.callsInTime, score.calls)),
            ("pickup time median / 95th", "\(time(score.pickupMedian)) / \(time(score.pickupP95))"),
            ("abandoned calls", "\(score.abandonedCalls)"),
            ("chat replies within \(DurationText.format(score.replyTarget))", share(score.chatRepliesInTime, score.chatReplies)),
            ("reply time median / 95th", "\(time(score.replyMedian)) / \(time(score.replyP95))"),
            ("forbidden wording sent", "\(score.forbidden.count)"),
            ("greeting in the first reply", share(score.greeted, score.conversations)),
            ("goodbye in the last reply", share(score.farewelled, score.conversations)),
            ("all five polite words", share(score.allFivePoliteWords, score.conversations)),
            ("polite words (conversations)", words),
            ("complaints filed when expected", share(score.complaintsExpectedFiled, score.complaintsExpected)),
            ("complaints with every field", share(score.complaintsComplete, score.complaintsFiled)),
        ]
    }
}
