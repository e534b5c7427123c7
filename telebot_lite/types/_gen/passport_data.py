# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PassportData."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .encrypted_credentials import EncryptedCredentials
    from .encrypted_passport_element import EncryptedPassportElement


@attrs.frozen(kw_only=True, slots=False)
class PassportData(Model):
    """Describes Telegram Passport data shared with the bot by the user.

    See https://core.telegram.org/bots/api#passportdata
    """

    data: tuple[EncryptedPassportElement, ...] = attrs.field(converter=freeze_array)
    credentials: EncryptedCredentials
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("data", "data", ("list", "EncryptedPassportElement"), 1),
        ("credentials", "credentials", "EncryptedCredentials", 1),
    )
