import ArgumentParser
import OutboundCLI

Outbound.main()
