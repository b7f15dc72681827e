/// Two files for one person become one: the kept file's values win, the other fills what it lacks.
extension Customer {
    /// The kept file (`self`) with `other`'s phones added (one per number), its notes after its
    /// own, membership if either is a member, the do-not-disturb hours of both, and `other`'s
    /// form of address, e-mail, postal address and card where this file has none.
    public func merging(_ other: Customer) -> Customer {
        var kept = self
        for phone in other.phones where !kept.phones.contains(where: { PhoneNumber.digits(of: $0) == PhoneNumber.digits(of: phone) }) {
            kept.phones.append(phone)
        }
        if kept.formOfAddress.isEmpty { kept.formOfAddress = other.formOfAddress }
        if kept.email == nil { kept.email = other.email }
        if kept.postalAddress == nil { kept.postalAddress = other.postalAddress }
        if kept.memberCard == nil { kept.memberCard = other.memberCard }
        kept.isMember = kept.isMember || other.isMember
        for hours in other.doNotDisturb where !kept.doNotDisturb.contains(hours) { kept.doNotDisturb.append(hours) }
        if !other.notes.isEmpty { kept.notes = kept.notes.isEmpty ? other.notes : kept.notes + "\n" + other.notes }
        return kept
    }
}
