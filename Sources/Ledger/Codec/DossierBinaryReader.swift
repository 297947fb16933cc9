import DossierModel

/// Reads a dossier's binary blob field by field, without `Codable`: the same bytes
/// `BinaryEncoder` writes for a `Dossier` (its synthesised `encode(to:)`: the stored
/// properties in declaration order, an optional as a presence byte before its value, an
/// array as a 4-byte count, a vocabulary as its string), read straight off the cursor.
///
/// Decoding a dossier through `Codable` (a keyed container box per struct, generic metadata
/// per field) was a fifth of `reclassify --full` and of a dossier page of the workbench.
/// `BlobBinaryFormTests` checks that it reads every dossier of a generated corpus, the
/// review cases and one with every field filled exactly as the `Codable` path does, and
/// `BinaryBlobDamageTests` that damage is an error. A change to a model type's stored
/// properties must be made here too; those tests fail until it is.
extension BinaryDecoding {
    func readDossier() throws -> Dossier {
        Dossier(
            id: try readString(), filedRaw: try optional(readString), filed: try optional(readDate),
            office: try optional(readOffice), transaction: try readTransaction(), parties: try array(readParty),
            assets: try array(readAsset), attachments: try array(readAttachment), source: try readSourceLocation(),
            contentHash: try optional(readString), diagnostics: try array(readDiagnostic),
            foreignRegistry: try optional(readString))
    }

    // MARK: Parts, in the order of their stored properties

    func readOffice() throws -> Office {
        Office(province: try optional(readString), channel: try optional(readString))
    }

    func readTransaction() throws -> Transaction {
        Transaction(
            type: TransactionType(rawValue: try readString()), track: try optional(readString),
            value: try optional(readMonetaryValue), contractRef: try optional(readString),
            technologySummaries: try array(readLocalisedText))
    }

    func readMonetaryValue() throws -> MonetaryValue {
        MonetaryValue(currency: try optional(readString), raw: try readString(), amount: try optional(readString))
    }

    func readParty() throws -> Party {
        Party(
            id: try readString(), role: PartyRole(rawValue: try readString()), kind: PartyKind(rawValue: try readString()),
            names: try array(readPartyName), country: try optional(readCountry), identifiers: try array(readIdentifier),
            address: try optional(readString), controlledBy: try array(readString))
    }

    func readPartyName() throws -> PartyName {
        PartyName(
            lang: try optional(readString), original: try readString(), normalised: try optional(readString),
            legalForm: try optional(readString))
    }

    func readCountry() throws -> Country {
        Country(raw: try readString(), code: try optional(readString))
    }

    func readIdentifier() throws -> Identifier {
        Identifier(
            scheme: try readString(), value: try readString(), normalised: try optional(readString),
            checkValid: try optional(readBool))
    }

    func readAsset() throws -> Asset {
        Asset(
            id: try readString(), type: AssetType(rawValue: try readString()), owner: try optional(readString),
            identifiers: try array(readIdentifier), titles: try array(readLocalisedText),
            classifications: try array(readClassification), abstracts: try array(readLocalisedText),
            claims: try array(readClaim), applicants: try array(readLocalisedText), funding: try optional(readFunding),
            secrecy: try optional { SecrecyStatus(rawValue: try readString()) }, attachments: try array(readAttachment))
    }

    func readClassification() throws -> Classification {
        Classification(scheme: try readString(), raw: try readString(), code: try optional(readString), source: try optional(readString))
    }

    func readClaim() throws -> Claim {
        // Stored in declaration order: number, lang, text, source.
        let number = try optional(readString)
        let lang = try optional(readString)
        return Claim(number: number, text: try readString(), lang: lang, source: try optional(readString))
    }

    func readFunding() throws -> Funding {
        Funding(fiscal: try readBool(), programme: try optional(readString))
    }

    func readAttachment() throws -> Attachment {
        Attachment(
            href: try readString(), kind: try optional(readString), format: try readRaw(AttachmentFormat.self),
            size: try optional { try readInteger(Int.self) }, text: try optional(readString), documentNumber: try optional(readString))
    }

    func readLocalisedText() throws -> LocalisedText {
        LocalisedText(lang: try optional(readString), text: try readString(), source: try optional(readString))
    }

    func readSourceLocation() throws -> SourceLocation {
        SourceLocation(
            file: try readString(), member: try optional(readString), line: try optional { try readInteger(Int.self) },
            column: try optional { try readInteger(Int.self) })
    }

    func readDiagnostic() throws -> Diagnostic {
        Diagnostic(
            id: try readString(), severity: try readRaw(Diagnostic.Severity.self), message: try readString(),
            location: try optional(readSourceLocation), dossier: try optional(readString),
            stage: try optional { try readRaw(Stage.self) }, notes: try array(readString))
    }

    // MARK: Shapes

    /// An optional field: its presence byte, then the value.
    @inline(__always)
    func optional<T>(_ read: () throws -> T) throws -> T? {
        switch try readByte() {
        case 0: return nil
        case 1: return try read()
        case let other: throw BinaryDecodingError("presence byte \(other)")
        }
    }

    /// An array: its 4-byte count, then the elements. Every element of a dossier takes at
    /// least one byte, so a count larger than what is left is damage, refused before any
    /// memory is reserved for it.
    func array<T>(_ read: () throws -> T) throws -> [T] {
        var count = 0
        for index in 0..<4 { count |= Int(try readByte()) << (8 * index) }
        guard count <= bytes.count - offset else { throw BinaryDecodingError("an array of \(count) elements past the end of the blob") }
        var elements: [T] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try read()) }
        return elements
    }

    func readBool() throws -> Bool { try readByte() != 0 }

    func readDate() throws -> CalendarDate {
        let packed = Int(try readVarint())
        guard let date = CalendarDate(year: packed / 10_000, month: packed / 100 % 100, day: packed % 100) else {
            throw BinaryDecodingError("\(packed) is not a date")
        }
        return date
    }

    /// A closed vocabulary written as its raw string.
    func readRaw<T: RawRepresentable>(_ type: T.Type) throws -> T where T.RawValue == String {
        let raw = try readString()
        guard let value = T(rawValue: raw) else { throw BinaryDecodingError("'\(raw)' is not a \(T.self)") }
        return value
    }
}
