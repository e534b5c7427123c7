"""Parameter rules and conversions, checked through the method objects that apply them."""

from __future__ import annotations

import enum
import zoneinfo
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Optional

import pytest
import responses

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

    def __init__(self) -> None:
        self.is_dst: list[bool] = []

    def localize(self, dt: datetime, is_dst: bool = False) -> datetime:
        self.is_dst.append(is_dst)
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


@pytest.mark.parametrize(
    ("name", "index", "code_point"),
    [
        ("zero\u200bwidth", 4, "U+200B"),
        ("\u200cnon-joiner", 0, "U+200C"),
        ("joiner\u200d", 6, "U+200D"),
        ("word\u2060joiner", 4, "U+2060"),
        ("\ufeffbom", 0, "U+FEFF"),
        ("tab\there", 3, "U+0009"),
        ("line\nbreak", 4, "U+000A"),
        ("nul\x00", 3, "U+0000"),
        ("no\u00a0break", 2, "U+00A0"),
        ("para\u2029graph", 4, "U+2029"),
        ("rtl\u202eoverride", 3, "U+202E"),
    ],
)
def test_name_with_a_character_telegram_rewrites_is_refused(
    name: str, index: int, code_point: str
) -> None:
    """Control, zero-width and other invisible characters are refused with their position."""
    with pytest.raises(tl.InvalidArgument) as info:
        CreateChatInviteLink(chat_id=1, name=name)
    message = str(info.value)
    assert info.value.parameter == "name"
    assert f"{code_point} " in message
    assert f"at index {index} " in message
    assert message.isprintable()  # the character is shown as an escape, never raw


def test_refused_name_is_shown_with_escapes() -> None:
    """The refused name is quoted with its invisible character written as a \\u escape."""
    with pytest.raises(tl.InvalidArgument) as info:
        CreateChatInviteLink(chat_id=1, name="VIP\u200b 42")
    assert '"VIP\\u200b 42"' in str(info.value)


@pytest.mark.parametrize(
    ("name", "index"), [(" leading", 0), ("trailing ", 8), ("two  spaces", 3), (" ", 0)]
)
def test_name_with_spaces_telegram_trims_or_collapses_is_refused(name: str, index: int) -> None:
    """A space at either end or next to another one is refused, naming its index."""
    with pytest.raises(tl.InvalidArgument, match=f"space at index {index} ") as info:
        CreateChatInviteLink(chat_id=1, name=name)
    assert info.value.parameter == "name"


@pytest.mark.parametrize(
    "name",
    ["Spring cohort 2030", "Привет, мир", "顧客 42", "\U0001f389 party", "a b c", "\ue000", "x"],
)
def test_names_telegram_keeps_are_accepted(name: str) -> None:
    """Single inner spaces, any script, emoji and private-use characters pass unchanged."""
    assert CreateChatInviteLink(chat_id=1, name=name).to_params(now=NOW)["name"] == name


def test_public_name_check_names_the_parameter_it_checks() -> None:
    """check_name can be used on its own with any attribute-like object carrying a name."""

    class Field:
        name = "--name"

    with pytest.raises(tl.InvalidArgument, match="--name has U\\+200B") as info:
        _params.check_name(None, Field(), "a\u200b")
    assert info.value.parameter == "--name"


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


@pytest.mark.parametrize(
    "value", [True, "2030-01-01", [1], float("nan"), float("inf"), float("-inf")]
)
def test_expire_date_refuses_bool_str_non_finite_floats_and_other_types(value: object) -> None:
    """bool, str, NaN, infinities and other types are not expire dates."""
    with pytest.raises(tl.InvalidArgument, match="aware datetime, a timedelta or a Unix time"):
        CreateChatInviteLink(chat_id=1, expire_date=value)  # type: ignore[arg-type]


def test_float_unix_time_is_sent_without_its_fraction() -> None:
    """A float Unix time such as time.time() + 86400 is sent as whole seconds."""
    method = CreateChatInviteLink(chat_id=1, expire_date=NOW + 86400.9)
    assert method.to_params(now=NOW)["expire_date"] == int(NOW) + 86400


def test_last_32_bit_unix_time_is_accepted() -> None:
    """2147483647 (2038-01-19T03:14:07Z) is the last date Telegram stores, and is sent."""
    method = CreateChatInviteLink(chat_id=1, expire_date=2**31 - 1)
    assert method.to_params(now=NOW)["expire_date"] == 2**31 - 1


@pytest.mark.parametrize("value", [2**31, 2.0**31])
def test_unix_time_after_2038_is_refused(value: float) -> None:
    """One second after 2038-01-19T03:14:07Z does not fit Telegram's 32-bit dates."""
    with pytest.raises(tl.InvalidArgument, match="2038-01-19T03:14:07Z") as info:
        CreateChatInviteLink(chat_id=1, expire_date=value)
    assert info.value.parameter == "expire_date"


def test_millisecond_timestamp_is_refused_with_a_hint() -> None:
    """A timestamp in milliseconds is refused, and the message suggests that mistake."""
    with pytest.raises(tl.InvalidArgument, match="milliseconds"):
        CreateChatInviteLink(chat_id=1, expire_date=1_893_456_000_000)


def test_aware_datetime_after_2038_is_refused_when_sent() -> None:
    """An aware datetime one second after the last 32-bit date is refused when converted."""
    when = datetime(2038, 1, 19, 3, 14, 8, tzinfo=timezone.utc)
    with pytest.raises(tl.InvalidArgument, match="2038-01-19T03:14:07Z"):
        CreateChatInviteLink(chat_id=1, expire_date=when).to_params(now=NOW)


@pytest.mark.parametrize(
    ("when", "match"),
    [(datetime(1, 1, 1), "after 1970-01-01"), (datetime.max, "at most 2147483647")],
    ids=["year-1", "year-9999"],
)
def test_datetime_at_the_ends_of_the_calendar_is_refused_not_overflowed(
    when: datetime, match: str
) -> None:
    """A naive year-1 or year-9999 time in a zone is a range refusal, not an OverflowError."""
    method = CreateChatInviteLink(chat_id=1, expire_date=when)
    with pytest.raises(tl.InvalidArgument, match=match) as info:
        method.to_params(now=NOW, default_tz=_berlin())
    assert "milliseconds" not in str(info.value)


def test_timedelta_ending_after_2038_is_refused_when_sent() -> None:
    """A timedelta that ends after 2038 as of the moment of sending is refused then."""
    method = CreateChatInviteLink(chat_id=1, expire_date=timedelta(days=365 * 15))
    with pytest.raises(tl.InvalidArgument, match="2038-01-19T03:14:07Z"):
        method.to_params(now=NOW)


def test_timedelta_longer_than_any_32_bit_date_is_refused_when_built() -> None:
    """A timedelta that ends after 2038 whenever it is sent is refused at once."""
    with pytest.raises(tl.InvalidArgument, match="2038-01-19T03:14:07Z"):
        CreateChatInviteLink(chat_id=1, expire_date=timedelta(days=365 * 100))


@pytest.mark.parametrize("seconds", [int(NOW) - 1, int(NOW)])
def test_unix_time_not_after_the_moment_of_sending_is_refused(seconds: int) -> None:
    """An expiry at or before the moment of sending is refused: the link would be born dead."""
    method = CreateChatInviteLink(chat_id=1, expire_date=seconds)
    with pytest.raises(tl.InvalidArgument, match="already past") as info:
        method.to_params(now=NOW)
    assert info.value.parameter == "expire_date"


def test_unix_time_one_second_after_sending_is_accepted() -> None:
    """An expiry one second after the moment of sending is sent."""
    method = CreateChatInviteLink(chat_id=1, expire_date=int(NOW) + 1)
    assert method.to_params(now=NOW)["expire_date"] == int(NOW) + 1


def test_aware_datetime_in_the_past_is_refused_when_sent() -> None:
    """An aware datetime before the moment of sending is refused."""
    when = datetime.fromtimestamp(NOW - 60, timezone.utc)
    with pytest.raises(tl.InvalidArgument, match="already past"):
        CreateChatInviteLink(chat_id=1, expire_date=when).to_params(now=NOW)


def test_a_bot_refuses_a_past_expiry_by_its_own_clock(api: responses.RequestsMock) -> None:
    """The moment of sending is the Bot's clock; a past expiry is refused and nothing is sent."""
    bot = tl.Bot("123:abc", clock=lambda: NOW)
    with bot, pytest.raises(tl.InvalidArgument, match="already past"):
        bot.create_chat_invite_link(1, expire_date=int(NOW) - 5)
    assert len(api.calls) == 0


def test_bot_call_refuses_a_datetime_after_2038(api: responses.RequestsMock) -> None:
    """Bot.call converts datetimes with the same 32-bit range check."""
    when = datetime(2040, 1, 1, tzinfo=timezone.utc)
    with tl.Bot("123:abc") as bot, pytest.raises(tl.InvalidArgument, match="2038") as info:
        bot.call("banChatMember", {"chat_id": 1, "user_id": 2, "until_date": when})
    assert info.value.parameter == "until_date"
    assert len(api.calls) == 0


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


@pytest.mark.parametrize(("fold", "is_dst"), [(0, True), (1, False)])
def test_pytz_like_zone_is_asked_for_the_occurrence_fold_names(fold: int, is_dst: bool) -> None:
    """fold=0 asks pytz for the first occurrence (is_dst=True), fold=1 for the second."""
    zone = _PytzLike()
    when = datetime(2030, 1, 1, 13, 0, fold=fold)
    CreateChatInviteLink(chat_id=1, expire_date=when).to_params(now=NOW, default_tz=zone)
    assert zone.is_dst == [is_dst]


def _berlin() -> tzinfo:
    try:
        return zoneinfo.ZoneInfo("Europe/Berlin")
    except zoneinfo.ZoneInfoNotFoundError:  # pragma: no cover - a machine without tzdata
        pytest.skip("no time zone data for Europe/Berlin on this machine")


def test_naive_time_in_a_dst_gap_of_default_tz_is_refused() -> None:
    """2026-03-29 02:30 does not exist in Berlin (02:00 -> 03:00): refused, not guessed."""
    method = CreateChatInviteLink(chat_id=1, expire_date=datetime(2026, 3, 29, 2, 30))
    with pytest.raises(tl.InvalidArgument, match="does not exist in Europe/Berlin") as info:
        method.to_params(now=NOW, default_tz=_berlin())
    assert info.value.parameter == "expire_date"


def test_aware_time_in_a_dst_gap_of_its_zone_is_refused() -> None:
    """An aware datetime whose wall time its own zone skips is refused too."""
    when = datetime(2026, 3, 29, 2, 30, tzinfo=_berlin())
    with pytest.raises(tl.InvalidArgument, match="does not exist"):
        CreateChatInviteLink(chat_id=1, expire_date=when).to_params(now=NOW)


def test_naive_time_next_to_a_dst_gap_is_accepted() -> None:
    """03:00 on the day of the gap exists (CEST, UTC+2) and is sent."""
    method = CreateChatInviteLink(chat_id=1, expire_date=datetime(2026, 3, 29, 3, 0))
    params = method.to_params(now=NOW, default_tz=_berlin())
    assert params["expire_date"] == int(
        datetime(2026, 3, 29, 1, 0, tzinfo=timezone.utc).timestamp()
    )


@pytest.mark.parametrize(("fold", "utc_hour"), [(0, 0), (1, 1)])
def test_naive_time_in_a_fold_is_the_occurrence_fold_names(fold: int, utc_hour: int) -> None:
    """2026-10-25 02:30 happens twice in Berlin: fold=0 is the first (CEST), fold=1 the second."""
    when = datetime(2026, 10, 25, 2, 30, fold=fold)
    params = CreateChatInviteLink(chat_id=1, expire_date=when).to_params(
        now=NOW, default_tz=_berlin()
    )
    expected = datetime(2026, 10, 25, utc_hour, 30, tzinfo=timezone.utc)
    assert params["expire_date"] == int(expected.timestamp())


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


@pytest.mark.parametrize(
    ("period", "match"),
    [
        *[(p, "2592000 seconds") for p in (3600, 2592001, timedelta(days=31), timedelta(days=29))],
        *[
            (p, "positive")
            for p in (
                0,
                -1,
                timedelta(0),
                timedelta(seconds=-30),
                timedelta(seconds=1.5),
                True,
                "30d",
            )
        ],
    ],
)
def test_subscription_period_other_than_30_days_is_refused(period: object, match: str) -> None:
    """Telegram accepts only 2592000 seconds: another period, or no whole seconds, is refused."""
    with pytest.raises(tl.InvalidArgument, match=match) as info:
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


def test_invite_link_accepts_the_chat_invite_link_it_came_in() -> None:
    """A ChatInviteLink stands for its URL."""
    link = tl.ChatInviteLink.from_dict(
        {
            "invite_link": "https://t.me/+AbC",
            "creator": {"id": 1, "is_bot": True, "first_name": "B"},
            "creates_join_request": False,
            "is_primary": False,
            "is_revoked": False,
        }
    )
    method = EditChatInviteLink(chat_id=1, invite_link=link)
    assert method.invite_link == "https://t.me/+AbC"
    assert method.to_params(now=NOW) == {"chat_id": 1, "invite_link": "https://t.me/+AbC"}


def test_invite_link_of_another_type_gets_a_short_message() -> None:
    """Another model in place of a link is named by its type, not printed whole."""
    user = tl.User.from_dict({"id": 1, "is_bot": False, "first_name": "A" * 500})
    with pytest.raises(tl.InvalidArgument) as info:
        RevokeChatInviteLink(chat_id=1, invite_link=user)  # type: ignore[arg-type]
    assert str(info.value) == "invite_link must be a non-empty str or a ChatInviteLink, not User"


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


# -- the Unix-epoch boundary of expire dates given as datetimes ------------------------------------


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
