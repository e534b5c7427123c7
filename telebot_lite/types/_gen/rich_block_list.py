# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlockList."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite._model import freeze_array

from .rich_block import RichBlock

if TYPE_CHECKING:
    from .rich_block_list_item import RichBlockListItem


@attrs.frozen(kw_only=True, slots=False)
class RichBlockList(RichBlock):
    """A list of blocks, corresponding to the HTML tag <ul> or <ol> with multiple nested tags <li>.

    See https://core.telegram.org/bots/api#richblocklist
    """

    type: str = "list"
    items: tuple[RichBlockListItem, ...] = attrs.field(converter=freeze_array)

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("items", "items", ("list", "RichBlockListItem"), 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "list")
