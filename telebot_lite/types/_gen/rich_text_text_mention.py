# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichTextTextMention."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Union

import attrs

from .rich_text import RichText

if TYPE_CHECKING:
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class RichTextTextMention(RichText):
    """A mention of a Telegram user by their identifier.

    See https://core.telegram.org/bots/api#richtexttextmention
    """

    type: str = "text_mention"
    text: Union[str, tuple[Any, ...], RichText]
    user: User

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("text", "text", "richtext", 1),
        ("user", "user", "User", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "text_mention")
