import DossierModel
import Foundation
import Testing

@testable import OutboundCompression

/// The real hostile and benign zip files of `../shared/realdata`.
@Suite struct ZipRealDataTests {
    /// yauzl's failure files: the file name states the fault; the id must name the same kind,
    /// and the message must carry the numbers the name quotes.
    static let yauzl: [(file: String, id: String, mentions: [String])] = [
        (
            "End_of_central_directory_record_signature_not_found_Either_not_a_zip_file_or_file_is_truncated.zip", "zip.not-zip",
            ["end of central directory"]
        ),
        ("absolute_path_C_xt.zip", "archive.path-escape", ["C:/xt", "drive letter"]),
        ("absolute_path_atxt.zip", "archive.path-escape", ["/atxt", "absolute"]),
        ("compressed_uncompressed_size_mismatch_for_stored_file_2147483647_5.zip", "zip.size-mismatch", ["2147483647", " 5"]),
        ("extra_field_length_exceeds_extra_field_buffer_size.zip", "zip.extra-field", ["extra field"]),
        (
            "file_data_overflows_file_bounds_63_2147483647_308.zip", "zip.truncated",
            ["63", "2147483647", "308", "overflows the file bounds"]
        ),
        (
            "invalid_central_directory_file_header_signature_0x1014b50.zip", "zip.bad-signature",
            ["central directory file header signature 0x1014b50"]
        ),
        ("invalid_code_lengths_set.zip", "zip.corrupt", ["invalid code lengths set"]),
        ("invalid_local_file_header_signature_0x3034b50.zip", "zip.bad-signature", ["local file header signature 0x3034b50"]),
        ("invalid_relative_path_xt.zip", "archive.path-escape", ["../xt", ".."]),
        (
            "invalid_zip64_end_of_central_directory_record_signature.zip", "zip.bad-signature",
            ["zip64 end of central directory record signature"]
        ),
        ("multi-disk_zip_files_are_not_supported_found_disk_number_1.zip", "zip.multi-disk", ["found disk number 1"]),
        ("not_enough_bytes_in_the_stream_expected_2048576_got_only_1000000.zip", "zip.size-mismatch", ["2048576", "1000000"]),
        ("strong_encryption_is_not_supported.zip", "archive.encrypted", ["strong encryption"]),
        ("unexpected_EOF.zip", "zip.truncated", ["unexpected end of file"]),
        ("unsupported_compression_method_1.zip", "zip.unsupported-method", ["method 1"]),
        ("wrong-entry-sizes.zip", "zip.size-mismatch", ["size"]),
        (
            "zip64_extended_information_extra_field_does_not_include_uncompressed_size.zip", "zip.extra-field",
            ["zip64 extended information extra field", "does not include the uncompressed size"]
        ),
    ]

    @Test func everyYauzlFileIsInTheTable() throws {
        #expect(try RealData.files(in: "C-hostile/zip-malformed-yauzl") == Self.yauzl.map(\.file).sorted())
    }

    @Test(arguments: yauzl)
    func yauzlFailureIsRefusedWithItsKind(file: String, id: String, mentions: [String]) throws {
        let path = RealData.path("C-hostile/zip-malformed-yauzl/" + file)
        let error = #expect(throws: ArchiveError.self) { try readWholeZip(ZipArchive(path: path)) }
        #expect(error?.id == id)
        for text in mentions {
            #expect(error?.message.contains(text) == true, "'\(text)' not in: \(error?.message ?? "")")
        }
    }

    @Test func benignTestDataIsReadable() throws {
        let archive = try ZipArchive(path: RealData.path("C-hostile/archives-benign/TestData.zip"))
        #expect(
            archive.members.map(\.name) == [
                "TestData", "TestData/.DS_Store", "__MACOSX/TestData/._.DS_Store", "TestData/Foo", "TestData/Lorem.txt",
                "TestData/Foo/Lorem.txt", "TestData/Foo/Bar", "TestData/Foo/Bar/Lorem.txt",
            ])
        let files = try readWholeZip(archive)
        #expect(files["TestData/Lorem.txt"]?.count == 4140)
        #expect(files["TestData/Lorem.txt"] == files["TestData/Foo/Bar/Lorem.txt"])
        #expect(files["TestData/.DS_Store"]?.count == 6148)
        // The tar.gz of the same folder holds the same bytes.
        let tar = try readWholeTar(TarReader(path: RealData.path("C-hostile/archives-benign/TestData.tar.gz")))
        for (name, bytes) in tar where name != "TestData/._.DS_Store" {
            #expect(files[name] == bytes, "\(name)")
        }
        #expect(tar.count == 5)
    }

    @Test(arguments: ["TestDataEncryptedAES.zip", "TestDataEncryptedZipCrypto.zip"])
    func encryptedArchivesAreRefused(file: String) throws {
        let error = #expect(throws: ArchiveError.self) {
            try ZipArchive(path: RealData.path("C-hostile/archives-encrypted/" + file))
        }
        #expect(error?.id == "archive.encrypted")
        #expect(error?.member == "TestData/Foo/Bar/Lorem.txt")
    }

    @Test(arguments: [("zip-slip.zip", "../../"), ("python-admin-__init__.py.zip", "../admin/__init__.py")])
    func zipSlipIsRefusedAsAWhole(file: String, name: String) throws {
        let error = #expect(throws: ArchiveError.self) { try ZipArchive(path: RealData.path("C-hostile/zip-slip/" + file)) }
        #expect(error?.id == "archive.path-escape")
        #expect(error?.member?.hasPrefix(name) == true)
    }

    @Test func overlappingZipBombIsRefusedWithoutInflating() throws {
        let budget = InflationBudget(limit: ArchiveLimits.default.maxTotalSize)
        let clock = ContinuousClock()
        let start = clock.now
        let error = #expect(throws: ArchiveError.self) {
            try ZipArchive(source: FileByteSource(path: RealData.path("C-hostile/zip-bombs/zbsm.zip")), budget: budget)
        }
        #expect(error?.id == "zip.overlap")
        #expect(budget.used == 0)
        #expect(clock.now - start < .seconds(2))
    }

    @Test func nestedFormatsArchiveHoldsARefusedFormat() throws {
        let archive = try ZipArchive(path: RealData.path("C-hostile/archives-nested/NestedFormatsTest.zip"))
        #expect(archive.members.map(\.name) == ["content.ace"])
        let (kind, stream) = try Container.sniff(archive.openMember(archive.members[0]))
        #expect(kind == .ace)
        #expect(!kind.isSupported)
        #expect(try drain(stream).count == 416)  // the CRC-32 was checked at the end
    }

    @Test func usptoDailyZipHoldsTheXMLByteForByte() throws {
        let archive = try ZipArchive(path: RealData.path("A-ip-records/uspto-assignment-daily/ad20160101.zip"))
        #expect(archive.members.map(\.name) == ["ad20160101.xml"])
        let inflated = try drain(archive.openMember(named: "ad20160101.xml"), chunk: 10_000)
        let original = try contents(of: RealData.path("A-ip-records/uspto-assignment-daily/ad20160101.xml"))
        #expect(inflated.count == 701_564)
        #expect(inflated == original)
    }

    @Test func textNamedAsZipIsNotAZip() throws {
        let path = RealData.path("C-hostile/archives-misnamed/corruptwheel-not-a-zip.whl")
        #expect(try Container.detect(FileByteSource(path: path)) == .plain)
        let error = #expect(throws: ArchiveError.self) { try ZipArchive(path: path) }
        #expect(error?.id == "zip.not-zip")
    }
}
