import FrontlineCore
import FrontlineScreen

/// The box over the panes that says which wording the manuals forbid, and what to say instead.
enum WordingWarning {
    /// The suggestions come from `phrasebook` in `language`, filled with `values`.
    static func render(_ reply: ReplyLineState, phrasebook: Phrasebook, language: Language, values: [String: String],
                       text: any ConsoleText, into buffer: inout ScreenBuffer, above replyLine: Rect) {
        let lines = reply.wordingHits.map { hit -> String in
            let phrase = phrasebook.phrases.first { $0.code == hit.suggestion }
            let instead = phrase.map { suggestion(PhraseTemplate.render($0.text(in: language), values: values)) }
            // What the agent typed, not the rule's pattern.
            let typed = hit.range.upperBound <= reply.field.characters.count ? String(reply.field.characters[hit.range]) : hit.words
            return text.wordingHit(typed, instead ?? hit.suggestion)
        }
        let height = min(lines.count + 2, replyLine.y - 1)
        guard height > 2 else { return }
        let box = Rect(x: replyLine.x, y: replyLine.y - height, width: replyLine.width, height: height)
        buffer.fill(box, role: .overlay)
        buffer.drawBox(box, title: text.wordingTitle, role: .error, titleRole: .error)
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
