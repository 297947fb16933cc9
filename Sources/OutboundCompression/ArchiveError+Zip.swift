/// The zip reader's errors, one id per kind of fault.
extension ArchiveError {
    /// `zip.not-zip`: no end of central directory record (not a zip, or cut short).
    static func zipNotZip(_ reason: String) -> ArchiveError {
        ArchiveError(id: "zip.not-zip", message: "not a zip file, or a truncated one: \(reason)")
    }

    /// `zip.bad-signature`: a record does not start with the signature it must have.
    static func zipBadSignature(_ record: String, found: UInt32, at offset: Int, member: String? = nil) -> ArchiveError {
        ArchiveError(
            id: "zip.bad-signature",
            message: "invalid \(record) signature 0x\(String(found, radix: 16)) at offset \(offset)", member: member)
    }

    /// `zip.truncated`: a record or member data lies (partly) past the end of the file.
    static func zipTruncated(_ message: String, member: String? = nil) -> ArchiveError {
        ArchiveError(id: "zip.truncated", message: message, member: member)
    }

    /// `zip.corrupt`: inconsistent structure, or deflate data that zlib rejects.
    static func zipCorrupt(_ message: String, member: String? = nil) -> ArchiveError {
        ArchiveError(id: "zip.corrupt", message: message, member: member)
    }

    /// `zip.extra-field`: a malformed extra field (lengths that overrun, zip64 fields missing).
    static func zipExtraField(_ message: String, member: String?) -> ArchiveError {
        ArchiveError(id: "zip.extra-field", message: message, member: member)
    }

    /// `zip.overlap`: two members share bytes, or member data runs into the central directory.
    static func zipOverlap(_ message: String, member: String?) -> ArchiveError {
        ArchiveError(id: "zip.overlap", message: message, member: member)
    }

    /// `zip.size-mismatch`: declared sizes that disagree with each other or with the data.
    static func zipSizeMismatch(_ message: String, member: String?) -> ArchiveError {
        ArchiveError(id: "zip.size-mismatch", message: message, member: member)
    }

    /// `zip.crc`: the CRC-32 of the data differs from the declared one.
    static func zipCRC(_ message: String, member: String?) -> ArchiveError {
        ArchiveError(id: "zip.crc", message: message, member: member)
    }

    /// `zip.multi-disk`: the archive is one part of a split (multi-disk) set.
    static func zipMultiDisk(_ message: String) -> ArchiveError {
        ArchiveError(id: "zip.multi-disk", message: "multi-disk zip files are not supported: \(message)")
    }

    /// `zip.unsupported-method`: a compression method other than stored (0) or deflate (8).
    static func zipUnsupportedMethod(_ method: UInt16, member: String) -> ArchiveError {
        let names: [UInt16: String] = [
            1: "shrink", 6: "implode", 9: "deflate64", 12: "bzip2", 14: "LZMA", 93: "zstd", 95: "xz", 98: "PPMd",
        ]
        let name = names[method].map { " (\($0))" } ?? ""
        return ArchiveError(
            id: "zip.unsupported-method",
            message: "member '\(member)' uses compression method \(method)\(name); only stored (0) and deflate (8) are supported",
            member: member)
    }
}
