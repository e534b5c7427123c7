# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Contact."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class Contact(Model):
    """This object represents a phone contact.

    See https://core.telegram.org/bots/api#contact
    """

    phone_number: str
    first_name: str
    last_name: Optional[str] = None
    user_id: Optional[int] = None
    vcard: Optional[str] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("phone_number", "phone_number", "str", 1),
        ("first_name", "first_name", "str", 1),
        ("last_name", "last_name", "str", 0),
        ("user_id", "user_id", "int", 0),
        ("vcard", "vcard", "str", 0),
    )
