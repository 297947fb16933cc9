import Foundation
import HTTPTypes
import Hummingbird

/// The request context of the workbench: Hummingbird's core storage plus who is signed in
/// (when the workbench has users) and the browser session the CSRF token is bound to.
struct WorkbenchContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The signed-in user; nil on a loopback workbench without users.
    var user: String?
    /// The `outbound_session` cookie's value, made by the middleware when the request had none.
    var session = ""
    /// The reviewer name a loopback workbench remembers in a cookie, to pre-fill forms.
    var rememberedReviewer: String?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// Form bodies are small: a note is at most a few KB.
    var maxUploadSize: Int { 64 * 1024 }
}

/// A refusal the workbench answers with a status and a page (or JSON under `/api/`) saying
/// why; the message never holds more than the request already did.
struct WorkbenchRefusal: Error {
    var status: HTTPResponse.Status
    var message: String

    static func badRequest(_ message: String) -> WorkbenchRefusal { WorkbenchRefusal(status: .badRequest, message: message) }
    static func notFound(_ message: String) -> WorkbenchRefusal { WorkbenchRefusal(status: .notFound, message: message) }
    static func forbidden(_ message: String) -> WorkbenchRefusal { WorkbenchRefusal(status: .forbidden, message: message) }
}

/// Ledger reads and page rendering run here, off the server's event loops.
enum Blocking {
    private static let queue = DispatchQueue(label: "outbound.workbench.work", attributes: .concurrent)

    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }
}

/// Ids in paths: percent-decoded, at most 256 characters, no control characters and no
/// slash, so an id can only name a record, never a path.
enum PathID {
    static func decode(_ raw: String?, what: String) throws -> String {
        guard let raw, let decoded = raw.removingPercentEncoding, !decoded.isEmpty else {
            throw WorkbenchRefusal.badRequest("the \(what) in the address is not valid percent-encoded text")
        }
        guard decoded.count <= 256 else { throw WorkbenchRefusal.badRequest("the \(what) is longer than 256 characters") }
        guard !decoded.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "/" || $0 == "\\" }) else {
            throw WorkbenchRefusal.badRequest("the \(what) holds a control character or a slash")
        }
        return decoded
    }
}
