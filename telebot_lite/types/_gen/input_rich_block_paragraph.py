# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichBlockParagraph."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Union

import attrs

from .input_rich_block import InputRichBlock

if TYPE_CHECKING:
    from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class InputRichBlockParagraph(InputRichBlock):
    """A text paragraph, corresponding to the HTML tag <p>.

    See https://core.telegram.org/bots/api#inputrichblockparagraph
    """

    type: str = "paragraph"
    text: Union[str, tuple[Any, ...], RichText]

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("text", "text", "richtext", 1))
    _TAG: ClassVar[tuple[str, str]] = ("type", "paragraph")
