extension PacketDocument {
    /// The members of the document, in the UTF-8 order of their keys, for `JSONWriter`.
    func write<Layout>(_ w: inout JSONWriter<Layout>) throws {
        if let change { w.object("change") { change.write(&$0) } }
        if let decision { try w.object("decision") { try decision.write(&$0) } }
        if let dossier { w.object("dossier") { dossier.write(&$0) } }
        w.string("dossierID", dossierID)
        w.string("kind", kind)
        w.string("outcome", outcome)
        if let quarantine { w.object("quarantine") { quarantine.write(&$0) } }
        w.object("run") { w in
            w.string("generatedAt", run.generatedAt)
            w.string("id", run.id)
            w.string("outboundVersion", run.outboundVersion)
        }
        w.string("schema", schema)
    }
}
