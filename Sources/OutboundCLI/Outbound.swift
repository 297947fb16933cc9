import ArgumentParser
import Pipeline

/// The `outbound` command: security review of outbound transfers of intellectual property.
public struct Outbound: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "outbound",
        abstract: "Security review of outbound transfers of intellectual property.",
        version: outboundVersion,
        subcommands: [])

    public init() {}
}
