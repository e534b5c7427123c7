# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type GeneralForumTopicUnhidden."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class GeneralForumTopicUnhidden(Model):
    """This object represents a service message about General forum topic unhidden in the chat.
    Currently holds no information.

    See https://core.telegram.org/bots/api#generalforumtopicunhidden
    """

    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = ()
