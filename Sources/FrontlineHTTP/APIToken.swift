import Crypto
import Foundation

/// The API's bearer tokens: made here, shown once, stored only as their SHA-256.
public enum APIToken {
    /// A new token: a prefix that says what it is, then 32 random bytes in hex.
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return "frontline_" + hex(bytes)
    }

    /// What the store keeps: the SHA-256 of the token, in hex.
    public static func hash(_ token: String) -> String {
        hex(Array(SHA256.hash(data: Data(token.utf8))))
    }

    /// Lower-case hex, by table: every request's token is hashed, and a formatted string per byte
    /// cost more than the hash.
    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
