import DossierModel

/// The members of each part of a `PacketDocument`, in the UTF-8 order of their keys, for
/// `JSONWriter` (see there).
extension PacketDocument.DossierSummary {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.objects("assets", assets) { asset, w in asset.write(&w) }
        w.objects("attachments", attachments) { attachment, w in attachment.write(&w) }
        w.string("contentHash", contentHash)
        w.string("filed", filed)
        w.string("filedRaw", filedRaw)
        w.string("id", id)
        if let office {
            w.object("office") { w in
                w.string("channel", office.channel)
                w.string("province", office.province)
            }
        }
        w.objects("parties", parties) { party, w in party.write(&w) }
        w.string("source", source)
        w.object("transaction") { w in
            w.string("contractRef", transaction.contractRef)
            w.objects("technologySummaries", transaction.technologySummaries) { text, w in text.write(&w) }
            w.string("track", transaction.track)
            w.string("type", transaction.type)
            if let value = transaction.value {
                w.object("value") { w in
                    w.string("amount", value.amount)
                    w.string("currency", value.currency)
                    w.string("raw", value.raw)
                }
            }
        }
    }
}

extension PacketDocument.TextPart {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.string("lang", lang)
        w.string("source", source)
        w.string("text", text)
    }
}

extension PacketDocument.PartyPart {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.string("address", address)
        w.strings("controlledBy", controlledBy)
        if let country {
            w.object("country") { w in
                w.string("code", country.code)
                w.string("raw", country.raw)
            }
        }
        w.string("id", id)
        w.objects("identifiers", identifiers) { identifier, w in identifier.write(&w) }
        w.string("kind", kind)
        w.objects("names", names) { name, w in name.write(&w) }
        w.string("role", role)
    }
}

extension PacketDocument.IdentifierPart {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.bool("checkValid", checkValid)
        w.string("normalised", normalised)
        w.string("scheme", scheme)
        w.string("value", value)
    }
}

extension PacketDocument.AssetPart {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.objects("attachments", attachments) { attachment, w in attachment.write(&w) }
        w.int("claimCount", claimCount)
        w.strings("classifications", classifications)
        w.bool("fiscalFunding", fiscalFunding)
        w.string("fundingProgramme", fundingProgramme)
        w.string("id", id)
        w.objects("identifiers", identifiers) { identifier, w in identifier.write(&w) }
        w.string("owner", owner)
        w.string("secrecy", secrecy)
        w.objects("titles", titles) { title, w in title.write(&w) }
        w.string("type", type)
    }
}

extension PacketDocument.AttachmentPart {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.string("documentNumber", documentNumber)
        w.string("format", format)
        w.string("href", href)
        w.string("kind", kind)
    }
}

extension PacketDocument.QuarantinePart {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.int("column", column)
        w.string("contentHash", contentHash)
        w.string("diagnosticID", diagnosticID)
        w.strings("diagnostics", diagnostics)
        w.string("file", file)
        w.int("line", line)
        w.string("member", member)
        w.string("reason", reason)
    }
}

extension PacketDocument.DecisionPart {
    func write<Layout>(_ w: inout JSONWriter<Layout>) throws {
        w.object("audit") { audit.write(&$0) }
        w.string("catalogueID", catalogueID)
        w.string("consequence", consequence)
        w.string("contentHash", contentHash)
        try w.objects("flags", flags) { flag, w in
            w.string("assetID", flag.assetID)
            w.string("detail", flag.detail)
            w.string("kind", flag.kind)
            w.string("partyID", flag.partyID)
            if let match = flag.screening { try w.object("screening") { try match.write(&$0) } }
        }
        try w.objects("hits", hits) { hit, w in try hit.write(&w) }
        w.strings("notes", notes)
        w.object("outbound") { outbound.write(&$0) }
        w.string("outcome", outcome)
        if let route { w.object("route") { route.write(&$0) } }
        try w.objects("screening", screening) { part, w in
            w.int("candidatesScored", part.candidatesScored)
            try w.objects("matches", part.matches) { match, w in try match.write(&w) }
            w.string("partyID", part.partyID)
            try w.objects("suppressed", part.suppressed) { match, w in try match.write(&w) }
        }
    }
}

extension PacketDocument.HitPart {
    func write<Layout>(_ w: inout JSONWriter<Layout>) throws {
        w.strings("assetIDs", assetIDs)
        w.string("catalogueID", catalogueID)
        w.string("controlPoint", controlPoint)
        w.string("controlPointLabel", controlPointLabel)
        w.string("controlPointName", controlPointName)
        w.bool("counts", counts)
        w.string("entryCode", entryCode)
        w.string("entryIdentity", entryIdentity)
        w.string("entryName", entryName)
        w.string("entryNameEn", entryNameEn)
        w.objects("evidence", evidence) { evidence, w in
            w.string("kind", evidence.kind)
            w.object("location") { evidence.location.write(&$0) }
            w.string("matched", evidence.matched)
            w.bool("negated", evidence.negated)
            if let snippet = evidence.snippet { w.object("snippet") { snippet.write(&$0) } }
            w.int("spanEnd", evidence.spanEnd)
            w.int("spanStart", evidence.spanStart)
            w.string("term", evidence.term)
        }
        w.strings("notes", notes)
        w.string("part", part)
        try w.double("score", score)
        w.string("status", status)
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
            w.string("verdict", threshold.verdict)
        }
    }
}

extension PacketDocument.LocationPart {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.string("assetID", assetID)
        w.string("field", field)
        w.string("index", index)
        w.string("lang", lang)
        w.string("source", source)
        w.string("text", text)
    }
}

extension PacketDocument.MatchPart {
    func write<Layout>(_ w: inout JSONWriter<Layout>) throws {
        w.string("clearance", clearance)
        w.string("entryID", entryID)
        w.string("entryName", entryName)
        try w.objects("features", features) { feature, w in try feature.write(&w) }
        w.string("listID", listID)
        if let listing { w.object("listing") { listing.write(&$0) } }
        w.string("matchedName", matchedName)
        w.string("queryName", queryName)
        try w.double("score", score)
    }
}

extension PacketDocument.RoutePart {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.objects("authorities", authorities) { authority, w in authority.write(&w) }
        w.objects("clocks", clocks) { clock, w in
            w.string("calendar", clock.calendar)
            w.int("days", clock.days)
            w.string("due", clock.due)
            w.string("id", clock.id)
            w.string("start", clock.start)
            w.string("startsOn", clock.startsOn)
            w.string("title", clock.title)
            w.string("unit", clock.unit)
        }
        w.strings("notes", notes)
        w.string("province", province)
        w.string("routingTable", routingTable)
        w.objects("tracks", tracks) { track, w in
            w.string("id", track.id)
            w.string("title", track.title)
        }
    }
}
