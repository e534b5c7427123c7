# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputMessageContent."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class InputMessageContent(Model):
    """This object represents the content of a message to be sent as a result of an inline query.
    Telegram clients currently support the following types:
    - InputTextMessageContent
    - InputRichMessageContent
    - InputLocationMessageContent
    - InputVenueMessageContent
    - InputContactMessageContent
    - InputInvoiceMessageContent

    See https://core.telegram.org/bots/api#inputmessagecontent
    """

    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = ()
    _MEMBERS: ClassVar[tuple[str, ...]] = (
        "InputInvoiceMessageContent",
        "InputVenueMessageContent",
        "InputLocationMessageContent",
        "InputContactMessageContent",
        "InputTextMessageContent",
        "InputRichMessageContent",
    )
