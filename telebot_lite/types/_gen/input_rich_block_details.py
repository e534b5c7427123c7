# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichBlockDetails."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite._model import freeze_array

from .input_rich_block import InputRichBlock

if TYPE_CHECKING:
    from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class InputRichBlockDetails(InputRichBlock):
    """An expandable block for details disclosure, corresponding to the HTML tag <details>.

    See https://core.telegram.org/bots/api#inputrichblockdetails
    """

    type: str = "details"
    summary: Union[str, tuple[Any, ...], RichText]
    blocks: tuple[InputRichBlock, ...] = attrs.field(converter=freeze_array)
    is_open: Optional[bool] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("summary", "summary", "richtext", 1),
        ("blocks", "blocks", ("list", "InputRichBlock"), 1),
        ("is_open", "is_open", "bool", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "details")
