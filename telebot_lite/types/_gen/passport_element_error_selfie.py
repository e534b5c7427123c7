# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PassportElementErrorSelfie."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .passport_element_error import PassportElementError


@attrs.frozen(kw_only=True, slots=False)
class PassportElementErrorSelfie(PassportElementError):
    """Represents an issue with the selfie with a document. The error is considered resolved when
    the file with the selfie changes.

    See https://core.telegram.org/bots/api#passportelementerrorselfie
    """

    source: str = "selfie"
    file_hash: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("source", "source", "str", 1),
        ("type", "type", "str", 1),
        ("file_hash", "file_hash", "str", 1),
        ("message", "message", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("source", "selfie")
