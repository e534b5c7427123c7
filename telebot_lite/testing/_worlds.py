"""Ready-made worlds on a FakeTelegram: the one place bots, chats and people are set up.

Used by the pytest fixtures, the sandbox launcher (``telebot-lite sandbox``, which is also
``python -m telebot_lite.testing``) and ``telebot-lite demo``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Optional

from ._server import FakeTelegram

__all__ = ["DemoWorld", "SandboxWorld", "add_administered_chat", "demo_world", "sandbox_world"]


def bot_id_of(token: str) -> int:
    """The bot's user id: the digits before ``:`` in its token."""
    return int(token.split(":", 1)[0])


def add_administered_chat(
    fake: FakeTelegram, token: str, kind: str, title: str, owner: Optional[int] = None
) -> int:
    """Add a chat owned by a person where the bot is an administrator with ``can_invite_users``.

    `owner` is the creating person (a new one named "Owner" when None). Return the chat's id.
    """
    chat = fake.add_chat(kind, title)
    fake.add_member(chat, fake.add_user("Owner") if owner is None else owner, "creator")
    fake.add_member(chat, bot_id_of(token), "administrator", can_invite_users=True)
    return chat


@dataclass(frozen=True)
class SandboxWorld:
    """What the sandbox sets up and prints."""

    base_url: str
    token: str
    supergroup_id: int
    channel_id: int
    user_id: int

    def to_dict(self) -> dict[str, Any]:
        """The world as a JSON object."""
        return asdict(self)


def sandbox_world(fake: FakeTelegram, token: Optional[str] = None) -> SandboxWorld:
    """A bot (with `token`, if given), a supergroup and a channel it administers, and a person.

    :raises ValueError: `token` is malformed or already taken.
    """
    token = fake.add_bot(username="sandbox_bot", first_name="Sandbox Bot", token=token)
    owner = fake.add_user("Owner", "owner")
    return SandboxWorld(
        base_url=fake.base_url,
        token=token,
        supergroup_id=add_administered_chat(fake, token, "supergroup", "Sandbox Group", owner),
        channel_id=add_administered_chat(fake, token, "channel", "Sandbox Channel", owner),
        user_id=fake.add_user("Ann", "ann"),
    )


@dataclass(frozen=True)
class DemoWorld:
    """The demo's cast: a channel the bot administers, a lounge where it may not, three people."""

    token: str
    channel: int
    lounge: int
    ann: int
    bob: int
    carl: int


def demo_world(fake: FakeTelegram) -> DemoWorld:
    """Set up the world ``telebot-lite demo`` walks through."""
    token = fake.add_bot(username="demo_bot", first_name="Demo Bot")
    owner = fake.add_user("Olga", "olga_teacher")
    channel = add_administered_chat(fake, token, "channel", "Spring Course", owner)
    lounge = fake.add_chat("supergroup", "Teachers' Lounge")
    fake.add_member(lounge, owner, "creator")
    # An ordinary member: it may not manage invite links there.
    fake.add_member(lounge, bot_id_of(token), "member")
    return DemoWorld(
        token=token,
        channel=channel,
        lounge=lounge,
        ann=fake.add_user("Ann", "ann_student"),
        bob=fake.add_user("Bob", "bob_student"),
        carl=fake.add_user("Carl", "carl_student"),
    )
