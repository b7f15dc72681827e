import Foundation

/// How a trainee did in one run, on what the manuals care about. Computed by `init(record:...)`
/// from the stored contacts and transcripts, never counted along the way, so it can be recomputed.
public struct TrainingScore: Codable, Equatable, Sendable {
    /// The targets the shares are counted against (the policy's pickup and chat-reply timers).
    public var pickupTarget: TimeInterval = 180
    public var replyTarget: TimeInterval = 300
    /// Calls that arrived: picked up, hung up, or still waiting at the end.
    public var calls = 0
    public var callsInTime = 0
    /// Calls nobody picked up: the caller hung up, or was still waiting when the trainee quit.
    public var abandonedCalls = 0
    /// Seconds from queue entry to pickup of each picked-up call.
    public var pickupMedian: Double?
    public var pickupP95: Double?
    /// Chat customer messages that were answered, or still unanswered past the target at the end.
    public var chatReplies = 0
    public var chatRepliesInTime = 0
    /// Seconds from each unanswered chat message to the agent's answer.
    public var replyMedian: Double?
    public var replyP95: Double?
    public var forbidden: [ForbiddenUse] = []
    /// Chats and emails the trainee wrote in.
    public var conversations = 0
    /// Conversations whose first reply greets and whose last says goodbye.
    public var greeted = 0
    public var farewelled = 0
    /// Conversations that used each of the five basic polite words, and all five.
    public var politeWords: [String: Int] = [:]
    public var allFivePoliteWords = 0
    /// Complaints the angry customers expected, and how many of those were filed.
    public var complaintsExpected = 0
    public var complaintsExpectedFiled = 0
    public var complaintsFiled = 0
    public var complaintsComplete = 0
    public var incompleteComplaints: [IncompleteComplaint] = []
    /// Simulated contacts that arrived.
    public var contacts = 0

    public struct ForbiddenUse: Codable, Equatable, Sendable {
        public var contactId: Int64
        public var words: String
        /// The sentence of the reply it was in.
        public var sentence: String
    }

    public struct IncompleteComplaint: Codable, Equatable, Sendable {
        public var complaintId: Int64
        public var missing: [String]
    }

    public init() {}

    public init(record: TrainingRecord, pickupTarget: TimeInterval = 180, replyTarget: TimeInterval = 300,
                wording: WordingGuard = .shipped) {
        contacts = record.visitors.count
        self.pickupTarget = pickupTarget
        self.replyTarget = replyTarget
        var pickups: [Double] = [], replies: [Double] = []
        for visitor in record.visitors {
            let contact = visitor.contact
            switch contact.channel {
            case .phone, .callback:
                if let taken = contact.takenAt {
                    let waited = taken.timeIntervalSince(contact.queuedAt)
                    pickups.append(waited)
                    calls += 1
                    if waited <= pickupTarget { callsInTime += 1 }
                } else if contact.state == .abandoned || (contact.state == .waiting && contact.queuedAt <= record.end) {
                    // Quitting with a call still waiting leaves that caller unanswered, however
                    // short the wait so far: it counts against the trainee as a hang-up does.
                    calls += 1
                    abandonedCalls += 1
                }
            case .chat:
                let times = Self.replyTimes(visitor.messages)
                replies += times.answered
                chatReplies += times.answered.count
                chatRepliesInTime += times.answered.filter { $0 <= replyTarget }.count
                // A chat customer's last line is often a thank-you that wants no answer: only one
                // left unanswered past the target counts as missed.
                if contact.state.isOpen, let since = times.unansweredSince, record.end.timeIntervalSince(since) > replyTarget {
                    chatReplies += 1
                }
            case .email:
                break
            }
            scoreWriting(visitor, wording: wording)
            scoreComplaints(visitor)
        }
        (pickupMedian, pickupP95) = (Self.median(pickups), Self.percentile95(pickups))
        (replyMedian, replyP95) = (Self.median(replies), Self.percentile95(replies))
    }

    /// The required fields a complaint lacks, by the one definition the complaint form uses too.
    public static func missingFields(_ complaint: Complaint) -> [String] {
        complaint.missingRequirements.map(\.rawValue)
    }

    private mutating func scoreWriting(_ visitor: RecordedVisitor, wording: WordingGuard) {
        let sent = visitor.messages.filter { $0.direction == .outbound }
        guard let first = sent.first, let last = sent.last else { return }
        conversations += 1
        if PoliteWord.found(in: first.text, language: visitor.language).contains(.hello) { greeted += 1 }
        if PoliteWord.found(in: last.text, language: visitor.language).contains(.goodbye) { farewelled += 1 }
        let used = sent.reduce(into: Set<PoliteWord>()) { $0.formUnion(PoliteWord.found(in: $1.text, language: visitor.language)) }
        for word in used { politeWords[word.rawValue, default: 0] += 1 }
        if used.count == PoliteWord.allCases.count { allFivePoliteWords += 1 }
        for message in sent {
            for hit in wording.check(message.text, language: visitor.language) {
                forbidden.append(ForbiddenUse(contactId: visitor.contact.id ?? 0, words: hit.words,
                                              sentence: Self.sentence(in: message.text, around: hit.range)))
            }
        }
    }

    private mutating func scoreComplaints(_ visitor: RecordedVisitor) {
        if visitor.expectsComplaint {
            complaintsExpected += 1
            if !visitor.complaints.isEmpty { complaintsExpectedFiled += 1 }
        }
        for complaint in visitor.complaints {
            complaintsFiled += 1
            let missing = Self.missingFields(complaint)
            if missing.isEmpty {
                complaintsComplete += 1
            } else {
                incompleteComplaints.append(IncompleteComplaint(complaintId: complaint.id ?? 0, missing: missing))
            }
        }
    }

    /// Seconds from each customer message that waited (the oldest unanswered one) to the answer,
    /// and since when the last ones are still unanswered.
    static func replyTimes(_ messages: [ChatMessage]) -> (answered: [Double], unansweredSince: Date?) {
        var answered: [Double] = []
        var waitingSince: Date?
        for message in messages.sorted(by: { ($0.at, $0.id ?? 0) < ($1.at, $1.id ?? 0) }) {
            switch message.direction {
            case .inbound: waitingSince = waitingSince ?? message.at
            case .outbound:
                if let since = waitingSince { answered.append(message.at.timeIntervalSince(since)) }
                waitingSince = nil
            }
        }
        return (answered, waitingSince)
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted(), middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The nearest-rank 95th percentile: the smallest value at least 95% of the values do not exceed.
    static func percentile95(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        return sorted[Int((0.95 * Double(sorted.count)).rounded(.up)) - 1]
    }

    /// The sentence of `text` that holds the Characters `range`.
    static func sentence(in text: String, around range: Range<Int>) -> String {
        let characters = Array(text)
        let ends: Set<Character> = ["。", "！", "？", ".", "!", "?", "\n"]
        var start = range.lowerBound
        while start > 0, !ends.contains(characters[start - 1]) { start -= 1 }
        var end = range.upperBound
        while end < characters.count {
            end += 1
            if ends.contains(characters[end - 1]) { break }
        }
        return String(characters[start..<end]).trimmingCharacters(in: .whitespaces)
    }

    // MARK: Shares

    public var callsInTimeShare: Double? { calls == 0 ? nil : Double(callsInTime) / Double(calls) }
    public var chatRepliesInTimeShare: Double? { chatReplies == 0 ? nil : Double(chatRepliesInTime) / Double(chatReplies) }
}
