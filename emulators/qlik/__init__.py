"""Qlik Cloud data stores, data assets and data sets (``/api/v1/data-stores``) on the shared emulator core.

Facts followed (``specs/qlik.yaml``, ../shared/reference/qlik.md): single resources are bare objects, lists
are ``{data, page, limit, pages, total, links}`` with absolute ``href``s (``next`` omitted on the last page,
``prev`` on the first); errors are ``{"errors":[{code, title, detail, status}], "traceId"}`` with ``status``
a string and ``code`` ``HTTP-<status>``; create answers 201; optimistic concurrency goes through the integer
``version``; PATCH is an RFC 6902 patch applied atomically (failed ``test`` 409, server-managed paths 400);
stores with data assets cannot be deleted (409, all-or-nothing).

Emulator choices the vendor leaves open:

- The caller's user id and tenant id are derived from the credential (stable per token); every token is a
  user of its own tenant, and a tenant sees only its own data stores (and their assets and sets).
- Data assets and data sets cannot be created through the API: ``POST /_emulator/seed`` with
  ``{"dataAssets": [...], "dataSets": [...]}`` creates them (assets name their store in
  ``dataStoreInfo.id``, sets their asset in ``dataAssetInfo.id``); the whole seed is one transaction.
- Lists come in creation order unless ``sort`` says otherwise; unknown ``sort`` fields are ignored and
  unknown ``projections`` select nothing. ``sort`` takes the scalar top-level fields of the listed schema
  (strings, numbers, booleans); arrays and objects (``tags``, ``properties``, ``dataStoreInfo``) are
  ignored like unknown fields. Ties keep creation order in the direction of the first sort field, so one
  index per field, ``(owner, field, seq)``, serves both directions.
- With ``options["rate_limits"]``: tier 1 allows 1,000 and tier 2 100 requests per minute per API key and
  tier (``x-qlik-tier``); beyond that, 429 with ``Retry-After`` in whole seconds and the vendor's documented
  body (no ``status``, no ``traceId``). ``options["clock"]`` replaces the limiter's monotonic clock.

One class assembled from one module per capability group (each a subclass of the previous one, so the
handler table is the union): base (envelope, caller, rate limits) → listing → stores → assets → sets →
seeding; ``model`` holds the stored fields and tables, ``wire`` the id, time and JSON helpers.
"""

from __future__ import annotations

from emulators.qlik.seeding import Seeding


class QlikEmulator(Seeding):
    """The Qlik emulator (``python -m emulators qlik``)."""


EMULATOR = QlikEmulator
