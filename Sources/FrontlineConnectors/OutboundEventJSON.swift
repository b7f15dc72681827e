import Foundation
import FrontlineStoreAPI

/// One event as connectors receive it, in a webhook's body and on a line of `frontline events`:
/// `{"at":…,"contact_id":…,"kind":…,"payload":{…},"seq":…}` (docs/connectors.md).
public enum OutboundEventJSON {
    public static func text(_ event: OutboundEvent) -> String {
        let contact = event.contactId.map(String.init) ?? "null"
        return "{\"at\":\"\(timestamp(event.at))\",\"contact_id\":\(contact),\"kind\":\"\(event.kind)\",\"payload\":\(event.payload),\"seq\":\(event.sequence)}"
    }

    public static func timestamp(_ date: Date) -> String { UTCTimestamp.text(date) }
}
