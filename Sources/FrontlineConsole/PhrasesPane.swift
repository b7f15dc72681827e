import FrontlineCore
import FrontlineScreen

/// The phrasebook in the customer's language, by category, filtered as the agent types.
enum PhrasesPane {
    /// `shown` are the phrases matching the filter in `language`; `values` fill their placeholders.
    static func render(_ pane: PhrasesState, shown phrases: [Phrase], in language: Language, values: [String: String],
                       filtering: Bool, focused: Bool, text: any ConsoleText, into buffer: inout ScreenBuffer, rect: Rect) {
        let inner = drawPaneFrame(&buffer, rect, title: "\(text.paneTitle(.phrases)) · \(language.shortLabel)", focused: focused)
        guard inner.height > 1 else { return }
        // The filter line; the cursor sits in it while filtering.
        let label = "/ "
        buffer.write(label, x: inner.x, y: inner.y, role: filtering ? .titleFocused : .muted)
        let fieldWidth = inner.width - DisplayWidth.of(label)
        if filtering || !pane.filter.isEmpty {
            let slice = pane.filter.visibleSlice(width: fieldWidth)
            buffer.write(slice.text, x: inner.x + 2, y: inner.y, maxWidth: fieldWidth, role: .input)
            if filtering { buffer.cursor = (x: inner.x + 2 + slice.cursorColumn, y: inner.y) }
        } else {
            buffer.write(text.typeToFilter, x: inner.x + 2, y: inner.y, maxWidth: fieldWidth, role: .placeholder)
        }
        guard !phrases.isEmpty else {
            buffer.write(text.noPhraseMatches, x: inner.x, y: inner.y + 1, maxWidth: inner.width, role: .muted)
            return
        }
        // Rows: a heading where the category changes, then the phrase with its names filled in.
        // Only the rows in view are filled in: every frame draws this pane.
        var rows: [(category: PhraseCategory, phraseIndex: Int?)] = []
        for (index, phrase) in phrases.enumerated() {
            if index == 0 || phrases[index - 1].category != phrase.category { rows.append((phrase.category, nil)) }
            rows.append((phrase.category, index))
        }
        let listHeight = inner.height - 1
        let selectedRow = rows.firstIndex { $0.phraseIndex == pane.selection } ?? 0
        let first = max(0, min(selectedRow - listHeight / 2, rows.count - listHeight))
        for (offset, row) in rows.dropFirst(first).prefix(listHeight).enumerated() {
            let y = inner.y + 1 + offset
            let line = row.phraseIndex.map { index in
                let phrase = phrases[index]
                let text = PhraseTemplate.render(phrase.text(in: language), values: values).text
                return StyledLine([(" " + phrase.code + " ", .muted), (text, .normal)])
            } ?? StyledLine(text.phraseCategory(row.category), .header)
            line.draw(into: &buffer, x: inner.x, y: y, width: inner.width)
            if row.phraseIndex == pane.selection, focused {
                buffer.setRole(.selection, in: Rect(x: inner.x, y: y, width: inner.width, height: 1))
            }
        }
    }
}
