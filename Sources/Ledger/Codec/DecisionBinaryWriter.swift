import DossierModel

/// Writes a decision's binary blob field by field, without `Codable`: the bytes
/// `Decision.encode(to:)` gives through `BinaryEncoding`, appended straight to the buffer. It
/// mirrors `readDecision` (`DecisionBinaryReader.swift`); `BlobBinaryFormTests` checks
/// both against the `Codable` path. A change to a model type's stored properties must be
/// made here too; those tests fail until it is.
extension BinaryEncoding {
    func writeDecision(_ decision: Decision) {
        writeString(decision.dossierID)
        optional(decision.contentHash, writeString)
        optional(decision.filed, writeDate)
        writeString(decision.outcome.rawValue)
        writeOutboundTest(decision.outbound)
        optional(decision.catalogueID, writeString)
        array(decision.hits, writeHit)
        array(decision.screening, writePartyScreening)
        array(decision.flags, writeFlag)
        optional(decision.route, writeRoute)
        array(decision.notes, writeString)
        writeAudit(decision.audit)
        optional(decision.quarantine, writeQuarantine)
    }

    // MARK: Parts, in the order of their stored properties

    func writeOutboundTest(_ test: OutboundTest) {
        writeBool(test.isOutbound)
        optional(test.holderID, writeString)
        optional(test.holderCountry, writeString)
        array(test.foreignReceiverIDs, writeString)
        writeString(test.reason)
    }

    func writeHit(_ hit: Hit) {
        writeString(hit.catalogueID)
        writeString(hit.entryIdentity)
        optional(hit.entryCode, writeString)
        writeString(hit.entryName)
        writeString(hit.entryNameEn)
        writeString(hit.part.rawValue)
        optional(hit.controlPoint, writeString)
        optional(hit.controlPointLabel, writeString)
        optional(hit.controlPointName, writeString)
        writeString(hit.status.rawValue)
        writeDouble(hit.score)
        array(hit.evidence, writeEvidence)
        array(hit.thresholds, writeThresholdCheck)
        array(hit.notes, writeString)
    }

    func writeEvidence(_ evidence: Evidence) {
        writeString(evidence.kind.rawValue)
        writeTextLocation(evidence.location)
        writeString(evidence.term)
        writeString(evidence.matched)
        optional(evidence.snippet, writeSnippet)
        optional(evidence.span, writeTextSpan)
        writeBool(evidence.negated)
    }

    func writeTextLocation(_ location: TextLocation) {
        optional(location.assetID, writeString)
        writeString(location.field.rawValue)
        optional(location.index, writeString)
        optional(location.lang, writeString)
        optional(location.source, writeString)
    }

    func writeSnippet(_ snippet: Snippet) {
        writeString(snippet.before)
        writeString(snippet.match)
        writeString(snippet.after)
    }

    func writeTextSpan(_ span: TextSpan) {
        writeInteger(span.start)
        writeInteger(span.end)
    }

    func writeThresholdCheck(_ check: ThresholdCheck) {
        writeString(check.quantity)
        writeString(check.limit)
        array(check.stated, writeStatedValue)
    }

    func writeStatedValue(_ value: StatedValue) {
        writeDouble(value.value)
        writeString(value.unit)
        writeDouble(value.converted)
        writeBool(value.meets)
        writeTextLocation(value.location)
        optional(value.snippet, writeSnippet)
    }

    func writePartyScreening(_ screening: PartyScreening) {
        writeString(screening.partyID)
        array(screening.result.matches, writeScreeningMatch)
        array(screening.result.suppressed, writeScreeningMatch)
        writeInteger(screening.result.candidatesScored)
    }

    func writeScreeningMatch(_ match: ScreeningMatch) {
        writeString(match.listId)
        writeString(match.entryId)
        writeString(match.entryName)
        writeString(match.matchedName)
        writeString(match.queryName)
        writeDouble(match.score)
        array(match.features, writeScreeningFeature)
        optional(match.clearance, writeScreeningClearance)
        optional(match.listing, writePartyListListing)
    }

    func writeScreeningFeature(_ feature: ScreeningFeature) {
        writeString(feature.id)
        writeString(feature.kind.rawValue)
        writeDouble(feature.value)
        writeString(feature.explanation)
    }

    func writeScreeningClearance(_ clearance: ScreeningClearance) {
        writeString(clearance.party)
        writeString(clearance.listId)
        writeString(clearance.entryId)
        writeString(clearance.reviewer)
        writeString(clearance.date)
        writeString(clearance.reason)
        writeString(clearance.file)
        writeInteger(clearance.line)
    }

    func writePartyListListing(_ listing: PartyListListing) {
        optional(listing.listName, writeString)
        optional(listing.law, writeString)
        optional(listing.issuer, writeString)
        optional(listing.announcement, writeString)
        optional(listing.date, writeString)
        optional(listing.url, writeString)
    }

    func writeFlag(_ flag: Flag) {
        writeString(flag.kind.rawValue)
        writeString(flag.detail)
        optional(flag.partyID, writeString)
        optional(flag.assetID, writeString)
        optional(flag.screening, writeScreeningMatch)
    }

    func writeRoute(_ route: Route) {
        optional(route.province, writeString)
        writeString(route.routingTable)
        array(route.tracks) { writeString($0.rawValue) }
        array(route.authorities, writeAuthority)
        array(route.clocks, writeClock)
        array(route.notes, writeString)
    }

    func writeAuthority(_ authority: Authority) {
        writeString(authority.id)
        writeString(authority.name)
        writeString(authority.nameEn)
        writeString(authority.role)
        writeString(authority.track.rawValue)
        array(authority.assetIDs, writeString)
    }

    func writeClock(_ clock: Clock) {
        writeString(clock.id)
        writeString(clock.title)
        writeInteger(clock.days)
        writeString(clock.unit)
        writeString(clock.startsOn)
        optional(clock.start, writeDate)
        optional(clock.due, writeDate)
        optional(clock.calendar, writeString)
    }

    func writeAudit(_ audit: Audit) {
        array(audit.references, writeReferenceUse)
        array(audit.rules, writeString)
        writeString(audit.version)
    }

    func writeReferenceUse(_ reference: ReferenceUse) {
        writeString(reference.kind)
        writeString(reference.id)
        writeString(reference.path)
        writeString(reference.sha256)
    }

    func writeQuarantine(_ quarantine: Quarantine) {
        optional(quarantine.dossierId, writeString)
        writeSourceLocation(quarantine.location)
        writeString(quarantine.reason)
        writeString(quarantine.diagnosticId)
        array(quarantine.diagnostics, writeDiagnostic)
        optional(quarantine.contentHash, writeString)
    }
}
