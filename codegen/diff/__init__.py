"""Breaking-change detector for the OpenAPI 3.1 specs, used to version the generated clients by semver.

    python scripts/api_diff.py                        # every specs/*.yaml against HEAD
    python scripts/api_diff.py --base main make       # only specs/make.yaml, against the ref ``main``
    python scripts/api_diff.py --fail-on-breaking     # exit 1 if any change is breaking (CI)

``diff_specs(old, new)`` compares two documents from a client's point of view and returns ``Change``s:
``pointer`` is a JSON pointer into the new document (into the old one for removals). Local ``$ref``s are
followed on both sides (a change inside a shared component is reported once, at the component), and a
recursive schema is compared once per (old location, new location, side).

Breaking: an operation removed or its ``operationId`` changed; a parameter removed, moved (``in``),
made required, added as required, or its serialization changed; a request body removed, added as
required or made required; a request or response media type removed; a response status code removed;
a security requirement no longer accepted or a security scheme removed / changed. In schemas, the
*request* side is what the client sends (the server must keep accepting it) and the *response* side is
what the client parses (the server must keep within it): request types narrowed (number -> integer, a
type dropped from a list), enum values removed, a new enum / pattern / format or tighter bounds, a
new required property or an optional one made required, a property removed while
``additionalProperties: false``, ``additionalProperties`` turned false, a ``oneOf``/``anyOf`` alternative
removed; response types widened (integer -> number, ``null`` added), enum values *added* (strict enum
parsers reject unknown values), a required property removed or made optional, a new alternative.
A ``format`` change that alters the generated Python type (date, date-time, uuid, binary, byte) is
breaking on both sides.

Non-breaking: everything added that a client may ignore (operations, optional parameters, response
properties, status codes, media types, request enum values, alternatives on the request side), relaxed
constraints, deprecations and default changes. Descriptions, summaries, titles and examples are ignored.

``bump(version, changes)`` gives the next semver version and ``changelog_entry(...)`` a markdown section.
"""

from codegen.diff.common import Change
from codegen.diff.documents import diff_specs
from codegen.diff.versions import bump, changelog_entry

__all__ = ["Change", "bump", "changelog_entry", "diff_specs"]
