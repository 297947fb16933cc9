import DossierModel
import Extract
import XMLStream

/// libFuzzer entry point: the input is the content of one XML file from an inbox.
///
/// It is read as `InputReader` reads a plain XML input (encoding sniffing, record
/// splitting, parsing and mapping each record with `RecordReader`), then once more as a
/// bundle attachment (`PatentDocumentReader`, the streaming xmlTextReader path). Any
/// outcome is fine (a dossier, a quarantine, a thrown error) except a crash, a sanitizer
/// report, a leak, a timeout or running out of memory.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    XMLStream.initialise()
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let options = ExtractOptions(maxRecordBytes: 1 << 20, maxAttachmentTextBytes: 1 << 16)
    let location = SourceLocation(file: "fuzz.xml")
    do {
        let stream = try RecordStream(source: MemoryByteSource(bytes), location: location, options: options)
        var items = 0
        while items < 10_000 {
            let item: InputItem?
            do {
                item = try stream.next()
            } catch {
                _ = stream.failure(error)
                break
            }
            guard let item else { break }
            items += 1
            if case .record(let job) = item {
                _ = RecordReader.read(job)
            }
        }
    } catch {
        _ = "\(error)"
    }
    _ = try? PatentDocumentReader.read(MemoryByteSource(bytes), href: "fuzz.xml")
    return 0
}
