"""Updates from realistic Bot API JSON: typed kinds, unknown kinds and unknown member statuses."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest

import telebot_lite as tl

BOT = {"id": 111, "is_bot": True, "first_name": "Link Bot", "username": "link_bot"}
ALICE = {"id": 222, "is_bot": False, "first_name": "Alice", "language_code": "en"}
ADMIN = {"id": 333, "is_bot": False, "first_name": "Admin"}
CHAT = {"id": -1001234567890, "title": "Paid course", "type": "supergroup"}
LINK = {
    "invite_link": "https://t.me/+AbCdEfGhIjKlMnOp",
    "creator": BOT,
    "creates_join_request": False,
    "is_primary": False,
    "is_revoked": False,
    "name": "customer 42",
    "expire_date": 1893456000,
    "member_limit": 1,
}

CHAT_MEMBER_UPDATE: dict[str, Any] = {
    "update_id": 900000001,
    "chat_member": {
        "chat": CHAT,
        "from": ALICE,
        "date": 1767225600,
        "old_chat_member": {"user": ALICE, "status": "left"},
        "new_chat_member": {"user": ALICE, "status": "member"},
        "invite_link": LINK,
    },
}

JOIN_REQUEST_UPDATE: dict[str, Any] = {
    "update_id": 900000002,
    "chat_join_request": {
        "chat": CHAT,
        "from": ALICE,
        "user_chat_id": 222,
        "date": 1767225600,
        "bio": "I paid",
        "invite_link": {**LINK, "creates_join_request": True, "member_limit": None},
    },
}

MY_CHAT_MEMBER_UPDATE: dict[str, Any] = {
    "update_id": 900000003,
    "my_chat_member": {
        "chat": CHAT,
        "from": ADMIN,
        "date": 1767225600,
        "old_chat_member": {"user": BOT, "status": "member"},
        "new_chat_member": {
            "user": BOT,
            "status": "administrator",
            "can_be_edited": False,
            "is_anonymous": False,
            "can_manage_chat": True,
            "can_delete_messages": False,
            "can_manage_video_chats": False,
            "can_restrict_members": False,
            "can_promote_members": False,
            "can_change_info": False,
            "can_invite_users": True,
            "can_post_stories": False,
            "can_edit_stories": False,
            "can_delete_stories": False,
        },
    },
}

MESSAGE_UPDATE: dict[str, Any] = {
    "update_id": 900000004,
    "message": {"message_id": 5, "date": 1767225600, "chat": CHAT, "text": "hi"},
}


def test_chat_member_update_tells_which_link_was_used() -> None:
    """A chat_member update types the member change and the invite link they joined by."""
    update = tl.Update.from_dict(CHAT_MEMBER_UPDATE)
    assert update.kind == "chat_member"
    change = update.chat_member
    assert isinstance(change, tl.ChatMemberUpdated)
    assert change.invite_link is not None
    assert change.invite_link.invite_link == "https://t.me/+AbCdEfGhIjKlMnOp"
    assert change.invite_link.name == "customer 42"
    assert isinstance(change.old_chat_member, tl.ChatMemberLeft)
    assert isinstance(change.new_chat_member, tl.ChatMemberMember)
    assert change.from_user.id == 222


def test_chat_member_update_date_is_aware_utc() -> None:
    """The date of a member change is an aware UTC datetime."""
    change = tl.Update.from_dict(CHAT_MEMBER_UPDATE).chat_member
    assert change is not None
    assert change.date == datetime(2026, 1, 1, tzinfo=timezone.utc)


def test_chat_member_update_round_trips_with_from_key() -> None:
    """to_dict gives back the Bot API JSON, including the 'from' key."""
    update = tl.Update.from_dict(CHAT_MEMBER_UPDATE)
    assert update.to_dict() == CHAT_MEMBER_UPDATE
    assert "from" in update.to_dict()["chat_member"]


def test_join_request_update_is_typed() -> None:
    """A chat_join_request update gives a ChatJoinRequest with from_user, user_chat_id and bio."""
    update = tl.Update.from_dict(JOIN_REQUEST_UPDATE)
    assert update.kind == "chat_join_request"
    request = update.chat_join_request
    assert isinstance(request, tl.ChatJoinRequest)
    assert (request.from_user.first_name, request.user_chat_id, request.bio) == (
        "Alice",
        222,
        "I paid",
    )
    assert request.invite_link is not None
    assert request.invite_link.creates_join_request is True
    assert request.invite_link.member_limit is None
    assert request.chat.type == "supergroup"


def test_my_chat_member_update_is_typed() -> None:
    """A my_chat_member update types the bot's own promotion."""
    update = tl.Update.from_dict(MY_CHAT_MEMBER_UPDATE)
    assert update.kind == "my_chat_member"
    assert update.my_chat_member is not None
    new = update.my_chat_member.new_chat_member
    assert isinstance(new, tl.ChatMemberAdministrator)
    assert new.can_invite_users is True


def test_message_update_is_typed() -> None:
    """A message update is a typed Message (every 10.2 update kind is typed) and round-trips."""
    update = tl.Update.from_dict(MESSAGE_UPDATE)
    assert update.kind == "message"
    assert isinstance(update.message, tl.types.Message)
    assert update.message.text == "hi"
    assert update.extra == {}
    assert update.chat_member is None
    assert update.to_dict() == MESSAGE_UPDATE


def test_future_update_kind_never_raises() -> None:
    """A kind from a newer Bot API is kept whatever its shape."""
    update = tl.Update.from_dict({"update_id": 7, "stopped_message_generation": [1, "x"]})
    assert update.kind == "stopped_message_generation"
    assert update.extra["stopped_message_generation"] == [1, "x"]


def test_update_without_payload_has_no_kind() -> None:
    """An update carrying only its id has kind None."""
    assert tl.Update.from_dict({"update_id": 8}).kind is None


def test_unknown_member_status_inside_an_update_is_kept() -> None:
    """An unknown member status inside a chat_member update gives the base ChatMember."""
    data = {
        **CHAT_MEMBER_UPDATE,
        "chat_member": {
            **CHAT_MEMBER_UPDATE["chat_member"],
            "new_chat_member": {"user": ALICE, "status": "probation", "until_date": 5},
        },
    }
    change = tl.Update.from_dict(data).chat_member
    assert change is not None
    assert type(change.new_chat_member) is tl.ChatMember
    assert change.new_chat_member.status == "probation"
    assert change.new_chat_member.extra == {"until_date": 5}


def test_via_join_request_flags_are_read() -> None:
    """via_join_request and via_chat_folder_invite_link are read as bools."""
    data = {
        **CHAT_MEMBER_UPDATE,
        "chat_member": {
            **CHAT_MEMBER_UPDATE["chat_member"],
            "via_join_request": True,
            "via_chat_folder_invite_link": False,
        },
    }
    change = tl.Update.from_dict(data).chat_member
    assert change is not None
    assert (change.via_join_request, change.via_chat_folder_invite_link) == (True, False)


def test_malformed_typed_kind_is_refused_with_its_path() -> None:
    """A typed kind with a wrong field type raises InvalidResponse naming the path."""
    data = {"update_id": 1, "chat_join_request": {**JOIN_REQUEST_UPDATE["chat_join_request"]}}
    data["chat_join_request"]["user_chat_id"] = "222"
    with pytest.raises(tl.InvalidResponse, match=r"chat_join_request\.user_chat_id"):
        tl.Update.from_dict(data)
