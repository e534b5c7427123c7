# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PassportElementErrorUnspecified."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .passport_element_error import PassportElementError


@attrs.frozen(kw_only=True, slots=False)
class PassportElementErrorUnspecified(PassportElementError):
    """Represents an issue in an unspecified place. The error is considered resolved when new data
    is added.

    See https://core.telegram.org/bots/api#passportelementerrorunspecified
    """

    source: str = "unspecified"
    element_hash: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("source", "source", "str", 1),
        ("type", "type", "str", 1),
        ("element_hash", "element_hash", "str", 1),
        ("message", "message", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("source", "unspecified")
