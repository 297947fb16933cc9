import DossierModel

/// Writes a dossier's binary blob field by field, without `Codable`: the bytes
/// `Dossier.encode(to:)` gives through `BinaryEncoding` (the stored properties in declaration
/// order, an optional as a presence byte before its value, an array as a 4-byte count, a
/// vocabulary as its string), appended straight to the buffer. It mirrors `readDossier`
/// (`DossierBinaryReader.swift`).
///
/// Encoding a dossier through `Codable` (a keyed container per struct, a generic call and a
/// type check per field) was about 5 % of a store-only nightly. `BlobBinaryFormTests`
/// checks that it writes the same bytes as the `Codable` path for every dossier of a
/// generated corpus, the bundled test data and one with every field filled. A change to a
/// model type's stored properties must be made here too; those tests fail until it is.
extension BinaryEncoding {
    func writeDossier(_ dossier: Dossier) {
        writeString(dossier.id)
        optional(dossier.filedRaw, writeString)
        optional(dossier.filed, writeDate)
        optional(dossier.office, writeOffice)
        writeTransaction(dossier.transaction)
        array(dossier.parties, writeParty)
        array(dossier.assets, writeAsset)
        array(dossier.attachments, writeAttachment)
        writeSourceLocation(dossier.source)
        optional(dossier.contentHash, writeString)
        array(dossier.diagnostics, writeDiagnostic)
        optional(dossier.foreignRegistry, writeString)
    }

    // MARK: Parts, in the order of their stored properties

    func writeOffice(_ office: Office) {
        optional(office.province, writeString)
        optional(office.channel, writeString)
    }

    func writeTransaction(_ transaction: Transaction) {
        writeString(transaction.type.rawValue)
        optional(transaction.track, writeString)
        optional(transaction.value, writeMonetaryValue)
        optional(transaction.contractRef, writeString)
        array(transaction.technologySummaries, writeLocalisedText)
    }

    func writeMonetaryValue(_ value: MonetaryValue) {
        optional(value.currency, writeString)
        writeString(value.raw)
        optional(value.amount, writeString)
    }

    func writeParty(_ party: Party) {
        writeString(party.id)
        writeString(party.role.rawValue)
        writeString(party.kind.rawValue)
        array(party.names, writePartyName)
        optional(party.country, writeCountry)
        array(party.identifiers, writeIdentifier)
        optional(party.address, writeString)
        array(party.controlledBy, writeString)
    }

    func writePartyName(_ name: PartyName) {
        optional(name.lang, writeString)
        writeString(name.original)
        optional(name.normalised, writeString)
        optional(name.legalForm, writeString)
    }

    func writeCountry(_ country: Country) {
        writeString(country.raw)
        optional(country.code, writeString)
    }

    func writeIdentifier(_ identifier: Identifier) {
        writeString(identifier.scheme)
        writeString(identifier.value)
        optional(identifier.normalised, writeString)
        optional(identifier.checkValid, writeBool)
    }

    func writeAsset(_ asset: Asset) {
        writeString(asset.id)
        writeString(asset.type.rawValue)
        optional(asset.owner, writeString)
        array(asset.identifiers, writeIdentifier)
        array(asset.titles, writeLocalisedText)
        array(asset.classifications, writeClassification)
        array(asset.abstracts, writeLocalisedText)
        array(asset.claims, writeClaim)
        array(asset.applicants, writeLocalisedText)
        optional(asset.funding, writeFunding)
        optional(asset.secrecy) { writeString($0.rawValue) }
        array(asset.attachments, writeAttachment)
    }

    func writeClassification(_ classification: Classification) {
        writeString(classification.scheme)
        writeString(classification.raw)
        optional(classification.code, writeString)
        optional(classification.source, writeString)
    }

    func writeClaim(_ claim: Claim) {
        // In declaration order: number, lang, text, source.
        optional(claim.number, writeString)
        optional(claim.lang, writeString)
        writeString(claim.text)
        optional(claim.source, writeString)
    }

    func writeFunding(_ funding: Funding) {
        writeBool(funding.fiscal)
        optional(funding.programme, writeString)
    }

    func writeAttachment(_ attachment: Attachment) {
        writeString(attachment.href)
        optional(attachment.kind, writeString)
        writeString(attachment.format.rawValue)
        optional(attachment.size) { writeInteger($0) }
        optional(attachment.text, writeString)
        optional(attachment.documentNumber, writeString)
    }

    func writeLocalisedText(_ text: LocalisedText) {
        optional(text.lang, writeString)
        writeString(text.text)
        optional(text.source, writeString)
    }

    func writeSourceLocation(_ location: SourceLocation) {
        writeString(location.file)
        optional(location.member, writeString)
        optional(location.line) { writeInteger($0) }
        optional(location.column) { writeInteger($0) }
    }

    func writeDiagnostic(_ diagnostic: Diagnostic) {
        writeString(diagnostic.id)
        writeString(diagnostic.severity.rawValue)
        writeString(diagnostic.message)
        optional(diagnostic.location, writeSourceLocation)
        optional(diagnostic.dossier, writeString)
        optional(diagnostic.stage) { writeString($0.rawValue) }
        array(diagnostic.notes, writeString)
    }

    // MARK: Shapes

    /// An optional field: its presence byte, then the value.
    @inline(__always)
    func optional<T>(_ value: T?, _ write: (T) -> Void) {
        guard let value else {
            bytes.append(0)
            return
        }
        bytes.append(1)
        write(value)
    }

    /// An array: its 4-byte little-endian count, then the elements.
    func array<T>(_ elements: [T], _ write: (T) -> Void) {
        let count = UInt32(elements.count)
        bytes.append(UInt8(truncatingIfNeeded: count))
        bytes.append(UInt8(truncatingIfNeeded: count >> 8))
        bytes.append(UInt8(truncatingIfNeeded: count >> 16))
        bytes.append(UInt8(truncatingIfNeeded: count >> 24))
        for element in elements { write(element) }
    }

    func writeBool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    func writeDate(_ date: CalendarDate) {
        writeVarint(UInt64(date.year * 10_000 + date.month * 100 + date.day))
    }
}
