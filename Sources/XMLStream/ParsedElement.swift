/// An element of a small parsed document (one dossier, one attachment section): name,
/// namespace, attributes, children in order, and the line it starts on.
///
/// Immutable once built, so it can cross threads.
public final class ParsedElement: Sendable {
    /// The local name (`transfer-dossier`).
    public let name: String
    /// The namespace URI, if any.
    public let namespace: String?
    public let attributes: [ParsedAttribute]
    public let children: [ParsedNode]
    /// 1-based line in the parsed text.
    public let line: Int

    public init(name: String, namespace: String?, attributes: [ParsedAttribute], children: [ParsedNode], line: Int) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The value of the attribute with this local name and no namespace (or the given one).
    public func attribute(_ name: String, namespace: String? = nil) -> String? {
        attributes.first { $0.name == name && $0.namespace == namespace }?.value
    }

    /// The child elements, in order.
    public var elements: [ParsedElement] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    /// Child elements with this local name (any namespace when `namespace` is nil).
    public func elements(_ name: String, namespace: String? = nil) -> [ParsedElement] {
        var found: [ParsedElement] = []
        for case .element(let e) in children where e.name == name && (namespace == nil || e.namespace == namespace) {
            found.append(e)
        }
        return found
    }

    /// The first child element with this local name.
    public func first(_ name: String, namespace: String? = nil) -> ParsedElement? {
        for case .element(let e) in children where e.name == name && (namespace == nil || e.namespace == namespace) {
            return e
        }
        return nil
    }

    /// Follows a path of child names (`["bibliographic-data", "invention-title"]`).
    public func first(path: [String]) -> ParsedElement? {
        var current: ParsedElement? = self
        for step in path { current = current?.first(step) }
        return current
    }

    /// Every descendant element with this local name, in document order.
    public func descendants(_ name: String) -> [ParsedElement] {
        var out: [ParsedElement] = []
        func walk(_ e: ParsedElement) {
            for child in e.elements {
                if child.name == name { out.append(child) }
                walk(child)
            }
        }
        walk(self)
        return out
    }

    /// All text below this element, concatenated in document order, with the text of
    /// sibling block elements separated by a space.
    public var textContent: String {
        var out = ""
        func walk(_ e: ParsedElement) {
            for child in e.children {
                switch child {
                case .text(let t): out += t
                case .element(let c):
                    if !out.isEmpty, out.last?.isWhitespace == false { out += " " }
                    walk(c)
                }
            }
        }
        walk(self)
        return out
    }

    /// `textContent` with runs of whitespace collapsed to one space and the ends trimmed.
    public var text: String { collapseWhitespace(textContent) }
}

/// A child of an element.
public enum ParsedNode: Sendable {
    case element(ParsedElement)
    case text(String)
}

/// An attribute of a parsed element.
public struct ParsedAttribute: Sendable, Hashable {
    public var name: String
    public var namespace: String?
    public var value: String

    public init(name: String, namespace: String?, value: String) {
        self.name = name
        self.namespace = namespace
        self.value = value
    }
}

/// Collapses every run of XML whitespace (space, tab, CR, LF) to one space and trims the
/// ends. Works on the UTF-8 bytes: it sits on the hot path of every text field.
public func collapseWhitespace(_ s: String) -> String {
    var text = s
    return text.withUTF8 { bytes -> String in
        var needsWork = false
        var previousSpace = true
        let count = bytes.count
        var index = 0
        while index < count {
            // Eight bytes at a time while none is a space or a control (none of them counts).
            if index &+ 8 <= count,
                !mayHoldSpace(UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: index, as: UInt64.self))
            {
                previousSpace = false
                index &+= 8
                continue
            }
            let b = bytes[index]
            let space = b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
            if space && (previousSpace || b != 0x20) {
                needsWork = true
                break
            }
            previousSpace = space
            index &+= 1
        }
        if !needsWork && !previousSpace { return s }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        index = 0
        while index < count {
            if index &+ 8 <= count,
                !mayHoldSpace(UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: index, as: UInt64.self))
            {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index &+ 8)]))
                index &+= 8
                continue
            }
            let b = bytes[index]
            index &+= 1
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// True when one of the eight bytes of `word` is 0x20 or below (a space, a tab, a line
/// break or another control): the has-less-than test, exact for 0x21.
@inline(__always)
private func mayHoldSpace(_ word: UInt64) -> Bool {
    (word &- 0x2121_2121_2121_2121) & ~word & 0x8080_8080_8080_8080 != 0
}
