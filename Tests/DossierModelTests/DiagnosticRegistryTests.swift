import Foundation
import Testing

/// The diagnostics registry, `docs/diagnostics.md`, checked against the ids the sources use.
///
/// The sources are read as text: every string literal of `Sources/` that has the shape of an
/// id (`family.name`, lower-case words joined by hyphens), every log line that starts with one
/// (`"run.repeated-dossier: ..."`), and the ids built at run time, are the ids in use, except
/// audit rule names, file names and the few literals of `RegistrySources.notIDs`. The tables
/// of the document are read in the format it describes, a `{a,b}.name` row standing for each
/// kind it lists. A failure names the ids at fault.
@Suite struct DiagnosticRegistryTests {
    private let registry = loadedRegistry
    private let sources = scannedSources

    @Test func everyIdInTheSourcesIsDocumented() {
        #expect(sources.ids.count > 100, "the scan of Sources/ found almost no ids: is the pattern broken?")
        #expect(!sources.renamedKinds.isEmpty, "no call of ReferenceYAML that renames the shared reader's ids was found")
        let documented = Set(registry.rows.flatMap(\.ids))
        let missing = sources.ids.keys.sorted().filter { id in
            !sources.documentedForms(of: id).contains { documented.contains($0) }
        }
        let named = missing.map { "\($0) (\(sources.ids[$0]!.first!))" }
        #expect(missing.isEmpty, "ids used in Sources/ but not in docs/diagnostics.md: \(named.joined(separator: ", "))")
    }

    @Test func everyDocumentedIdIsUsed() {
        #expect(registry.rows.count > 100, "docs/diagnostics.md has almost no rows: is the table format broken?")
        let unused = registry.rows.flatMap(\.ids).filter { !sources.uses($0) }
        #expect(unused.isEmpty, "ids in docs/diagnostics.md that no source uses: \(unused.joined(separator: ", "))")
    }

    @Test func noIdIsDocumentedTwice() {
        var lines: [String: [Int]] = [:]
        for row in registry.rows {
            for id in row.ids { lines[id, default: []].append(row.line) }
        }
        let repeated = lines.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }
        let named = repeated.map { "\($0.key) (lines \($0.value.map(String.init).joined(separator: ", ")))" }
        #expect(repeated.isEmpty, "ids documented more than once: \(named.joined(separator: "; "))")
    }

    @Test func everyRowHasAnAllowedSeverityAndExit() {
        let bad = registry.rows.compactMap { row in row.problem.map { "line \(row.line) (\(row.pattern)): \($0)" } }
        #expect(bad.isEmpty, "rows of docs/diagnostics.md with a bad column: \(bad.joined(separator: "; "))")
    }

    @Test func everyIdTemplateInTheSourcesIsUnderstood() {
        let named = sources.unknownTemplates.map { "\($0.literal) (\($0.place))" }
        #expect(named.isEmpty, "ids built at run time in a way the registry test does not read: \(named.joined(separator: ", "))")
    }
}

/// The document and the sources, read once for every test of the suite.
private let loadedRegistry = try! Registry.load()
private let scannedSources = try! RegistrySources.scan()

/// The root of the repository, from this file's path.
private let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The shape of an id: two lower-case words (digits allowed, hyphens inside) joined by a dot.
private let idShape = #"[a-z][a-z0-9]*(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*"#

/// The first capture of every match of `pattern` in `text`, with the offset of the match.
private func captures(_ pattern: String, in text: String) -> [(value: String, offset: String.Index)] {
    let regex = try! Regex(pattern)
    return text.matches(of: regex).compactMap { match in
        match.output[1].substring.map { (String($0), match.range.lowerBound) }
    }
}

// MARK: - The document

/// The rows of the tables of `docs/diagnostics.md`.
private struct Registry {
    struct Row {
        /// The id cell without its backticks, `{a,b}.name` groups unexpanded.
        var pattern: String
        var severity: String
        var exit: String
        var meaning: String
        /// 1-based line of the row in the document.
        var line: Int

        static let severities: Set<String> = ["error", "warning", "note", "error or warning"]
        static let exitCodes: Set<String> = ["1", "64", "65", "74"]

        /// The ids the row stands for: its pattern with a `{a,b}` group expanded.
        var ids: [String] {
            guard let open = pattern.firstIndex(of: "{"), let close = pattern.firstIndex(of: "}"), open < close else { return [pattern] }
            let head = pattern[..<open]
            let tail = pattern[pattern.index(after: close)...]
            return pattern[pattern.index(after: open)..<close].split(separator: ",").map { "\(head)\($0)\(tail)" }
        }

        /// What is wrong with the row's columns, or nil.
        var problem: String? {
            if let id = ids.first(where: { $0.wholeMatch(of: try! Regex(idShape)) == nil }) { return "'\(id)' is not an id" }
            guard Self.severities.contains(severity) else { return "severity '\(severity)' is not one of \(Self.severities.sorted())" }
            let codes = exit.components(separatedBy: " or ")
            guard exit == "-" || codes.allSatisfy(Self.exitCodes.contains) else {
                return "exit '\(exit)' is not '-' or one of \(Self.exitCodes.sorted()) (joined by 'or')"
            }
            // An error leads to an exit code; a warning or a note never does.
            if severity.hasPrefix("error"), exit == "-" { return "an error needs an exit code" }
            if !severity.hasPrefix("error"), exit != "-" { return "a \(severity) changes no exit status: write '-'" }
            if meaning.isEmpty { return "the meaning is empty" }
            return nil
        }
    }

    var rows: [Row]

    static func load() throws -> Registry {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        var rows: [Row] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 4, cells[0].count > 2, cells[0].hasPrefix("`"), cells[0].hasSuffix("`") else {
                rows.append(Row(pattern: String(line), severity: "", exit: "", meaning: "", line: index + 1))
                continue
            }
            rows.append(
                Row(
                    pattern: String(cells[0].dropFirst().dropLast()), severity: cells[1], exit: cells[2], meaning: cells[3],
                    line: index + 1))
        }
        return Registry(rows: rows)
    }
}

// MARK: - The sources

/// The ids the sources use, read from the text of every `.swift` file under `Sources/`.
private struct RegistrySources {
    /// Literals that have the shape of an id but name no diagnostic.
    static let notIDs: Set<String> = [
        // swift-log logger labels (`Logger(label:)`), shown in plain log lines.
        "outbound.run", "outbound.ledger",
        // An OpenSanctions topic that `ChinaList` reads in a list file.
        "export.control",
        // The message of a fault-injection hook for tests (`OUTBOUND_FAULT_STALL_AFTER_CLAIMS`),
        // written straight to standard error; never reported in a normal run.
        "worker.fault-stall",
    ]

    /// File name endings: a literal such as `"dossier.xml"` or `"summary.json"` is a file.
    static let fileExtensions: Set<String> = ["xml", "json", "jsonl", "html", "csv", "txt", "yml", "yaml", "xsd", "gz", "zip", "tar"]

    /// Code just before a literal that makes it an audit rule name (`Decision.audit.rules`,
    /// e.g. `rules.append("outbound.cn-to-foreign")`, `result(.outOfScope, "out-of-scope.acquisition")`
    /// in `OutcomeRules`), not a diagnostic id.
    static let ruleContexts = [
        #"rules\.append\(\s*$"#, #"rules\s*:\s*\[\s*$"#, #"rules\s*=\s*\[\s*$"#, #"rules\s*\+=[^\n]*\{\s*$"#,
        #"result\(\.[A-Za-z]+,\s*$"#,
    ]

    /// Every diagnostic id found, with the places (`path:line`) that use it.
    var ids: [String: [String]] = [:]
    /// The families `ReferenceYAML.renamed` turns the shared reader's ids into (`routing`,
    /// `calendar`, ...), and the family it renames (`catalogue`).
    var renamedKinds: Set<String> = []
    var renamedFamily = ""
    /// Literals that build an id at run time in a way this scan does not expand.
    var unknownTemplates: [(literal: String, place: String)] = []

    /// The forms an id of the sources may take when reported: itself, and for an id of the
    /// shared reference-file reader (`catalogue.unknown-key`) its renamed forms
    /// (`routing.unknown-key`, ...), any of which documents it.
    func documentedForms(of id: String) -> [String] {
        guard id.hasPrefix(renamedFamily + ".") else { return [id] }
        let name = id.dropFirst(renamedFamily.count + 1)
        return [id] + renamedKinds.sorted().map { "\($0).\(name)" }
    }

    /// True when the sources use `id`, as written or as a renamed form of a shared reader id.
    /// A renamed form counts as used when its `catalogue.` id is: which kinds of file reach a
    /// shared check (a row's `{routing,calendar}` list) is the document's word, not read here.
    func uses(_ id: String) -> Bool {
        if ids[id] != nil { return true }
        guard let dot = id.firstIndex(of: "."), renamedKinds.contains(String(id[..<dot])) else { return false }
        return ids[renamedFamily + id[dot...]] != nil
    }

    static func scan() throws -> RegistrySources {
        let root = repositoryRoot.appendingPathComponent("Sources")
        var files: [(path: String, text: String)] = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let relative = "Sources/" + url.path.dropFirst(root.path.count + 1)
            files.append((relative, withoutComments(try String(contentsOf: url, encoding: .utf8))))
        }
        let all = files.map(\.text).joined(separator: "\n")
        var result = RegistrySources()

        // `ReferenceYAML` names an error by the file's kind: `"\(prefix).unreadable"` for each
        // `prefix:` a loader passes, and `renamed` turns the shared reader's `catalogue.` ids
        // into the kind of the file that `compose`, `finish` or `read(text:)` was called for.
        let prefixes = Set(captures(#"\bprefix:\s*"([a-z][a-z0-9-]*)""#, in: all).map(\.value))
        result.renamedFamily = captures(#"error\.id\.hasPrefix\("([a-z][a-z0-9-]*)\.""#, in: all).first?.value ?? "?"
        let renaming = #"ReferenceYAML\.(?:compose\(|finish\(|read\(text:)[^)]*?\bprefix:\s*"([a-z][a-z0-9-]*)""#
        result.renamedKinds = Set(captures(renaming, in: all).map(\.value)).subtracting([result.renamedFamily])

        for (path, text) in files {
            func place(_ offset: String.Index) -> String {
                "\(path):\(text[..<offset].reduce(into: 1) { if $1 == "\n" { $0 += 1 } })"
            }
            func add(_ id: String, at offset: String.Index) {
                result.ids[id, default: []].append(place(offset))
            }
            // A literal that is an id: `.error("xml.malformed", ...)`, `id: "zip.crc"`,
            // `report("catalogue.wrong-type", ...)`, `NormaliseFinding("identifier.lei-check", ...)`,
            // `return "xml.schema"`, `let id = ... ? "calendar.conflict" : ...`, and any other.
            for (id, offset) in captures(#""(\#(idShape))""#, in: text) {
                let name = id[id.index(after: id.firstIndex(of: ".")!)...]
                if notIDs.contains(id) || fileExtensions.contains(String(name)) || isRuleName(before: offset, in: text) { continue }
                add(id, at: offset)
            }
            // A log line that starts with its id: `"worker.take-over: \(count) chunks ..."`.
            for (id, offset) in captures(#""(\#(idShape)): "#, in: text) where !notIDs.contains(id) {
                add(id, at: offset)
            }
            // `"\(prefix).unreadable"`: one id per prefix passed to `ReferenceYAML`.
            for (name, offset) in captures(#""\\\(prefix\)\.([a-z][a-z0-9-]*)""#, in: text) {
                for prefix in prefixes { add("\(prefix).\(name)", at: offset) }
            }
            // `"ledger.\(kind.rawValue)"`: one id per case of the enum `Kind` in the same file.
            var expanded: Set<String> = []
            for match in text.matches(of: try! Regex(#""([a-z][a-z0-9-]*)\.\\\(([a-z][A-Za-z]*)\.rawValue\)""#)) {
                let family = String(match.output[1].substring!)
                let variable = String(match.output[2].substring!)
                let names = enumRawValues(variable.prefix(1).uppercased() + variable.dropFirst(), in: text)
                guard !names.isEmpty else { continue }
                expanded.insert(String(text[match.range]))
                for name in names { add("\(family).\(name)", at: match.range.lowerBound) }
            }
            // Any other literal that builds an id from a family and a value (`"run.\(x)"`) or
            // from a value and a name (`"\(kind).empty"`) must be taught to this test.
            for match in text.matches(of: try! Regex(#""(?:[a-z][a-z0-9-]*\.\\\([^"\n]*|\\\([^"\n]*\)\.[a-z][a-z0-9-]*)""#)) {
                let literal = String(text[match.range])
                let tail = literal.dropLast().split(separator: ".").last.map(String.init) ?? ""
                if expanded.contains(literal) || literal.hasPrefix(#""\(prefix)."#) { continue }
                if fileExtensions.contains(tail) || isRuleName(before: match.range.lowerBound, in: text) { continue }
                result.unknownTemplates.append((literal, place(match.range.lowerBound)))
            }
        }
        return result
    }

    /// True when the code just before `offset` (on its line, or on the line before when the
    /// literal starts its line) makes the literal an audit rule name.
    static func isRuleName(before offset: String.Index, in text: String) -> Bool {
        let lineStart = text[..<offset].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let before = String(text[lineStart..<offset])
        let previous = text[..<lineStart].dropLast().split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        return ruleContexts.contains { pattern in
            let regex = try! Regex(pattern)
            return before.contains(regex) || (before.allSatisfy(\.isWhitespace) && previous.contains(regex))
        }
    }

    /// The raw values of the cases of `enum <name>` in `text` (a case's name unless it gives one).
    static func enumRawValues(_ name: String, in text: String) -> [String] {
        guard let start = text.range(of: "enum \(name)"), let open = text[start.upperBound...].firstIndex(of: "{"),
            let close = text[open...].firstIndex(of: "}")
        else { return [] }
        let body = String(text[open..<close])
        return body.matches(of: try! Regex(#"\bcase\s+([a-z][A-Za-z]*)(?:\s*=\s*"([^"]*)")?"#)).map { match in
            String(match.output[2].substring ?? match.output[1].substring!)
        }
    }

    /// `text` without its `//` comments (whole lines, and the end of a line after code), so
    /// that an id a comment mentions does not count as used.
    static func withoutComments(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            if line.drop(while: \.isWhitespace).hasPrefix("//") { return "" }
            var inString = false
            var escaped = false
            var previous: Character = " "
            for index in line.indices {
                let c = line[index]
                if inString {
                    if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                } else if c == "\"" {
                    inString = true
                } else if c == "/", previous == "/" {
                    return line[..<line.index(before: index)]
                }
                previous = c
            }
            return line
        }.joined(separator: "\n")
    }
}
