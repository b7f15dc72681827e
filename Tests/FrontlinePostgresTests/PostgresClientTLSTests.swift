import Foundation
@testable import FrontlinePostgres
import PostgresNIO
import XCTest

/// An agent off the database host may log in by certificate: the files libpq reads are read.
final class PostgresClientTLSTests: XCTestCase {
    /// A self-signed certificate for "emma" and its key (P-256), made with openssl for this test.
    static let certificate = """
        -----BEGIN CERTIFICATE-----
        MIIBdDCCARugAwIBAgIUU2LG9uH++tRDbvA3dFVk4ilXyuswCgYIKoZIzj0EAwIw
        DzENMAsGA1UEAwwEZW1tYTAgFw0yNjEyMDYyMTU0MTNaGA8yMTI2MTExMjIxNTQx
        M1owDzENMAsGA1UEAwwEZW1tYTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABMQt
        oZCVZ98dqWS/EphipJYQS91zPLYYc4HH2/EUAEkcAVZSj1fZWVG94SzYVhulMff4
        g1FNVCQ5Yw9hkjHGRyqjUzBRMB0GA1UdDgQWBBT79L2QVf3RYaMGXMQ3FCKgfVdv
        VDAfBgNVHSMEGDAWgBT79L2QVf3RYaMGXMQ3FCKgfVdvVDAPBgNVHRMBAf8EBTAD
        AQH/MAoGCCqGSM49BAMCA0cAMEQCIHrvW0+0XK7Syr26x8zkP+xfkJhxgxKZgMo6
        /H/nZr68AiBInIX0UtOkNurFB9WHUv4NLlJ5buLLRvMixEse22EnIg==
        -----END CERTIFICATE-----

        """
    static let key = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgZAxErkzkxl7OjKrs
        BNjyjUfWNqNZux+aGH1zZ/AxFiOhRANCAATELaGQlWffHalkvxKYYqSWEEvdczy2
        GHOBx9vxFABJHAFWUo9X2VlRveEs2FYbpTH3+INRTVQkOWMPYZIxxkcq
        -----END PRIVATE KEY-----

        """

    private var home = ""

    override func setUpWithError() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("pgtls-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home + "/.postgresql", withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: home)
    }

    func write(_ text: String, to name: String, mode: Int) throws {
        let path = home + "/.postgresql/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    func testWithoutFilesTheSystemsAuthoritiesAndNoClientCertificate() throws {
        let configuration = try PostgresClientTLS.configuration(environment: [:], home: home)
        XCTAssertTrue(configuration.certificateChain.isEmpty)
        XCTAssertNil(configuration.privateKey)
        XCTAssertEqual(configuration.trustRoots, .default)
    }

    func testTheAgentsCertificateAndTheServersAuthorityComeFromDotPostgresql() throws {
        try write(Self.certificate, to: "postgresql.crt", mode: 0o644)
        try write(Self.key, to: "postgresql.key", mode: 0o600)
        try write(Self.certificate, to: "root.crt", mode: 0o644)
        let configuration = try PostgresClientTLS.configuration(environment: [:], home: home)
        XCTAssertEqual(configuration.certificateChain.count, 1)
        XCTAssertNotNil(configuration.privateKey)
        XCTAssertEqual(configuration.trustRoots, .file(home + "/.postgresql/root.crt"))
        XCTAssertNoThrow(try NIOSSLContext(configuration: configuration))
    }

    func testAKeyOthersMayReadOrAMissingOneIsRefusedInOneLine() throws {
        try write(Self.certificate, to: "postgresql.crt", mode: 0o644)
        XCTAssertThrowsError(try PostgresClientTLS.configuration(environment: [:], home: home)) { error in
            XCTAssertTrue("\(error)".contains("PGSSLKEY"), "\(error)")
        }
        try write(Self.key, to: "postgresql.key", mode: 0o644)
        XCTAssertThrowsError(try PostgresClientTLS.configuration(environment: [:], home: home)) { error in
            XCTAssertTrue("\(error)".contains("chmod 600"), "\(error)")
        }
        XCTAssertThrowsError(try PostgresClientTLS.configuration(environment: ["PGSSLROOTCERT": home + "/nowhere.crt"], home: home))
    }
}
