# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichBlockList."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import freeze_array

from .input_rich_block import InputRichBlock

if TYPE_CHECKING:
    from .input_rich_block_list_item import InputRichBlockListItem


@attrs.frozen(kw_only=True, slots=False)
class InputRichBlockList(InputRichBlock):
    """A list of blocks, corresponding to the HTML tag <ul> or <ol> with multiple nested tags <li>.

    See https://core.telegram.org/bots/api#inputrichblocklist
    """

    type: str = "list"
    items: tuple[InputRichBlockListItem, ...] = attrs.field(converter=freeze_array)

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("items", "items", ("list", "InputRichBlockListItem"), 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "list")
