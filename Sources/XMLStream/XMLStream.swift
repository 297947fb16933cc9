import CLibXML2

/// Process-wide set-up of libxml2 for untrusted input.
public enum XMLStream {
    /// Initialises libxml2 once, before any worker starts, and installs an external entity
    /// loader that refuses every load, so no DTD, entity or XInclude target is ever fetched
    /// from disk or network whatever options a caller passes.
    public static func initialise() {
        _ = initialised
    }

    private static let initialised: Bool = {
        xmlInitParser()
        xmlSetExternalEntityLoader { _, _, _ in nil }
        return true
    }()
}
