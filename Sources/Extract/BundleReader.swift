import DossierModel
import Foundation
import Hashing
import OutboundCompression
import XMLStream

/// Reads a bundle: exactly one `dossier.xml` at the root of a zip or tar(.gz), plus the
/// attachments it references by relative `href`. A member name that is absolute, holds
/// `..` or is a link rejects the whole bundle; an `href` that leaves the bundle
/// quarantines the dossier.
struct BundleReader {
    let path: String
    let options: ExtractOptions

    private var bundleLocation: SourceLocation { SourceLocation(file: path) }

    /// A bundle's content hash covers the whole file as stored (dossier and attachments).
    private var bundleHash: String? { try? ContentHash.sha256(file: path) }

    /// Reads a zip bundle whose members were listed (and their names checked) already.
    func readZip(_ archive: ZipArchive) -> [InputItem] {
        do {
            let bytes = try archive.openMember(named: "dossier.xml").readAll(limit: options.maxRecordBytes)
            var record = try readDossier(bytes)
            if case .dossier(var dossier) = record {
                let present = Dictionary(
                    archive.members.filter { !$0.isDirectory }.map { ($0.name, $0.uncompressedSize) }, uniquingKeysWith: { a, _ in a })
                try resolve(&dossier, present: present) { wanted, handle in
                    for name in wanted.sorted() {
                        try handle(name, archive.openMember(named: name))
                    }
                }
                record = .dossier(dossier)
            }
            return [.done(record.withContentHash(bundleHash))]
        } catch {
            return [.done(bundleQuarantine(error).withContentHash(bundleHash))]
        }
    }

    /// Reads a tar or tar.gz bundle: one pass to check every member and read
    /// `dossier.xml`, a second to stream the attachments it references.
    func readTar(gzip: Bool) -> [InputItem] {
        do {
            var dossierBytes: [UInt8]?
            var present: [String: Int] = [:]
            let reader = try openTar(gzip: gzip)
            while let member = try reader.next() {
                present[member.name] = member.size
                if member.name == "dossier.xml" {
                    dossierBytes = try member.body.readAll(limit: options.maxRecordBytes)
                }
            }
            guard let dossierBytes else {
                return [
                    .done(
                        .quarantine(
                            Quarantine(
                                .error(
                                    "bundle.no-dossier", "the bundle has no dossier.xml at its root", at: bundleLocation, stage: .extract),
                                location: bundleLocation)))
                ]
            }
            var record = try readDossier(dossierBytes)
            if case .dossier(var dossier) = record {
                try resolve(&dossier, present: present) { wanted, handle in
                    let second = try openTar(gzip: gzip)
                    while let member = try second.next() {
                        if wanted.contains(member.name) { try handle(member.name, member.body) }
                    }
                }
                record = .dossier(dossier)
            }
            return [.done(record.withContentHash(bundleHash))]
        } catch {
            return [.done(bundleQuarantine(error).withContentHash(bundleHash))]
        }
    }

    private func openTar(gzip: Bool) throws -> TarReader {
        let file = try FileByteSource(path: path)
        let source: any ByteSource = gzip ? try GzipReader(upstream: file, limits: options.limits) : file
        return try TarReader(source: source, limits: options.limits)
    }

    /// Parses `dossier.xml` of a bundle.
    private func readDossier(_ bytes: [UInt8]) throws -> IntakeRecord {
        let location = SourceLocation(file: path, member: "dossier.xml")
        let stream = try RecordStream(source: MemoryByteSource(bytes), location: location, options: options)
        var records: [IntakeRecord] = []
        var problems: [Diagnostic] = []
        while let item = try stream.next() {
            switch item {
            case .record(let job): records.append(RecordReader.read(job, validator: options.validator))
            case .done(let record): records.append(record)
            case .problem(let d): problems.append(d)
            }
        }
        guard records.count == 1, let record = records.first else {
            let cause =
                problems.first
                ?? .error(
                    "bundle.dossier-count", "dossier.xml must hold exactly one <transfer-dossier>, found \(records.count)", at: location,
                    stage: .extract)
            return .quarantine(Quarantine(cause, location: location, others: Array(problems.dropFirst())))
        }
        return record
    }

    /// Checks every `href` of the dossier, reads the attachments present, and merges what
    /// they say into the dossier. `visit` calls its handler for each wanted member present.
    private func resolve(
        _ dossier: inout Dossier, present: [String: Int], visit: (Set<String>, (String, any ByteSource) throws -> Void) throws -> Void
    ) throws {
        var wanted: Set<String> = []
        var hrefs: [String: String] = [:]  // href -> member name
        let allHrefs = dossier.attachments.map(\.href) + dossier.assets.flatMap { $0.attachments.map(\.href) }
        for href in allHrefs {
            guard let member = BundlePath.member(for: href) else {
                throw DossierError(
                    .error(
                        "bundle.path-escape", "attachment href '\(href)' leaves the bundle",
                        at: SourceLocation(file: path, member: "dossier.xml"), dossier: dossier.id, stage: .extract))
            }
            hrefs[href] = member
            if present[member] != nil { wanted.insert(member) }
        }
        var read: [String: AttachmentContent] = [:]
        try visit(wanted) { name, body in
            read[name] = AttachmentReader(options: options).read(body, member: name, size: present[name] ?? 0, bundle: path)
        }
        func fill(_ attachment: inout Attachment) -> PatentDocument? {
            guard let member = hrefs[attachment.href], let content = read[member] else {
                dossier.diagnostics.append(
                    .warning(
                        "bundle.attachment-missing", "attachment '\(attachment.href)' is not in the bundle", at: SourceLocation(file: path),
                        dossier: dossier.id, stage: .extract))
                return nil
            }
            attachment.format = content.format
            attachment.size = content.size
            attachment.text = content.text
            attachment.documentNumber = content.document?.number
            dossier.diagnostics += content.diagnostics.map {
                var d = $0
                d.dossier = dossier.id
                return d
            }
            return content.document
        }
        for i in dossier.attachments.indices {
            _ = fill(&dossier.attachments[i])
        }
        for a in dossier.assets.indices {
            for j in dossier.assets[a].attachments.indices {
                if let document = fill(&dossier.assets[a].attachments[j]) {
                    dossier.assets[a].merge(document)
                }
            }
        }
    }

    private func bundleQuarantine(_ error: any Error) -> IntakeRecord {
        if let e = error as? DossierError {
            return .quarantine(Quarantine(e.diagnostic, location: bundleLocation))
        }
        var cause = inputFailure(error, location: bundleLocation)
        cause.notes.append("the whole bundle is rejected")
        return .quarantine(Quarantine(cause, location: bundleLocation))
    }
}

/// Paths inside a bundle.
enum BundlePath {
    /// The member an `href` names, or nil when it leaves the bundle (absolute, a drive
    /// letter, a `..` component, a URL).
    static func member(for href: String) -> String? {
        let unified = href.replacingOccurrences(of: "\\", with: "/")
        if unified.hasPrefix("/") || unified.contains(":") || unified.isEmpty { return nil }
        var parts: [Substring] = []
        for part in unified.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { return nil }
            parts.append(part)
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}

extension Asset {
    /// Adds what an attached patent document says to the asset.
    mutating func merge(_ document: PatentDocument) {
        titles += document.titles
        abstracts += document.abstracts
        claims += document.claims
        classifications += document.classifications
        applicants += document.applicants
    }
}
