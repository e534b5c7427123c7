"""Method objects: one frozen, validated attrs class per Bot API method.

A method object is a request that has not been sent. Build it (bad input raises
:class:`~telebot_lite.InvalidArgument` right there), then send it with ``bot(method)``, or return
``method.as_webhook_reply()`` as the body of a webhook answer::

    link = bot(CreateChatInviteLink(chat_id=-1001234567890, member_limit=1))

Each class says whether it is :attr:`~Method.safe_to_resend`: whether sending it twice leaves the
same state as sending it once. Only such methods are re-sent after a failure that may have reached
Telegram; the others are re-sent only when the request certainly never left this machine.
"""

from __future__ import annotations

import time
from datetime import tzinfo
from typing import Any, ClassVar, Generic, Optional, TypeVar, cast

import attrs

from ._errors import InvalidArgument
from ._model import Model
from ._params import (
    ChatId,
    Duration,
    ExpireDate,
    check_chat_id,
    check_expire_date,
    check_flag,
    check_invite_link,
    check_member_limit,
    check_name,
    check_subscription_period,
    check_subscription_price,
    check_user_id,
    duration_to_seconds,
    expire_date_to_unix,
    invite_link_text,
)
from .types import ChatInviteLink, User

__all__ = [
    "Method",
    "CreateChatInviteLink",
    "EditChatInviteLink",
    "RevokeChatInviteLink",
    "ExportChatInviteLink",
    "CreateChatSubscriptionInviteLink",
    "EditChatSubscriptionInviteLink",
    "ApproveChatJoinRequest",
    "DeclineChatJoinRequest",
    "GetMe",
]

T = TypeVar("T")

# Field metadata: how a value is resolved when the request is built.
_TIME = "telebot_lite.time"
_POINT = "point"  # a moment: datetime, timedelta from now, or Unix time
_DURATION = "duration"  # a length of time: timedelta or seconds

_FIELDS: dict[type, tuple[tuple[str, Optional[str]], ...]] = {}


def _fields_of(cls: type) -> tuple[tuple[str, Optional[str]], ...]:
    fields = tuple((f.name, f.metadata.get(_TIME)) for f in attrs.fields(cls))
    _FIELDS[cls] = fields
    return fields


def _check_limit_without_join_request(method: Any) -> None:
    if method.member_limit is not None and method.creates_join_request:
        raise InvalidArgument(
            "member_limit can't be combined with creates_join_request=True: a link that needs "
            "administrator approval has no member limit",
            parameter="member_limit",
        )


class Method(Generic[T]):
    """The base of every method object; ``T`` is what sending it returns."""

    __slots__ = ()

    #: The Bot API method name, e.g. ``createChatInviteLink``.
    api_method: ClassVar[str]
    #: Whether sending it twice leaves the same state as sending it once.
    safe_to_resend: ClassVar[bool] = False
    #: What the result is parsed into: a model class, ``str`` or ``bool`` (``True``).
    result_type: ClassVar[Any]

    def to_params(
        self, *, now: Optional[float] = None, default_tz: Optional[tzinfo] = None
    ) -> dict[str, Any]:
        """Return the JSON parameters, resolving times as of `now` (default: the current time).

        ``None`` parameters are left out. A naive datetime is read in `default_tz`.

        :raises InvalidArgument: a naive datetime without `default_tz`.
        """
        cls = type(self)
        fields = _FIELDS.get(cls) or _fields_of(cls)
        params: dict[str, Any] = {}
        for name, time_kind in fields:
            value = getattr(self, name)
            if value is None:
                continue
            if time_kind == _POINT:
                value = expire_date_to_unix(
                    value, name, time.time() if now is None else now, default_tz
                )
            elif time_kind == _DURATION:
                value = duration_to_seconds(value, name)
            params[name] = value
        return params

    def parse_result(self, result: Any) -> T:
        """Return Telegram's ``result`` as this method's return type.

        :raises InvalidArgument: `result` does not have the documented shape.
        """
        expected = self.result_type
        if expected is bool:
            if result is not True:
                raise InvalidArgument(f"expected the result true, got {result!r}")
        elif expected is str:
            if not isinstance(result, str):
                raise InvalidArgument(f"expected a string result, got {type(result).__name__}")
        else:
            result = cast("type[Model]", expected).from_dict(result)
        return cast(T, result)

    def as_webhook_reply(self, default_tz: Optional[tzinfo] = None) -> dict[str, Any]:
        """Return a JSON-ready webhook answer body that makes Telegram execute this method.

        Telegram executes it but discards the result and any error: nobody ever sees what it
        returns. That suits methods whose effect is the point, such as approving a join request;
        for methods that mint something (an invite link), the new link would be lost.

        :raises InvalidArgument: a naive datetime without `default_tz`.
        """
        return {"method": self.api_method, **self.to_params(default_tz=default_tz)}


@attrs.frozen(kw_only=True)
class CreateChatInviteLink(Method[ChatInviteLink]):
    """Create an additional invite link for a chat where the bot is an administrator.

    `expire_date` is an aware datetime, a timedelta counted from the moment of sending, or Unix
    time (int or float); it must lie after the moment of sending and not after
    2038-01-19T03:14:07Z. `name` must reach Telegram unchanged: no control or invisible
    characters, no space at either end or next to another.
    Re-sending mints a second link, so it is never re-sent after it may have arrived.
    See https://core.telegram.org/bots/api#createchatinvitelink
    """

    api_method: ClassVar[str] = "createChatInviteLink"
    result_type: ClassVar[Any] = ChatInviteLink

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    name: Optional[str] = attrs.field(default=None, validator=check_name)
    expire_date: Optional[ExpireDate] = attrs.field(
        default=None, validator=check_expire_date, metadata={_TIME: _POINT}
    )
    member_limit: Optional[int] = attrs.field(default=None, validator=check_member_limit)
    creates_join_request: Optional[bool] = attrs.field(default=None, validator=check_flag)

    def __attrs_post_init__(self) -> None:
        _check_limit_without_join_request(self)


@attrs.frozen(kw_only=True)
class EditChatInviteLink(Method[ChatInviteLink]):
    """Edit a non-primary invite link the bot created.

    **Telegram replaces every optional field you do not send**: leaving out `expire_date` removes
    the expiry, leaving out `member_limit` removes the limit. Pass every value you want to keep.
    `invite_link` is the URL or the :class:`~telebot_lite.types.ChatInviteLink` itself.
    Safe to re-send. See https://core.telegram.org/bots/api#editchatinvitelink
    """

    api_method: ClassVar[str] = "editChatInviteLink"
    safe_to_resend: ClassVar[bool] = True
    result_type: ClassVar[Any] = ChatInviteLink

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    invite_link: str = attrs.field(converter=invite_link_text, validator=check_invite_link)
    name: Optional[str] = attrs.field(default=None, validator=check_name)
    expire_date: Optional[ExpireDate] = attrs.field(
        default=None, validator=check_expire_date, metadata={_TIME: _POINT}
    )
    member_limit: Optional[int] = attrs.field(default=None, validator=check_member_limit)
    creates_join_request: Optional[bool] = attrs.field(default=None, validator=check_flag)

    def __attrs_post_init__(self) -> None:
        _check_limit_without_join_request(self)


@attrs.frozen(kw_only=True)
class RevokeChatInviteLink(Method[ChatInviteLink]):
    """Revoke an invite link the bot created; revoking the primary link mints a new primary one.

    Returns the revoked link. Safe to re-send.
    See https://core.telegram.org/bots/api#revokechatinvitelink
    """

    api_method: ClassVar[str] = "revokeChatInviteLink"
    safe_to_resend: ClassVar[bool] = True
    result_type: ClassVar[Any] = ChatInviteLink

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    invite_link: str = attrs.field(converter=invite_link_text, validator=check_invite_link)


@attrs.frozen(kw_only=True)
class ExportChatInviteLink(Method[str]):
    """Mint a new primary invite link for the chat and revoke the bot's previous primary link.

    Returns the new link as a string. Every call mints a new link, so it is never re-sent after it
    may have arrived. See https://core.telegram.org/bots/api#exportchatinvitelink
    """

    api_method: ClassVar[str] = "exportChatInviteLink"
    result_type: ClassVar[Any] = str

    chat_id: ChatId = attrs.field(validator=check_chat_id)


@attrs.frozen(kw_only=True)
class CreateChatSubscriptionInviteLink(Method[ChatInviteLink]):
    """Create a paid subscription invite link for a channel (Telegram Stars).

    `subscription_period` is a duration (int seconds or a timedelta); Telegram accepts only 30 days
    (2592000 seconds), so any other period is refused before sending. `subscription_price` is
    1..10000 Stars per period. Never re-sent
    after it may have arrived. See https://core.telegram.org/bots/api#createchatsubscriptioninvitelink
    """

    api_method: ClassVar[str] = "createChatSubscriptionInviteLink"
    result_type: ClassVar[Any] = ChatInviteLink

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    subscription_period: Duration = attrs.field(
        validator=check_subscription_period, metadata={_TIME: _DURATION}
    )
    subscription_price: int = attrs.field(validator=check_subscription_price)
    name: Optional[str] = attrs.field(default=None, validator=check_name)


@attrs.frozen(kw_only=True)
class EditChatSubscriptionInviteLink(Method[ChatInviteLink]):
    """Rename a subscription invite link the bot created (the name is all that can change).

    Safe to re-send. See https://core.telegram.org/bots/api#editchatsubscriptioninvitelink
    """

    api_method: ClassVar[str] = "editChatSubscriptionInviteLink"
    safe_to_resend: ClassVar[bool] = True
    result_type: ClassVar[Any] = ChatInviteLink

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    invite_link: str = attrs.field(converter=invite_link_text, validator=check_invite_link)
    name: Optional[str] = attrs.field(default=None, validator=check_name)


@attrs.frozen(kw_only=True)
class ApproveChatJoinRequest(Method[bool]):
    """Approve a pending join request; a good webhook reply.

    Not re-sent after it may have arrived: a second approval would fail with
    :class:`~telebot_lite.JoinRequestAlreadyHandled` and hide the first one's success.
    See https://core.telegram.org/bots/api#approvechatjoinrequest
    """

    api_method: ClassVar[str] = "approveChatJoinRequest"
    result_type: ClassVar[Any] = bool

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    user_id: int = attrs.field(validator=check_user_id)


@attrs.frozen(kw_only=True)
class DeclineChatJoinRequest(Method[bool]):
    """Decline a pending join request; a good webhook reply.

    Not re-sent after it may have arrived, for the same reason as approval.
    See https://core.telegram.org/bots/api#declinechatjoinrequest
    """

    api_method: ClassVar[str] = "declineChatJoinRequest"
    result_type: ClassVar[Any] = bool

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    user_id: int = attrs.field(validator=check_user_id)


@attrs.frozen(kw_only=True)
class GetMe(Method[User]):
    """Return the bot's own user: the cheapest check that a token works.

    Safe to re-send. See https://core.telegram.org/bots/api#getme
    """

    api_method: ClassVar[str] = "getMe"
    safe_to_resend: ClassVar[bool] = True
    result_type: ClassVar[Any] = User
