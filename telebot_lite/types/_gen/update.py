# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Update."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, UpdateKindMixin, extra_field

if TYPE_CHECKING:
    from .bot_subscription_updated import BotSubscriptionUpdated
    from .business_connection import BusinessConnection
    from .business_messages_deleted import BusinessMessagesDeleted
    from .callback_query import CallbackQuery
    from .chat_boost_removed import ChatBoostRemoved
    from .chat_boost_updated import ChatBoostUpdated
    from .chat_join_request import ChatJoinRequest
    from .chat_member_updated import ChatMemberUpdated
    from .chosen_inline_result import ChosenInlineResult
    from .inline_query import InlineQuery
    from .managed_bot_updated import ManagedBotUpdated
    from .message import Message
    from .message_reaction_count_updated import MessageReactionCountUpdated
    from .message_reaction_updated import MessageReactionUpdated
    from .paid_media_purchased import PaidMediaPurchased
    from .poll import Poll
    from .poll_answer import PollAnswer
    from .pre_checkout_query import PreCheckoutQuery
    from .shipping_query import ShippingQuery


@attrs.frozen(kw_only=True, slots=False)
class Update(UpdateKindMixin, Model):
    """An incoming update: exactly one of its optional fields is present; :attr:`kind` names it.

    An update kind newer than this SDK is kept in ``extra`` (and named by :attr:`kind` too).

    See https://core.telegram.org/bots/api#update
    """

    update_id: int
    message: Optional[Message] = None
    edited_message: Optional[Message] = None
    channel_post: Optional[Message] = None
    edited_channel_post: Optional[Message] = None
    business_connection: Optional[BusinessConnection] = None
    business_message: Optional[Message] = None
    edited_business_message: Optional[Message] = None
    deleted_business_messages: Optional[BusinessMessagesDeleted] = None
    guest_message: Optional[Message] = None
    message_reaction: Optional[MessageReactionUpdated] = None
    message_reaction_count: Optional[MessageReactionCountUpdated] = None
    inline_query: Optional[InlineQuery] = None
    chosen_inline_result: Optional[ChosenInlineResult] = None
    callback_query: Optional[CallbackQuery] = None
    shipping_query: Optional[ShippingQuery] = None
    pre_checkout_query: Optional[PreCheckoutQuery] = None
    purchased_paid_media: Optional[PaidMediaPurchased] = None
    poll: Optional[Poll] = None
    poll_answer: Optional[PollAnswer] = None
    my_chat_member: Optional[ChatMemberUpdated] = None
    chat_member: Optional[ChatMemberUpdated] = None
    chat_join_request: Optional[ChatJoinRequest] = None
    chat_boost: Optional[ChatBoostUpdated] = None
    removed_chat_boost: Optional[ChatBoostRemoved] = None
    managed_bot: Optional[ManagedBotUpdated] = None
    subscription: Optional[BotSubscriptionUpdated] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("update_id", "update_id", "int", 1),
        ("message", "message", "Message", 0),
        ("edited_message", "edited_message", "Message", 0),
        ("channel_post", "channel_post", "Message", 0),
        ("edited_channel_post", "edited_channel_post", "Message", 0),
        ("business_connection", "business_connection", "BusinessConnection", 0),
        ("business_message", "business_message", "Message", 0),
        ("edited_business_message", "edited_business_message", "Message", 0),
        ("deleted_business_messages", "deleted_business_messages", "BusinessMessagesDeleted", 0),
        ("guest_message", "guest_message", "Message", 0),
        ("message_reaction", "message_reaction", "MessageReactionUpdated", 0),
        ("message_reaction_count", "message_reaction_count", "MessageReactionCountUpdated", 0),
        ("inline_query", "inline_query", "InlineQuery", 0),
        ("chosen_inline_result", "chosen_inline_result", "ChosenInlineResult", 0),
        ("callback_query", "callback_query", "CallbackQuery", 0),
        ("shipping_query", "shipping_query", "ShippingQuery", 0),
        ("pre_checkout_query", "pre_checkout_query", "PreCheckoutQuery", 0),
        ("purchased_paid_media", "purchased_paid_media", "PaidMediaPurchased", 0),
        ("poll", "poll", "Poll", 0),
        ("poll_answer", "poll_answer", "PollAnswer", 0),
        ("my_chat_member", "my_chat_member", "ChatMemberUpdated", 0),
        ("chat_member", "chat_member", "ChatMemberUpdated", 0),
        ("chat_join_request", "chat_join_request", "ChatJoinRequest", 0),
        ("chat_boost", "chat_boost", "ChatBoostUpdated", 0),
        ("removed_chat_boost", "removed_chat_boost", "ChatBoostRemoved", 0),
        ("managed_bot", "managed_bot", "ManagedBotUpdated", 0),
        ("subscription", "subscription", "BotSubscriptionUpdated", 0),
    )
    _KINDS: ClassVar[tuple[str, ...]] = (
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "business_connection",
        "business_message",
        "edited_business_message",
        "deleted_business_messages",
        "guest_message",
        "message_reaction",
        "message_reaction_count",
        "inline_query",
        "chosen_inline_result",
        "callback_query",
        "shipping_query",
        "pre_checkout_query",
        "purchased_paid_media",
        "poll",
        "poll_answer",
        "my_chat_member",
        "chat_member",
        "chat_join_request",
        "chat_boost",
        "removed_chat_boost",
        "managed_bot",
        "subscription",
    )
