# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PassportElementErrorFrontSide."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .passport_element_error import PassportElementError


@attrs.frozen(kw_only=True, slots=False)
class PassportElementErrorFrontSide(PassportElementError):
    """Represents an issue with the front side of a document. The error is considered resolved when
    the file with the front side of the document changes.

    See https://core.telegram.org/bots/api#passportelementerrorfrontside
    """

    source: str = "front_side"
    file_hash: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("source", "source", "str", 1),
        ("type", "type", "str", 1),
        ("file_hash", "file_hash", "str", 1),
        ("message", "message", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("source", "front_side")
