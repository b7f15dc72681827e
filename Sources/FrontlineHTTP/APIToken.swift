import Crypto
import Foundation
import FrontlineCore

/// The API's bearer tokens: made here, shown once, stored only as their SHA-256.
public enum APIToken {
    /// A new token: a prefix that says what it is, then 32 random bytes in hex.
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return "frontline_" + Hex.lowercase(bytes)
    }

    /// What the store keeps: the SHA-256 of the token, in hex.
    public static func hash(_ token: String) -> String {
        Hex.lowercase(SHA256.hash(data: Data(token.utf8)))
    }
}
