import CLibXML2

/// Process-wide set-up of libxml2 for untrusted input.
public enum XMLStream {
    /// Initialises libxml2 once, before any worker starts, and installs an external entity
    /// loader that refuses every load, so no DTD, entity or XInclude target is ever fetched
    /// from disk or network whatever options a caller passes. Every reader in this module
    /// calls it; calling it again is free.
    public static func initialise() {
        _ = initialised
    }

    private static let initialised: Bool = {
        xmlInitParser()
        xmlSetExternalEntityLoader { _, _, _ in nil }
        // Errors reach per-context structured handlers; nothing is printed by libxml2 itself.
        outbound_silence_generic_errors()
        return true
    }()

    /// The safe parse options used for every document: no network, no entity substitution,
    /// no DTD loading or default attributes from a DTD, no XInclude, no `HUGE` (libxml2 keeps
    /// its built-in limits on text size, depth and entity amplification).
    static let safeOptions: Int32 = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
            | XML_PARSE_NOXINCNODE.rawValue)
}
