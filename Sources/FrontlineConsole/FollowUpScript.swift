import FrontlineCore

extension AppState {
    /// The follow-up script the customer pane shows while the agent holds a follow-up call: the
    /// phrasebook's follow-up phrases (greet, ask if satisfied, the branches, the closings) in the
    /// customer's language, placeholders filled from the file. Empty for any other contact.
    var followUpScript: [String] {
        guard let contact = queue.activeEntry?.contact, contact.id == customer.contactId,
              contact.purpose?.isFollowUp == true else { return [] }
        let language = phraseLanguage
        let values = placeholderValues
        return phrasebook.phrases.filter { $0.category == .followUp }.map { phrase in
            PhraseTemplate.render(phrase.text(in: language), values: values, answers: [:]).text
        }
    }
}
