import Foundation

/// A training shift: random (Poisson) arrivals at a rate for a while, plus scripted ones.
/// Written as a TOML file (see docs/scenarios.md); the shipped ones are in `ShippedScenarios`.
public struct Scenario: Equatable, Sendable {
    public var name: String
    public var title: String
    public var summary: String
    /// Random arrivals come during this many seconds from the start.
    public var length: TimeInterval
    /// Random arrivals per minute; 0 for scripted arrivals only.
    public var rate: Double
    /// Relative weights of the channels and personas of random arrivals.
    public var channels: [Channel: Double]
    public var personas: [Persona: Double]
    public var arrivals: [ScriptedArrival]

    public init(name: String, title: String, summary: String = "", length: TimeInterval, rate: Double,
                channels: [Channel: Double] = Scenario.defaultChannels, personas: [Persona: Double] = Scenario.defaultPersonas,
                arrivals: [ScriptedArrival] = []) {
        self.name = name
        self.title = title
        self.summary = summary
        self.length = length
        self.rate = rate
        self.channels = channels
        self.personas = personas
        self.arrivals = arrivals
    }

    public static let defaultChannels: [Channel: Double] = [.phone: 3, .chat: 3, .email: 1]
    public static let defaultPersonas: [Persona: Double] = [.polite: 3, .impatient: 2, .angry: 1, .confused: 1, .hangUp: 1, .persistent: 1]
}

/// One customer the scenario brings in at a set time, with what they say and what a good answer contains.
public struct ScriptedArrival: Equatable, Sendable {
    /// Seconds after the start of the shift.
    public var at: TimeInterval
    public var channel: Channel
    public var persona: Persona
    /// A demo customer who speaks this language; nil: any.
    public var language: Language?
    /// What the customer writes, in order (the first is the opening); empty: the persona's own lines.
    public var lines: [String]
    /// A good answer contains one of these (any case); empty: what the persona needs.
    public var good: [String]
    /// A complaint should be filed; nil: as the persona expects.
    public var complaint: Bool?
    /// Seconds a caller waits before hanging up; nil: the persona's patience.
    public var patience: TimeInterval?

    public init(at: TimeInterval, channel: Channel, persona: Persona, language: Language? = nil, lines: [String] = [],
                good: [String] = [], complaint: Bool? = nil, patience: TimeInterval? = nil) {
        self.at = at
        self.channel = channel
        self.persona = persona
        self.language = language
        self.lines = lines
        self.good = good
        self.complaint = complaint
        self.patience = patience
    }
}
