# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type CopyTextButton."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class CopyTextButton(Model):
    """This object represents an inline keyboard button that copies specified text to the clipboard.

    See https://core.telegram.org/bots/api#copytextbutton
    """

    text: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("text", "text", "str", 1),)
