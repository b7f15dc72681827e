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

extension AppState {
    /// What the customer already said on this complaint follow-up call through the complaint's own
    /// script (`u`, recorded with the complaint), so the wrap-up box starts with it and does not ask twice.
    var answerGivenDuringCall: FollowUpAnswer? {
        guard let contact = queue.activeEntry?.contact, let id = contact.id, contact.purpose == .followUp, let taken = contact.takenAt,
              case .followUp(let complaintId)? = customer.file?.callbackReasons[id],
              let detail = complaints.open, detail.complaint.id == complaintId,
              let last = detail.followUps.last, last.at >= taken else { return nil }
        return FollowUpAnswer(rawValue: last.satisfaction.rawValue)
    }
}
