/// The version of Outbound, recorded in every output it writes.
public let outboundVersion = "0.1.0"
