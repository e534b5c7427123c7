"""Method objects: frozen, keyword-only, validated, with their idempotency and result parsing."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import attrs
import pytest

import telebot_lite as tl
from telebot_lite import methods as m
from telebot_lite.methods import (
    EditChatInviteLink,
    EditChatSubscriptionInviteLink,
    RevokeChatInviteLink,
)
from telebot_lite.testing import FakeTelegram

USER = {"id": 111, "is_bot": True, "first_name": "Link Bot"}
LINK = {
    "invite_link": "https://t.me/+AbC",
    "creator": USER,
    "creates_join_request": False,
    "is_primary": False,
    "is_revoked": False,
}

IDEMPOTENCY = {
    m.CreateChatInviteLink: ("createChatInviteLink", False, tl.ChatInviteLink),
    m.EditChatInviteLink: ("editChatInviteLink", True, tl.ChatInviteLink),
    m.RevokeChatInviteLink: ("revokeChatInviteLink", True, tl.ChatInviteLink),
    m.ExportChatInviteLink: ("exportChatInviteLink", False, str),
    m.CreateChatSubscriptionInviteLink: (
        "createChatSubscriptionInviteLink",
        False,
        tl.ChatInviteLink,
    ),
    m.EditChatSubscriptionInviteLink: ("editChatSubscriptionInviteLink", True, tl.ChatInviteLink),
    m.ApproveChatJoinRequest: ("approveChatJoinRequest", False, bool),
    m.DeclineChatJoinRequest: ("declineChatJoinRequest", False, bool),
    m.GetMe: ("getMe", True, tl.User),
}


@pytest.mark.parametrize("cls", list(IDEMPOTENCY), ids=lambda c: c.__name__)
def test_class_declares_api_method_idempotency_and_result(cls: type) -> None:
    """Each method class names its API method, whether re-sending is safe, and its result type."""
    assert (cls.api_method, cls.safe_to_resend, cls.result_type) == IDEMPOTENCY[cls]


def test_method_objects_are_frozen() -> None:
    """A method object cannot be changed after validation."""
    method = m.CreateChatInviteLink(chat_id=1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        method.member_limit = 100_000  # type: ignore[misc]


def test_method_objects_are_keyword_only() -> None:
    """Method objects take keyword arguments only."""
    with pytest.raises(TypeError):
        m.CreateChatInviteLink(1)  # type: ignore[misc]


def test_method_objects_compare_by_value() -> None:
    """Two method objects with the same parameters are equal."""
    assert m.RevokeChatInviteLink(chat_id=1, invite_link="x") == m.RevokeChatInviteLink(
        chat_id=1, invite_link="x"
    )


def test_to_params_leaves_out_none_and_keeps_false_and_empty() -> None:
    """None parameters are left out; False and '' are sent as given."""
    method = m.EditChatInviteLink(chat_id=1, invite_link="x", name="", creates_join_request=False)
    assert method.to_params(now=0) == {
        "chat_id": 1,
        "invite_link": "x",
        "name": "",
        "creates_join_request": False,
    }


def test_get_me_has_no_parameters() -> None:
    """getMe sends an empty parameter object."""
    assert m.GetMe().to_params() == {}


def test_subscription_period_timedelta_is_sent_as_seconds() -> None:
    """A timedelta subscription period is sent as whole seconds."""
    method = m.CreateChatSubscriptionInviteLink(
        chat_id="@channel", subscription_period=timedelta(days=30), subscription_price=99, name="p"
    )
    assert method.to_params() == {
        "chat_id": "@channel",
        "subscription_period": 2592000,
        "subscription_price": 99,
        "name": "p",
    }


# -- parse_result ----------------------------------------------------------------------------


def test_parse_result_builds_the_model() -> None:
    """A link method parses its result into a ChatInviteLink."""
    link = m.CreateChatInviteLink(chat_id=1).parse_result(LINK)
    assert isinstance(link, tl.ChatInviteLink)
    assert link.invite_link == "https://t.me/+AbC"


def test_parse_result_of_a_bad_model_shape_raises_invalid_response() -> None:
    """A result of the wrong shape raises InvalidResponse naming the method."""
    with pytest.raises(tl.InvalidResponse, match="getMe"):
        m.GetMe().parse_result({"id": "x"})


def test_parse_result_of_export_is_the_string() -> None:
    """exportChatInviteLink's result is the link string."""
    assert m.ExportChatInviteLink(chat_id=1).parse_result("https://t.me/+N") == "https://t.me/+N"


@pytest.mark.parametrize("result", [None, 5, {"invite_link": "x"}])
def test_parse_result_of_export_refuses_non_strings(result: object) -> None:
    """exportChatInviteLink refuses a result that is not a string."""
    with pytest.raises(tl.InvalidResponse, match="expected a string"):
        m.ExportChatInviteLink(chat_id=1).parse_result(result)


def test_parse_result_of_approve_is_true() -> None:
    """approveChatJoinRequest's result is True."""
    assert m.ApproveChatJoinRequest(chat_id=1, user_id=2).parse_result(True) is True


@pytest.mark.parametrize("result", [False, 1, "true", None])
def test_parse_result_of_approve_refuses_anything_but_true(result: object) -> None:
    """A join-request result other than true is refused."""
    with pytest.raises(tl.InvalidResponse, match="expected the result true"):
        m.DeclineChatJoinRequest(chat_id=1, user_id=2).parse_result(result)


# -- as_webhook_reply ------------------------------------------------------------------------


def test_webhook_reply_is_method_plus_parameters() -> None:
    """as_webhook_reply gives {'method': ..., **parameters}."""
    reply = m.ApproveChatJoinRequest(chat_id=-1001, user_id=42).as_webhook_reply()
    assert reply == {"method": "approveChatJoinRequest", "chat_id": -1001, "user_id": 42}


def test_webhook_reply_converts_an_aware_expire_date() -> None:
    """as_webhook_reply sends an aware expire_date as Unix seconds."""
    when = datetime(2030, 1, 1, tzinfo=timezone.utc)
    reply = m.CreateChatInviteLink(chat_id=1, expire_date=when).as_webhook_reply()
    assert reply == {"method": "createChatInviteLink", "chat_id": 1, "expire_date": 1893456000}


def test_webhook_reply_refuses_a_naive_expire_date_without_default_tz() -> None:
    """as_webhook_reply judges a naive datetime like the Bot does: refused without default_tz."""
    method = m.CreateChatInviteLink(chat_id=1, expire_date=datetime(2030, 1, 1))
    with pytest.raises(tl.InvalidArgument, match="naive datetime"):
        method.as_webhook_reply()


def test_webhook_reply_reads_a_naive_expire_date_in_default_tz() -> None:
    """as_webhook_reply(default_tz=...) reads a naive datetime in that zone."""
    method = m.EditChatInviteLink(chat_id=1, invite_link="x", expire_date=datetime(2030, 1, 1, 1))
    reply = method.as_webhook_reply(default_tz=timezone(timedelta(hours=1)))
    assert reply["expire_date"] == 1893456000


def test_webhook_reply_docstring_warns_that_the_result_is_discarded() -> None:
    """The docstring warns that Telegram discards a webhook reply's result."""
    doc = m.Method.as_webhook_reply.__doc__ or ""
    assert "discards the result" in doc


# -- what the method objects promise about revoked links, end to end against FakeTelegram ----------


@pytest.fixture
def channel(telegram: FakeTelegram, telegram_token: str) -> int:
    """A fresh channel where the bot administers with can_invite_users (paid links need one)."""
    owner = telegram.add_user("Owner")
    chat_id = telegram.add_chat("channel", "Paid Channel")
    telegram.add_member(chat_id, owner, "creator")
    bot_id = int(telegram_token.split(":", 1)[0])
    telegram.add_member(chat_id, bot_id, "administrator", can_invite_users=True)
    return chat_id


def test_revoking_twice_leaves_the_same_state_as_once(
    telegram: FakeTelegram, telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """RevokeChatInviteLink is safe to re-send: a second revoke returns the same revoked link."""
    link = telegram_bot.create_chat_invite_link(telegram_chat, name="once")
    method = RevokeChatInviteLink(chat_id=telegram_chat, invite_link=link.invite_link)
    first = telegram_bot(method)
    links_after_first = telegram.invite_links(telegram_chat)
    second = telegram_bot(method)
    assert RevokeChatInviteLink.safe_to_resend is True
    assert first.is_revoked
    assert second == first
    assert telegram.invite_links(telegram_chat) == links_after_first


def test_editing_a_revoked_link_raises_invite_link_expired(
    telegram_bot: tl.Bot, telegram_chat: int
) -> None:
    """Editing a link after revoking it raises InviteLinkExpired, not a generic BadRequest."""
    link = telegram_bot.create_chat_invite_link(telegram_chat)
    telegram_bot.revoke_chat_invite_link(telegram_chat, link.invite_link)
    edit = EditChatInviteLink(
        chat_id=telegram_chat, invite_link=link.invite_link, expire_date=timedelta(days=1)
    )
    with pytest.raises(tl.InviteLinkExpired) as info:
        telegram_bot(edit)
    assert info.value.method == "editChatInviteLink"
    assert info.value.error_code == 400


def test_renaming_a_revoked_subscription_link_raises_invite_link_expired(
    telegram_bot: tl.Bot, channel: int
) -> None:
    """Renaming a subscription link after revoking it raises InviteLinkExpired."""
    paid = telegram_bot.create_chat_subscription_invite_link(channel, timedelta(days=30), 5)
    telegram_bot.revoke_chat_invite_link(channel, paid.invite_link)
    rename = EditChatSubscriptionInviteLink(
        chat_id=channel, invite_link=paid.invite_link, name="too late"
    )
    with pytest.raises(tl.InviteLinkExpired) as info:
        telegram_bot(rename)
    assert info.value.method == "editChatSubscriptionInviteLink"
