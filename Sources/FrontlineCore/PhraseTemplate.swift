import Foundation

/// Fills placeholders in phrase text:
///
/// - `{{key}}` takes the value of a known key (`PhrasePlaceholder.keys`);
/// - `{{key|default}}` says `default` when the value is missing or empty;
/// - `{{?label}}` is a prompt: the agent types the value (`answers[label]`) at insert time.
///
/// Spaces around the key, label and default are ignored.
public enum PhraseTemplate {
    public struct Rendered: Equatable, Sendable {
        public var text: String
        /// Placeholders that had neither a value nor a default; they stay in the text as written.
        /// A prompt is listed as `?label`.
        public var unresolved: [String]
        /// The same placeholders with where they stand in `text`, so a console can show them.
        public var unresolvedPlaceholders: [Unresolved]
    }

    /// A placeholder left in the rendered text.
    public struct Unresolved: Equatable, Sendable {
        /// The key as written, `?label` for a prompt.
        public var key: String
        /// Offsets in Characters (grapheme clusters) of `Rendered.text`, braces included:
        /// the unit a text field that edits by grapheme works in.
        public var range: Range<Int>
    }

    public static func render(_ template: String, values: [String: String], answers: [String: String] = [:]) -> Rendered {
        var output = ""
        var unresolved: [Unresolved] = []
        for piece in pieces(of: template) {
            switch piece {
            case .text(let text):
                output += text
            case .placeholder(let placeholder):
                let given = placeholder.isPrompt ? answers[placeholder.name] : values[placeholder.name]
                if let value = given, !value.isEmpty {
                    output += value
                } else if let fallback = placeholder.defaultValue {
                    output += fallback
                } else {
                    // Counted after appending: a mark could join the text before it into one grapheme.
                    let start = output.count
                    output += placeholder.written
                    unresolved.append(Unresolved(key: placeholder.key, range: start..<output.count))
                }
            }
        }
        return Rendered(text: output, unresolved: unresolved.map(\.key), unresolvedPlaceholders: unresolved)
    }

    /// The labels of the `{{?label}}` prompts, in order, each once: what to ask the agent for.
    public static func prompts(in template: String) -> [String] {
        var labels: [String] = []
        for case .placeholder(let placeholder) in pieces(of: template) where placeholder.isPrompt {
            if !labels.contains(placeholder.name) { labels.append(placeholder.name) }
        }
        return labels
    }

    /// What is wrong with the placeholders of a phrase text, one sentence each; empty when all is well.
    public static func problems(in template: String) -> [String] {
        var problems: [String] = []
        for piece in pieces(of: template) {
            switch piece {
            case .text(let text):
                if text.contains("{{") {
                    problems.append("\"{{\" without a closing \"}}\"; write a placeholder as {{key}} or {{key|default}}")
                } else if text.contains("}}") {
                    problems.append("\"}}\" without an opening \"{{\"")
                }
            case .placeholder(let placeholder):
                if placeholder.isPrompt {
                    if placeholder.name.isEmpty { problems.append("a prompt needs a label: {{?what to ask}}") }
                } else if !PhrasePlaceholder.keys.contains(placeholder.name) {
                    problems.append("unknown placeholder {{\(placeholder.name)}}; use "
                                    + PhrasePlaceholder.keys.joined(separator: ", ") + ", or {{?label}} to ask the agent")
                }
            }
        }
        return problems
    }

    // MARK: Reading the template

    private struct Placeholder {
        /// The key, or a prompt's label.
        var name: String
        var isPrompt: Bool
        var defaultValue: String?
        /// The placeholder as it stands in the template, braces included.
        var written: Substring

        var key: String { isPrompt ? "?" + name : name }
    }

    private enum Piece {
        case text(Substring)
        case placeholder(Placeholder)
    }

    /// The template cut into plain text and placeholders; an unclosed `{{` stays text.
    private static func pieces(of template: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            if open.lowerBound > rest.startIndex { pieces.append(.text(rest[..<open.lowerBound])) }
            let parts = rest[open.upperBound..<close.lowerBound].split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            var name = parts[0].trimmingCharacters(in: .whitespaces)
            let isPrompt = name.hasPrefix("?")
            if isPrompt { name = String(name.dropFirst()).trimmingCharacters(in: .whitespaces) }
            pieces.append(.placeholder(Placeholder(name: name, isPrompt: isPrompt,
                                                   defaultValue: parts.count == 2 ? parts[1].trimmingCharacters(in: .whitespaces) : nil,
                                                   written: rest[open.lowerBound..<close.upperBound])))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { pieces.append(.text(rest)) }
        return pieces
    }
}
