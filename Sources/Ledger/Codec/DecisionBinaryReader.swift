import DossierModel

/// Reads a decision's binary blob field by field, without `Codable`, as `readDossier` reads
/// a dossier's (`DossierBinaryReader.swift`): the stored properties in declaration order, an
/// optional as a presence byte before its value, an array as a 4-byte count, a vocabulary as
/// its string, a `Double` as its 8 bytes.
///
/// Decoding the stored decision through `Codable` was about 8 % of `reclassify --full`,
/// which reads every current decision to tell what changed. `BlobBinaryFormTests`
/// checks that it reads the decisions of a generated corpus, the review cases and one with
/// every field filled exactly as the `Codable` path does, and `BinaryBlobDamageTests` that
/// damage is an error. A change to a model type's stored properties must be made here too;
/// those tests fail until it is.
extension BinaryDecoding {
    func readDecision() throws -> Decision {
        Decision(
            dossierID: try readString(), contentHash: try optional(readString), filed: try optional(readDate),
            outcome: try readRaw(Outcome.self), outbound: try readOutboundTest(), catalogueID: try optional(readString),
            hits: try array(readHit), screening: try array(readPartyScreening), flags: try array(readFlag),
            route: try optional(readRoute), notes: try array(readString), audit: try readAudit(),
            quarantine: try optional(readQuarantine))
    }

    // MARK: Parts, in the order of their stored properties

    func readOutboundTest() throws -> OutboundTest {
        OutboundTest(
            isOutbound: try readBool(), holderID: try optional(readString), holderCountry: try optional(readString),
            foreignReceiverIDs: try array(readString), reason: try readString())
    }

    func readHit() throws -> Hit {
        Hit(
            catalogueID: try readString(), entryIdentity: try readString(), entryCode: try optional(readString),
            entryName: try readString(), entryNameEn: try readString(), part: try readRaw(CataloguePart.self),
            controlPoint: try optional(readString), controlPointLabel: try optional(readString),
            controlPointName: try optional(readString), status: try readRaw(HitStatus.self), score: try readDouble(),
            evidence: try array(readEvidence), thresholds: try array(readThresholdCheck), notes: try array(readString))
    }

    func readEvidence() throws -> Evidence {
        Evidence(
            kind: try readRaw(Evidence.Kind.self), location: try readTextLocation(), term: try readString(),
            matched: try readString(), snippet: try optional(readSnippet), span: try optional(readTextSpan), negated: try readBool())
    }

    func readTextLocation() throws -> TextLocation {
        TextLocation(
            assetID: try optional(readString), field: try readRaw(TextField.self), index: try optional(readString),
            lang: try optional(readString), source: try optional(readString))
    }

    func readSnippet() throws -> Snippet {
        Snippet(before: try readString(), match: try readString(), after: try readString())
    }

    func readTextSpan() throws -> TextSpan {
        TextSpan(start: try readInteger(Int.self), end: try readInteger(Int.self))
    }

    func readThresholdCheck() throws -> ThresholdCheck {
        ThresholdCheck(quantity: try readString(), limit: try readString(), stated: try array(readStatedValue))
    }

    func readStatedValue() throws -> StatedValue {
        StatedValue(
            value: try readDouble(), unit: try readString(), converted: try readDouble(), meets: try readBool(),
            location: try readTextLocation(), snippet: try optional(readSnippet))
    }

    func readPartyScreening() throws -> PartyScreening {
        PartyScreening(partyID: try readString(), result: try readScreeningResult())
    }

    func readScreeningResult() throws -> ScreeningResult {
        ScreeningResult(
            matches: try array(readScreeningMatch), suppressed: try array(readScreeningMatch),
            candidatesScored: try readInteger(Int.self))
    }

    func readScreeningMatch() throws -> ScreeningMatch {
        ScreeningMatch(
            listId: try readString(), entryId: try readString(), entryName: try readString(), matchedName: try readString(),
            queryName: try readString(), score: try readDouble(), features: try array(readScreeningFeature),
            clearance: try optional(readScreeningClearance), listing: try optional(readPartyListListing))
    }

    func readScreeningFeature() throws -> ScreeningFeature {
        ScreeningFeature(
            id: try readString(), kind: try readRaw(ScreeningFeature.Kind.self), value: try readDouble(),
            explanation: try readString())
    }

    func readScreeningClearance() throws -> ScreeningClearance {
        ScreeningClearance(
            party: try readString(), listId: try readString(), entryId: try readString(), reviewer: try readString(),
            date: try readString(), reason: try readString(), file: try readString(), line: try readInteger(Int.self))
    }

    func readPartyListListing() throws -> PartyListListing {
        PartyListListing(
            listName: try optional(readString), law: try optional(readString), issuer: try optional(readString),
            announcement: try optional(readString), date: try optional(readString), url: try optional(readString))
    }

    func readFlag() throws -> Flag {
        Flag(
            try readRaw(FlagKind.self), detail: try readString(), partyID: try optional(readString),
            assetID: try optional(readString), screening: try optional(readScreeningMatch))
    }

    func readRoute() throws -> Route {
        Route(
            province: try optional(readString), routingTable: try readString(), tracks: try array { try readRaw(ReviewTrack.self) },
            authorities: try array(readAuthority), clocks: try array(readClock), notes: try array(readString))
    }

    func readAuthority() throws -> Authority {
        Authority(
            id: try readString(), name: try readString(), nameEn: try readString(), role: try readString(),
            track: try readRaw(ReviewTrack.self), assetIDs: try array(readString))
    }

    func readClock() throws -> Clock {
        Clock(
            id: try readString(), title: try readString(), days: try readInteger(Int.self), unit: try readString(),
            startsOn: try readString(), start: try optional(readDate), due: try optional(readDate), calendar: try optional(readString))
    }

    func readAudit() throws -> Audit {
        Audit(references: try array(readReferenceUse), rules: try array(readString), version: try readString())
    }

    func readReferenceUse() throws -> ReferenceUse {
        ReferenceUse(kind: try readString(), id: try readString(), path: try readString(), sha256: try readString())
    }

    func readQuarantine() throws -> Quarantine {
        Quarantine(
            dossierId: try optional(readString), location: try readSourceLocation(), reason: try readString(),
            diagnosticId: try readString(), diagnostics: try array(readDiagnostic), contentHash: try optional(readString))
    }
}
