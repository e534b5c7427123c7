# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputTextMessageContent."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import freeze_optional_array

from .input_message_content import InputMessageContent

if TYPE_CHECKING:
    from .link_preview_options import LinkPreviewOptions
    from .message_entity import MessageEntity


@attrs.frozen(kw_only=True, slots=False)
class InputTextMessageContent(InputMessageContent):
    """Represents the content of a text message to be sent as the result of an inline query.

    See https://core.telegram.org/bots/api#inputtextmessagecontent
    """

    message_text: str
    parse_mode: Optional[str] = None
    entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    link_preview_options: Optional[LinkPreviewOptions] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("message_text", "message_text", "str", 1),
        ("parse_mode", "parse_mode", "str", 0),
        ("entities", "entities", ("list", "MessageEntity"), 0),
        ("link_preview_options", "link_preview_options", "LinkPreviewOptions", 0),
    )
