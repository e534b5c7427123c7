# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InlineQueryResultArticle."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .inline_query_result import InlineQueryResult

if TYPE_CHECKING:
    from .inline_keyboard_markup import InlineKeyboardMarkup
    from .input_message_content import InputMessageContent


@attrs.frozen(kw_only=True, slots=False)
class InlineQueryResultArticle(InlineQueryResult):
    """Represents a link to an article or web page.

    See https://core.telegram.org/bots/api#inlinequeryresultarticle
    """

    type: str = "article"
    title: str
    input_message_content: InputMessageContent
    reply_markup: Optional[InlineKeyboardMarkup] = None
    url: Optional[str] = None
    description: Optional[str] = None
    thumbnail_url: Optional[str] = None
    thumbnail_width: Optional[int] = None
    thumbnail_height: Optional[int] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("id", "id", "str", 1),
        ("title", "title", "str", 1),
        ("input_message_content", "input_message_content", "InputMessageContent", 1),
        ("reply_markup", "reply_markup", "InlineKeyboardMarkup", 0),
        ("url", "url", "str", 0),
        ("description", "description", "str", 0),
        ("thumbnail_url", "thumbnail_url", "str", 0),
        ("thumbnail_width", "thumbnail_width", "int", 0),
        ("thumbnail_height", "thumbnail_height", "int", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "article")
