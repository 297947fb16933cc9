/// The namespace of the dossier interchange format, version 1.
public let dossierNamespace = "urn:outbound:dossier:1"
