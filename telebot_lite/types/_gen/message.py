# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Message."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite._model import JSON_KEY, Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from datetime import datetime

    from .animation import Animation
    from .audio import Audio
    from .chat import Chat
    from .chat_background import ChatBackground
    from .chat_boost_added import ChatBoostAdded
    from .chat_owner_changed import ChatOwnerChanged
    from .chat_owner_left import ChatOwnerLeft
    from .chat_shared import ChatShared
    from .checklist import Checklist
    from .checklist_tasks_added import ChecklistTasksAdded
    from .checklist_tasks_done import ChecklistTasksDone
    from .community_chat_added import CommunityChatAdded
    from .community_chat_removed import CommunityChatRemoved
    from .contact import Contact
    from .dice import Dice
    from .direct_message_price_changed import DirectMessagePriceChanged
    from .direct_messages_topic import DirectMessagesTopic
    from .document import Document
    from .external_reply_info import ExternalReplyInfo
    from .forum_topic_closed import ForumTopicClosed
    from .forum_topic_created import ForumTopicCreated
    from .forum_topic_edited import ForumTopicEdited
    from .forum_topic_reopened import ForumTopicReopened
    from .game import Game
    from .general_forum_topic_hidden import GeneralForumTopicHidden
    from .general_forum_topic_unhidden import GeneralForumTopicUnhidden
    from .gift_info import GiftInfo
    from .giveaway import Giveaway
    from .giveaway_completed import GiveawayCompleted
    from .giveaway_created import GiveawayCreated
    from .giveaway_winners import GiveawayWinners
    from .inaccessible_message import InaccessibleMessage
    from .inline_keyboard_markup import InlineKeyboardMarkup
    from .invoice import Invoice
    from .link_preview_options import LinkPreviewOptions
    from .live_photo import LivePhoto
    from .location import Location
    from .managed_bot_created import ManagedBotCreated
    from .maybe_inaccessible_message import MaybeInaccessibleMessage
    from .message_auto_delete_timer_changed import MessageAutoDeleteTimerChanged
    from .message_entity import MessageEntity
    from .message_origin import MessageOrigin
    from .paid_media_info import PaidMediaInfo
    from .paid_message_price_changed import PaidMessagePriceChanged
    from .passport_data import PassportData
    from .photo_size import PhotoSize
    from .poll import Poll
    from .poll_option_added import PollOptionAdded
    from .poll_option_deleted import PollOptionDeleted
    from .proximity_alert_triggered import ProximityAlertTriggered
    from .refunded_payment import RefundedPayment
    from .rich_message import RichMessage
    from .sticker import Sticker
    from .story import Story
    from .successful_payment import SuccessfulPayment
    from .suggested_post_approval_failed import SuggestedPostApprovalFailed
    from .suggested_post_approved import SuggestedPostApproved
    from .suggested_post_declined import SuggestedPostDeclined
    from .suggested_post_info import SuggestedPostInfo
    from .suggested_post_paid import SuggestedPostPaid
    from .suggested_post_refunded import SuggestedPostRefunded
    from .text_quote import TextQuote
    from .unique_gift_info import UniqueGiftInfo
    from .user import User
    from .users_shared import UsersShared
    from .venue import Venue
    from .video import Video
    from .video_chat_ended import VideoChatEnded
    from .video_chat_participants_invited import VideoChatParticipantsInvited
    from .video_chat_scheduled import VideoChatScheduled
    from .video_chat_started import VideoChatStarted
    from .video_note import VideoNote
    from .voice import Voice
    from .web_app_data import WebAppData
    from .write_access_allowed import WriteAccessAllowed


@attrs.frozen(kw_only=True, slots=False)
class Message(Model):
    """This object represents a message.

    See https://core.telegram.org/bots/api#message
    """

    message_id: int
    message_thread_id: Optional[int] = None
    direct_messages_topic: Optional[DirectMessagesTopic] = None
    from_user: Optional[User] = attrs.field(default=None, metadata={JSON_KEY: "from"})
    sender_chat: Optional[Chat] = None
    sender_boost_count: Optional[int] = None
    sender_business_bot: Optional[User] = None
    sender_tag: Optional[str] = None
    receiver_user: Optional[User] = None
    ephemeral_message_id: Optional[int] = None
    date: datetime
    guest_query_id: Optional[str] = None
    business_connection_id: Optional[str] = None
    chat: Chat
    forward_origin: Optional[MessageOrigin] = None
    is_topic_message: Optional[bool] = None
    is_automatic_forward: Optional[bool] = None
    reply_to_message: Optional[Message] = None
    external_reply: Optional[ExternalReplyInfo] = None
    quote: Optional[TextQuote] = None
    reply_to_story: Optional[Story] = None
    reply_to_checklist_task_id: Optional[int] = None
    reply_to_poll_option_id: Optional[str] = None
    via_bot: Optional[User] = None
    guest_bot_caller_user: Optional[User] = None
    guest_bot_caller_chat: Optional[Chat] = None
    edit_date: Optional[datetime] = None
    has_protected_content: Optional[bool] = None
    is_from_offline: Optional[bool] = None
    is_paid_post: Optional[bool] = None
    media_group_id: Optional[str] = None
    author_signature: Optional[str] = None
    paid_star_count: Optional[int] = None
    text: Optional[str] = None
    entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    link_preview_options: Optional[LinkPreviewOptions] = None
    suggested_post_info: Optional[SuggestedPostInfo] = None
    effect_id: Optional[str] = None
    rich_message: Optional[RichMessage] = None
    animation: Optional[Animation] = None
    audio: Optional[Audio] = None
    document: Optional[Document] = None
    live_photo: Optional[LivePhoto] = None
    paid_media: Optional[PaidMediaInfo] = None
    photo: Optional[tuple[PhotoSize, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    sticker: Optional[Sticker] = None
    story: Optional[Story] = None
    video: Optional[Video] = None
    video_note: Optional[VideoNote] = None
    voice: Optional[Voice] = None
    caption: Optional[str] = None
    caption_entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    show_caption_above_media: Optional[bool] = None
    has_media_spoiler: Optional[bool] = None
    checklist: Optional[Checklist] = None
    contact: Optional[Contact] = None
    dice: Optional[Dice] = None
    game: Optional[Game] = None
    poll: Optional[Poll] = None
    venue: Optional[Venue] = None
    location: Optional[Location] = None
    new_chat_members: Optional[tuple[User, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    left_chat_member: Optional[User] = None
    chat_owner_left: Optional[ChatOwnerLeft] = None
    chat_owner_changed: Optional[ChatOwnerChanged] = None
    new_chat_title: Optional[str] = None
    new_chat_photo: Optional[tuple[PhotoSize, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    delete_chat_photo: Optional[bool] = None
    group_chat_created: Optional[bool] = None
    supergroup_chat_created: Optional[bool] = None
    channel_chat_created: Optional[bool] = None
    message_auto_delete_timer_changed: Optional[MessageAutoDeleteTimerChanged] = None
    migrate_to_chat_id: Optional[int] = None
    migrate_from_chat_id: Optional[int] = None
    pinned_message: Optional[Union[Message, InaccessibleMessage, MaybeInaccessibleMessage]] = None
    invoice: Optional[Invoice] = None
    successful_payment: Optional[SuccessfulPayment] = None
    refunded_payment: Optional[RefundedPayment] = None
    users_shared: Optional[UsersShared] = None
    chat_shared: Optional[ChatShared] = None
    gift: Optional[GiftInfo] = None
    unique_gift: Optional[UniqueGiftInfo] = None
    gift_upgrade_sent: Optional[GiftInfo] = None
    connected_website: Optional[str] = None
    write_access_allowed: Optional[WriteAccessAllowed] = None
    passport_data: Optional[PassportData] = None
    proximity_alert_triggered: Optional[ProximityAlertTriggered] = None
    boost_added: Optional[ChatBoostAdded] = None
    chat_background_set: Optional[ChatBackground] = None
    checklist_tasks_done: Optional[ChecklistTasksDone] = None
    checklist_tasks_added: Optional[ChecklistTasksAdded] = None
    community_chat_added: Optional[CommunityChatAdded] = None
    community_chat_removed: Optional[CommunityChatRemoved] = None
    direct_message_price_changed: Optional[DirectMessagePriceChanged] = None
    forum_topic_created: Optional[ForumTopicCreated] = None
    forum_topic_edited: Optional[ForumTopicEdited] = None
    forum_topic_closed: Optional[ForumTopicClosed] = None
    forum_topic_reopened: Optional[ForumTopicReopened] = None
    general_forum_topic_hidden: Optional[GeneralForumTopicHidden] = None
    general_forum_topic_unhidden: Optional[GeneralForumTopicUnhidden] = None
    giveaway_created: Optional[GiveawayCreated] = None
    giveaway: Optional[Giveaway] = None
    giveaway_winners: Optional[GiveawayWinners] = None
    giveaway_completed: Optional[GiveawayCompleted] = None
    managed_bot_created: Optional[ManagedBotCreated] = None
    paid_message_price_changed: Optional[PaidMessagePriceChanged] = None
    poll_option_added: Optional[PollOptionAdded] = None
    poll_option_deleted: Optional[PollOptionDeleted] = None
    suggested_post_approved: Optional[SuggestedPostApproved] = None
    suggested_post_approval_failed: Optional[SuggestedPostApprovalFailed] = None
    suggested_post_declined: Optional[SuggestedPostDeclined] = None
    suggested_post_paid: Optional[SuggestedPostPaid] = None
    suggested_post_refunded: Optional[SuggestedPostRefunded] = None
    video_chat_scheduled: Optional[VideoChatScheduled] = None
    video_chat_started: Optional[VideoChatStarted] = None
    video_chat_ended: Optional[VideoChatEnded] = None
    video_chat_participants_invited: Optional[VideoChatParticipantsInvited] = None
    web_app_data: Optional[WebAppData] = None
    reply_markup: Optional[InlineKeyboardMarkup] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("message_id", "message_id", "int", 1),
        ("message_thread_id", "message_thread_id", "int", 0),
        ("direct_messages_topic", "direct_messages_topic", "DirectMessagesTopic", 0),
        ("from_user", "from", "User", 0),
        ("sender_chat", "sender_chat", "Chat", 0),
        ("sender_boost_count", "sender_boost_count", "int", 0),
        ("sender_business_bot", "sender_business_bot", "User", 0),
        ("sender_tag", "sender_tag", "str", 0),
        ("receiver_user", "receiver_user", "User", 0),
        ("ephemeral_message_id", "ephemeral_message_id", "int", 0),
        ("date", "date", "date", 1),
        ("guest_query_id", "guest_query_id", "str", 0),
        ("business_connection_id", "business_connection_id", "str", 0),
        ("chat", "chat", "Chat", 1),
        ("forward_origin", "forward_origin", "MessageOrigin", 0),
        ("is_topic_message", "is_topic_message", "bool", 0),
        ("is_automatic_forward", "is_automatic_forward", "bool", 0),
        ("reply_to_message", "reply_to_message", "Message", 0),
        ("external_reply", "external_reply", "ExternalReplyInfo", 0),
        ("quote", "quote", "TextQuote", 0),
        ("reply_to_story", "reply_to_story", "Story", 0),
        ("reply_to_checklist_task_id", "reply_to_checklist_task_id", "int", 0),
        ("reply_to_poll_option_id", "reply_to_poll_option_id", "str", 0),
        ("via_bot", "via_bot", "User", 0),
        ("guest_bot_caller_user", "guest_bot_caller_user", "User", 0),
        ("guest_bot_caller_chat", "guest_bot_caller_chat", "Chat", 0),
        ("edit_date", "edit_date", "date", 0),
        ("has_protected_content", "has_protected_content", "bool", 0),
        ("is_from_offline", "is_from_offline", "bool", 0),
        ("is_paid_post", "is_paid_post", "bool", 0),
        ("media_group_id", "media_group_id", "str", 0),
        ("author_signature", "author_signature", "str", 0),
        ("paid_star_count", "paid_star_count", "int", 0),
        ("text", "text", "str", 0),
        ("entities", "entities", ("list", "MessageEntity"), 0),
        ("link_preview_options", "link_preview_options", "LinkPreviewOptions", 0),
        ("suggested_post_info", "suggested_post_info", "SuggestedPostInfo", 0),
        ("effect_id", "effect_id", "str", 0),
        ("rich_message", "rich_message", "RichMessage", 0),
        ("animation", "animation", "Animation", 0),
        ("audio", "audio", "Audio", 0),
        ("document", "document", "Document", 0),
        ("live_photo", "live_photo", "LivePhoto", 0),
        ("paid_media", "paid_media", "PaidMediaInfo", 0),
        ("photo", "photo", ("list", "PhotoSize"), 0),
        ("sticker", "sticker", "Sticker", 0),
        ("story", "story", "Story", 0),
        ("video", "video", "Video", 0),
        ("video_note", "video_note", "VideoNote", 0),
        ("voice", "voice", "Voice", 0),
        ("caption", "caption", "str", 0),
        ("caption_entities", "caption_entities", ("list", "MessageEntity"), 0),
        ("show_caption_above_media", "show_caption_above_media", "bool", 0),
        ("has_media_spoiler", "has_media_spoiler", "bool", 0),
        ("checklist", "checklist", "Checklist", 0),
        ("contact", "contact", "Contact", 0),
        ("dice", "dice", "Dice", 0),
        ("game", "game", "Game", 0),
        ("poll", "poll", "Poll", 0),
        ("venue", "venue", "Venue", 0),
        ("location", "location", "Location", 0),
        ("new_chat_members", "new_chat_members", ("list", "User"), 0),
        ("left_chat_member", "left_chat_member", "User", 0),
        ("chat_owner_left", "chat_owner_left", "ChatOwnerLeft", 0),
        ("chat_owner_changed", "chat_owner_changed", "ChatOwnerChanged", 0),
        ("new_chat_title", "new_chat_title", "str", 0),
        ("new_chat_photo", "new_chat_photo", ("list", "PhotoSize"), 0),
        ("delete_chat_photo", "delete_chat_photo", "bool", 0),
        ("group_chat_created", "group_chat_created", "bool", 0),
        ("supergroup_chat_created", "supergroup_chat_created", "bool", 0),
        ("channel_chat_created", "channel_chat_created", "bool", 0),
        (
            "message_auto_delete_timer_changed",
            "message_auto_delete_timer_changed",
            "MessageAutoDeleteTimerChanged",
            0,
        ),
        ("migrate_to_chat_id", "migrate_to_chat_id", "int", 0),
        ("migrate_from_chat_id", "migrate_from_chat_id", "int", 0),
        ("pinned_message", "pinned_message", "MaybeInaccessibleMessage", 0),
        ("invoice", "invoice", "Invoice", 0),
        ("successful_payment", "successful_payment", "SuccessfulPayment", 0),
        ("refunded_payment", "refunded_payment", "RefundedPayment", 0),
        ("users_shared", "users_shared", "UsersShared", 0),
        ("chat_shared", "chat_shared", "ChatShared", 0),
        ("gift", "gift", "GiftInfo", 0),
        ("unique_gift", "unique_gift", "UniqueGiftInfo", 0),
        ("gift_upgrade_sent", "gift_upgrade_sent", "GiftInfo", 0),
        ("connected_website", "connected_website", "str", 0),
        ("write_access_allowed", "write_access_allowed", "WriteAccessAllowed", 0),
        ("passport_data", "passport_data", "PassportData", 0),
        ("proximity_alert_triggered", "proximity_alert_triggered", "ProximityAlertTriggered", 0),
        ("boost_added", "boost_added", "ChatBoostAdded", 0),
        ("chat_background_set", "chat_background_set", "ChatBackground", 0),
        ("checklist_tasks_done", "checklist_tasks_done", "ChecklistTasksDone", 0),
        ("checklist_tasks_added", "checklist_tasks_added", "ChecklistTasksAdded", 0),
        ("community_chat_added", "community_chat_added", "CommunityChatAdded", 0),
        ("community_chat_removed", "community_chat_removed", "CommunityChatRemoved", 0),
        (
            "direct_message_price_changed",
            "direct_message_price_changed",
            "DirectMessagePriceChanged",
            0,
        ),
        ("forum_topic_created", "forum_topic_created", "ForumTopicCreated", 0),
        ("forum_topic_edited", "forum_topic_edited", "ForumTopicEdited", 0),
        ("forum_topic_closed", "forum_topic_closed", "ForumTopicClosed", 0),
        ("forum_topic_reopened", "forum_topic_reopened", "ForumTopicReopened", 0),
        ("general_forum_topic_hidden", "general_forum_topic_hidden", "GeneralForumTopicHidden", 0),
        (
            "general_forum_topic_unhidden",
            "general_forum_topic_unhidden",
            "GeneralForumTopicUnhidden",
            0,
        ),
        ("giveaway_created", "giveaway_created", "GiveawayCreated", 0),
        ("giveaway", "giveaway", "Giveaway", 0),
        ("giveaway_winners", "giveaway_winners", "GiveawayWinners", 0),
        ("giveaway_completed", "giveaway_completed", "GiveawayCompleted", 0),
        ("managed_bot_created", "managed_bot_created", "ManagedBotCreated", 0),
        ("paid_message_price_changed", "paid_message_price_changed", "PaidMessagePriceChanged", 0),
        ("poll_option_added", "poll_option_added", "PollOptionAdded", 0),
        ("poll_option_deleted", "poll_option_deleted", "PollOptionDeleted", 0),
        ("suggested_post_approved", "suggested_post_approved", "SuggestedPostApproved", 0),
        (
            "suggested_post_approval_failed",
            "suggested_post_approval_failed",
            "SuggestedPostApprovalFailed",
            0,
        ),
        ("suggested_post_declined", "suggested_post_declined", "SuggestedPostDeclined", 0),
        ("suggested_post_paid", "suggested_post_paid", "SuggestedPostPaid", 0),
        ("suggested_post_refunded", "suggested_post_refunded", "SuggestedPostRefunded", 0),
        ("video_chat_scheduled", "video_chat_scheduled", "VideoChatScheduled", 0),
        ("video_chat_started", "video_chat_started", "VideoChatStarted", 0),
        ("video_chat_ended", "video_chat_ended", "VideoChatEnded", 0),
        (
            "video_chat_participants_invited",
            "video_chat_participants_invited",
            "VideoChatParticipantsInvited",
            0,
        ),
        ("web_app_data", "web_app_data", "WebAppData", 0),
        ("reply_markup", "reply_markup", "InlineKeyboardMarkup", 0),
    )
