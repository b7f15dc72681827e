import Foundation

/// The simulated customers of a training shift. Pure and deterministic: the plan comes from
/// the scenario and the seed, and every later move from the time and what the store shows,
/// so the same seed and the same agent give the same shift, at any clock speed.
///
/// A driver calls `step(at:sights:)` and applies the actions to the store; tests call it with
/// a hand-stepped clock.
public struct TrainingSimulator: Sendable {
    public let start: Date
    /// Every visitor of the shift, in order of arrival.
    public let visitors: [Visitor]
    private var progress: [Progress]

    /// - Parameters:
    ///   - customers: the demo customers visitors are drawn from, in a stable order.
    ///   - rate: random arrivals per minute instead of the scenario's.
    public init(scenario: Scenario, seed: UInt64, customers: [TrainingCustomer], start: Date, rate: Double? = nil) {
        self.start = start
        var plan = Planner(scenario: scenario, seed: seed, customers: customers, start: start)
        visitors = plan.visitors(rate: rate ?? scenario.rate)
        progress = visitors.map { Progress(visitor: $0, seed: seed) }
    }

    /// Everything due by `now`, given what the store shows of the visitors that have arrived.
    public mutating func step(at now: Date, sights: [Int: VisitorSight]) -> [SimAction] {
        var actions: [SimAction] = []
        for index in visitors.indices where !progress[index].done {
            let visitor = visitors[index]
            if !progress[index].arrived {
                guard visitor.arrival <= now else { continue }
                progress[index].arrived = true
                actions.append(.arrive(visitor))
                // Only chats keep talking; an email waits for its answer like a letter does.
                progress[index].done = visitor.channel == .email
                continue
            }
            guard let sight = sights[visitor.number] else { continue }
            if visitor.channel.isWritten {
                actions += progress[index].converse(visitor, sight: sight, now: now)
            } else if sight.state != .waiting {
                progress[index].done = true
            } else if visitor.arrival.addingTimeInterval(visitor.patience) <= now {
                progress[index].done = true
                actions.append(.hangUp(visitor: visitor.number, at: visitor.arrival.addingTimeInterval(visitor.patience)))
            }
        }
        return actions
    }

    /// When the simulator next has something to do if nothing changes in the store; nil when the shift's customers are all done.
    public var nextWake: Date? {
        visitors.indices.compactMap { index -> Date? in
            let visitor = visitors[index], progress = progress[index]
            guard !progress.done else { return nil }
            guard progress.arrived else { return visitor.arrival }
            if !visitor.channel.isWritten { return visitor.arrival.addingTimeInterval(visitor.patience) }
            return progress.pending?.at ?? progress.followUpDue(visitor)
        }.min()
    }

    /// True once every visitor has arrived and has nothing more to do.
    public var isFinished: Bool { progress.allSatisfy(\.done) }
}

/// Where one visitor's conversation stands.
private struct Progress: Sendable {
    var arrived = false
    var done = false
    /// Said the last line: reads further replies but answers no more.
    var finished = false
    var angry: Bool
    var nextLine = 1
    var repliesSeen = 0
    var lastWrote: Date
    var lastReplyAt: Date?
    var followUps = 0
    var pending: (text: String, at: Date, last: Bool)?
    /// Each visitor's own generator, so one visitor's moves never shift another's.
    var rng: SplitMix64

    init(visitor: Visitor, seed: UInt64) {
        angry = visitor.persona == .angry
        lastWrote = visitor.arrival
        rng = SplitMix64(seed: seed ^ (UInt64(visitor.number + 1) &* 0x2545_F491_4F6C_DD1D))
    }

    /// When a customer left unanswered writes again; nil when they will not.
    func followUpDue(_ visitor: Visitor) -> Date? {
        guard !finished, pending == nil, followUps < visitor.persona.followUpLimit,
              lastReplyAt.map({ $0 < lastWrote }) ?? true else { return nil }
        return lastWrote.addingTimeInterval(visitor.persona.followUpAfter)
    }

    mutating func converse(_ visitor: Visitor, sight: VisitorSight, now: Date) -> [SimAction] {
        guard sight.state.isOpen else {
            // Wrapped up: the customer leaves.
            done = true
            return []
        }
        if sight.replies.count > repliesSeen, let reply = sight.replies.last {
            repliesSeen = sight.replies.count
            lastReplyAt = reply.at
            followUps = 0
            if !finished {
                let (text, last) = react(to: reply.text, visitor)
                pending = (text, reply.at.addingTimeInterval(TimeInterval(rng.int(visitor.persona.thinking))), last)
            }
        }
        let lines = PersonaLines.of(visitor.customer.language)
        if let said = pending, said.at <= now {
            pending = nil
            lastWrote = said.at
            finished = said.last
            return [.say(visitor: visitor.number, text: said.text, at: said.at)]
        }
        if let due = followUpDue(visitor), due <= now {
            followUps += 1
            lastWrote = due
            return [.say(visitor: visitor.number, text: rng.pick(lines.followUp), at: due)]
        }
        return []
    }

    /// The customer's answer to a reply, and whether it is their last line.
    mutating func react(to reply: String, _ visitor: Visitor) -> (String, Bool) {
        let language = visitor.customer.language
        let lines = PersonaLines.of(language)
        let lowered = reply.lowercased()
        if !WordingGuard.check(reply, language: language).isEmpty { return (rng.pick(lines.askAgain), false) }
        if angry {
            guard PoliteWord.found(in: reply, language: language).contains(.sorry) else { return (rng.pick(lines.stillAngry), false) }
            angry = false
            return (rng.pick(lines.calmed), false)
        }
        // Only a greeting that asks what it is about: the customer says it again.
        if repliesSeen == 1, let opening = visitor.lines.first, reply.hasSuffix("?") || reply.hasSuffix("？"),
           PoliteWord.found(in: reply, language: language).contains(.hello) {
            return (lines.restate + opening, false)
        }
        let needs = !visitor.good.isEmpty ? visitor.good : visitor.persona == .confused ? lines.explains : []
        if !needs.isEmpty, !needs.contains(where: { lowered.contains($0.lowercased()) }) {
            return (rng.pick(lines.askAgain), false)
        }
        guard nextLine < visitor.lines.count else { return (rng.pick(lines.thanks), true) }
        nextLine += 1
        return (visitor.lines[nextLine - 1], false)
    }
}

/// Lays out the shift's visitors from the scenario and the seed.
private struct Planner {
    let scenario: Scenario
    let customers: [TrainingCustomer]
    let start: Date
    var rng: SplitMix64

    init(scenario: Scenario, seed: UInt64, customers: [TrainingCustomer], start: Date) {
        self.scenario = scenario
        self.customers = customers
        self.start = start
        rng = SplitMix64(seed: seed)
    }

    mutating func visitors(rate: Double) -> [Visitor] {
        guard !customers.isEmpty else { return [] }
        var planned: [Visitor] = []
        for arrival in scenario.arrivals { planned.append(scripted(arrival)) }
        // Poisson arrivals: exponential gaps with mean 60/rate seconds.
        var at: TimeInterval = 0
        while rate > 0 {
            at += -log(1 - rng.unit()) * 60 / rate
            guard at <= scenario.length else { break }
            planned.append(random(at: at))
        }
        planned.sort { $0.arrival < $1.arrival }
        for index in planned.indices { planned[index].number = index }
        return planned
    }

    private mutating func scripted(_ arrival: ScriptedArrival) -> Visitor {
        let pool = customers.filter { arrival.language == nil || $0.language == arrival.language }
        let customer = rng.pick(pool.isEmpty ? customers : pool)
        var visitor = make(at: arrival.at, channel: arrival.channel, persona: arrival.persona, customer: customer)
        if !arrival.lines.isEmpty { visitor.lines = arrival.lines }
        visitor.good = arrival.good
        visitor.expectsComplaint = arrival.complaint ?? arrival.persona.expectsComplaint
        if let patience = arrival.patience { visitor.patience = patience }
        return visitor
    }

    private mutating func random(at: TimeInterval) -> Visitor {
        let persona = weighted(scenario.personas, Persona.allCases) ?? .polite
        let channels = persona.channels ?? Channel.allCases.filter { scenario.channels[$0, default: 0] > 0 }
        let channel = weighted(scenario.channels.filter { channels.contains($0.key) }, channels) ?? channels.first ?? .phone
        return make(at: at, channel: channel, persona: persona, customer: rng.pick(customers))
    }

    private mutating func make(at: TimeInterval, channel: Channel, persona: Persona, customer: TrainingCustomer) -> Visitor {
        let lines = PersonaLines.of(customer.language)
        var said = [rng.pick(lines.opening[persona] ?? lines.opening[.polite] ?? [""])]
        if rng.chance(0.6) { said.append(rng.pick(lines.next)) }
        return Visitor(number: 0, arrival: start.addingTimeInterval(at), channel: channel, persona: persona, customer: customer,
                       lines: said, good: [], expectsComplaint: persona.expectsComplaint,
                       patience: TimeInterval(rng.int(persona.patience)))
    }

    /// A key picked with its weight; `order` fixes the order so dictionaries cannot change the draw.
    private mutating func weighted<Key: Hashable>(_ weights: [Key: Double], _ order: [Key]) -> Key? {
        let keys = order.filter { weights[$0, default: 0] > 0 }
        let total = keys.reduce(0) { $0 + weights[$1]! }
        guard total > 0 else { return nil }
        var draw = rng.unit() * total
        for key in keys {
            draw -= weights[key]!
            if draw < 0 { return key }
        }
        return keys.last
    }
}
