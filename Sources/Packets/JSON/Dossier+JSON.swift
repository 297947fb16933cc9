import DossierModel

/// The members of a `Dossier` and of every value it holds, in the UTF-8 order of their keys,
/// as their synthesised `Codable` names them, for `JSONWriter` (see `CanonicalJSON`).
/// A stored property added to one of these types must be added here too:
/// `CanonicalJSONTests` compares both encodings on values with every field set.
extension Dossier {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.objects("assets", assets) { asset, w in asset.write(&w) }
        w.objects("attachments", attachments) { attachment, w in attachment.write(&w) }
        w.string("contentHash", contentHash)
        w.objects("diagnostics", diagnostics) { diagnostic, w in diagnostic.write(&w) }
        w.date("filed", filed)
        w.string("filedRaw", filedRaw)
        w.string("foreignRegistry", foreignRegistry)
        w.string("id", id)
        if let office {
            w.object("office") { w in
                w.string("channel", office.channel)
                w.string("province", office.province)
            }
        }
        w.objects("parties", parties) { party, w in party.write(&w) }
        w.object("source") { source.write(&$0) }
        w.object("transaction") { transaction.write(&$0) }
    }
}

extension Transaction {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.string("contractRef", contractRef)
        w.objects("technologySummaries", technologySummaries) { text, w in text.write(&w) }
        w.string("track", track)
        w.raw("type", type)
        if let value {
            w.object("value") { w in
                w.string("amount", value.amount)
                w.string("currency", value.currency)
                w.string("raw", value.raw)
            }
        }
    }
}

extension LocalisedText {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.string("lang", lang)
        w.string("source", source)
        w.string("text", text)
    }
}

extension Party {
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
        w.raw("kind", kind)
        w.objects("names", names) { name, w in
            w.string("lang", name.lang)
            w.string("legalForm", name.legalForm)
            w.string("normalised", name.normalised)
            w.string("original", name.original)
        }
        w.raw("role", role)
    }
}

extension Identifier {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.bool("checkValid", checkValid)
        w.string("normalised", normalised)
        w.string("scheme", scheme)
        w.string("value", value)
    }
}

extension Asset {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.objects("abstracts", abstracts) { text, w in text.write(&w) }
        w.objects("applicants", applicants) { text, w in text.write(&w) }
        w.objects("attachments", attachments) { attachment, w in attachment.write(&w) }
        w.objects("claims", claims) { claim, w in
            w.string("lang", claim.lang)
            w.string("number", claim.number)
            w.string("source", claim.source)
            w.string("text", claim.text)
        }
        w.objects("classifications", classifications) { classification, w in
            w.string("code", classification.code)
            w.string("raw", classification.raw)
            w.string("scheme", classification.scheme)
            w.string("source", classification.source)
        }
        if let funding {
            w.object("funding") { w in
                w.bool("fiscal", funding.fiscal)
                w.string("programme", funding.programme)
            }
        }
        w.string("id", id)
        w.objects("identifiers", identifiers) { identifier, w in identifier.write(&w) }
        w.string("owner", owner)
        w.raw("secrecy", secrecy)
        w.objects("titles", titles) { text, w in text.write(&w) }
        w.raw("type", type)
    }
}

extension Attachment {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.string("documentNumber", documentNumber)
        w.raw("format", format)
        w.string("href", href)
        w.string("kind", kind)
        w.int("size", size)
        w.string("text", text)
    }
}

extension SourceLocation {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.int("column", column)
        w.string("file", file)
        w.int("line", line)
        w.string("member", member)
    }
}

extension Diagnostic {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.string("dossier", dossier)
        w.string("id", id)
        if let location { w.object("location") { location.write(&$0) } }
        w.string("message", message)
        w.strings("notes", notes)
        w.raw("severity", severity)
        w.raw("stage", stage)
    }
}
