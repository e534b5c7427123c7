"""Build a world by hand, with a clock the test controls, and watch the updates it queues."""

import pytest

import telebot_lite as tl
from telebot_lite.testing import FakeTelegram, FakeTelegramError

NOW = 1_700_000_000


def test_links_expire_and_join_requests_queue_updates():
    clock = [NOW]
    with FakeTelegram(clock=lambda: clock[0]) as fake:
        token = fake.add_bot(
            username="shop_bot", allowed_updates=["chat_member", "chat_join_request"]
        )
        ann = fake.add_user(first_name="Ann", username="ann")
        chat = fake.add_chat(type="supergroup", title="Course")
        fake.add_member(chat, int(token.split(":")[0]), "administrator", can_invite_users=True)

        # The Bot reads the same clock: an expiry must lie after its moment of sending.
        with tl.Bot(token, base_url=fake.base_url, clock=lambda: clock[0]) as bot:
            expiring = bot.create_chat_invite_link(chat, expire_date=NOW + 3600)
            gated = bot.create_chat_invite_link(chat, creates_join_request=True)

            clock[0] = NOW + 3600  # an hour later, without sleeping
            with pytest.raises(FakeTelegramError, match="INVITE_HASH_EXPIRED"):
                fake.join(chat, ann, expiring.invite_link)

            assert fake.join(chat, ann, gated.invite_link) == "pending"
            bot.approve_chat_join_request(chat, ann)

        kinds = [next(k for k in u if k != "update_id") for u in fake.updates(token)]
        assert kinds == ["chat_join_request", "chat_member"]
        assert fake.member_status(chat, ann) == "member"
