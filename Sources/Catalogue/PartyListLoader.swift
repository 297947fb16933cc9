import DossierModel
import Foundation
import Normalise

/// Loads restricted-party lists from their published formats, rejecting broken downloads.
///
/// Before any parsing the first bytes are checked: an empty file (`list.empty`), a Git LFS
/// pointer (`list.lfs-pointer`) and an HTML page (`list.html-page`) are rejected; a file
/// that parses to no entries is `list.empty` too, so an empty list is never returned. XML
/// lists are read with `XMLPullReader`, one entry at a time; the newer CSV and JSON-lines
/// formats with `PartyListCSVStream` and line by line, so no file is held whole.
public enum PartyListLoader {
    /// Loads the list at `path`; with `.automatic` the format is detected from the content.
    public static func load(path: String, format: PartyListFormat = .automatic) throws -> PartyList {
        let head = try readHead(path)
        try rejectBrokenDownload(head, file: path)
        let detected = format == .automatic ? try PartyListFormat.sniff(head, file: path) : format
        let list: PartyList
        switch detected {
        case .ofacLegacyCSV: list = try loadOFACLegacyCSV(path: path)
        case .ofacXML: list = try loadOFACXML(path: path)
        case .unXML: list = try loadUNXML(path: path)
        case .cslCSV: list = try loadCSL(path: path)
        case .ofacEnhancedXML: list = try loadOFACEnhancedXML(path: path)
        case .ofacAdvancedXML: list = try loadOFACAdvancedXML(path: path)
        case .euXML: list = try loadEUXML(path: path)
        case .ukConListCSV: list = try loadUKConList(path: path)
        case .bisDPL: list = try loadBISDeniedPersons(path: path)
        case .cnSanctionsCSV: list = try loadChinaLists(path: path)
        case .openSanctionsCSV: list = try loadOpenSanctionsCSV(path: path)
        case .ftmJSON: list = try loadFollowTheMoney(path: path)
        case .officeCSV: list = try loadOfficeList(path: path)
        case .automatic: throw PartyListProblem.format(path, "no format detected")
        }
        guard list.entryCount > 0 else {
            throw PartyListProblem.empty(path, "no entries were found in the \(detected.rawValue) file")
        }
        return list
    }

    // MARK: - Broken downloads

    /// The first 4 KiB of the file, decoded leniently.
    static func readHead(_ path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PartyListProblem.unreadable(path, "no such file or it cannot be opened")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: 4096)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// Throws for an empty file, a Git LFS pointer or an HTML page.
    static func rejectBrokenDownload(_ head: String, file: String) throws {
        let text = head.trimmingCharacters(in: .whitespacesAndNewlines.union(["\u{FEFF}", "\u{1A}"]))
        if text.isEmpty { throw PartyListProblem.empty(file) }
        if text.hasPrefix("version https://git-lfs.github.com/spec") { throw PartyListProblem.lfsPointer(file) }
        let lower = text.prefix(1024).lowercased()
        if lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") || lower.contains("<html")
            || (lower.hasPrefix("<") && (lower.contains("<head>") || lower.contains("<body")))
        {
            throw PartyListProblem.htmlPage(file)
        }
    }

    /// The whole file as text: UTF-8, or Windows-1252 when the bytes are not valid UTF-8
    /// (older OFAC files).
    static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PartyListProblem.unreadable(path, "no such file or it cannot be read")
        }
        if let text = String(data: data, encoding: .utf8) { return text }
        if let text = String(data: data, encoding: .windowsCP1252) { return text }
        return String(decoding: data, as: UTF8.self)
    }

    /// Parses CSV text, turning an unclosed quote into `list.format`.
    static func parseCSV(_ text: String, file: String) throws -> [PartyListCSV.Record] {
        do {
            return try PartyListCSV.parse(text)
        } catch let error as PartyListCSV.UnterminatedQuote {
            throw PartyListProblem.format(file, "a quoted field is never closed (truncated download?)", line: error.line)
        }
    }

    // MARK: - Shared field helpers

    /// ISO alpha-2 codes for country texts, unknown texts dropped, order kept, no repeats.
    static func countryCodes(_ texts: [String]) -> [String] {
        var out: [String] = []
        for text in texts {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, let code = CountryNormaliser.code(for: trimmed), !out.contains(code) else { continue }
            out.append(code)
        }
        return out
    }

    /// Splits a field on a separator, trimming and dropping empty parts.
    static func split(_ text: String?, on separator: String) -> [String] {
        guard let text else { return [] }
        return text.components(separatedBy: separator)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }
}

/// A `ByteSource` over a file, read in chunks, so that XML lists are parsed as they stream.
final class PartyListFileSource: ByteSource {
    private let handle: FileHandle

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PartyListProblem.unreadable(path, "no such file or it cannot be opened")
        }
        self.handle = handle
    }

    deinit { try? handle.close() }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let data = try handle.read(upToCount: buffer.count), !data.isEmpty else { return 0 }
        data.copyBytes(to: buffer)
        return data.count
    }
}
