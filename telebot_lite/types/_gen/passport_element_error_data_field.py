# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PassportElementErrorDataField."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .passport_element_error import PassportElementError


@attrs.frozen(kw_only=True, slots=False)
class PassportElementErrorDataField(PassportElementError):
    """Represents an issue in one of the data fields that was provided by the user. The error is
    considered resolved when the field's value changes.

    See https://core.telegram.org/bots/api#passportelementerrordatafield
    """

    source: str = "data"
    field_name: str
    data_hash: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("source", "source", "str", 1),
        ("type", "type", "str", 1),
        ("field_name", "field_name", "str", 1),
        ("data_hash", "data_hash", "str", 1),
        ("message", "message", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("source", "data")
