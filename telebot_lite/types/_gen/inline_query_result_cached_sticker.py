# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InlineQueryResultCachedSticker."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .inline_query_result import InlineQueryResult

if TYPE_CHECKING:
    from .inline_keyboard_markup import InlineKeyboardMarkup
    from .input_message_content import InputMessageContent


@attrs.frozen(kw_only=True, slots=False)
class InlineQueryResultCachedSticker(InlineQueryResult):
    """Represents a link to a sticker stored on the Telegram servers. By default, this sticker will
    be sent by the user. Alternatively, you can use input_message_content to send a message with
    the specified content instead of the sticker.

    See https://core.telegram.org/bots/api#inlinequeryresultcachedsticker
    """

    type: str = "sticker"
    sticker_file_id: str
    reply_markup: Optional[InlineKeyboardMarkup] = None
    input_message_content: Optional[InputMessageContent] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("id", "id", "str", 1),
        ("sticker_file_id", "sticker_file_id", "str", 1),
        ("reply_markup", "reply_markup", "InlineKeyboardMarkup", 0),
        ("input_message_content", "input_message_content", "InputMessageContent", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "sticker")
