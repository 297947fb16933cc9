/// Extended headers: pax records and GNU long names that change the next entry.
extension TarReader {
    /// What the extended headers before an entry say about it.
    struct Metadata {
        var path: String?
        var linkPath: String?
        var size: Int?
        var longName: String?
        var longLink: String?

        var isEmpty: Bool {
            path == nil && linkPath == nil && size == nil && longName == nil && longLink == nil
        }

        /// Takes the `path`, `linkpath` and `size` records; other keys are ignored.
        mutating func apply(pax records: [(key: String, value: [UInt8])]) throws {
            for (key, value) in records {
                switch key {
                case "path":
                    path = ArchivePath.decode(value, fallback: .latin1)
                case "linkpath":
                    linkPath = ArchivePath.decode(value, fallback: .latin1)
                case "size":
                    guard !value.isEmpty, value.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
                        let n = Int(String(decoding: value, as: UTF8.self))
                    else {
                        throw ArchiveError.tarCorrupt("the pax size record is not a number")
                    }
                    size = n
                default:
                    break
                }
            }
        }
    }

    /// The records of a pax header: `"<length> <key>=<value>\n"`, where the length counts
    /// the whole record.
    static func parsePax(_ data: [UInt8]) throws -> [(key: String, value: [UInt8])] {
        var records: [(key: String, value: [UInt8])] = []
        var i = 0
        while i < data.count {
            if data[i...].allSatisfy({ $0 == 0 }) { break }  // some writers pad with NULs
            var j = i
            var length = 0
            while j < data.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(data[j]), length < data.count {
                length = length * 10 + Int(data[j] - UInt8(ascii: "0"))
                j += 1
            }
            guard j > i, j < data.count, data[j] == UInt8(ascii: " "), length > j - i + 1, length <= data.count - i,
                data[i + length - 1] == UInt8(ascii: "\n")
            else {
                throw ArchiveError.tarCorrupt("malformed pax record at byte \(i) of an extended header")
            }
            let record = data[(j + 1)..<(i + length - 1)]
            guard let equals = record.firstIndex(of: UInt8(ascii: "=")), equals > record.startIndex else {
                throw ArchiveError.tarCorrupt("pax record without a key at byte \(i) of an extended header")
            }
            records.append((String(decoding: record[..<equals], as: UTF8.self), Array(record[(equals + 1)...])))
            i += length
        }
        return records
    }
}
