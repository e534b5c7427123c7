# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ForumTopicClosed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class ForumTopicClosed(Model):
    """This object represents a service message about a forum topic closed in the chat. Currently
    holds no information.

    See https://core.telegram.org/bots/api#forumtopicclosed
    """

    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = ()
