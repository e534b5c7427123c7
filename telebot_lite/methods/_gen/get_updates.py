# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getUpdates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import SECONDS, TIME, Duration, Method, check_seconds

if TYPE_CHECKING:
    from telebot_lite.types._gen.update import Update  # noqa: F401


@attrs.frozen(kw_only=True)
class GetUpdates(Method["list[Update]"]):
    """Use this method to receive incoming updates using long polling (wiki). Returns an Array of
    Update objects.
    Notes
    1. This method will not work if an outgoing webhook is set up.
    2. In order to avoid getting duplicate updates, recalculate offset after each server
    response.

    The ``timeout`` parameter is the long poll in seconds (an int or a timedelta).
    ``Bot.get_updates`` has no SDK ``timeout=``: its HTTP read timeout is the Bot's read timeout
    plus the long poll, so the answer always arrives before the read gives up.

    See https://core.telegram.org/bots/api#getupdates
    """

    api_method: ClassVar[str] = "getUpdates"
    result_type: ClassVar[Any] = ("list", "Update")

    offset: Optional[int] = None
    limit: Optional[int] = None
    timeout: Optional[Duration] = attrs.field(
        default=None, validator=check_seconds, metadata={TIME: SECONDS}
    )
    allowed_updates: Optional[Sequence[str]] = None
