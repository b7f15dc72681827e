import Crypto
import Foundation
import FrontlineCore

/// The `X-Frontline-Signature` header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`.
/// The timestamp is inside what is signed, so a receiver can refuse an old delivery replayed.
public enum WebhookSignature {
    public static func header(body: Data, secret: String, at date: Date) -> String {
        let timestamp = Int(date.timeIntervalSince1970)
        return "t=\(timestamp),v1=\(hex(body: body, secret: secret, timestamp: timestamp))"
    }

    public static func hex(body: Data, secret: String, timestamp: Int) -> String {
        var signed = Data("\(timestamp).".utf8)
        signed.append(body)
        let code = HMAC<SHA256>.authenticationCode(for: signed, using: SymmetricKey(data: Data(secret.utf8)))
        return Hex.lowercase(code)
    }

    /// What a receiver does (and the tests): true when `header` signs `body` with `secret`.
    public static func verify(header: String, body: Data, secret: String) -> Bool {
        var timestamp: Int?
        var given: String?
        for part in header.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            if pair[0] == "t" { timestamp = Int(pair[1]) }
            if pair[0] == "v1" { given = pair[1] }
        }
        guard let timestamp, let given else { return false }
        let expected = hex(body: body, secret: secret, timestamp: timestamp)
        // Constant time: a receiver comparing byte by byte early-out would leak the signature.
        guard expected.utf8.count == given.utf8.count else { return false }
        return zip(expected.utf8, given.utf8).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// A new secret: 32 random bytes as hex.
    public static func newSecret() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { Hex.lowercase($0) }
    }
}
