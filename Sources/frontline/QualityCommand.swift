import ArgumentParser
import Foundation
import FrontlineConfig
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// `frontline qa`: quality checks of a random share of the ended contacts (docs/quality.md).
struct QualityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qa", abstract: "Quality checks: sample ended contacts, score them on the scorecard, dispute and settle.",
        discussion: "See docs/quality.md. The scorecard is quality.toml in the config folder, else the manuals' card built in.",
        subcommands: [QualityCheckCommand.self, QualitySampleCommand.self, QualityListCommand.self, QualityReviewCommand.self,
                      QualityDisputeCommand.self, QualitySettleCommand.self],
        defaultSubcommand: QualityListCommand.self)
}

/// `--scorecard PATH`: the quality scorecard in effect.
struct ScorecardOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The scorecard file. Default: $XDG_CONFIG_HOME/frontline/quality.toml, else ~/.config/frontline/quality.toml; the built-in card when there is none.",
                               valueName: "path"))
    var scorecard: String?

    var path: String { scorecard.map { ($0 as NSString).expandingTildeInPath } ?? ScorecardFile.defaultPath }

    func load() throws -> Scorecard {
        if scorecard != nil, !FileManager.default.fileExists(atPath: path) {
            throw CommandFailure.usage("no scorecard file at \(path); check --scorecard, or leave it out for the built-in card")
        }
        do {
            return try ScorecardFile.inEffect(path: path)
        } catch let mistakes as FileMistakes {
            throw CommandFailure.badData(mistakes.report(for: path))
        }
    }
}

/// `--score NAME=POINTS ...` read into a dictionary; a malformed one is a usage error.
enum ScoreArguments {
    static func parse(_ texts: [String]) throws -> [String: Int] {
        var scores: [String: Int] = [:]
        for text in texts {
            let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, let points = Int(parts[1]) else {
                throw CommandFailure.usage("--score \(SafeText.visible(text)): write CRITERION=POINTS, such as --score greeting=10")
            }
            guard scores[parts[0]] == nil else { throw CommandFailure.usage("--score \(parts[0]) is given twice") }
            scores[parts[0]] = points
        }
        return scores
    }

    /// The total of `scores` on `card`, or the card's refusal as bad data.
    static func total(_ scores: [String: Int], on card: Scorecard) throws -> Double {
        switch card.total(scores) {
        case .success(let total): return total
        case .failure(let problem): throw CommandFailure.badData(problem.description)
        }
    }
}

/// `frontline qa check [FILE]`.
struct QualityCheckCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check a scorecard file and print its criteria (without FILE: the card in effect).",
        discussion: "Exit 0 when the file is good, 65 with every mistake and its line when not.")

    @Argument(help: "The scorecard file. Default: quality.toml in the config folder.")
    var file: String?

    @Flag(help: "Print the card in the file format (a start for a team's quality.toml).")
    var export = false

    func execute() throws {
        let path = file.map { ($0 as NSString).expandingTildeInPath } ?? ScorecardFile.defaultPath
        let card: Scorecard
        if file == nil, !FileManager.default.fileExists(atPath: path) {
            card = .shipped
            if !export { print("no scorecard at \(path): the built-in card is in effect") }
        } else {
            guard FileManager.default.fileExists(atPath: path) else { throw CommandFailure.usage("no scorecard file at \(path)") }
            do { card = try ScorecardFile.read(path: path) } catch let mistakes as FileMistakes {
                throw CommandFailure.badData(mistakes.report(for: path))
            }
            if !export { print("\(path): ok, \(card.criteria.count) criteria, \(card.maximum) points") }
        }
        if export { return print(ScorecardFile.render(card), terminator: "") }
        print(TextTable.render(headers: ["criterion", "points", "what is checked"],
                               rows: card.criteria.map { [$0.id, String($0.points), SafeText.visible($0.title)] }, rightAligned: [1]))
    }
}

/// `frontline qa sample --percent 20 --period quarter [--seed S]`.
struct QualitySampleCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample", abstract: "Draw a share of each agent's ended contacts for review; queue a re-call for each call (supervisors).",
        discussion: """
            Per agent, PERCENT of the contacts that ended in the period and were never sampled before, rounded up (everyone with \
            work gets at least one). The same seed over the same contacts draws the same sample; the seed is printed.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The share to draw, in percent (more than 0, at most 100).", valueName: "percent"))
    var percent: Double = 20

    @OptionGroup var period: NamedPeriodOptions

    @Option(help: ArgumentHelp("The random seed (a whole number); default: a fresh one, printed.", valueName: "seed"))
    var seed: UInt64?

    func validate() throws {
        guard percent > 0, percent <= 100 else { throw ValidationError("--percent must be more than 0 and at most 100") }
    }

    func execute() throws {
        let now = Date()
        let (start, end) = try period.interval(around: now, default: .quarter)
        let store = try database.openDatabase()
        let person = try ActingOptions.resolve(nil, in: store, at: now).person
        do { try Authority.require(.sampleQuality, by: person) } catch let refusal as AuthorityRefusal {
            throw CommandFailure.badData(refusal.description)
        }
        let seed = seed ?? UInt64.random(in: 0...UInt64(Int64.max))
        let result = try store.sampleForQuality(percent: percent, from: start, to: end, seed: seed, by: person.name, at: now)
        let agents = result.candidatesPerAgent.keys.sorted()
        if !agents.isEmpty {
            print(TextTable.render(headers: ["agent", "ended", "sampled"], rows: agents.map {
                [SafeText.visible($0), String(result.candidatesPerAgent[$0] ?? 0), String(result.perAgent[$0]?.count ?? 0)]
            }, rightAligned: [1, 2]))
        }
        print("\(result.total) review\(result.total == 1 ? "" : "s") queued, \(result.recalls) re-call\(result.recalls == 1 ? "" : "s"); "
              + "period \(Timestamp.format(start)) to \(Timestamp.format(end)); seed \(result.seed)")
    }
}

/// `frontline qa list [--agent NAME] [--state S]`.
struct QualityListCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The review tasks, oldest first.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Only this agent's contacts.", valueName: "name"))
    var agent: String?

    @Option(help: ArgumentHelp("Only reviews in this state: open, reviewed, disputed, settled.", valueName: "state"))
    var state: QualityReviewState?

    @Option(help: ArgumentHelp("At most this many (1-100000).", valueName: "n"))
    var limit = 500

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    func validate() throws {
        guard (1...100_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 100000") }
    }

    func execute() throws {
        let reviews = try database.openDatabaseForReading().qualityReviews(agent: agent, state: state, limit: limit)
        if json { return print(try JSONOutput.text(reviews.map(QualityJSON.object))) }
        guard !reviews.isEmpty else { return print("no quality reviews" + (state.map { " \($0.rawValue)" } ?? "")) }
        print(TextTable.render(headers: ["id", "contact", "agent", "channel", "ended", "state", "reviewer", "score"], rows: reviews.map { review in
            [String(review.id), String(review.contactId), SafeText.visible(review.agent), review.channel.rawValue, Timestamp.format(review.endedAt),
             review.state.rawValue, review.reviewer.map(SafeText.visible) ?? "-", QualityJSON.percent(review.finalPercent ?? review.totalPercent)]
        }, rightAligned: [0, 1, 7]))
    }
}

extension QualityReviewState: ExpressibleByArgument {}

/// A review as `qa list --json` writes it: every key present.
enum QualityJSON {
    static func object(_ review: QualityReview) -> [String: Any] {
        ["id": review.id, "contact_id": review.contactId, "agent": review.agent, "channel": review.channel.rawValue,
         "ended_at": Timestamp.format(review.endedAt), "state": review.state.rawValue, "seed": String(review.seed),
         "period_start": Timestamp.format(review.periodStart), "period_end": Timestamp.format(review.periodEnd),
         "sampled_by": review.sampledBy, "recall_contact_id": JSONOutput.value(review.recallContactId),
         "reviewer": JSONOutput.value(review.reviewer), "reviewed_at": JSONOutput.time(review.reviewedAt), "scores": review.scores,
         "total_percent": JSONOutput.value(review.totalPercent), "comment": review.comment,
         "dispute_reason": JSONOutput.value(review.disputeReason), "disputed_at": JSONOutput.time(review.disputedAt),
         "settler": JSONOutput.value(review.settler), "settled_at": JSONOutput.time(review.settledAt),
         "settled_scores": JSONOutput.value(review.settledScores), "settled_percent": JSONOutput.value(review.settledPercent),
         "settle_comment": JSONOutput.value(review.settleComment), "final_percent": JSONOutput.value(review.finalPercent)]
    }

    static func percent(_ value: Double?) -> String { value.map { String(format: "%.1f%%", $0) } ?? "-" }
}

/// `frontline qa review ID [--score C=P ...] [--comment T]`.
struct QualityReviewCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Show a sampled contact with its scorecard; with --score, record a supervisor's scores.",
        discussion: """
            Without --score: the transcript, the forbidden wording the agent's replies contain, the wrap-up, and the scorecard. \
            With --score: every criterion of the card as --score NAME=POINTS, and an optional --comment; the review becomes reviewed.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var card: ScorecardOptions
    @OptionGroup var wording: WordingOptions

    @Argument(help: "The review's id (see 'frontline qa list').")
    var id: Int64

    @Option(name: .customLong("score"), help: ArgumentHelp("A criterion's points, as NAME=POINTS; repeat for each.", valueName: "name=points"))
    var scores: [String] = []

    @Option(help: ArgumentHelp("The reviewer's comment.", valueName: "text"))
    var comment: String?

    func execute() throws {
        let scorecard = try card.load()
        if !scores.isEmpty {
            let given = try ScoreArguments.parse(scores)
            let total = try ScoreArguments.total(given, on: scorecard)
            let store = try database.openDatabase()
            let person = try ActingOptions.resolve(nil, in: store).person
            let review = try store.reviewQuality(id: id, by: person, scores: given, totalPercent: total, comment: comment ?? "", at: Date())
            return print("review \(review.id): \(review.state.rawValue), \(QualityJSON.percent(review.totalPercent))")
        }
        if comment != nil { throw CommandFailure.usage("--comment goes with --score; give the scores too") }
        let store = try database.openDatabaseForReading()
        guard let review = try store.qualityReview(id: id) else {
            throw CommandFailure.badData("there is no quality review \(id); see 'frontline qa list'")
        }
        print(try QualityReviewPage.text(review, store: store, card: scorecard, wording: try wording.load()))
    }
}

/// The page `qa review ID` prints: everything a reviewer needs, outside text made safe.
enum QualityReviewPage {
    static func text(_ review: QualityReview, store: any FrontlineStores, card: Scorecard, wording: WordingGuard) throws -> String {
        var lines: [String] = []
        let contact = try store.contact(id: review.contactId)
        let customer = try contact.flatMap { try store.customer(id: $0.customerId) }
        lines.append("Review \(review.id) — contact \(review.contactId), \(review.channel.rawValue), agent \(SafeText.visible(review.agent)), ended \(Timestamp.format(review.endedAt))")
        lines.append("State: \(review.state.rawValue)" + (review.recallContactId.map { "; re-call: call-back \($0)" } ?? ""))
        if let customer { lines.append("Customer: \(SafeText.visible(customer.name)) (\(customer.language.rawValue))") }
        lines.append("")
        lines.append("Transcript:")
        let messages = try store.transcript(contactId: review.contactId, limit: 500)
        if messages.isEmpty { lines.append("  (no written messages: a call; re-call the customer to check it)") }
        var hits: [String] = []
        for message in messages {
            let who = message.direction == .inbound ? "customer" : (message.agent.map(SafeText.visible) ?? "agent")
            lines.append("  \(Timestamp.format(message.at))  \(who): \(SafeText.visible(message.text))")
            guard message.direction == .outbound else { continue }
            // Every language's rules, the customer's first: a reply in another language than the file says is still checked.
            let languages = [customer?.language ?? .en] + Language.allCases.filter { $0 != customer?.language }
            var seen = Set<String>()
            for hit in languages.flatMap({ wording.check(message.text, language: $0) }) where seen.insert(hit.rule.id + "\u{1F}" + hit.words).inserted {
                hits.append("  \(SafeText.visible(hit.words)) (\(hit.rule.id)) in “\(SafeText.visible(message.text))”")
            }
        }
        lines.append("")
        lines.append("Forbidden wording in the agent's replies: " + (hits.isEmpty ? "none found" : "\(hits.count)"))
        lines += hits
        lines.append("")
        if let wrapUp = try store.latestWrapUps(contactIds: [review.contactId])[review.contactId] {
            lines.append("Wrap-up: " + (wrapUp.entry.codes.isEmpty ? "-" : wrapUp.entry.codes.map(SafeText.visible).joined(separator: ", "))
                         + (wrapUp.entry.summary.isEmpty ? "" : " — \(SafeText.visible(wrapUp.entry.summary))"))
        } else {
            lines.append("Wrap-up: none recorded")
        }
        lines.append("")
        lines.append("Scorecard:")
        let given = review.settledScores ?? review.scores
        lines.append(TextTable.render(headers: ["criterion", "points", "given", "what is checked"], rows: card.criteria.map {
            [$0.id, String($0.points), given[$0.id].map(String.init) ?? "-", SafeText.visible($0.title)]
        }, rightAligned: [1, 2]))
        if let total = review.totalPercent { lines.append("Total: \(QualityJSON.percent(total)) by \(SafeText.visible(review.reviewer ?? "-"))") }
        if !review.comment.isEmpty { lines.append("Comment: \(SafeText.visible(review.comment))") }
        if let reason = review.disputeReason { lines.append("Disputed: \(SafeText.visible(reason))") }
        if let settler = review.settler {
            lines.append("Settled by \(SafeText.visible(settler)): \(QualityJSON.percent(review.finalPercent))"
                         + (review.settleComment.map { " — \(SafeText.visible($0))" } ?? ""))
        }
        if review.state == .open {
            lines.append("Score it: frontline qa review \(review.id) " + card.criteria.map { "--score \($0.id)=\($0.points)" }.joined(separator: " ")
                         + " --comment TEXT")
        }
        return lines.joined(separator: "\n")
    }
}

/// `frontline qa dispute ID --reason T`.
struct QualityDisputeCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispute", abstract: "Dispute the review of your own contact; another supervisor settles it.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The review's id.")
    var id: Int64

    @Option(help: ArgumentHelp("Why you dispute it.", valueName: "text"))
    var reason: String

    func execute() throws {
        let store = try database.openDatabase()
        let person = try ActingOptions.resolve(nil, in: store).person
        let review = try store.disputeQuality(id: id, by: person, reason: reason, at: Date())
        print("review \(review.id): \(review.state.rawValue)")
    }
}

/// `frontline qa settle ID (--score C=P ... | --keep) --comment T`.
struct QualitySettleCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "settle", abstract: "Settle a disputed review (a supervisor other than its reviewer): new scores, or --keep the reviewer's.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var card: ScorecardOptions

    @Argument(help: "The review's id.")
    var id: Int64

    @Option(name: .customLong("score"), help: ArgumentHelp("A criterion's new points, as NAME=POINTS; repeat for each.", valueName: "name=points"))
    var scores: [String] = []

    @Flag(help: "Keep the reviewer's scores.")
    var keep = false

    @Option(help: ArgumentHelp("Why it was settled so.", valueName: "text"))
    var comment: String

    func execute() throws {
        guard keep != !scores.isEmpty else { throw CommandFailure.usage("give new scores with --score, or --keep the reviewer's; one of them") }
        guard !comment.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw CommandFailure.usage("--comment is empty; say why it was settled so")
        }
        var given: [String: Int]?
        var total: Double?
        if !keep {
            let parsed = try ScoreArguments.parse(scores)
            total = try ScoreArguments.total(parsed, on: try card.load())
            given = parsed
        }
        let store = try database.openDatabase()
        let person = try ActingOptions.resolve(nil, in: store).person
        let review = try store.settleQuality(id: id, by: person, scores: given, totalPercent: total, comment: comment, at: Date())
        print("review \(review.id): \(review.state.rawValue), \(QualityJSON.percent(review.finalPercent))")
    }
}
