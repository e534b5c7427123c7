# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PassportElementErrorFile."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .passport_element_error import PassportElementError


@attrs.frozen(kw_only=True, slots=False)
class PassportElementErrorFile(PassportElementError):
    """Represents an issue with a document scan. The error is considered resolved when the file with
    the document scan changes.

    See https://core.telegram.org/bots/api#passportelementerrorfile
    """

    source: str = "file"
    file_hash: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("source", "source", "str", 1),
        ("type", "type", "str", 1),
        ("file_hash", "file_hash", "str", 1),
        ("message", "message", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("source", "file")
