# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichBlockTable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite._model import freeze_array

from .input_rich_block import InputRichBlock

if TYPE_CHECKING:
    from .rich_block_table_cell import RichBlockTableCell
    from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class InputRichBlockTable(InputRichBlock):
    """A table, corresponding to the HTML tag <table>.

    See https://core.telegram.org/bots/api#inputrichblocktable
    """

    type: str = "table"
    cells: tuple[tuple[RichBlockTableCell, ...], ...] = attrs.field(converter=freeze_array)
    is_bordered: Optional[bool] = None
    is_striped: Optional[bool] = None
    caption: Optional[Union[str, tuple[Any, ...], RichText]] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("cells", "cells", ("list", ("list", "RichBlockTableCell")), 1),
        ("is_bordered", "is_bordered", "bool", 0),
        ("is_striped", "is_striped", "bool", 0),
        ("caption", "caption", "richtext", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "table")
