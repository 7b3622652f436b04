"""What every part of the project needs to read an OpenAPI document, written once.

- ``pointer``: RFC 6901 JSON pointers (escape, split, join, look up);
- ``refs``: the one local ``$ref`` resolver, with cycle detection;
- ``walk``: the one walker over a document's operations;
- ``security``: the one reader of security schemes (where the credential goes and with which prefix);
- ``loading``: reading a YAML document with libyaml's C parser where it is available.

Used by the emulator core, the code generator, the main job and the tests alike; it depends on nothing but the
standard library and PyYAML (which the emulators need anyway), so the emulators can ship it.
"""
