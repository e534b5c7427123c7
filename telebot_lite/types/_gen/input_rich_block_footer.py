# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichBlockFooter."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Union

import attrs

from .input_rich_block import InputRichBlock

if TYPE_CHECKING:
    from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class InputRichBlockFooter(InputRichBlock):
    """A footer, corresponding to the HTML tag <footer>.

    See https://core.telegram.org/bots/api#inputrichblockfooter
    """

    type: str = "footer"
    text: Union[str, tuple[Any, ...], RichText]

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("text", "text", "richtext", 1))
    _TAG: ClassVar[tuple[str, str]] = ("type", "footer")
