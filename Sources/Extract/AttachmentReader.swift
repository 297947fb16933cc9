import DossierModel
import Foundation
import XMLStream

/// What was read from one attachment.
struct AttachmentContent {
    var format: AttachmentFormat
    var size: Int
    var text: String?
    var document: PatentDocument?
    var diagnostics: [Diagnostic]
}

/// Reads one bundle member that a dossier references: plain text for matching, a patent
/// document for its asset, anything else listed but not parsed.
struct AttachmentReader {
    let options: ExtractOptions

    func read(_ body: any ByteSource, member: String, size: Int, bundle: String) -> AttachmentContent {
        let location = SourceLocation(file: bundle, member: member)
        let lower = member.lowercased()
        if lower.hasSuffix(".txt") {
            return readText(body, size: size, location: location)
        }
        if lower.hasSuffix(".xml") {
            do {
                let document = try PatentDocumentReader.read(body, href: member)
                var diagnostics: [Diagnostic] = []
                if document.format == .opaque {
                    diagnostics.append(
                        .warning(
                            "attachment.unknown-xml",
                            "attachment is XML with root <\(document.root)>, not a patent document this version reads; it is listed, not parsed",
                            at: location, stage: .extract))
                }
                return AttachmentContent(
                    format: document.format, size: size, text: nil, document: document.format == .opaque ? nil : document,
                    diagnostics: diagnostics)
            } catch {
                // The reader's own id (malformed or unreadable) and message, without the
                // "[id]" its description ends with: the diagnostic prints the id once.
                let failure = error as? PatentDocumentError
                let message = failure.map { $0.line > 0 ? "line \($0.line): \($0.message)" : $0.message } ?? "\(error)"
                return AttachmentContent(
                    format: .opaque, size: size, text: nil, document: nil,
                    diagnostics: [
                        .warning(
                            failure?.id ?? "attachment.malformed", "attached patent document could not be read: \(message)", at: location,
                            stage: .extract)
                    ])
            }
        }
        return AttachmentContent(format: .opaque, size: size, text: nil, document: nil, diagnostics: [])
    }

    private func readText(_ body: any ByteSource, size: Int, location: SourceLocation) -> AttachmentContent {
        var diagnostics: [Diagnostic] = []
        var bytes = [UInt8](repeating: 0, count: options.maxAttachmentTextBytes)
        do {
            let n = try readFully(body, into: &bytes)
            bytes.removeSubrange(n...)
            var probe = [UInt8](repeating: 0, count: 1)
            if try readFully(body, into: &probe) > 0 {
                diagnostics.append(
                    .warning(
                        "attachment.too-long",
                        "text attachment is longer than \(options.maxAttachmentTextBytes) bytes; only the start is read", at: location,
                        stage: .extract))
            }
        } catch {
            bytes = []
            diagnostics.append(
                .warning("attachment.unreadable", "text attachment could not be read: \(error)", at: location, stage: .extract))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var text = String(decoding: bytes, as: UTF8.self)
        if String(validating: bytes, as: UTF8.self) == nil {
            diagnostics.append(
                .warning(
                    "attachment.encoding", "text attachment is not valid UTF-8; invalid bytes were replaced", at: location, stage: .extract)
            )
        }
        text = text.replacingOccurrences(of: "\r\n", with: "\n")
        return AttachmentContent(format: .text, size: size, text: text, document: nil, diagnostics: diagnostics)
    }
}
