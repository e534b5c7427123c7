"""The Unix-epoch boundary of expire dates given as datetimes (with a clock at the epoch)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

import telebot_lite as tl
from telebot_lite.methods import CreateChatInviteLink


def test_expire_date_at_the_epoch_itself_is_refused() -> None:
    """An aware datetime at exactly 1970-01-01T00:00Z is refused, like the Unix time 0."""
    method = CreateChatInviteLink(chat_id=1, expire_date=datetime(1970, 1, 1, tzinfo=timezone.utc))
    with pytest.raises(tl.InvalidArgument, match="after 1970-01-01") as info:
        method.to_params()
    assert info.value.parameter == "expire_date"


def test_expire_date_one_second_after_the_epoch_is_unix_time_one() -> None:
    """An aware datetime one second after the epoch is sent as Unix time 1."""
    moment = datetime(1970, 1, 1, 0, 0, 1, tzinfo=timezone.utc)
    assert CreateChatInviteLink(chat_id=1, expire_date=moment).to_params(now=0) == {
        "chat_id": 1,
        "expire_date": 1,
    }
