# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InlineQueryResultsButton."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .web_app_info import WebAppInfo


@attrs.frozen(kw_only=True, slots=False)
class InlineQueryResultsButton(Model):
    """This object represents a button to be shown above inline query results. You must use exactly
    one of the optional fields.

    See https://core.telegram.org/bots/api#inlinequeryresultsbutton
    """

    text: str
    web_app: Optional[WebAppInfo] = None
    start_parameter: Optional[str] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("text", "text", "str", 1),
        ("web_app", "web_app", "WebAppInfo", 0),
        ("start_parameter", "start_parameter", "str", 0),
    )
