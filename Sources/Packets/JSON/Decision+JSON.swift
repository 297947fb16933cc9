import DossierModel

/// The members of a `Decision` and of every value it holds, in the UTF-8 order of their keys,
/// as their synthesised `Codable` names them, for `JSONWriter` (see `CanonicalJSON`).
/// A stored property added to one of these types must be added here too:
/// `CanonicalJSONTests` compares both encodings on values with every field set.
extension Decision {
    func write<Layout>(_ w: inout JSONWriter<Layout>) throws {
        w.object("audit") { audit.write(&$0) }
        w.string("catalogueID", catalogueID)
        w.string("contentHash", contentHash)
        w.string("dossierID", dossierID)
        w.date("filed", filed)
        try w.objects("flags", flags) { flag, w in
            w.string("assetID", flag.assetID)
            w.string("detail", flag.detail)
            w.raw("kind", flag.kind)
            w.string("partyID", flag.partyID)
            if let match = flag.screening { try w.object("screening") { try match.write(&$0) } }
        }
        try w.objects("hits", hits) { hit, w in try hit.write(&w) }
        w.strings("notes", notes)
        w.object("outbound") { outbound.write(&$0) }
        w.raw("outcome", outcome)
        if let quarantine { w.object("quarantine") { quarantine.write(&$0) } }
        if let route { w.object("route") { route.write(&$0) } }
        try w.objects("screening", screening) { party, w in
            w.string("partyID", party.partyID)
            try w.object("result") { w in
                w.int("candidatesScored", party.result.candidatesScored)
                try w.objects("matches", party.result.matches) { match, w in try match.write(&w) }
                try w.objects("suppressed", party.result.suppressed) { match, w in try match.write(&w) }
            }
        }
    }
}

extension Hit {
    func write<Layout>(_ w: inout JSONWriter<Layout>) throws {
        w.string("catalogueID", catalogueID)
        w.string("controlPoint", controlPoint)
        w.string("controlPointLabel", controlPointLabel)
        w.string("controlPointName", controlPointName)
        w.string("entryCode", entryCode)
        w.string("entryIdentity", entryIdentity)
        w.string("entryName", entryName)
        w.string("entryNameEn", entryNameEn)
        w.objects("evidence", evidence) { evidence, w in
            w.raw("kind", evidence.kind)
            w.object("location") { evidence.location.write(&$0) }
            w.string("matched", evidence.matched)
            w.bool("negated", evidence.negated)
            if let snippet = evidence.snippet { w.object("snippet") { snippet.write(&$0) } }
            if let span = evidence.span {
                w.object("span") { w in
                    w.int("end", span.end)
                    w.int("start", span.start)
                }
            }
            w.string("term", evidence.term)
        }
        w.strings("notes", notes)
        w.raw("part", part)
        try w.double("score", score)
        w.raw("status", status)
        try w.objects("thresholds", thresholds) { threshold, w in
            w.string("limit", threshold.limit)
            w.string("quantity", threshold.quantity)
            try w.objects("stated", threshold.stated) { stated, w in
                try w.double("converted", stated.converted)
                w.object("location") { stated.location.write(&$0) }
                w.bool("meets", stated.meets)
                if let snippet = stated.snippet { w.object("snippet") { snippet.write(&$0) } }
                w.string("unit", stated.unit)
                try w.double("value", stated.value)
            }
        }
    }
}

extension TextLocation {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.string("assetID", assetID)
        w.raw("field", field)
        w.string("index", index)
        w.string("lang", lang)
        w.string("source", source)
    }
}

extension Snippet {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.string("after", after)
        w.string("before", before)
        w.string("match", match)
    }
}

extension ScreeningMatch {
    func write<Layout>(_ w: inout JSONWriter<Layout>) throws {
        if let clearance {
            w.object("clearance") { w in
                w.string("date", clearance.date)
                w.string("entryId", clearance.entryId)
                w.string("file", clearance.file)
                w.int("line", clearance.line)
                w.string("listId", clearance.listId)
                w.string("party", clearance.party)
                w.string("reason", clearance.reason)
                w.string("reviewer", clearance.reviewer)
            }
        }
        w.string("entryId", entryId)
        w.string("entryName", entryName)
        try w.objects("features", features) { feature, w in try feature.write(&w) }
        w.string("listId", listId)
        if let listing { w.object("listing") { listing.write(&$0) } }
        w.string("matchedName", matchedName)
        w.string("queryName", queryName)
        try w.double("score", score)
    }
}

extension PartyListListing {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.string("announcement", announcement)
        w.string("date", date)
        w.string("issuer", issuer)
        w.string("law", law)
        w.string("listName", listName)
        w.string("url", url)
    }
}

extension Route {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.objects("authorities", authorities) { authority, w in authority.write(&w) }
        w.objects("clocks", clocks) { clock, w in
            w.string("calendar", clock.calendar)
            w.int("days", clock.days)
            w.date("due", clock.due)
            w.string("id", clock.id)
            w.date("start", clock.start)
            w.string("startsOn", clock.startsOn)
            w.string("title", clock.title)
            w.string("unit", clock.unit)
        }
        w.strings("notes", notes)
        w.string("province", province)
        w.string("routingTable", routingTable)
        w.raws("tracks", tracks)
    }
}

extension Quarantine {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.string("contentHash", contentHash)
        w.string("diagnosticId", diagnosticId)
        w.objects("diagnostics", diagnostics) { diagnostic, w in diagnostic.write(&w) }
        w.string("dossierId", dossierId)
        w.object("location") { location.write(&$0) }
        w.string("reason", reason)
    }
}

extension Audit {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.objects("references", references) { reference, w in reference.write(&w) }
        w.strings("rules", rules)
        w.string("version", version)
    }
}

extension ReferenceUse {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.string("id", id)
        w.string("kind", kind)
        w.string("path", path)
        w.string("sha256", sha256)
    }
}

extension OutboundTest {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.strings("foreignReceiverIDs", foreignReceiverIDs)
        w.string("holderCountry", holderCountry)
        w.string("holderID", holderID)
        w.bool("isOutbound", isOutbound)
        w.string("reason", reason)
    }
}

extension ScreeningFeature {
    func write<Layout>(_ w: inout JSONWriter<Layout>) throws {
        w.string("explanation", explanation)
        w.string("id", id)
        w.raw("kind", kind)
        try w.double("value", value)
    }
}

extension Authority {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.strings("assetIDs", assetIDs)
        w.string("id", id)
        w.string("name", name)
        w.string("nameEn", nameEn)
        w.string("role", role)
        w.raw("track", track)
    }
}
