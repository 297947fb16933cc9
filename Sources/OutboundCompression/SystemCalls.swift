#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Thin wrappers over the POSIX calls the file sources and sinks use. Their methods are
// named `read`, `write` and `close`, which hide the C functions inside the classes.

/// The text of the current `errno`.
func systemError() -> String {
    String(cString: strerror(errno))
}

/// `errno == EINTR`: the call was interrupted and should be repeated.
func interrupted() -> Bool { errno == EINTR }

/// Opens `path` for reading; -1 on failure.
func posixOpenForReading(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_CLOEXEC)
}

/// Creates (or truncates) `path` for writing with mode 0644; -1 on failure.
func posixCreate(_ path: String) -> Int32 {
    open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
}

/// The size of an open file and whether it is a regular file; nil (with `errno` set) when
/// `fstat` fails.
func posixFileInfo(_ fd: Int32) -> (size: Int, isRegular: Bool)? {
    var info = stat()
    if fstat(fd, &info) != 0 { return nil }
    return (Int(info.st_size), (info.st_mode & S_IFMT) == S_IFREG)
}

func posixClose(_ fd: Int32) -> Int32 { close(fd) }

func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}

func posixPread(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int, _ offset: Int) -> Int {
    pread(fd, buffer, count, off_t(offset))
}

func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
