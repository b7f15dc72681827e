import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
#if canImport(Glibc)
import Glibc
#endif

/// Opening a TCP connection to the server so that a network that dies in silence (a cable pulled,
/// a host or firewall dropping packets: no FIN, no RST) is noticed in seconds, not when TCP gives
/// up after a quarter of an hour. Meanwhile a console's loop would wait on its statement, and a
/// listening connection would wait for notifications that never come.
///
/// - Keep-alive probes on an idle connection: after `keepAliveIdle` without traffic, one every
///   `keepAliveInterval`, and the connection is dropped after `keepAliveProbes` unanswered.
/// - `TCP_USER_TIMEOUT` for a statement under way: data unacknowledged for `unacknowledgedLimit`
///   drops the connection. The server's kernel acknowledges what it receives even while a long
///   statement runs, so this cuts no slow query short.
///
/// The connection is then `unreachable`, and the store's link connects again (`PostgresLink`);
/// the server, told the same limits, ends its side and the locks it held.
/// Unix sockets cannot go silent this way and connect as before.
enum PostgresDeadNetwork {
    static let keepAliveIdle = 5
    static let keepAliveInterval = 2
    static let keepAliveProbes = 3
    static let unacknowledgedLimit: TimeInterval = 10

    /// The same limits for the server's end of the connection (settings any user may give at
    /// start-up): a console cut off in the middle of a write transaction would otherwise hold its
    /// locks, the writer lock among them, until the server's TCP gave up after hours.
    static let serverSide: [(String, String)] = [
        ("tcp_keepalives_idle", String(keepAliveIdle)), ("tcp_keepalives_interval", String(keepAliveInterval)),
        ("tcp_keepalives_count", String(keepAliveProbes)), ("tcp_user_timeout", String(Int(unacknowledgedLimit * 1000))),
    ]

    /// Connects over TCP with the options above, then starts PostgreSQL's conversation on it.
    static func connect(on loop: any EventLoop, host: String, port: Int, tls: PostgresConnection.Configuration.TLS,
                        configuration: PostgresConnection.Configuration, logger: Logger) -> EventLoopFuture<PostgresConnection> {
        tcpBootstrap(on: loop, timeout: configuration.options.connectTimeout)
            .connect(host: host, port: port)
            .flatMap { channel in
                var over = PostgresConnection.Configuration(establishedChannel: channel, tls: tls, username: configuration.username,
                                                            password: configuration.password, database: configuration.database)
                over.options = configuration.options
                over.options.additionalStartupParameters += serverSide
                // As PostgresNIO does for a host it connects to itself: the name for SNI and the
                // certificate's check, unless it is an address.
                if over.options.tlsServerName == nil, !isAddress(host) { over.options.tlsServerName = host }
                return PostgresConnection.connect(on: loop, configuration: over, id: 1, logger: logger)
                    .flatMapErrorThrowing { error in
                        channel.close(promise: nil)
                        throw error
                    }
            }
    }

    static func tcpBootstrap(on loop: any EventLoop, timeout: TimeAmount) -> ClientBootstrap {
        ClientBootstrap(group: loop)
            .connectTimeout(timeout)
            .channelOption(ChannelOptions.socketOption(.so_keepalive), value: 1)
            .channelOption(tcpOption(TCP_KEEPIDLE), value: keepAliveIdle)
            .channelOption(tcpOption(TCP_KEEPINTVL), value: keepAliveInterval)
            .channelOption(tcpOption(TCP_KEEPCNT), value: keepAliveProbes)
            .channelOption(tcpOption(TCP_USER_TIMEOUT), value: Int(unacknowledgedLimit * 1000))
    }

    private static func tcpOption(_ name: Int32) -> ChannelOptions.Types.SocketOption {
        ChannelOptions.Types.SocketOption(level: SocketOptionLevel(IPPROTO_TCP), name: SocketOptionName(name))
    }

    /// True for an IPv4 or IPv6 address (no name to check a certificate against).
    static func isAddress(_ host: String) -> Bool {
        var v4 = in_addr(), v6 = in6_addr()
        return inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1
    }
}
