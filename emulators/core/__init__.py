"""The vendor-neutral emulator core: spec loading, routing, validation, auth, storage, HTTP plumbing."""
