# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlockTableCell."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichBlockTableCell(Model):
    """Cell in a table.

    See https://core.telegram.org/bots/api#richblocktablecell
    """

    text: Optional[Union[str, tuple[Any, ...], RichText]] = None
    is_header: Optional[bool] = None
    colspan: Optional[int] = None
    rowspan: Optional[int] = None
    align: str
    valign: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("text", "text", "richtext", 0),
        ("is_header", "is_header", "bool", 0),
        ("colspan", "colspan", "int", 0),
        ("rowspan", "rowspan", "int", 0),
        ("align", "align", "str", 1),
        ("valign", "valign", "str", 1),
    )
