# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichBlockThinking."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Union

import attrs

from .input_rich_block import InputRichBlock

if TYPE_CHECKING:
    from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class InputRichBlockThinking(InputRichBlock):
    """A block with a 'Thinking...' placeholder, corresponding to the custom HTML tag <tg-thinking>.
    The block may be used only in sendRichMessageDraft, therefore it can't be received in
    messages. See https://t.me/addemoji/AIActions for examples of custom emoji that are
    recommended for usage in the block.

    See https://core.telegram.org/bots/api#inputrichblockthinking
    """

    type: str = "thinking"
    text: Union[str, tuple[Any, ...], RichText]

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("text", "text", "richtext", 1))
    _TAG: ClassVar[tuple[str, str]] = ("type", "thinking")
