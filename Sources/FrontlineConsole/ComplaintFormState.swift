import FrontlineCore

/// The complaint form: the draft (saved on every change) and the editor of its focused text field.
public struct ComplaintFormState: Sendable {
    public var draft: ComplaintDraft
    /// The focused field's text being edited, kept in step with `draft`.
    public var editor = TextField()

    public init(agent: String) {
        draft = ComplaintDraft(agent: agent)
    }

    /// Points the editor at the draft's focused field, after the focus or the draft changed.
    mutating func editFocusedField() {
        editor = TextField(draft.text(of: draft.focusedField))
    }
}
