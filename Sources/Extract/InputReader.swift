import DossierModel
import OutboundCompression
import XMLStream

/// Reads one input file of any container the format allows (XML, gzip, zip and tar
/// bundles, zips of XML files) and yields its dossier records in order, one at a time:
/// memory stays bounded by the largest dossier, never by the file.
///
/// The container is recognised by its content, not its name. A problem with one dossier
/// becomes a quarantine and the reader goes on; a problem that stops the file (a corrupt
/// gzip stream) is yielded as a `.problem` after every dossier read before it.
public final class InputReader {
    /// The path as given.
    public let path: String
    private let options: ExtractOptions
    private var pending: [InputItem] = []
    private var stream: RecordStream?
    private var zipMembers: (archive: ZipArchive, names: [String])?
    private var started = false
    /// The file read forwards (a plain or gzip-compressed XML stream), for `bytesRead`.
    private var file: FileByteSource?
    /// The size of the file and, for a zip of XML files, how many members it has.
    private var size = 0
    private var memberCount = 0

    public init(path: String, options: ExtractOptions = ExtractOptions()) {
        self.path = path
        self.options = options
    }

    /// How far the reader has come through the file, in bytes as stored, for a progress
    /// display: the bytes of an XML stream read so far, the share of a zip's XML members
    /// read, or the whole file once a bundle (read when it is opened) is open.
    public var bytesRead: Int {
        if let file { return file.bytesRead }
        if let (_, names) = zipMembers, memberCount > 0 { return size * (memberCount - names.count) / memberCount }
        return started ? size : 0
    }

    /// The next item of the input; nil at its end.
    public func next() -> InputItem? {
        if !started {
            started = true
            open()
        }
        while true {
            if !pending.isEmpty { return pending.removeFirst() }
            if let current = stream {
                do {
                    if let item = try current.next() { return item }
                } catch {
                    pending.append(.problem(current.failure(error)))
                }
                stream = nil
                continue
            }
            if let (archive, names) = zipMembers, let name = names.first {
                zipMembers = (archive, Array(names.dropFirst()))
                do {
                    // A zipped `.xml.gz` (recognised by content, like a file on disk) is
                    // inflated with the limits of a compressed XML stream.
                    let (kind, body) = try Container.sniff(archive.openMember(named: name))
                    let source: any ByteSource =
                        kind == .gzip ? try GzipReader(upstream: body, limits: options.streamLimits, member: name) : body
                    stream = try RecordStream(source: source, location: SourceLocation(file: path, member: name), options: options)
                } catch {
                    pending.append(.problem(failure(error, member: name)))
                }
                continue
            }
            return nil
        }
    }

    // MARK: - Opening

    private func open() {
        do {
            let file = try FileByteSource(path: path)
            size = file.size
            var head = [UInt8](repeating: 0, count: 512)
            let n = try head.withUnsafeMutableBytes { try file.read(into: $0) }
            head.removeSubrange(n...)
            switch Container.detect(prefix: head) {
            case .zip:
                try openZip()
            case .tar:
                pending += BundleReader(path: path, options: options).readTar(gzip: false)
            case .gzip:
                let inflated = try GzipReader(upstream: PrefixedByteSource(prefix: head, upstream: file), limits: options.streamLimits)
                var inner = [UInt8](repeating: 0, count: 512)
                let m = try readFully(inflated, into: &inner)
                inner.removeSubrange(m...)
                if Container.detect(prefix: inner) == .tar {
                    pending += BundleReader(path: path, options: options).readTar(gzip: true)
                } else if let problem = binaryProblem(inner, what: "the gzip stream inflates to") {
                    pending.append(.problem(problem))
                } else {
                    stream = try RecordStream(
                        source: PrefixedByteSource(prefix: inner, upstream: inflated), location: SourceLocation(file: path),
                        options: options)
                    self.file = file
                }
            case .plain:
                if let problem = binaryProblem(head, what: "the file holds") {
                    pending.append(.problem(problem))
                } else {
                    stream = try RecordStream(
                        source: PrefixedByteSource(prefix: head, upstream: file), location: SourceLocation(file: path), options: options)
                    self.file = file
                }
            case let other:
                pending.append(
                    .problem(
                        .error(
                            "input.unsupported-container", "\(other) files are not read; send XML, gzip, zip or tar",
                            at: SourceLocation(file: path), stage: .extract)))
            }
        } catch {
            pending.append(.problem(failure(error, member: nil)))
        }
    }

    /// A zip is a bundle when `dossier.xml` is at its root; otherwise each XML member is
    /// read as an input of its own (a zipped batch, a USPTO daily zip).
    private func openZip() throws {
        let archive = try ZipArchive(path: path, limits: options.limits)
        let files = archive.members.filter { !$0.isDirectory }.map(\.name)
        if files.contains("dossier.xml") {
            pending += BundleReader(path: path, options: options).readZip(archive)
            return
        }
        let xml = files.filter { $0.lowercased().hasSuffix(".xml") || $0.lowercased().hasSuffix(".xml.gz") }.sorted()
        if xml.isEmpty {
            pending.append(
                .problem(
                    .error(
                        "bundle.no-dossier", "the zip holds neither dossier.xml at its root nor any XML file",
                        at: SourceLocation(file: path), stage: .extract)))
        }
        zipMembers = (archive, xml)
        memberCount = xml.count
    }

    /// `input.not-xml` when `head` (the first bytes of what would be read as XML) holds a NUL
    /// byte and is not UTF-16: a damaged archive or another binary file, which the XML reader
    /// would only report as "no XML element found".
    private func binaryProblem(_ head: [UInt8], what: String) -> Diagnostic? {
        let utf16 =
            head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE])
            || head.starts(with: [0x00, 0x3C]) || head.starts(with: [0x3C, 0x00])
        // XML (after any BOM and white space) starts with '<': a NUL later in it is for the
        // XML reader to report where it is.
        let text = head.starts(with: [0xEF, 0xBB, 0xBF]) ? head.dropFirst(3) : head[...]
        let first = text.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        guard !utf16, first != UInt8(ascii: "<"), let nul = head.firstIndex(of: 0) else { return nil }
        return .error(
            "input.not-xml",
            "\(what) binary data (a NUL byte at offset \(nul)), neither XML nor a container this version reads (zip, gzip, tar); a damaged archive?",
            at: SourceLocation(file: path), stage: .extract)
    }

    private func failure(_ error: any Error, member: String?) -> Diagnostic {
        inputFailure(error, location: SourceLocation(file: path, member: member))
    }
}

/// Reads into `buffer` until it is full or the stream ends; returns the count read.
func readFully(_ source: any ByteSource, into buffer: inout [UInt8]) throws -> Int {
    var filled = 0
    while filled < buffer.count {
        let n = try buffer.withUnsafeMutableBytes { try source.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
        if n == 0 { break }
        filled += n
    }
    return filled
}

/// A diagnostic for an error that stopped reading an input.
func inputFailure(_ error: any Error, location: SourceLocation) -> Diagnostic {
    switch error {
    case let e as ArchiveError:
        var d = e.diagnostic(file: location.file)
        if d.location?.member == nil, let member = location.member { d.location?.member = member }
        d.stage = .extract
        return d
    case let e as TextDecodingError:
        return .error("xml.encoding", e.description, at: location, stage: .extract)
    case let e as SplitProblem:
        return .error(e.id, e.message, at: location.at(line: e.line, column: e.column), stage: .extract)
    default:
        return .error("input.unreadable", "\(error)", at: location, stage: .extract)
    }
}
