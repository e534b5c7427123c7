"""Parameter rules and conversions, checked through the method objects that apply them."""

from __future__ import annotations

import enum
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Optional

import pytest

import telebot_lite as tl
from telebot_lite import _params
from telebot_lite.methods import (
    ApproveChatJoinRequest,
    CreateChatInviteLink,
    CreateChatSubscriptionInviteLink,
    EditChatInviteLink,
    RevokeChatInviteLink,
)

NOW = 1_700_000_000.0


class _Number(enum.IntEnum):
    """An int subclass that is not a bool."""

    SEVEN = 7


class _PytzLike(tzinfo):
    """A zone whose plain offset is wrong on purpose (like pytz's LMT) and that has localize()."""

    def utcoffset(self, dt: Optional[datetime]) -> timedelta:
        return timedelta(minutes=-75)

    def dst(self, dt: Optional[datetime]) -> timedelta:
        return timedelta(0)

    def tzname(self, dt: Optional[datetime]) -> str:
        return "LMT"

    def localize(self, dt: datetime) -> datetime:
        return dt.replace(tzinfo=timezone(timedelta(hours=1)))


class _NoOffset(tzinfo):
    """A tzinfo that does not know its offset, which makes a datetime naive in effect."""

    def utcoffset(self, dt: Optional[datetime]) -> None:
        return None


# -- chat_id ---------------------------------------------------------------------------------


@pytest.mark.parametrize("chat_id", [-1001234567890, 42, "@my_group", "-1001234567890", "17"])
def test_chat_id_accepts_int_username_and_integer_text(chat_id: object) -> None:
    """A chat id may be an int, an @username or an integer written as text."""
    assert CreateChatInviteLink(chat_id=chat_id).to_params(now=NOW) == {"chat_id": chat_id}


def test_chat_id_accepts_int_subclass_that_is_not_bool() -> None:
    """An IntEnum member is an int and is accepted as a chat id."""
    assert CreateChatInviteLink(chat_id=_Number.SEVEN).chat_id == 7


@pytest.mark.parametrize("chat_id", [True, False])
def test_chat_id_refuses_bool(chat_id: bool) -> None:
    """A bool is not a chat id, although bool subclasses int."""
    with pytest.raises(tl.InvalidArgument, match="chat_id must be an int or a str, not bool"):
        CreateChatInviteLink(chat_id=chat_id)


@pytest.mark.parametrize("chat_id", ["my_group", "", "@", "12a", "@bad name", "1.5"])
def test_chat_id_refuses_malformed_text(chat_id: str) -> None:
    """A str chat id that is neither @username nor an integer is refused and quoted back."""
    with pytest.raises(tl.InvalidArgument) as info:
        CreateChatInviteLink(chat_id=chat_id)
    assert info.value.parameter == "chat_id"
    assert repr(chat_id) in str(info.value)


@pytest.mark.parametrize("chat_id", [1.0, None, b"123", [1]])
def test_chat_id_refuses_other_types(chat_id: object) -> None:
    """Floats, None, bytes and lists are not chat ids."""
    with pytest.raises(tl.InvalidArgument, match="chat_id must be an int or a str"):
        CreateChatInviteLink(chat_id=chat_id)


# -- name ------------------------------------------------------------------------------------


def test_name_of_32_characters_is_accepted() -> None:
    """A name of exactly 32 characters passes."""
    assert CreateChatInviteLink(chat_id=1, name="x" * 32).to_params(now=NOW)["name"] == "x" * 32


def test_name_of_33_characters_is_refused() -> None:
    """A name of 33 characters is refused, naming the limit, since Telegram would truncate it."""
    with pytest.raises(tl.InvalidArgument, match="at most 32 characters, got 33") as info:
        CreateChatInviteLink(chat_id=1, name="x" * 33)
    assert info.value.parameter == "name"


def test_empty_name_is_sent_as_given() -> None:
    """An empty name is a value (it clears the name), not an absent parameter."""
    assert CreateChatInviteLink(chat_id=1, name="").to_params(now=NOW) == {"chat_id": 1, "name": ""}


def test_name_must_be_a_str() -> None:
    """A non-str name is refused."""
    with pytest.raises(tl.InvalidArgument, match="name must be a str, not int"):
        CreateChatInviteLink(chat_id=1, name=5)  # type: ignore[arg-type]


# -- member_limit ----------------------------------------------------------------------------


@pytest.mark.parametrize("limit", [1, 99_999])
def test_member_limit_bounds_are_accepted(limit: int) -> None:
    """member_limit 1 and 99999 are the inclusive bounds."""
    assert CreateChatInviteLink(chat_id=1, member_limit=limit).member_limit == limit


@pytest.mark.parametrize("limit", [0, -1, 100_000])
def test_member_limit_out_of_range_is_refused(limit: int) -> None:
    """member_limit outside 1..99999 is refused, since Telegram would clamp it."""
    with pytest.raises(tl.InvalidArgument, match="between 1 and 99999") as info:
        CreateChatInviteLink(chat_id=1, member_limit=limit)
    assert info.value.parameter == "member_limit"


@pytest.mark.parametrize("limit", [True, 1.0, "5"])
def test_member_limit_must_be_a_real_int(limit: object) -> None:
    """member_limit refuses bools, floats and strings."""
    with pytest.raises(tl.InvalidArgument, match="member_limit must be an int"):
        CreateChatInviteLink(chat_id=1, member_limit=limit)  # type: ignore[arg-type]


def test_member_limit_with_join_request_is_refused() -> None:
    """member_limit together with creates_join_request=True is refused."""
    with pytest.raises(tl.InvalidArgument, match="creates_join_request=True") as info:
        CreateChatInviteLink(chat_id=1, member_limit=1, creates_join_request=True)
    assert info.value.parameter == "member_limit"


def test_member_limit_with_join_request_false_is_accepted() -> None:
    """member_limit with creates_join_request=False is fine and False is sent."""
    params = CreateChatInviteLink(chat_id=1, member_limit=1, creates_join_request=False).to_params(
        now=NOW
    )
    assert params == {"chat_id": 1, "member_limit": 1, "creates_join_request": False}


def test_edit_also_refuses_member_limit_with_join_request() -> None:
    """editChatInviteLink applies the same member_limit/creates_join_request rule."""
    with pytest.raises(tl.InvalidArgument, match="member_limit"):
        EditChatInviteLink(chat_id=1, invite_link="x", member_limit=5, creates_join_request=True)


@pytest.mark.parametrize("flag", [1, 0, "true", "yes"])
def test_creates_join_request_must_be_a_bool(flag: object) -> None:
    """creates_join_request refuses ints and strings that merely look boolean."""
    with pytest.raises(tl.InvalidArgument, match="creates_join_request must be a bool"):
        CreateChatInviteLink(chat_id=1, creates_join_request=flag)  # type: ignore[arg-type]


# -- expire_date -----------------------------------------------------------------------------


def test_aware_datetime_becomes_unix_seconds_with_fraction_dropped() -> None:
    """An aware datetime is sent as whole Unix seconds."""
    when = datetime(2030, 1, 1, 12, 0, 0, 900_000, tzinfo=timezone.utc)
    params = CreateChatInviteLink(chat_id=1, expire_date=when).to_params(now=NOW)
    assert params["expire_date"] == 1893499200


def test_aware_datetime_in_another_zone_is_the_same_moment() -> None:
    """An aware datetime in UTC+2 is converted to the same Unix time as its UTC equivalent."""
    when = datetime(2030, 1, 1, 14, 0, tzinfo=timezone(timedelta(hours=2)))
    assert CreateChatInviteLink(chat_id=1, expire_date=when).to_params(now=NOW)["expire_date"] == (
        1893499200
    )


def test_timedelta_is_counted_from_now() -> None:
    """A timedelta expiry is now + delta, as of the `now` given when building the request."""
    method = CreateChatInviteLink(chat_id=1, expire_date=timedelta(days=1))
    assert method.to_params(now=NOW)["expire_date"] == int(NOW) + 86400
    assert method.to_params(now=NOW + 10)["expire_date"] == int(NOW) + 86410


def test_timedelta_without_now_uses_the_current_time() -> None:
    """Without `now`, to_params counts a timedelta from the real current time."""
    before = int(datetime.now(timezone.utc).timestamp())
    sent = CreateChatInviteLink(chat_id=1, expire_date=timedelta(hours=1)).to_params()[
        "expire_date"
    ]
    assert before + 3600 <= sent <= before + 3600 + 60


@pytest.mark.parametrize("delta", [timedelta(0), timedelta(seconds=-1)])
def test_non_positive_timedelta_is_refused(delta: timedelta) -> None:
    """A zero or negative timedelta is refused."""
    with pytest.raises(tl.InvalidArgument, match="must be positive") as info:
        CreateChatInviteLink(chat_id=1, expire_date=delta)
    assert info.value.parameter == "expire_date"


def test_int_expire_date_is_sent_as_given() -> None:
    """An int expire_date is a Unix time and is sent unchanged."""
    assert CreateChatInviteLink(chat_id=1, expire_date=1893499200).to_params(now=NOW)[
        "expire_date"
    ] == (1893499200)


@pytest.mark.parametrize("value", [0, -5])
def test_non_positive_int_expire_date_is_refused(value: int) -> None:
    """A zero or negative int expire_date is refused."""
    with pytest.raises(tl.InvalidArgument, match="Unix time and must be positive"):
        CreateChatInviteLink(chat_id=1, expire_date=value)


@pytest.mark.parametrize("value", [True, "2030-01-01", 1.5, [1]])
def test_expire_date_refuses_bool_str_and_other_types(value: object) -> None:
    """bool, str, float and other types are not expire dates."""
    with pytest.raises(tl.InvalidArgument, match="aware datetime, a timedelta or an int"):
        CreateChatInviteLink(chat_id=1, expire_date=value)  # type: ignore[arg-type]


def test_naive_datetime_without_default_tz_is_refused_with_a_fix() -> None:
    """A naive datetime without default_tz names expire_date and says how to fix it."""
    method = CreateChatInviteLink(chat_id=1, expire_date=datetime(2030, 1, 1))
    with pytest.raises(tl.InvalidArgument) as info:
        method.to_params(now=NOW)
    assert info.value.parameter == "expire_date"
    assert "expire_date" in str(info.value)
    assert "default_tz" in str(info.value)
    assert "tzinfo=timezone.utc" in str(info.value)


def test_naive_datetime_is_read_in_default_tz() -> None:
    """A naive datetime is read in the default_tz given."""
    method = CreateChatInviteLink(chat_id=1, expire_date=datetime(2030, 1, 1, 14, 0))
    params = method.to_params(now=NOW, default_tz=timezone(timedelta(hours=2)))
    assert params["expire_date"] == 1893499200


def test_naive_datetime_uses_localize_of_a_pytz_like_zone() -> None:
    """A zone with localize() (pytz) is applied with localize, not replace(tzinfo=...)."""
    method = CreateChatInviteLink(chat_id=1, expire_date=datetime(2030, 1, 1, 13, 0))
    params = method.to_params(now=NOW, default_tz=_PytzLike())
    assert params["expire_date"] == 1893499200


def test_datetime_whose_zone_has_no_offset_counts_as_naive() -> None:
    """A datetime whose tzinfo returns no offset is treated as naive and refused."""
    method = CreateChatInviteLink(chat_id=1, expire_date=datetime(2030, 1, 1, tzinfo=_NoOffset()))
    with pytest.raises(tl.InvalidArgument, match="naive datetime"):
        method.to_params(now=NOW)


def test_datetime_before_1970_is_refused() -> None:
    """An aware datetime at or before the epoch is refused when converted."""
    method = CreateChatInviteLink(chat_id=1, expire_date=datetime(1969, 1, 1, tzinfo=timezone.utc))
    with pytest.raises(tl.InvalidArgument, match="after 1970-01-01"):
        method.to_params(now=NOW)


# -- subscription period and price -----------------------------------------------------------


@pytest.mark.parametrize("period", [2592000, timedelta(days=30)])
def test_subscription_period_accepts_int_and_timedelta(period: object) -> None:
    """subscription_period is sent as int seconds whether given as int or timedelta."""
    method = CreateChatSubscriptionInviteLink(
        chat_id=1,
        subscription_period=period,  # type: ignore[arg-type]
        subscription_price=10,
    )
    assert method.to_params(now=NOW)["subscription_period"] == 2592000


def test_subscription_period_other_positive_values_are_not_hard_failed() -> None:
    """A positive period other than 30 days is left for Telegram to judge."""
    method = CreateChatSubscriptionInviteLink(
        chat_id=1, subscription_period=3600, subscription_price=1
    )
    assert method.to_params(now=NOW)["subscription_period"] == 3600


@pytest.mark.parametrize(
    "period", [0, -1, timedelta(0), timedelta(seconds=-30), timedelta(seconds=1.5), True, "30d"]
)
def test_subscription_period_refuses_non_positive_fractional_and_bad_types(period: object) -> None:
    """A period must be a positive whole number of seconds as int or timedelta."""
    with pytest.raises(tl.InvalidArgument, match="positive") as info:
        CreateChatSubscriptionInviteLink(
            chat_id=1,
            subscription_period=period,  # type: ignore[arg-type]
            subscription_price=1,
        )
    assert info.value.parameter == "subscription_period"


def test_subscription_period_refuses_a_point_in_time() -> None:
    """A datetime is a point in time, not a duration, and is refused as a period."""
    with pytest.raises(tl.InvalidArgument, match="not a point in time"):
        CreateChatSubscriptionInviteLink(
            chat_id=1,
            subscription_period=datetime(2030, 1, 1, tzinfo=timezone.utc),  # type: ignore[arg-type]
            subscription_price=1,
        )


@pytest.mark.parametrize("price", [1, 10_000])
def test_subscription_price_bounds_are_accepted(price: int) -> None:
    """Prices 1 and 10000 Stars are the inclusive bounds."""
    method = CreateChatSubscriptionInviteLink(
        chat_id=1, subscription_period=2592000, subscription_price=price
    )
    assert method.to_params(now=NOW)["subscription_price"] == price


@pytest.mark.parametrize("price", [0, 10_001, -3])
def test_subscription_price_out_of_range_is_refused(price: int) -> None:
    """Prices outside 1..10000 are refused."""
    with pytest.raises(tl.InvalidArgument, match="between 1 and 10000"):
        CreateChatSubscriptionInviteLink(
            chat_id=1, subscription_period=2592000, subscription_price=price
        )


@pytest.mark.parametrize("price", [True, 5.0, "5"])
def test_subscription_price_must_be_a_real_int(price: object) -> None:
    """A price must be an int, never a bool, float or str."""
    with pytest.raises(tl.InvalidArgument, match="subscription_price must be an int"):
        CreateChatSubscriptionInviteLink(
            chat_id=1,
            subscription_period=2592000,
            subscription_price=price,  # type: ignore[arg-type]
        )


# -- user_id and invite_link -----------------------------------------------------------------


def test_user_id_positive_int_is_accepted() -> None:
    """A positive user id is sent."""
    method = ApproveChatJoinRequest(chat_id=1, user_id=5)
    assert method.to_params(now=NOW) == {"chat_id": 1, "user_id": 5}


@pytest.mark.parametrize("user_id", [0, -5, True, "5", 5.0, None])
def test_user_id_must_be_a_positive_int(user_id: object) -> None:
    """user_id refuses zero, negatives, bools, strings, floats and None."""
    with pytest.raises(tl.InvalidArgument, match="user_id must be a positive int") as info:
        ApproveChatJoinRequest(chat_id=1, user_id=user_id)  # type: ignore[arg-type]
    assert info.value.parameter == "user_id"


@pytest.mark.parametrize("link", ["", "   ", None, 5, b"https://t.me/+x"])
def test_invite_link_must_be_a_non_empty_str(link: object) -> None:
    """invite_link refuses empty or blank strings and non-str values."""
    with pytest.raises(tl.InvalidArgument, match="invite_link must be a non-empty str"):
        RevokeChatInviteLink(chat_id=1, invite_link=link)  # type: ignore[arg-type]


# -- helpers used by Bot.call ----------------------------------------------------------------


def test_to_unix_names_the_parameter_it_converts() -> None:
    """to_unix puts the caller's parameter name in its refusal."""
    with pytest.raises(tl.InvalidArgument) as info:
        _params.to_unix(datetime(2030, 1, 1), "until_date", None)
    assert info.value.parameter == "until_date"


def test_duration_to_seconds_returns_whole_seconds() -> None:
    """duration_to_seconds converts a timedelta to an int number of seconds."""
    seconds = _params.duration_to_seconds(timedelta(minutes=2), "period")
    assert seconds == 120
    assert type(seconds) is int
