"""The one error the codecs raise: the bytes are not data in the format they claim (400 invalidImportData)."""

from __future__ import annotations


class FormatError(ValueError):
    """Unreadable or unrepresentable data; the message says what and where."""
