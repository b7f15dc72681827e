import FrontlineCore
import FrontlineScreen

/// The `/` picker over the panes, just above the reply line: code, title and a preview of each match.
enum PickerPopup {
    /// `selection` is the row chosen; the candidates come from `phrasebook` in `language`, previewed with `values`.
    static func render(_ picker: ReplyPicker, selection: Int, phrasebook: Phrasebook, language: Language, values: [String: String],
                       text: any ConsoleText, into buffer: inout ScreenBuffer, above replyLine: Rect) {
        let candidates = picker.candidates(in: phrasebook, language: language)
        let height = min(max(candidates.count, 1) + 2, replyLine.y - 1)
        guard height > 2 else { return }
        let box = Rect(x: replyLine.x, y: replyLine.y - height, width: replyLine.width, height: height)
        buffer.fill(box, role: .overlay)
        buffer.drawBox(box, title: "/" + picker.query + " · " + language.shortLabel, role: .borderFocused, titleRole: .titleFocused)
        guard !candidates.isEmpty else {
            buffer.write(text.noPhraseMatches, x: box.x + 2, y: box.y + 1, maxWidth: box.width - 4, role: .muted)
            return
        }
        for (row, phrase) in candidates.prefix(height - 2).enumerated() {
            let y = box.y + 1 + row
            let preview = PhraseTemplate.render(phrase.text(in: language), values: values).text
            StyledLine([(DisplayWidth.pad(phrase.code, to: 16), .keyHint), (preview, .overlay)])
                .draw(into: &buffer, x: box.x + 2, y: y, width: box.width - 4)
            if row == selection { buffer.setRole(.selection, in: Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1)) }
        }
    }
}
