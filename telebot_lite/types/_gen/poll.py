# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Poll."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_array, freeze_optional_array

if TYPE_CHECKING:
    from datetime import datetime

    from .message_entity import MessageEntity
    from .poll_media import PollMedia
    from .poll_option import PollOption


@attrs.frozen(kw_only=True, slots=False)
class Poll(Model):
    """This object contains information about a poll.

    See https://core.telegram.org/bots/api#poll
    """

    id: str
    question: str
    question_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    options: tuple[PollOption, ...] = attrs.field(converter=freeze_array)
    total_voter_count: int
    is_closed: bool
    is_anonymous: bool
    type: str
    allows_multiple_answers: bool
    allows_revoting: bool
    members_only: bool
    country_codes: Optional[tuple[str, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    correct_option_ids: Optional[tuple[int, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    explanation: Optional[str] = None
    explanation_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    explanation_media: Optional[PollMedia] = None
    open_period: Optional[int] = None
    close_date: Optional[datetime] = None
    description: Optional[str] = None
    description_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    media: Optional[PollMedia] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("id", "id", "str", 1),
        ("question", "question", "str", 1),
        ("question_entities", "question_entities", ("list", "MessageEntity"), 0),
        ("options", "options", ("list", "PollOption"), 1),
        ("total_voter_count", "total_voter_count", "int", 1),
        ("is_closed", "is_closed", "bool", 1),
        ("is_anonymous", "is_anonymous", "bool", 1),
        ("type", "type", "str", 1),
        ("allows_multiple_answers", "allows_multiple_answers", "bool", 1),
        ("allows_revoting", "allows_revoting", "bool", 1),
        ("members_only", "members_only", "bool", 1),
        ("country_codes", "country_codes", ("list", "str"), 0),
        ("correct_option_ids", "correct_option_ids", ("list", "int"), 0),
        ("explanation", "explanation", "str", 0),
        ("explanation_entities", "explanation_entities", ("list", "MessageEntity"), 0),
        ("explanation_media", "explanation_media", "PollMedia", 0),
        ("open_period", "open_period", "int", 0),
        ("close_date", "close_date", "date", 0),
        ("description", "description", "str", 0),
        ("description_entities", "description_entities", ("list", "MessageEntity"), 0),
        ("media", "media", "PollMedia", 0),
    )
