"""The code generator: overlay, spec lint, client facts, generation, API diff and versioning."""
