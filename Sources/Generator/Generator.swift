/// Deterministic generator of realistic transfer dossiers for tests and benchmarks.
public enum Generator {}
