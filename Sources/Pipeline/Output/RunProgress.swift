/// Where a run reports how far it has come, for a live display (the CLI's progress line on a
/// terminal): the input bytes read of the total, and each dossier handed on. Called from the
/// intake's reading thread (`read`) and from the thread that hands results on in order
/// (`dossier`), so an implementation takes its own lock.
public protocol RunProgress: AnyObject, Sendable {
    /// The run starts reading `totalBytes` bytes of input (as stored: compressed where the
    /// files are).
    func start(totalBytes: Int)
    /// `bytes` of the input have been read so far.
    func read(bytes: Int)
    /// One dossier was handed on: decided, found unchanged (`skipped`) or quarantined.
    func dossier(quarantined: Bool, skipped: Bool)
    /// The run has handed on its last dossier.
    func finish()
}
