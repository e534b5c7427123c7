# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InlineQueryResultContact."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .inline_query_result import InlineQueryResult

if TYPE_CHECKING:
    from .inline_keyboard_markup import InlineKeyboardMarkup
    from .input_message_content import InputMessageContent


@attrs.frozen(kw_only=True, slots=False)
class InlineQueryResultContact(InlineQueryResult):
    """Represents a contact with a phone number. By default, this contact will be sent by the user.
    Alternatively, you can use input_message_content to send a message with the specified content
    instead of the contact.

    See https://core.telegram.org/bots/api#inlinequeryresultcontact
    """

    type: str = "contact"
    phone_number: str
    first_name: str
    last_name: Optional[str] = None
    vcard: Optional[str] = None
    reply_markup: Optional[InlineKeyboardMarkup] = None
    input_message_content: Optional[InputMessageContent] = None
    thumbnail_url: Optional[str] = None
    thumbnail_width: Optional[int] = None
    thumbnail_height: Optional[int] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("id", "id", "str", 1),
        ("phone_number", "phone_number", "str", 1),
        ("first_name", "first_name", "str", 1),
        ("last_name", "last_name", "str", 0),
        ("vcard", "vcard", "str", 0),
        ("reply_markup", "reply_markup", "InlineKeyboardMarkup", 0),
        ("input_message_content", "input_message_content", "InputMessageContent", 0),
        ("thumbnail_url", "thumbnail_url", "str", 0),
        ("thumbnail_width", "thumbnail_width", "int", 0),
        ("thumbnail_height", "thumbnail_height", "int", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "contact")
