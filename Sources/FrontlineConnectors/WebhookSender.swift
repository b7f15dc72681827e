import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What came of one POST: a 2xx is delivered, anything else is a failure to retry.
public enum WebhookResponse: Equatable, Sendable {
    case status(Int)
    case unreachable(String)

    public var isSuccess: Bool {
        if case .status(let code) = self { return (200..<300).contains(code) }
        return false
    }

    public var failureText: String {
        switch self {
        case .status(let code): "HTTP \(code)"
        case .unreachable(let reason): reason
        }
    }
}

/// Sends one request; the worker's only contact with the network (tests may give their own).
public protocol WebhookSender: Sendable {
    func post(url: URL, body: Data, headers: [String: String]) async -> WebhookResponse
}

/// POSTs with Foundation's URLSession: no extra package to build (async-http-client would add
/// SwiftNIO to every build of the command line), and a webhook is one small request at a time.
public final class URLSessionWebhookSender: WebhookSender, @unchecked Sendable {
    private let session: URLSession

    public init(timeout: TimeInterval = 10) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        session = URLSession(configuration: configuration)
    }

    public func post(url: URL, body: Data, headers: [String: String]) async -> WebhookResponse {
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.httpBody = body
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        return await withCheckedContinuation { continuation in
            session.dataTask(with: request) { _, response, error in
                if let error {
                    continuation.resume(returning: .unreachable(error.localizedDescription))
                } else if let http = response as? HTTPURLResponse {
                    continuation.resume(returning: .status(http.statusCode))
                } else {
                    continuation.resume(returning: .unreachable("no HTTP response"))
                }
            }.resume()
        }
    }
}
