import CZlib

/// Version of the zlib library loaded at run time.
public var zlibVersionString: String { String(cString: zlibVersion()) }
