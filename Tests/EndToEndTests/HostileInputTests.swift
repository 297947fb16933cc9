import Foundation
import Testing

/// Every file of `../shared/realdata/C-hostile` through the `outbound extract` binary, one
/// child process per file: each ends as an input problem or a quarantine with a stable
/// reason, never a crash, with a bounded peak RSS; the XML payloads also in dossier-shaped
/// variants (see `HostileVariants`), with entities pointing at a canary file whose content
/// must never appear in any output.
@Suite struct HostileInputTests {
    static let root = OutboundBinary.realdata.appendingPathComponent("C-hostile")

    /// Peak RSS allowed per file.
    static let maxRSSKiB = 256 * 1024

    /// What each hostile file must become: the id of its (first) error. The
    /// `zip-malformed-yauzl` files name the fault yauzl reports; the id here is ours for the
    /// same fault (`invalid_code_lengths_set.zip` holds no XML member, so the bundle is turned
    /// away before its member is inflated: `ZipHostileTests` inflates it).
    static let expected: [String: String] = [
        "archives-benign/TestData.tar.gz": "bundle.no-dossier",
        "archives-benign/TestData.zip": "bundle.no-dossier",
        "archives-corrupt/TestDataCorrupt.tar": "input.not-xml",
        "archives-encrypted/TestDataEncryptedAES.zip": "archive.encrypted",
        "archives-encrypted/TestDataEncryptedZipCrypto.zip": "archive.encrypted",
        "archives-misnamed/corruptwheel-not-a-zip.whl": "xml.no-root",
        "archives-nested/NestedFormatsTest.zip": "bundle.no-dossier",
        "gzip-malformed/corrupt-gz-file.gz": "gzip.corrupt",
        "gzip-malformed/good-file.gz": "xml.no-root",
        "gzip-malformed/multi-member.gz": "xml.no-root",
        "xml-defusedxml/cyclic.xml": "input.unknown-format",
        "xml-defusedxml/dtd.xml": "input.unknown-format",
        "xml-defusedxml/dtd_element.xml": "input.unknown-format",
        "xml-defusedxml/external.xml": "input.unknown-format",
        "xml-defusedxml/quadratic.xml": "input.unknown-format",
        "xml-defusedxml/simple-ns.xml": "input.unknown-format",
        "xml-defusedxml/simple.xml": "input.unknown-format",
        "xml-defusedxml/xalan_exec.xsl": "input.unknown-format",
        "xml-defusedxml/xmlbomb.xml": "input.unknown-format",
        "xml-libxml2/XInclude_docs_recursive.xml": "input.unknown-format",
        "xml-libxml2/errors_dup-xml-attr.xml": "input.unknown-format",
        "xml-libxml2/errors_empty.xml": "xml.no-root",
        "xml-libxml2/errors_extra-content.xml": "input.unknown-format",
        "xml-libxml2/errors_name.xml": "xml.no-root",
        "xml-libxml2/errors_quadratic-defattr.xml": "input.unknown-format",
        "xml-libxml2/errors_rec_ext.ent": "input.unknown-format",
        "xml-libxml2/errors_rec_ext_ent.xml": "input.unknown-format",
        "xml-libxml2/errors_trailing-null-1.xml": "input.unknown-format",
        "xml-libxml2/errors_truncated-utf16.xml": "xml.encoding",
        "xml-libxml2/errors_unclosed-element.xml": "input.unknown-format",
        "xml-libxml2/errors_unsupported-encoding.xml": "xml.encoding",
        "xml-libxml2/errors_utf8-1.xml": "input.unknown-format",
        "xml-libxml2/recurse_lol_classic.xml": "input.unknown-format",
        "xml-libxml2/recurse_lol_ep.xml": "input.unknown-format",
        "xml-libxml2/recurse_lol_ig_attr.xml": "input.unknown-format",
        "xml-libxml2/recurse_lol_ig_content.xml": "input.unknown-format",
        "xml-libxml2/recurse_lol_long_name.xml": "input.unknown-format",
        "xml-libxml2/recurse_lol_param.xml": "input.unknown-format",
        "xml-libxml2/utf16bebom.xml": "input.unknown-format",
        "xml-libxml2/utf8bom.xml": "input.unknown-format",
        "xxe-payloads/XXE_Fuzzing.txt": "input.unknown-format",
        "xxe-payloads/classic_xxe_b64.xml": "input.unknown-format",
        "xxe-payloads/classic_xxe_etc_passwd.xml": "input.unknown-format",
        "xxe-payloads/xxe_oob_yunusov2013.xml": "input.unknown-format",
        "zip-bombs/10GB.bz2": "input.unsupported-container",
        "zip-bombs/zbsm.zip": "zip.overlap",
        "zip-malformed-yauzl/End_of_central_directory_record_signature_not_found_Either_not_a_zip_file_or_file_is_truncated.zip":
            "zip.not-zip",
        "zip-malformed-yauzl/absolute_path_C_xt.zip": "archive.path-escape",
        "zip-malformed-yauzl/absolute_path_atxt.zip": "archive.path-escape",
        "zip-malformed-yauzl/compressed_uncompressed_size_mismatch_for_stored_file_2147483647_5.zip": "zip.size-mismatch",
        "zip-malformed-yauzl/extra_field_length_exceeds_extra_field_buffer_size.zip": "zip.extra-field",
        "zip-malformed-yauzl/file_data_overflows_file_bounds_63_2147483647_308.zip": "zip.truncated",
        "zip-malformed-yauzl/invalid_central_directory_file_header_signature_0x1014b50.zip": "zip.bad-signature",
        "zip-malformed-yauzl/invalid_code_lengths_set.zip": "bundle.no-dossier",
        "zip-malformed-yauzl/invalid_local_file_header_signature_0x3034b50.zip": "zip.bad-signature",
        "zip-malformed-yauzl/invalid_relative_path_xt.zip": "archive.path-escape",
        "zip-malformed-yauzl/invalid_zip64_end_of_central_directory_record_signature.zip": "zip.bad-signature",
        "zip-malformed-yauzl/multi-disk_zip_files_are_not_supported_found_disk_number_1.zip": "zip.multi-disk",
        "zip-malformed-yauzl/not_enough_bytes_in_the_stream_expected_2048576_got_only_1000000.zip": "zip.size-mismatch",
        "zip-malformed-yauzl/strong_encryption_is_not_supported.zip": "archive.encrypted",
        "zip-malformed-yauzl/unexpected_EOF.zip": "zip.truncated",
        "zip-malformed-yauzl/unsupported_compression_method_1.zip": "zip.unsupported-method",
        "zip-malformed-yauzl/wrong-entry-sizes.zip": "zip.size-mismatch",
        "zip-malformed-yauzl/zip64_extended_information_extra_field_does_not_include_uncompressed_size.zip": "zip.extra-field",
        "zip-slip/python-admin-__init__.py.zip": "archive.path-escape",
        "zip-slip/zip-slip.tar": "archive.path-escape",
        "zip-slip/zip-slip.zip": "archive.path-escape",
    ]

    /// Every file under `C-hostile`, as "category/name".
    static func files() -> [String] {
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: root.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }

    /// The XML payloads: everything in `xml-*` and `xxe-payloads`.
    static func xmlPayloads() -> [String] {
        files().filter { $0.hasPrefix("xml-") || $0.hasPrefix("xxe-payloads/") }
    }

    @Test func everyHostileFileHasAnExpectation() {
        let found = Self.files()
        #expect(found.count >= 60, "C-hostile is missing: \(Self.root.path)")
        #expect(
            Set(found) == Set(Self.expected.keys), "new or removed files: \(Set(found).symmetricDifference(Self.expected.keys).sorted())")
    }

    @Test(arguments: files())
    func hostileFileIsRejectedWithItsReason(_ file: String) throws {
        let run = try HostileRun.extract(Self.root.appendingPathComponent(file).path)
        run.report(category: String(file.split(separator: "/")[0]), file: file, variant: "as is")
        #expect(!run.signalled, "\(file) crashed or hung: \(run.stderr.suffix(2_000))")
        #expect(run.status == 1, "\(file): exit \(run.status)")
        #expect(run.stdout.isEmpty, "\(file) gave a dossier")
        #expect(run.errorIds.first == Self.expected[file], "\(file): \(run.stderr)")
        #expect(run.maxRSSKiB > 0 && run.maxRSSKiB < Self.maxRSSKiB, "\(file): peak RSS \(run.maxRSSKiB) KiB")
        // Every error names the file and gives a reason and a stable id.
        for line in run.stderr.split(separator: "\n") where line.contains(": error: ") {
            #expect(line.contains(file.split(separator: "/").last!), "\(line)")
            #expect(line.range(of: #": error: .{8,} \[[a-z0-9]+(\.[a-z0-9-]+)+\]$"#, options: .regularExpression) != nil, "\(line)")
        }
    }

    @Test(arguments: xmlPayloads())
    func dossierShapedPayloadNeverExpandsOrLeaks(_ file: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbound-hostile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let maker = try HostileVariants(folder: folder)
        let stem = (file as NSString).lastPathComponent.replacingOccurrences(of: ".", with: "_")
        let payloads = try maker.payloads(of: Self.root.appendingPathComponent(file), stem: stem)
        #expect(!payloads.isEmpty)
        for (stem, payload) in payloads {
            for variant in try maker.variants(of: payload, stem: stem) {
                let run = try HostileRun.extract(variant.path)
                run.report(category: String(file.split(separator: "/")[0]), file: file, variant: variant.name)
                let label = "\(stem) of \(file) as \(variant.name)"
                #expect(!run.signalled, "\(label) crashed or hung")
                #expect(run.status == 0 || run.status == 1, "\(label): exit \(run.status)")
                #expect(!run.stdout.contains("CANARY") && !run.stderr.contains("CANARY"), "\(label) leaked the canary")
                #expect(run.maxRSSKiB > 0 && run.maxRSSKiB < Self.maxRSSKiB, "\(label): peak RSS \(run.maxRSSKiB) KiB")
                // No expansion: whatever was read stays about the size of what was written.
                #expect(run.stdout.utf8.count < 256 << 10, "\(label): \(run.stdout.utf8.count) bytes of output")
                #expect(run.stderr.utf8.count < 256 << 10, "\(label): \(run.stderr.utf8.count) bytes of diagnostics")
                switch variant.name {
                case "dossier":
                    // The record is parsed without the DTD (it is cut out of the file): every
                    // entity is undefined, so the dossier is quarantined with that reason.
                    #expect(run.status == 1 && !run.errorIds.isEmpty && run.stdout.isEmpty, "\(label): \(run.stderr)")
                case "batch":
                    // The hostile record is quarantined; the good one after it is still read.
                    #expect(run.status == 1 && !run.errorIds.isEmpty, "\(label): \(run.stderr)")
                    #expect(run.stdout.contains("\"GOOD-\(stem)\""), "\(label): the next dossier was lost")
                default:
                    // The bundle's own dossier is well-formed: it is read; the attachments give
                    // warnings or nothing, never their entities' content.
                    #expect(run.stdout.contains("\"HOSTILE-BUNDLE\""), "\(label): \(run.stderr)")
                }
            }
        }
    }
}
