import Testing

@testable import OutboundCompression

@Test(arguments: [
    ("dossier.xml", "dossier.xml"),
    ("./patents//US1.xml", "patents/US1.xml"),
    ("a\\b\\c.txt", "a/b/c.txt"),
    ("dir/", "dir"),
    ("./", ""),
    ("a/./b", "a/b"),
    ("..foo/bar..", "..foo/bar.."),
])
func normaliseKeepsSafeNames(name: String, expected: String) throws {
    #expect(try ArchivePath.normalise(name) == expected)
}

@Test(arguments: [
    "/etc/passwd", "\\\\server\\share\\x", "C:/x", "C:\\x", "c:x", "../x", "a/../../x", "a\\..\\x", "a/..",
])
func normaliseRefusesEscapes(name: String) {
    let error = #expect(throws: ArchiveError.self) { try ArchivePath.normalise(name) }
    #expect(error?.id == "archive.path-escape")
    #expect(error?.member == name)
}

@Test func normaliseRefusesNul() {
    let error = #expect(throws: ArchiveError.self) { try ArchivePath.normalise("a\u{0}b") }
    #expect(error?.id == "archive.bad-name")
}

@Test func namesThatAreNotUTF8AreReadAsCP437() {
    #expect(ArchivePath.cp437High.count == 128)
    #expect(ArchivePath.decode([0x63, 0x61, 0x66, 0x82], fallback: .cp437) == "café")
    #expect(ArchivePath.decode([0x63, 0x61, 0x66, 0xe9], fallback: .latin1) == "café")
    #expect(ArchivePath.decode(Array("专利.xml".utf8), fallback: .cp437) == "专利.xml")
}
