# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type EncryptedCredentials."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class EncryptedCredentials(Model):
    """Describes data required for decrypting and authenticating EncryptedPassportElement. See the
    Telegram Passport Documentation for a complete description of the data decryption and
    authentication processes.

    See https://core.telegram.org/bots/api#encryptedcredentials
    """

    data: str
    hash: str
    secret: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("data", "data", "str", 1),
        ("hash", "hash", "str", 1),
        ("secret", "secret", "str", 1),
    )
