# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Link."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class Link(Model):
    """Represents an HTTP link.

    See https://core.telegram.org/bots/api#link
    """

    url: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("url", "url", "str", 1),)
