import OutboundCLI

Outbound.main()
