import FrontlineCore

/// A phrase being inserted that needs values nothing on screen knows (`{{?label}}`, or
/// `{{promised_time}}`): the agent is asked for each in turn, then it goes in.
public struct PhraseFill: Equatable, Sendable {
    public var template: String
    /// The placeholders to ask for, as written: `?label` or a key such as `promised_time`.
    public var asks: [String]
    public var answers: [String: String] = [:]
    /// Where the phrase goes: replacing the reply from this index to the cursor (a `/query`), or at the cursor.
    public var replaceFrom: Int?

    /// What the agent is being asked now.
    public var current: String? { asks.first { answers[$0] == nil } }

    /// The phrase with every answer filled in.
    public func rendered(values: [String: String]) -> String {
        var values = values
        var prompts: [String: String] = [:]
        for (key, answer) in answers {
            if key.hasPrefix("?") { prompts[String(key.dropFirst())] = answer } else { values[key] = answer }
        }
        return PhraseTemplate.render(template, values: values, answers: prompts).text
    }
}
