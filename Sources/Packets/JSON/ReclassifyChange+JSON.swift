/// The members of a `ReclassifyChange`, in the UTF-8 order of their keys, for `JSONWriter`.
extension ReclassifyChange {
    func write<Layout>(_ w: inout JSONWriter<Layout>) {
        w.string("dossierID", dossierID)
        w.string("filed", filed)
        w.objects("hits", hits) { hit, w in
            w.string("change", hit.change)
            w.string("controlPoint", hit.controlPoint)
            w.string("entryIdentity", hit.entryIdentity)
            w.string("entryLabel", hit.entryLabel)
            w.string("label", hit.label)
            w.string("newStatus", hit.newStatus)
            w.string("oldStatus", hit.oldStatus)
        }
        w.string("newCatalogue", newCatalogue)
        w.string("newOutcome", newOutcome)
        w.string("oldCatalogue", oldCatalogue)
        w.string("oldOutcome", oldOutcome)
        if let packet {
            w.object("packet") { w in
                w.string("html", packet.html)
                w.int("jsonl_line", packet.line)
            }
        }
        w.string("previousRun", previousRun)
        w.strings("reasons", reasons)
        w.string("since", since)
    }
}
