import DossierModel

/// Yields the dossiers of a corpus one at a time, so that a corpus of any size is produced
/// with flat memory. The same options always yield the same dossiers.
///
/// ```swift
/// var generator = DossierGenerator(options: GeneratorOptions(count: 100, seed: 7))
/// while let dossier = generator.next() {
///     print(dossier.id, dossier.xml.utf8.count)
/// }
/// ```
public struct DossierGenerator: Sequence, IteratorProtocol, Sendable {
    public let options: GeneratorOptions
    private var nextIndex = 0

    public init(options: GeneratorOptions) {
        self.options = options
    }

    /// The next dossier (without bundle attachments), or nil after `options.count`.
    public mutating func next() -> GeneratedDossier? {
        guard nextIndex < options.count else { return nil }
        defer { nextIndex += 1 }
        return dossier(at: nextIndex)
    }

    /// Dossier number `index` (0-based). With `bundled`, it references and carries the
    /// attachments of a bundle (contract, technical description, patent documents, a PDF);
    /// everything else about it is the same either way.
    public func dossier(at index: Int, bundled: Bool = false) -> GeneratedDossier {
        DossierBuilder(options: options).build(index: index, bundled: bundled)
    }
}
