"""The update-side models: chat members, join requests, member updates and ``Update`` itself.

Only webhook handlers and update consumers need these; ``import telebot_lite`` does not load this
module (each of these classes costs about a millisecond of attrs code generation at import), it
is loaded on first access to any of its names through ``telebot_lite`` or ``telebot_lite.types``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar, Optional

import attrs

from ._model import JSON_KEY, Model, extra_field
from .types import ChatInviteLink, User

__all__ = [
    "Chat",
    "ChatMember",
    "ChatMemberOwner",
    "ChatMemberAdministrator",
    "ChatMemberMember",
    "ChatMemberRestricted",
    "ChatMemberLeft",
    "ChatMemberBanned",
    "ChatJoinRequest",
    "ChatMemberUpdated",
    "Update",
]


@attrs.frozen(kw_only=True)
class Chat(Model):
    """A chat as it appears inside updates: private, group, supergroup or channel."""

    id: int
    type: str
    title: Optional[str] = None
    username: Optional[str] = None
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    is_forum: Optional[bool] = None
    is_direct_messages: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ChatMember(Model):
    """A chat member; ``from_dict`` returns the subclass its ``status`` names.

    An unknown status (from a newer Bot API) gives this base class, with the other keys in
    ``extra``, never an error.
    """

    status: str
    user: User
    extra: Mapping[str, Any] = extra_field()

    @classmethod
    def _pick_class(cls, data: Mapping[str, Any]) -> Any:
        if cls is not ChatMember:
            return cls
        status = data.get("status")
        # Only a str can name a subclass; a list or dict status must not raise TypeError here.
        return _MEMBER_CLASSES.get(status, ChatMember) if isinstance(status, str) else ChatMember


@attrs.frozen(kw_only=True)
class ChatMemberOwner(ChatMember):
    """A chat member who owns the chat (``status == "creator"``)."""

    is_anonymous: bool
    custom_title: Optional[str] = None


@attrs.frozen(kw_only=True)
class ChatMemberAdministrator(ChatMember):
    """A chat member with administrator rights (``status == "administrator"``)."""

    can_be_edited: bool
    is_anonymous: bool
    can_manage_chat: bool
    can_delete_messages: bool
    can_manage_video_chats: bool
    can_restrict_members: bool
    can_promote_members: bool
    can_change_info: bool
    can_invite_users: bool
    can_post_stories: bool
    can_edit_stories: bool
    can_delete_stories: bool
    can_post_messages: Optional[bool] = None
    can_edit_messages: Optional[bool] = None
    can_pin_messages: Optional[bool] = None
    can_manage_topics: Optional[bool] = None
    can_manage_direct_messages: Optional[bool] = None
    can_manage_tags: Optional[bool] = None
    custom_title: Optional[str] = None


@attrs.frozen(kw_only=True)
class ChatMemberMember(ChatMember):
    """An ordinary chat member (``status == "member"``); ``until_date`` ends a paid subscription."""

    tag: Optional[str] = None
    until_date: Optional[datetime] = None


@attrs.frozen(kw_only=True)
class ChatMemberRestricted(ChatMember):
    """A chat member under restrictions (``status == "restricted"``)."""

    tag: Optional[str] = None
    is_member: bool
    can_send_messages: bool
    can_send_audios: bool
    can_send_documents: bool
    can_send_photos: bool
    can_send_videos: bool
    can_send_video_notes: bool
    can_send_voice_notes: bool
    can_send_polls: bool
    can_send_other_messages: bool
    can_add_web_page_previews: bool
    can_react_to_messages: bool
    can_edit_tag: bool
    can_change_info: bool
    can_invite_users: bool
    can_pin_messages: bool
    can_manage_topics: bool
    until_date: datetime


@attrs.frozen(kw_only=True)
class ChatMemberLeft(ChatMember):
    """A user who is not a member of the chat (``status == "left"``)."""


@attrs.frozen(kw_only=True)
class ChatMemberBanned(ChatMember):
    """A user banned from the chat (``status == "kicked"``); a 1970 ``until_date`` means forever."""

    until_date: datetime


_MEMBER_CLASSES: dict[Any, type[ChatMember]] = {
    "creator": ChatMemberOwner,
    "administrator": ChatMemberAdministrator,
    "member": ChatMemberMember,
    "restricted": ChatMemberRestricted,
    "left": ChatMemberLeft,
    "kicked": ChatMemberBanned,
}


@attrs.frozen(kw_only=True)
class ChatJoinRequest(Model):
    """A request to join a chat; ``from`` is ``from_user`` here, ``date`` is aware UTC."""

    chat: Chat
    from_user: User = attrs.field(metadata={JSON_KEY: "from"})
    user_chat_id: int
    date: datetime
    bio: Optional[str] = None
    invite_link: Optional[ChatInviteLink] = None
    query_id: Optional[str] = None
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ChatMemberUpdated(Model):
    """A change of a chat member's status; ``invite_link`` is the link they joined by, if any."""

    chat: Chat
    from_user: User = attrs.field(metadata={JSON_KEY: "from"})
    date: datetime
    old_chat_member: ChatMember
    new_chat_member: ChatMember
    invite_link: Optional[ChatInviteLink] = None
    via_join_request: Optional[bool] = None
    via_chat_folder_invite_link: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Update(Model):
    """An incoming update: typed kinds are attributes, every other kind is kept in ``extra``.

    At most one kind is present; :attr:`kind` names it.
    """

    update_id: int
    chat_join_request: Optional[ChatJoinRequest] = None
    chat_member: Optional[ChatMemberUpdated] = None
    my_chat_member: Optional[ChatMemberUpdated] = None
    extra: Mapping[str, Any] = extra_field()

    _TYPED_KINDS: ClassVar[tuple[str, ...]] = ("chat_join_request", "chat_member", "my_chat_member")

    @property
    def kind(self) -> Optional[str]:
        """The name of the payload field, e.g. ``"chat_member"``, or None if there is none."""
        for name in self._TYPED_KINDS:
            if getattr(self, name) is not None:
                return name
        return next(iter(self.extra), None)
