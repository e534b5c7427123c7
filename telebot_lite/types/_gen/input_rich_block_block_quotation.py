# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichBlockBlockQuotation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite._model import freeze_array

from .input_rich_block import InputRichBlock

if TYPE_CHECKING:
    from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class InputRichBlockBlockQuotation(InputRichBlock):
    """A block quotation, corresponding to the HTML tag <blockquote>.

    See https://core.telegram.org/bots/api#inputrichblockblockquotation
    """

    type: str = "blockquote"
    blocks: tuple[InputRichBlock, ...] = attrs.field(converter=freeze_array)
    credit: Optional[Union[str, tuple[Any, ...], RichText]] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("blocks", "blocks", ("list", "InputRichBlock"), 1),
        ("credit", "credit", "richtext", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "blockquote")
