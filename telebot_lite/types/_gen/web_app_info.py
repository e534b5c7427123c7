# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type WebAppInfo."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class WebAppInfo(Model):
    """Describes a Web App.

    See https://core.telegram.org/bots/api#webappinfo
    """

    url: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("url", "url", "str", 1),)
