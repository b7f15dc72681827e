import Foundation
import FrontlineScreen
import Hummingbird
import Logging

/// The HTTP API: the router over `APIRoute.all`, and the application `frontline serve` runs.
public enum APIServer {
    public static func router(services: APIServices, logger: Logger? = nil) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: ProblemMiddleware(logger: logger))
        for route in APIRoute.all {
            router.on(RouterPath(route.path), method: route.method) { request, context -> Response in
                // The token first: a refused request reads no body and writes nothing.
                _ = try await Authorization.check(request, needs: route.scope, services: services)
                var request = request
                return try await route.handle(&request, context, services)
            }
        }
        return router
    }

    /// The server; `onListening` is told the address it listens on (the port when 0 was asked).
    public static func application(services: APIServices, address: BindAddress, logger: Logger,
                                   onListening: @escaping @Sendable (String) -> Void = { _ in }) -> some ApplicationProtocol {
        Application(router: router(services: services, logger: logger),
                    configuration: ApplicationConfiguration(address: address, serverName: "frontline"),
                    onServerRunning: { channel in
                        onListening(channel.localAddress.map { address in
                            address.pathname ?? "\(address.ipAddress ?? "?"):\(address.port ?? 0)"
                        } ?? "?")
                    },
                    logger: logger)
    }
}

/// Turns every failure into a problem document (404 and 405 too), and logs one line per
/// request with its path made harmless for a terminal.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let logger: Logger?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = Date()
        let response: Response
        do {
            response = try await next(request, context)
        } catch let problem as Problem {
            if let cause = problem.cause { logger?.error("request failed: \(SafeText.visible(cause))") }
            response = problem.response()
        } catch let error as HTTPError where error.status == .notFound {
            response = Self.notFound(request).response()
        } catch let error as HTTPError where error.status == .contentTooLarge {
            response = Problem(.tooLarge, "the body is too large; send less at a time").response()
        } catch {
            logger?.error("request failed: \(SafeText.visible(String(describing: error)))")
            response = Problem(.internalError, "the server failed; its log says why").response()
        }
        let path = SafeText.visible(String(request.uri.path.prefix(200)))
        logger?.info("\(request.method) \(path) \(response.status.code) \(Int(Date().timeIntervalSince(started) * 1000)) ms")
        return response
    }

    /// 405 when the path is one of the API's with another method, 404 otherwise.
    static func notFound(_ request: Request) -> Problem {
        let parts = request.uri.path.split(separator: "/", omittingEmptySubsequences: false)
        let methods = APIRoute.all.filter { route in
            let pattern = route.path.split(separator: "/", omittingEmptySubsequences: false)
            return pattern.count == parts.count && zip(pattern, parts).allSatisfy { $0.hasPrefix(":") || $0 == $1 }
        }.map(\.method.rawValue)
        if !methods.isEmpty {
            return Problem(.methodNotAllowed, "\(request.method.rawValue) is not allowed here; use \(methods.joined(separator: " or "))",
                           allow: methods)
        }
        return Problem(.notFound, "there is no such resource; the API is described at /v1/openapi.json")
    }
}
