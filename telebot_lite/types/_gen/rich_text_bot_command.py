# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichTextBotCommand."""

from __future__ import annotations

from typing import Any, ClassVar, Union

import attrs

from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichTextBotCommand(RichText):
    """A bot command.

    See https://core.telegram.org/bots/api#richtextbotcommand
    """

    type: str = "bot_command"
    text: Union[str, tuple[Any, ...], RichText]
    bot_command: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("text", "text", "richtext", 1),
        ("bot_command", "bot_command", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "bot_command")
