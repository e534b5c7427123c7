# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type EncryptedPassportElement."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from .passport_file import PassportFile


@attrs.frozen(kw_only=True, slots=False)
class EncryptedPassportElement(Model):
    """Describes documents or other Telegram Passport elements shared with the bot by the user.

    See https://core.telegram.org/bots/api#encryptedpassportelement
    """

    type: str
    data: Optional[str] = None
    phone_number: Optional[str] = None
    email: Optional[str] = None
    files: Optional[tuple[PassportFile, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    front_side: Optional[PassportFile] = None
    reverse_side: Optional[PassportFile] = None
    selfie: Optional[PassportFile] = None
    translation: Optional[tuple[PassportFile, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    hash: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("data", "data", "str", 0),
        ("phone_number", "phone_number", "str", 0),
        ("email", "email", "str", 0),
        ("files", "files", ("list", "PassportFile"), 0),
        ("front_side", "front_side", "PassportFile", 0),
        ("reverse_side", "reverse_side", "PassportFile", 0),
        ("selfie", "selfie", "PassportFile", 0),
        ("translation", "translation", ("list", "PassportFile"), 0),
        ("hash", "hash", "str", 1),
    )
