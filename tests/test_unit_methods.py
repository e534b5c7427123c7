"""What the method objects promise about revoked links, checked end to end against FakeTelegram."""

from __future__ import annotations

from datetime import timedelta

import pytest

import telebot_lite as tl
from telebot_lite.methods import (
    EditChatInviteLink,
    EditChatSubscriptionInviteLink,
    RevokeChatInviteLink,
)
from telebot_lite.testing import FakeTelegram


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
