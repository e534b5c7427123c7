# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputContactMessageContent."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from .input_message_content import InputMessageContent


@attrs.frozen(kw_only=True, slots=False)
class InputContactMessageContent(InputMessageContent):
    """Represents the content of a contact message to be sent as the result of an inline query.

    See https://core.telegram.org/bots/api#inputcontactmessagecontent
    """

    phone_number: str
    first_name: str
    last_name: Optional[str] = None
    vcard: Optional[str] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("phone_number", "phone_number", "str", 1),
        ("first_name", "first_name", "str", 1),
        ("last_name", "last_name", "str", 0),
        ("vcard", "vcard", "str", 0),
    )
