"""Stateful emulators of the vendors' data-store APIs, served from their OpenAPI specs.

``python -m emulators <vendor> --port 8080 [--state FILE] [--token T]``. The shared core (``emulators.core``)
routes and validates every request from the vendor's spec; ``emulators/<vendor>.py`` (or a package
``emulators/<vendor>/``) holds only that vendor's semantics (storage, envelopes, business rules).
"""

from emulators.core.registry import VENDORS, load_vendor

__all__ = ["VENDORS", "load_vendor"]
