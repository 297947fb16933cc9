/// The `ReferenceFileError`s a party-list loader throws, with their stable ids.
enum PartyListProblem {
    /// `list.html-page`: a web page (an error or login page) saved in place of the list.
    static func htmlPage(_ file: String) -> ReferenceFileError {
        ReferenceFileError(
            id: "list.html-page",
            message:
                "the file is an HTML page, not a party list: the download probably failed (error or login page); download the list again",
            file: file, line: 1)
    }

    /// `list.lfs-pointer`: a Git LFS pointer checked out without its content.
    static func lfsPointer(_ file: String) -> ReferenceFileError {
        ReferenceFileError(
            id: "list.lfs-pointer",
            message: "the file is a Git LFS pointer, not the list itself; run `git lfs pull` or download the list again",
            file: file, line: 1)
    }

    /// `list.empty`: an empty file, or one in which no entry was found.
    static func empty(_ file: String, _ detail: String = "the file is empty") -> ReferenceFileError {
        ReferenceFileError(id: "list.empty", message: "\(detail); an empty list is never loaded", file: file)
    }

    /// `list.format`: the content does not fit the expected format.
    static func format(_ file: String, _ detail: String, line: Int? = nil) -> ReferenceFileError {
        ReferenceFileError(id: "list.format", message: detail, file: file, line: line)
    }

    /// `list.malformed`: XML the parser rejected, with the line.
    static func malformed(_ file: String, _ detail: String, line: Int?, column: Int? = nil) -> ReferenceFileError {
        ReferenceFileError(id: "list.malformed", message: "malformed XML: \(detail)", file: file, line: line, column: column)
    }

    /// `list.io`: the file could not be read.
    static func unreadable(_ file: String, _ detail: String) -> ReferenceFileError {
        ReferenceFileError(id: "list.io", message: "the list could not be read: \(detail)", file: file)
    }
}
