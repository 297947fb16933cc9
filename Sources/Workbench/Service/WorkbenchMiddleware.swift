import Foundation
import HTTPTypes
import Hashing
import Hummingbird
import Logging
import Packets

/// What every response passes through: sign-in when the workbench has users (HTTP Basic or
/// a bearer token, answered with 401 otherwise), the session cookie the CSRF tokens are
/// bound to, refusals turned into pages, and the security headers (a policy that allows no
/// script, no frame, no outside fetch and posts only to the server itself).
struct WorkbenchMiddleware: RouterMiddleware {
    typealias Context = WorkbenchContext
    let workbench: Workbench
    let secureCookies: Bool

    static let sessionCookie = "outbound_session"
    static let reviewerCookie = "outbound_reviewer"

    static let securityHeaders: [(HTTPField.Name, String)] = [
        (
            .contentSecurityPolicy,
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        ),
        (HTTPField.Name("X-Content-Type-Options")!, "nosniff"),
        (HTTPField.Name("X-Frame-Options")!, "DENY"),
        (HTTPField.Name("Referrer-Policy")!, "no-referrer"),
        (.cacheControl, "no-store"),
        (HTTPField.Name("Cross-Origin-Opener-Policy")!, "same-origin"),
        (HTTPField.Name("Cross-Origin-Resource-Policy")!, "same-origin"),
    ]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        var response: Response
        var newSession: String?
        if let users = workbench.users {
            let header = request.headers[.authorization]
            guard let user = try await Blocking.run({ users.user(authorization: header) }) else {
                return secured(unauthorized(request))
            }
            context.user = user
        }
        if let session = request.cookies[Self.sessionCookie]?.value, session.count == 64, session.allSatisfy(\.isHexDigit) {
            context.session = session
        } else {
            let session = Secrets.random(32).map { String(format: "%02x", $0) }.joined()
            context.session = session
            newSession = session
        }
        if let remembered = request.cookies[Self.reviewerCookie]?.value.removingPercentEncoding, !remembered.isEmpty {
            context.rememberedReviewer = String(remembered.prefix(120))
        }
        do {
            response = try await next(request, context)
        } catch let refusal as WorkbenchRefusal {
            response = Self.refusal(refusal, api: request.uri.path.hasPrefix("/api/"), reviewer: context.user)
        } catch let error as HTTPError {
            response = Self.refusal(
                WorkbenchRefusal(status: error.status, message: error.body ?? error.status.reasonPhrase),
                api: request.uri.path.hasPrefix("/api/"), reviewer: context.user)
        } catch {
            context.logger.error("\(request.method) \(request.uri.path): \(error)")
            response = Self.refusal(
                WorkbenchRefusal(status: .internalServerError, message: "the workbench could not answer: \(error)"),
                api: request.uri.path.hasPrefix("/api/"), reviewer: context.user)
        }
        if let newSession {
            response.headers.append(HTTPField(name: .setCookie, value: cookie(Self.sessionCookie, newSession)))
        }
        return secured(response)
    }

    func cookie(_ name: String, _ value: String) -> String {
        "\(name)=\(value); Path=/; HttpOnly; SameSite=Strict\(secureCookies ? "; Secure" : "")"
    }

    func secured(_ response: Response) -> Response {
        var response = response
        for (name, value) in Self.securityHeaders where response.headers[name] == nil {
            response.headers[name] = value
        }
        return response
    }

    func unauthorized(_ request: Request) -> Response {
        var response = Self.refusal(
            WorkbenchRefusal(status: .unauthorized, message: "sign in with your workbench user name and password (or a bearer token)"),
            api: request.uri.path.hasPrefix("/api/"), reviewer: nil)
        response.headers[.wwwAuthenticate] = "Basic realm=\"Outbound workbench\", charset=\"UTF-8\""
        return response
    }

    /// A refusal as a page, or as `{"error": ...}` under `/api/`.
    static func refusal(_ refusal: WorkbenchRefusal, api: Bool, reviewer: String?) -> Response {
        if api {
            let body = (try? WorkbenchJSON.encode(["error": refusal.message, "status": String(refusal.status.code)])) ?? Data()
            return WorkbenchResponse.json(body, status: refusal.status)
        }
        let page = WorkbenchPage.document(
            title: "\(refusal.status.code) \(refusal.status.reasonPhrase)",
            body: "<header><h1>\(refusal.status.code) \(HTMLText.escape(refusal.status.reasonPhrase))</h1></header>\n"
                + "<p id=\"refusal\">\(HTMLText.escape(refusal.message))</p>\n<p><a href=\"/\">Back to the queues</a></p>\n",
            reviewer: reviewer)
        return WorkbenchResponse.html(page, status: refusal.status)
    }
}

/// Responses of the workbench's kinds.
enum WorkbenchResponse {
    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        bytes(Data(page.utf8), type: "text/html; charset=utf-8", status: status)
    }

    static func json(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        bytes(data, type: "application/json; charset=utf-8", status: status)
    }

    static func bytes(_ data: Data, type: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// 303 to `location` (after a POST, so reloading does not post again).
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
