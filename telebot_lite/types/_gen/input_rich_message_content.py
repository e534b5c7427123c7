# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichMessageContent."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from .input_message_content import InputMessageContent

if TYPE_CHECKING:
    from .input_rich_message import InputRichMessage


@attrs.frozen(kw_only=True, slots=False)
class InputRichMessageContent(InputMessageContent):
    """Represents the content of a rich message to be sent as the result of an inline query.

    See https://core.telegram.org/bots/api#inputrichmessagecontent
    """

    rich_message: InputRichMessage

    _SPEC: ClassVar[tuple[Any, ...]] = (("rich_message", "rich_message", "InputRichMessage", 1),)
