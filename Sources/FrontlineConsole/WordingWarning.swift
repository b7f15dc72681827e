import FrontlineCore
import FrontlineScreen

/// The box over the panes that says which wording the manuals forbid, and what to say instead.
enum WordingWarning {
    static func render(_ state: AppState, into buffer: inout ScreenBuffer, above replyLine: Rect) {
        let lines = state.reply.wordingHits.map { hit -> String in
            let phrase = state.phrasebook.phrases.first { $0.code == hit.suggestion }
            let instead = phrase.map { suggestion(PhraseTemplate.render($0.text(in: state.phraseLanguage), values: state.placeholderValues)) }
            // What the agent typed, not the rule's pattern.
            let typed = hit.range.upperBound <= state.reply.field.characters.count ? String(state.reply.field.characters[hit.range]) : hit.words
            return state.text.wordingHit(typed, instead ?? hit.suggestion)
        }
        let height = min(lines.count + 2, replyLine.y - 1)
        guard height > 2 else { return }
        let box = Rect(x: replyLine.x, y: replyLine.y - height, width: replyLine.width, height: height)
        buffer.fill(box, role: .overlay)
        buffer.drawBox(box, title: state.text.wordingTitle, role: .error, titleRole: .error)
        for (row, line) in lines.prefix(height - 2).enumerated() {
            buffer.write(line, x: box.x + 2, y: box.y + 1 + row, maxWidth: box.width - 4, role: .overlay)
        }
    }

    /// The phrase to say instead, with "…" where it asks for something at insert time (a raw
    /// `{{promised_time}}` means nothing to the agent reading the warning).
    static func suggestion(_ rendered: PhraseTemplate.Rendered) -> String {
        var characters = Array(rendered.text)
        for placeholder in rendered.unresolvedPlaceholders.reversed() where placeholder.range.upperBound <= characters.count {
            characters.replaceSubrange(placeholder.range, with: ["…"])
        }
        return String(characters)
    }
}
