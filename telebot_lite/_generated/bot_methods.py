# generated, do not edit; run python tools/botapi/generate.py
"""One thin method per Bot API method: what ``Bot`` inherits (static, IDE-completable).

Each builds the method object (validated, nothing sent yet; its class loads on first
use) and sends it with ``self(...)``; ``timeout=`` is the HTTP timeout of that one call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Optional, TypeVar, Union

from telebot_lite import methods as _methods
from telebot_lite.methods._base import long_poll_timeout

if TYPE_CHECKING:
    from telebot_lite._params import InviteLink
    from telebot_lite._settings import Timeout
    from telebot_lite.methods._base import ChatId, Duration, ExpireDate, InputFileParam, Method
    from telebot_lite.types._gen.accepted_gift_types import AcceptedGiftTypes
    from telebot_lite.types._gen.bot_access_settings import BotAccessSettings
    from telebot_lite.types._gen.bot_command import BotCommand
    from telebot_lite.types._gen.bot_command_scope import BotCommandScope
    from telebot_lite.types._gen.bot_description import BotDescription
    from telebot_lite.types._gen.bot_name import BotName
    from telebot_lite.types._gen.bot_short_description import BotShortDescription
    from telebot_lite.types._gen.business_connection import BusinessConnection
    from telebot_lite.types._gen.chat_administrator_rights import ChatAdministratorRights
    from telebot_lite.types._gen.chat_full_info import ChatFullInfo
    from telebot_lite.types._gen.chat_invite_link import ChatInviteLink
    from telebot_lite.types._gen.chat_member import ChatMember
    from telebot_lite.types._gen.chat_permissions import ChatPermissions
    from telebot_lite.types._gen.file import File
    from telebot_lite.types._gen.force_reply import ForceReply
    from telebot_lite.types._gen.forum_topic import ForumTopic
    from telebot_lite.types._gen.game_high_score import GameHighScore
    from telebot_lite.types._gen.gifts import Gifts
    from telebot_lite.types._gen.inline_keyboard_markup import InlineKeyboardMarkup
    from telebot_lite.types._gen.inline_query_result import InlineQueryResult
    from telebot_lite.types._gen.inline_query_results_button import InlineQueryResultsButton
    from telebot_lite.types._gen.input_checklist import InputChecklist
    from telebot_lite.types._gen.input_media import InputMedia
    from telebot_lite.types._gen.input_media_animation import InputMediaAnimation
    from telebot_lite.types._gen.input_media_audio import InputMediaAudio
    from telebot_lite.types._gen.input_media_document import InputMediaDocument
    from telebot_lite.types._gen.input_media_live_photo import InputMediaLivePhoto
    from telebot_lite.types._gen.input_media_location import InputMediaLocation
    from telebot_lite.types._gen.input_media_photo import InputMediaPhoto
    from telebot_lite.types._gen.input_media_venue import InputMediaVenue
    from telebot_lite.types._gen.input_media_video import InputMediaVideo
    from telebot_lite.types._gen.input_paid_media import InputPaidMedia
    from telebot_lite.types._gen.input_poll_media import InputPollMedia
    from telebot_lite.types._gen.input_poll_option import InputPollOption
    from telebot_lite.types._gen.input_profile_photo import InputProfilePhoto
    from telebot_lite.types._gen.input_rich_message import InputRichMessage
    from telebot_lite.types._gen.input_sticker import InputSticker
    from telebot_lite.types._gen.input_story_content import InputStoryContent
    from telebot_lite.types._gen.keyboard_button import KeyboardButton
    from telebot_lite.types._gen.labeled_price import LabeledPrice
    from telebot_lite.types._gen.link_preview_options import LinkPreviewOptions
    from telebot_lite.types._gen.mask_position import MaskPosition
    from telebot_lite.types._gen.menu_button import MenuButton
    from telebot_lite.types._gen.message import Message
    from telebot_lite.types._gen.message_entity import MessageEntity
    from telebot_lite.types._gen.message_id import MessageId
    from telebot_lite.types._gen.owned_gifts import OwnedGifts
    from telebot_lite.types._gen.passport_element_error import PassportElementError
    from telebot_lite.types._gen.poll import Poll
    from telebot_lite.types._gen.prepared_inline_message import PreparedInlineMessage
    from telebot_lite.types._gen.prepared_keyboard_button import PreparedKeyboardButton
    from telebot_lite.types._gen.reaction_type import ReactionType
    from telebot_lite.types._gen.reply_keyboard_markup import ReplyKeyboardMarkup
    from telebot_lite.types._gen.reply_keyboard_remove import ReplyKeyboardRemove
    from telebot_lite.types._gen.reply_parameters import ReplyParameters
    from telebot_lite.types._gen.sent_guest_message import SentGuestMessage
    from telebot_lite.types._gen.sent_web_app_message import SentWebAppMessage
    from telebot_lite.types._gen.shipping_option import ShippingOption
    from telebot_lite.types._gen.star_amount import StarAmount
    from telebot_lite.types._gen.star_transactions import StarTransactions
    from telebot_lite.types._gen.sticker import Sticker
    from telebot_lite.types._gen.sticker_set import StickerSet
    from telebot_lite.types._gen.story import Story
    from telebot_lite.types._gen.story_area import StoryArea
    from telebot_lite.types._gen.suggested_post_parameters import SuggestedPostParameters
    from telebot_lite.types._gen.update import Update
    from telebot_lite.types._gen.user import User
    from telebot_lite.types._gen.user_chat_boosts import UserChatBoosts
    from telebot_lite.types._gen.user_profile_audios import UserProfileAudios
    from telebot_lite.types._gen.user_profile_photos import UserProfilePhotos
    from telebot_lite.types._gen.webhook_info import WebhookInfo

    _SuggestedPostParameters = Union[
        SuggestedPostParameters,
        Mapping[str, Any],
    ]
    _ReplyMarkup = Union[
        InlineKeyboardMarkup,
        ReplyKeyboardMarkup,
        ReplyKeyboardRemove,
        ForceReply,
        Mapping[str, Any],
    ]
    _Media = Union[
        InputMediaAudio,
        InputMediaDocument,
        InputMediaLivePhoto,
        InputMediaPhoto,
        InputMediaVideo,
        Mapping[str, Any],
    ]
    _ExplanationMedia = Union[
        InputMediaAnimation,
        InputMediaAudio,
        InputMediaDocument,
        InputMediaLivePhoto,
        InputMediaLocation,
        InputMediaPhoto,
        InputMediaVenue,
        InputMediaVideo,
        InputPollMedia,
        Mapping[str, Any],
    ]
    _Media2 = Union[
        InputMediaAnimation,
        InputMediaAudio,
        InputMediaDocument,
        InputMediaLivePhoto,
        InputMediaPhoto,
        InputMediaVideo,
        InputMedia,
        Mapping[str, Any],
    ]

T = TypeVar("T")


class BotMethods:
    """Every Bot API method as a Bot method; see :class:`telebot_lite.Bot`."""

    __slots__ = ()

    if TYPE_CHECKING:
        _timeout: Timeout

        def __call__(self, method: Method[T], *, timeout: Optional[Timeout] = None) -> T: ...

    def get_updates(
        self,
        *,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        timeout: Optional[Duration] = None,
        allowed_updates: Optional[Sequence[str]] = None,
    ) -> list[Update]:
        """Use this method to receive incoming updates using long polling (wiki).

        See :class:`~telebot_lite.methods.GetUpdates`. ``timeout`` is the long poll in seconds;
        the HTTP read timeout is the Bot's read timeout plus ``timeout``.
        """
        return self(
            _methods.GetUpdates(
                offset=offset,
                limit=limit,
                timeout=timeout,
                allowed_updates=allowed_updates,
            ),
            timeout=long_poll_timeout(self._timeout, timeout),
        )

    def set_webhook(
        self,
        url: str,
        *,
        certificate: Optional[InputFileParam] = None,
        ip_address: Optional[str] = None,
        max_connections: Optional[int] = None,
        allowed_updates: Optional[Sequence[str]] = None,
        drop_pending_updates: Optional[bool] = None,
        secret_token: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to specify a URL and receive incoming updates via an outgoing webhook.

        See :class:`~telebot_lite.methods.SetWebhook`.
        """
        return self(
            _methods.SetWebhook(
                url=url,
                certificate=certificate,
                ip_address=ip_address,
                max_connections=max_connections,
                allowed_updates=allowed_updates,
                drop_pending_updates=drop_pending_updates,
                secret_token=secret_token,
            ),
            timeout=timeout,
        )

    def delete_webhook(
        self,
        *,
        drop_pending_updates: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to remove webhook integration if you decide to switch back to getUpdates.

        See :class:`~telebot_lite.methods.DeleteWebhook`.
        """
        return self(
            _methods.DeleteWebhook(
                drop_pending_updates=drop_pending_updates,
            ),
            timeout=timeout,
        )

    def get_webhook_info(
        self,
        *,
        timeout: Optional[Timeout] = None,
    ) -> WebhookInfo:
        """Use this method to get current webhook status.

        See :class:`~telebot_lite.methods.GetWebhookInfo`.
        """
        return self(
            _methods.GetWebhookInfo(),
            timeout=timeout,
        )

    def get_me(
        self,
        *,
        timeout: Optional[Timeout] = None,
    ) -> User:
        """Return the bot's own user: the cheapest check that a token works.

        Safe to re-send.

        See :class:`~telebot_lite.methods.GetMe`.
        """
        return self(
            _methods.GetMe(),
            timeout=timeout,
        )

    def log_out(
        self,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to log out from the cloud Bot API server before launching the bot
        locally.

        See :class:`~telebot_lite.methods.LogOut`.
        """
        return self(
            _methods.LogOut(),
            timeout=timeout,
        )

    def close_bot_instance(
        self,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to close the bot instance before moving it from one local server to
        another.

        See :class:`~telebot_lite.methods.Close`.
        """
        return self(
            _methods.Close(),
            timeout=timeout,
        )

    def send_message(
        self,
        chat_id: ChatId,
        text: str,
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        receiver_user_id: Optional[int] = None,
        callback_query_id: Optional[str] = None,
        parse_mode: Optional[str] = None,
        entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        link_preview_options: Optional[Union[LinkPreviewOptions, Mapping[str, Any]]] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        suggested_post_parameters: Optional[_SuggestedPostParameters] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[_ReplyMarkup] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to send text messages.

        See :class:`~telebot_lite.methods.SendMessage`.
        """
        return self(
            _methods.SendMessage(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                receiver_user_id=receiver_user_id,
                callback_query_id=callback_query_id,
                text=text,
                parse_mode=parse_mode,
                entities=entities,
                link_preview_options=link_preview_options,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                suggested_post_parameters=suggested_post_parameters,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def forward_message(
        self,
        chat_id: ChatId,
        from_chat_id: ChatId,
        message_id: int,
        *,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        video_start_timestamp: Optional[int] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        suggested_post_parameters: Optional[_SuggestedPostParameters] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to forward messages of any kind.

        See :class:`~telebot_lite.methods.ForwardMessage`.
        """
        return self(
            _methods.ForwardMessage(
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                from_chat_id=from_chat_id,
                video_start_timestamp=video_start_timestamp,
                disable_notification=disable_notification,
                protect_content=protect_content,
                message_effect_id=message_effect_id,
                suggested_post_parameters=suggested_post_parameters,
                message_id=message_id,
            ),
            timeout=timeout,
        )

    def forward_messages(
        self,
        chat_id: ChatId,
        from_chat_id: ChatId,
        message_ids: Sequence[int],
        *,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> list[MessageId]:
        """Use this method to forward multiple messages of any kind.

        See :class:`~telebot_lite.methods.ForwardMessages`.
        """
        return self(
            _methods.ForwardMessages(
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                from_chat_id=from_chat_id,
                message_ids=message_ids,
                disable_notification=disable_notification,
                protect_content=protect_content,
            ),
            timeout=timeout,
        )

    def copy_message(
        self,
        chat_id: ChatId,
        from_chat_id: ChatId,
        message_id: int,
        *,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        video_start_timestamp: Optional[int] = None,
        caption: Optional[str] = None,
        parse_mode: Optional[str] = None,
        caption_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        show_caption_above_media: Optional[bool] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        suggested_post_parameters: Optional[_SuggestedPostParameters] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[_ReplyMarkup] = None,
        timeout: Optional[Timeout] = None,
    ) -> MessageId:
        """Use this method to copy messages of any kind.

        See :class:`~telebot_lite.methods.CopyMessage`.
        """
        return self(
            _methods.CopyMessage(
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                from_chat_id=from_chat_id,
                message_id=message_id,
                video_start_timestamp=video_start_timestamp,
                caption=caption,
                parse_mode=parse_mode,
                caption_entities=caption_entities,
                show_caption_above_media=show_caption_above_media,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                suggested_post_parameters=suggested_post_parameters,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def copy_messages(
        self,
        chat_id: ChatId,
        from_chat_id: ChatId,
        message_ids: Sequence[int],
        *,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        remove_caption: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> list[MessageId]:
        """Use this method to copy messages of any kind.

        See :class:`~telebot_lite.methods.CopyMessages`.
        """
        return self(
            _methods.CopyMessages(
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                from_chat_id=from_chat_id,
                message_ids=message_ids,
                disable_notification=disable_notification,
                protect_content=protect_content,
                remove_caption=remove_caption,
            ),
            timeout=timeout,
        )

    def send_photo(
        self,
        chat_id: ChatId,
        photo: InputFileParam,
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        receiver_user_id: Optional[int] = None,
        callback_query_id: Optional[str] = None,
        caption: Optional[str] = None,
        parse_mode: Optional[str] = None,
        caption_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        show_caption_above_media: Optional[bool] = None,
        has_spoiler: Optional[bool] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        suggested_post_parameters: Optional[_SuggestedPostParameters] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[_ReplyMarkup] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to send photos.

        See :class:`~telebot_lite.methods.SendPhoto`.
        """
        return self(
            _methods.SendPhoto(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                receiver_user_id=receiver_user_id,
                callback_query_id=callback_query_id,
                photo=photo,
                caption=caption,
                parse_mode=parse_mode,
                caption_entities=caption_entities,
                show_caption_above_media=show_caption_above_media,
                has_spoiler=has_spoiler,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                suggested_post_parameters=suggested_post_parameters,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def send_live_photo(
        self,
        chat_id: ChatId,
        live_photo: InputFileParam,
        photo: InputFileParam,
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        receiver_user_id: Optional[int] = None,
        callback_query_id: Optional[str] = None,
        caption: Optional[str] = None,
        parse_mode: Optional[str] = None,
        caption_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        show_caption_above_media: Optional[bool] = None,
        has_spoiler: Optional[bool] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        suggested_post_parameters: Optional[_SuggestedPostParameters] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[_ReplyMarkup] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to send live photos.

        See :class:`~telebot_lite.methods.SendLivePhoto`.
        """
        return self(
            _methods.SendLivePhoto(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                receiver_user_id=receiver_user_id,
                callback_query_id=callback_query_id,
                live_photo=live_photo,
                photo=photo,
                caption=caption,
                parse_mode=parse_mode,
                caption_entities=caption_entities,
                show_caption_above_media=show_caption_above_media,
                has_spoiler=has_spoiler,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                suggested_post_parameters=suggested_post_parameters,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def send_audio(
        self,
        chat_id: ChatId,
        audio: InputFileParam,
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        receiver_user_id: Optional[int] = None,
        callback_query_id: Optional[str] = None,
        caption: Optional[str] = None,
        parse_mode: Optional[str] = None,
        caption_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        duration: Optional[Duration] = None,
        performer: Optional[str] = None,
        title: Optional[str] = None,
        thumbnail: Optional[InputFileParam] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        suggested_post_parameters: Optional[_SuggestedPostParameters] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[_ReplyMarkup] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to send audio files, if you want Telegram clients to display them in the
        music player.

        See :class:`~telebot_lite.methods.SendAudio`.
        """
        return self(
            _methods.SendAudio(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                receiver_user_id=receiver_user_id,
                callback_query_id=callback_query_id,
                audio=audio,
                caption=caption,
                parse_mode=parse_mode,
                caption_entities=caption_entities,
                duration=duration,
                performer=performer,
                title=title,
                thumbnail=thumbnail,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                suggested_post_parameters=suggested_post_parameters,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def send_document(
        self,
        chat_id: ChatId,
        document: InputFileParam,
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        receiver_user_id: Optional[int] = None,
        callback_query_id: Optional[str] = None,
        thumbnail: Optional[InputFileParam] = None,
        caption: Optional[str] = None,
        parse_mode: Optional[str] = None,
        caption_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        disable_content_type_detection: Optional[bool] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        suggested_post_parameters: Optional[_SuggestedPostParameters] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[_ReplyMarkup] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to send general files.

        See :class:`~telebot_lite.methods.SendDocument`.
        """
        return self(
            _methods.SendDocument(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                receiver_user_id=receiver_user_id,
                callback_query_id=callback_query_id,
                document=document,
                thumbnail=thumbnail,
                caption=caption,
                parse_mode=parse_mode,
                caption_entities=caption_entities,
                disable_content_type_detection=disable_content_type_detection,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                suggested_post_parameters=suggested_post_parameters,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def send_video(
        self,
        chat_id: ChatId,
        video: InputFileParam,
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        receiver_user_id: Optional[int] = None,
        callback_query_id: Optional[str] = None,
        duration: Optional[Duration] = None,
        width: Optional[int] = None,
        height: Optional[int] = None,
        thumbnail: Optional[InputFileParam] = None,
        cover: Optional[InputFileParam] = None,
        start_timestamp: Optional[int] = None,
        caption: Optional[str] = None,
        parse_mode: Optional[str] = None,
        caption_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        show_caption_above_media: Optional[bool] = None,
        has_spoiler: Optional[bool] = None,
        supports_streaming: Optional[bool] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        suggested_post_parameters: Optional[_SuggestedPostParameters] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[_ReplyMarkup] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to send video files, Telegram clients support MPEG4 videos (other formats
        may be sent as Document).

        See :class:`~telebot_lite.methods.SendVideo`.
        """
        return self(
            _methods.SendVideo(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                receiver_user_id=receiver_user_id,
                callback_query_id=callback_query_id,
                video=video,
                duration=duration,
                width=width,
                height=height,
                thumbnail=thumbnail,
                cover=cover,
                start_timestamp=start_timestamp,
                caption=caption,
                parse_mode=parse_mode,
                caption_entities=caption_entities,
                show_caption_above_media=show_caption_above_media,
                has_spoiler=has_spoiler,
                supports_streaming=supports_streaming,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                suggested_post_parameters=suggested_post_parameters,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def send_animation(
        self,
        chat_id: ChatId,
        animation: InputFileParam,
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        receiver_user_id: Optional[int] = None,
        callback_query_id: Optional[str] = None,
        duration: Optional[Duration] = None,
        width: Optional[int] = None,
        height: Optional[int] = None,
        thumbnail: Optional[InputFileParam] = None,
        caption: Optional[str] = None,
        parse_mode: Optional[str] = None,
        caption_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        show_caption_above_media: Optional[bool] = None,
        has_spoiler: Optional[bool] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        suggested_post_parameters: Optional[_SuggestedPostParameters] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[_ReplyMarkup] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to send animation files (GIF or H.264/MPEG-4 AVC video without sound).

        See :class:`~telebot_lite.methods.SendAnimation`.
        """
        return self(
            _methods.SendAnimation(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                receiver_user_id=receiver_user_id,
                callback_query_id=callback_query_id,
                animation=animation,
                duration=duration,
                width=width,
                height=height,
                thumbnail=thumbnail,
                caption=caption,
                parse_mode=parse_mode,
                caption_entities=caption_entities,
                show_caption_above_media=show_caption_above_media,
                has_spoiler=has_spoiler,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                suggested_post_parameters=suggested_post_parameters,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def send_voice(
        self,
        chat_id: ChatId,
        voice: InputFileParam,
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        receiver_user_id: Optional[int] = None,
        callback_query_id: Optional[str] = None,
        caption: Optional[str] = None,
        parse_mode: Optional[str] = None,
        caption_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        duration: Optional[Duration] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        suggested_post_parameters: Optional[_SuggestedPostParameters] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[_ReplyMarkup] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to send audio files, if you want Telegram clients to display the file as
        a playable voice message.

        See :class:`~telebot_lite.methods.SendVoice`.
        """
        return self(
            _methods.SendVoice(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                receiver_user_id=receiver_user_id,
                callback_query_id=callback_query_id,
                voice=voice,
                caption=caption,
                parse_mode=parse_mode,
                caption_entities=caption_entities,
                duration=duration,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                suggested_post_parameters=suggested_post_parameters,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def send_video_note(
        self,
        chat_id: ChatId,
        video_note: InputFileParam,
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        receiver_user_id: Optional[int] = None,
        callback_query_id: Optional[str] = None,
        duration: Optional[Duration] = None,
        length: Optional[int] = None,
        thumbnail: Optional[InputFileParam] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        suggested_post_parameters: Optional[_SuggestedPostParameters] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[_ReplyMarkup] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """As of v.4.0, Telegram clients support rounded square MPEG4 videos of up to 1 minute long.

        See :class:`~telebot_lite.methods.SendVideoNote`.
        """
        return self(
            _methods.SendVideoNote(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                receiver_user_id=receiver_user_id,
                callback_query_id=callback_query_id,
                video_note=video_note,
                duration=duration,
                length=length,
                thumbnail=thumbnail,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                suggested_post_parameters=suggested_post_parameters,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def send_paid_media(
        self,
        chat_id: ChatId,
        star_count: int,
        media: Sequence[Union[InputPaidMedia, Mapping[str, Any]]],
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        payload: Optional[str] = None,
        caption: Optional[str] = None,
        parse_mode: Optional[str] = None,
        caption_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        show_caption_above_media: Optional[bool] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        suggested_post_parameters: Optional[_SuggestedPostParameters] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[_ReplyMarkup] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to send paid media.

        See :class:`~telebot_lite.methods.SendPaidMedia`.
        """
        return self(
            _methods.SendPaidMedia(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                star_count=star_count,
                media=media,
                payload=payload,
                caption=caption,
                parse_mode=parse_mode,
                caption_entities=caption_entities,
                show_caption_above_media=show_caption_above_media,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                suggested_post_parameters=suggested_post_parameters,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def send_media_group(
        self,
        chat_id: ChatId,
        media: Sequence[_Media],
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> list[Message]:
        """Use this method to send a group of photos, live photos, videos, documents or audios as an
        album.

        See :class:`~telebot_lite.methods.SendMediaGroup`.
        """
        return self(
            _methods.SendMediaGroup(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                media=media,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                reply_parameters=reply_parameters,
            ),
            timeout=timeout,
        )

    def send_location(
        self,
        chat_id: ChatId,
        latitude: float,
        longitude: float,
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        receiver_user_id: Optional[int] = None,
        callback_query_id: Optional[str] = None,
        horizontal_accuracy: Optional[float] = None,
        live_period: Optional[Duration] = None,
        heading: Optional[int] = None,
        proximity_alert_radius: Optional[int] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        suggested_post_parameters: Optional[_SuggestedPostParameters] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[_ReplyMarkup] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to send point on the map.

        See :class:`~telebot_lite.methods.SendLocation`.
        """
        return self(
            _methods.SendLocation(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                receiver_user_id=receiver_user_id,
                callback_query_id=callback_query_id,
                latitude=latitude,
                longitude=longitude,
                horizontal_accuracy=horizontal_accuracy,
                live_period=live_period,
                heading=heading,
                proximity_alert_radius=proximity_alert_radius,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                suggested_post_parameters=suggested_post_parameters,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def send_venue(
        self,
        chat_id: ChatId,
        latitude: float,
        longitude: float,
        title: str,
        address: str,
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        receiver_user_id: Optional[int] = None,
        callback_query_id: Optional[str] = None,
        foursquare_id: Optional[str] = None,
        foursquare_type: Optional[str] = None,
        google_place_id: Optional[str] = None,
        google_place_type: Optional[str] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        suggested_post_parameters: Optional[_SuggestedPostParameters] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[_ReplyMarkup] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to send information about a venue.

        See :class:`~telebot_lite.methods.SendVenue`.
        """
        return self(
            _methods.SendVenue(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                receiver_user_id=receiver_user_id,
                callback_query_id=callback_query_id,
                latitude=latitude,
                longitude=longitude,
                title=title,
                address=address,
                foursquare_id=foursquare_id,
                foursquare_type=foursquare_type,
                google_place_id=google_place_id,
                google_place_type=google_place_type,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                suggested_post_parameters=suggested_post_parameters,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def send_contact(
        self,
        chat_id: ChatId,
        phone_number: str,
        first_name: str,
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        receiver_user_id: Optional[int] = None,
        callback_query_id: Optional[str] = None,
        last_name: Optional[str] = None,
        vcard: Optional[str] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        suggested_post_parameters: Optional[_SuggestedPostParameters] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[_ReplyMarkup] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to send phone contacts.

        See :class:`~telebot_lite.methods.SendContact`.
        """
        return self(
            _methods.SendContact(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                receiver_user_id=receiver_user_id,
                callback_query_id=callback_query_id,
                phone_number=phone_number,
                first_name=first_name,
                last_name=last_name,
                vcard=vcard,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                suggested_post_parameters=suggested_post_parameters,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def send_poll(
        self,
        chat_id: ChatId,
        question: str,
        options: Sequence[Union[InputPollOption, Mapping[str, Any]]],
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        question_parse_mode: Optional[str] = None,
        question_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        is_anonymous: Optional[bool] = None,
        type: Optional[str] = None,
        allows_multiple_answers: Optional[bool] = None,
        allows_revoting: Optional[bool] = None,
        shuffle_options: Optional[bool] = None,
        allow_adding_options: Optional[bool] = None,
        hide_results_until_closes: Optional[bool] = None,
        members_only: Optional[bool] = None,
        country_codes: Optional[Sequence[str]] = None,
        correct_option_ids: Optional[Sequence[int]] = None,
        explanation: Optional[str] = None,
        explanation_parse_mode: Optional[str] = None,
        explanation_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        explanation_media: Optional[_ExplanationMedia] = None,
        open_period: Optional[Duration] = None,
        close_date: Optional[ExpireDate] = None,
        is_closed: Optional[bool] = None,
        description: Optional[str] = None,
        description_parse_mode: Optional[str] = None,
        description_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        media: Optional[_ExplanationMedia] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[_ReplyMarkup] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to send a native poll.

        See :class:`~telebot_lite.methods.SendPoll`.
        """
        return self(
            _methods.SendPoll(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                question=question,
                question_parse_mode=question_parse_mode,
                question_entities=question_entities,
                options=options,
                is_anonymous=is_anonymous,
                type=type,
                allows_multiple_answers=allows_multiple_answers,
                allows_revoting=allows_revoting,
                shuffle_options=shuffle_options,
                allow_adding_options=allow_adding_options,
                hide_results_until_closes=hide_results_until_closes,
                members_only=members_only,
                country_codes=country_codes,
                correct_option_ids=correct_option_ids,
                explanation=explanation,
                explanation_parse_mode=explanation_parse_mode,
                explanation_entities=explanation_entities,
                explanation_media=explanation_media,
                open_period=open_period,
                close_date=close_date,
                is_closed=is_closed,
                description=description,
                description_parse_mode=description_parse_mode,
                description_entities=description_entities,
                media=media,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def send_checklist(
        self,
        business_connection_id: str,
        chat_id: ChatId,
        checklist: Union[InputChecklist, Mapping[str, Any]],
        *,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to send a checklist on behalf of a connected business account.

        See :class:`~telebot_lite.methods.SendChecklist`.
        """
        return self(
            _methods.SendChecklist(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                checklist=checklist,
                disable_notification=disable_notification,
                protect_content=protect_content,
                message_effect_id=message_effect_id,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def send_dice(
        self,
        chat_id: ChatId,
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        emoji: Optional[str] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        suggested_post_parameters: Optional[_SuggestedPostParameters] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[_ReplyMarkup] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to send an animated emoji that will display a random value.

        See :class:`~telebot_lite.methods.SendDice`.
        """
        return self(
            _methods.SendDice(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                emoji=emoji,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                suggested_post_parameters=suggested_post_parameters,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def send_message_draft(
        self,
        chat_id: int,
        draft_id: int,
        *,
        message_thread_id: Optional[int] = None,
        text: Optional[str] = None,
        parse_mode: Optional[str] = None,
        entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to stream a partial message to a user while the message is being
        generated.

        See :class:`~telebot_lite.methods.SendMessageDraft`.
        """
        return self(
            _methods.SendMessageDraft(
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                draft_id=draft_id,
                text=text,
                parse_mode=parse_mode,
                entities=entities,
            ),
            timeout=timeout,
        )

    def send_chat_action(
        self,
        chat_id: ChatId,
        action: str,
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method when you need to tell the user that something is happening on the bot's
        side.

        See :class:`~telebot_lite.methods.SendChatAction`.
        """
        return self(
            _methods.SendChatAction(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                action=action,
            ),
            timeout=timeout,
        )

    def set_message_reaction(
        self,
        chat_id: ChatId,
        message_id: int,
        *,
        reaction: Optional[Sequence[Union[ReactionType, Mapping[str, Any]]]] = None,
        is_big: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to change the chosen reactions on a message.

        See :class:`~telebot_lite.methods.SetMessageReaction`.
        """
        return self(
            _methods.SetMessageReaction(
                chat_id=chat_id,
                message_id=message_id,
                reaction=reaction,
                is_big=is_big,
            ),
            timeout=timeout,
        )

    def get_user_profile_photos(
        self,
        user_id: int,
        *,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        timeout: Optional[Timeout] = None,
    ) -> UserProfilePhotos:
        """Use this method to get a list of profile pictures for a user.

        See :class:`~telebot_lite.methods.GetUserProfilePhotos`.
        """
        return self(
            _methods.GetUserProfilePhotos(
                user_id=user_id,
                offset=offset,
                limit=limit,
            ),
            timeout=timeout,
        )

    def get_user_profile_audios(
        self,
        user_id: int,
        *,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        timeout: Optional[Timeout] = None,
    ) -> UserProfileAudios:
        """Use this method to get a list of profile audios for a user.

        See :class:`~telebot_lite.methods.GetUserProfileAudios`.
        """
        return self(
            _methods.GetUserProfileAudios(
                user_id=user_id,
                offset=offset,
                limit=limit,
            ),
            timeout=timeout,
        )

    def set_user_emoji_status(
        self,
        user_id: int,
        *,
        emoji_status_custom_emoji_id: Optional[str] = None,
        emoji_status_expiration_date: Optional[int] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Changes the emoji status for a given user that previously allowed the bot to manage their
        emoji status via the Mini App method requestEmojiStatusAccess.

        See :class:`~telebot_lite.methods.SetUserEmojiStatus`.
        """
        return self(
            _methods.SetUserEmojiStatus(
                user_id=user_id,
                emoji_status_custom_emoji_id=emoji_status_custom_emoji_id,
                emoji_status_expiration_date=emoji_status_expiration_date,
            ),
            timeout=timeout,
        )

    def get_file(
        self,
        file_id: str,
        *,
        timeout: Optional[Timeout] = None,
    ) -> File:
        """Use this method to get basic information about a file and prepare it for downloading.

        See :class:`~telebot_lite.methods.GetFile`.
        """
        return self(
            _methods.GetFile(
                file_id=file_id,
            ),
            timeout=timeout,
        )

    def ban_chat_member(
        self,
        chat_id: ChatId,
        user_id: int,
        *,
        until_date: Optional[ExpireDate] = None,
        revoke_messages: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to ban a user in a group, a supergroup or a channel.

        See :class:`~telebot_lite.methods.BanChatMember`.
        """
        return self(
            _methods.BanChatMember(
                chat_id=chat_id,
                user_id=user_id,
                until_date=until_date,
                revoke_messages=revoke_messages,
            ),
            timeout=timeout,
        )

    def unban_chat_member(
        self,
        chat_id: ChatId,
        user_id: int,
        *,
        only_if_banned: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to unban a previously banned user in a supergroup or channel.

        See :class:`~telebot_lite.methods.UnbanChatMember`.
        """
        return self(
            _methods.UnbanChatMember(
                chat_id=chat_id,
                user_id=user_id,
                only_if_banned=only_if_banned,
            ),
            timeout=timeout,
        )

    def restrict_chat_member(
        self,
        chat_id: ChatId,
        user_id: int,
        permissions: Union[ChatPermissions, Mapping[str, Any]],
        *,
        use_independent_chat_permissions: Optional[bool] = None,
        until_date: Optional[ExpireDate] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to restrict a user in a supergroup.

        See :class:`~telebot_lite.methods.RestrictChatMember`.
        """
        return self(
            _methods.RestrictChatMember(
                chat_id=chat_id,
                user_id=user_id,
                permissions=permissions,
                use_independent_chat_permissions=use_independent_chat_permissions,
                until_date=until_date,
            ),
            timeout=timeout,
        )

    def promote_chat_member(
        self,
        chat_id: ChatId,
        user_id: int,
        *,
        is_anonymous: Optional[bool] = None,
        can_manage_chat: Optional[bool] = None,
        can_delete_messages: Optional[bool] = None,
        can_manage_video_chats: Optional[bool] = None,
        can_restrict_members: Optional[bool] = None,
        can_promote_members: Optional[bool] = None,
        can_change_info: Optional[bool] = None,
        can_invite_users: Optional[bool] = None,
        can_post_stories: Optional[bool] = None,
        can_edit_stories: Optional[bool] = None,
        can_delete_stories: Optional[bool] = None,
        can_post_messages: Optional[bool] = None,
        can_edit_messages: Optional[bool] = None,
        can_pin_messages: Optional[bool] = None,
        can_manage_topics: Optional[bool] = None,
        can_manage_direct_messages: Optional[bool] = None,
        can_manage_tags: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to promote or demote a user in a supergroup or a channel.

        See :class:`~telebot_lite.methods.PromoteChatMember`.
        """
        return self(
            _methods.PromoteChatMember(
                chat_id=chat_id,
                user_id=user_id,
                is_anonymous=is_anonymous,
                can_manage_chat=can_manage_chat,
                can_delete_messages=can_delete_messages,
                can_manage_video_chats=can_manage_video_chats,
                can_restrict_members=can_restrict_members,
                can_promote_members=can_promote_members,
                can_change_info=can_change_info,
                can_invite_users=can_invite_users,
                can_post_stories=can_post_stories,
                can_edit_stories=can_edit_stories,
                can_delete_stories=can_delete_stories,
                can_post_messages=can_post_messages,
                can_edit_messages=can_edit_messages,
                can_pin_messages=can_pin_messages,
                can_manage_topics=can_manage_topics,
                can_manage_direct_messages=can_manage_direct_messages,
                can_manage_tags=can_manage_tags,
            ),
            timeout=timeout,
        )

    def set_chat_administrator_custom_title(
        self,
        chat_id: ChatId,
        user_id: int,
        custom_title: str,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to set a custom title for an administrator in a supergroup promoted by
        the bot.

        See :class:`~telebot_lite.methods.SetChatAdministratorCustomTitle`.
        """
        return self(
            _methods.SetChatAdministratorCustomTitle(
                chat_id=chat_id,
                user_id=user_id,
                custom_title=custom_title,
            ),
            timeout=timeout,
        )

    def set_chat_member_tag(
        self,
        chat_id: ChatId,
        user_id: int,
        *,
        tag: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to set a tag for a regular member in a group or a supergroup.

        See :class:`~telebot_lite.methods.SetChatMemberTag`.
        """
        return self(
            _methods.SetChatMemberTag(
                chat_id=chat_id,
                user_id=user_id,
                tag=tag,
            ),
            timeout=timeout,
        )

    def ban_chat_sender_chat(
        self,
        chat_id: ChatId,
        sender_chat_id: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to ban a channel chat in a supergroup or a channel.

        See :class:`~telebot_lite.methods.BanChatSenderChat`.
        """
        return self(
            _methods.BanChatSenderChat(
                chat_id=chat_id,
                sender_chat_id=sender_chat_id,
            ),
            timeout=timeout,
        )

    def unban_chat_sender_chat(
        self,
        chat_id: ChatId,
        sender_chat_id: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to unban a previously banned channel chat in a supergroup or channel.

        See :class:`~telebot_lite.methods.UnbanChatSenderChat`.
        """
        return self(
            _methods.UnbanChatSenderChat(
                chat_id=chat_id,
                sender_chat_id=sender_chat_id,
            ),
            timeout=timeout,
        )

    def set_chat_permissions(
        self,
        chat_id: ChatId,
        permissions: Union[ChatPermissions, Mapping[str, Any]],
        *,
        use_independent_chat_permissions: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to set default chat permissions for all members.

        See :class:`~telebot_lite.methods.SetChatPermissions`.
        """
        return self(
            _methods.SetChatPermissions(
                chat_id=chat_id,
                permissions=permissions,
                use_independent_chat_permissions=use_independent_chat_permissions,
            ),
            timeout=timeout,
        )

    def export_chat_invite_link(
        self,
        chat_id: ChatId,
        *,
        timeout: Optional[Timeout] = None,
    ) -> str:
        """Mint a new primary invite link for the chat and revoke the bot's previous primary link.

        Returns the new link as a string. Every call mints a new link, so it is never re-sent
        after it may have arrived.

        See :class:`~telebot_lite.methods.ExportChatInviteLink`.
        """
        return self(
            _methods.ExportChatInviteLink(
                chat_id=chat_id,
            ),
            timeout=timeout,
        )

    def create_chat_invite_link(
        self,
        chat_id: ChatId,
        *,
        name: Optional[str] = None,
        expire_date: Optional[ExpireDate] = None,
        member_limit: Optional[int] = None,
        creates_join_request: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> ChatInviteLink:
        """Create an additional invite link for a chat where the bot is an administrator.

        `expire_date` is an aware datetime, a timedelta counted from the moment of sending, or
        Unix time (int or float); it must lie after the moment of sending and not after
        2038-01-19T03:14:07Z. `name` must reach Telegram unchanged: no control or invisible
        characters, no space at either end or next to another. Re-sending mints a second link, so
        it is never re-sent after it may have arrived.

        See :class:`~telebot_lite.methods.CreateChatInviteLink`.
        """
        return self(
            _methods.CreateChatInviteLink(
                chat_id=chat_id,
                name=name,
                expire_date=expire_date,
                member_limit=member_limit,
                creates_join_request=creates_join_request,
            ),
            timeout=timeout,
        )

    def edit_chat_invite_link(
        self,
        chat_id: ChatId,
        invite_link: InviteLink,
        *,
        name: Optional[str] = None,
        expire_date: Optional[ExpireDate] = None,
        member_limit: Optional[int] = None,
        creates_join_request: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> ChatInviteLink:
        """Edit a non-primary invite link the bot created.

        **Telegram replaces every optional field you do not send**: leaving out `expire_date`
        removes the expiry, leaving out `member_limit` removes the limit. Pass every value you
        want to keep. `invite_link` is the URL or the :class:`~telebot_lite.types.ChatInviteLink`
        itself. Safe to re-send.

        See :class:`~telebot_lite.methods.EditChatInviteLink`.
        """
        return self(
            _methods.EditChatInviteLink(
                chat_id=chat_id,
                invite_link=invite_link,
                name=name,
                expire_date=expire_date,
                member_limit=member_limit,
                creates_join_request=creates_join_request,
            ),
            timeout=timeout,
        )

    def create_chat_subscription_invite_link(
        self,
        chat_id: ChatId,
        subscription_period: Duration,
        subscription_price: int,
        *,
        name: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> ChatInviteLink:
        """Create a paid subscription invite link for a channel (Telegram Stars).

        `subscription_period` is a duration (int seconds or a timedelta); Telegram accepts only
        30 days (2592000 seconds), so any other period is refused before sending.
        `subscription_price` is 1..10000 Stars per period. Never re-sent after it may have
        arrived.

        See :class:`~telebot_lite.methods.CreateChatSubscriptionInviteLink`.
        """
        return self(
            _methods.CreateChatSubscriptionInviteLink(
                chat_id=chat_id,
                subscription_period=subscription_period,
                subscription_price=subscription_price,
                name=name,
            ),
            timeout=timeout,
        )

    def edit_chat_subscription_invite_link(
        self,
        chat_id: ChatId,
        invite_link: InviteLink,
        *,
        name: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> ChatInviteLink:
        """Rename a subscription invite link the bot created (the name is all that can change).

        Safe to re-send.

        See :class:`~telebot_lite.methods.EditChatSubscriptionInviteLink`.
        """
        return self(
            _methods.EditChatSubscriptionInviteLink(
                chat_id=chat_id,
                invite_link=invite_link,
                name=name,
            ),
            timeout=timeout,
        )

    def revoke_chat_invite_link(
        self,
        chat_id: ChatId,
        invite_link: InviteLink,
        *,
        timeout: Optional[Timeout] = None,
    ) -> ChatInviteLink:
        """Revoke an invite link the bot created; revoking the primary link mints a new primary one.

        Returns the revoked link. Safe to re-send.

        See :class:`~telebot_lite.methods.RevokeChatInviteLink`.
        """
        return self(
            _methods.RevokeChatInviteLink(
                chat_id=chat_id,
                invite_link=invite_link,
            ),
            timeout=timeout,
        )

    def approve_chat_join_request(
        self,
        chat_id: ChatId,
        user_id: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Approve a pending join request; a good webhook reply.

        Not re-sent after it may have arrived: a second approval would fail with
        :class:`~telebot_lite.JoinRequestAlreadyHandled` and hide the first one's success.

        See :class:`~telebot_lite.methods.ApproveChatJoinRequest`.
        """
        return self(
            _methods.ApproveChatJoinRequest(
                chat_id=chat_id,
                user_id=user_id,
            ),
            timeout=timeout,
        )

    def decline_chat_join_request(
        self,
        chat_id: ChatId,
        user_id: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Decline a pending join request; a good webhook reply.

        Not re-sent after it may have arrived, for the same reason as approval.

        See :class:`~telebot_lite.methods.DeclineChatJoinRequest`.
        """
        return self(
            _methods.DeclineChatJoinRequest(
                chat_id=chat_id,
                user_id=user_id,
            ),
            timeout=timeout,
        )

    def answer_chat_join_request_query(
        self,
        chat_join_request_query_id: str,
        result: str,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to process a received chat join request query.

        See :class:`~telebot_lite.methods.AnswerChatJoinRequestQuery`.
        """
        return self(
            _methods.AnswerChatJoinRequestQuery(
                chat_join_request_query_id=chat_join_request_query_id,
                result=result,
            ),
            timeout=timeout,
        )

    def send_chat_join_request_web_app(
        self,
        chat_join_request_query_id: str,
        web_app_url: str,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to process a received chat join request query by showing a Mini App to
        the user before deciding the outcome.

        See :class:`~telebot_lite.methods.SendChatJoinRequestWebApp`.
        """
        return self(
            _methods.SendChatJoinRequestWebApp(
                chat_join_request_query_id=chat_join_request_query_id,
                web_app_url=web_app_url,
            ),
            timeout=timeout,
        )

    def set_chat_photo(
        self,
        chat_id: ChatId,
        photo: InputFileParam,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to set a new profile photo for the chat.

        See :class:`~telebot_lite.methods.SetChatPhoto`.
        """
        return self(
            _methods.SetChatPhoto(
                chat_id=chat_id,
                photo=photo,
            ),
            timeout=timeout,
        )

    def delete_chat_photo(
        self,
        chat_id: ChatId,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to delete a chat photo.

        See :class:`~telebot_lite.methods.DeleteChatPhoto`.
        """
        return self(
            _methods.DeleteChatPhoto(
                chat_id=chat_id,
            ),
            timeout=timeout,
        )

    def set_chat_title(
        self,
        chat_id: ChatId,
        title: str,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to change the title of a chat.

        See :class:`~telebot_lite.methods.SetChatTitle`.
        """
        return self(
            _methods.SetChatTitle(
                chat_id=chat_id,
                title=title,
            ),
            timeout=timeout,
        )

    def set_chat_description(
        self,
        chat_id: ChatId,
        *,
        description: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to change the description of a group, a supergroup or a channel.

        See :class:`~telebot_lite.methods.SetChatDescription`.
        """
        return self(
            _methods.SetChatDescription(
                chat_id=chat_id,
                description=description,
            ),
            timeout=timeout,
        )

    def pin_chat_message(
        self,
        chat_id: ChatId,
        message_id: int,
        *,
        business_connection_id: Optional[str] = None,
        disable_notification: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to add a message to the list of pinned messages in a chat.

        See :class:`~telebot_lite.methods.PinChatMessage`.
        """
        return self(
            _methods.PinChatMessage(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_id=message_id,
                disable_notification=disable_notification,
            ),
            timeout=timeout,
        )

    def unpin_chat_message(
        self,
        chat_id: ChatId,
        *,
        business_connection_id: Optional[str] = None,
        message_id: Optional[int] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to remove a message from the list of pinned messages in a chat.

        See :class:`~telebot_lite.methods.UnpinChatMessage`.
        """
        return self(
            _methods.UnpinChatMessage(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_id=message_id,
            ),
            timeout=timeout,
        )

    def unpin_all_chat_messages(
        self,
        chat_id: ChatId,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to clear the list of pinned messages in a chat.

        See :class:`~telebot_lite.methods.UnpinAllChatMessages`.
        """
        return self(
            _methods.UnpinAllChatMessages(
                chat_id=chat_id,
            ),
            timeout=timeout,
        )

    def leave_chat(
        self,
        chat_id: ChatId,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method for your bot to leave a group, supergroup or channel.

        See :class:`~telebot_lite.methods.LeaveChat`.
        """
        return self(
            _methods.LeaveChat(
                chat_id=chat_id,
            ),
            timeout=timeout,
        )

    def get_chat(
        self,
        chat_id: ChatId,
        *,
        timeout: Optional[Timeout] = None,
    ) -> ChatFullInfo:
        """Use this method to get up-to-date information about the chat.

        See :class:`~telebot_lite.methods.GetChat`.
        """
        return self(
            _methods.GetChat(
                chat_id=chat_id,
            ),
            timeout=timeout,
        )

    def get_chat_administrators(
        self,
        chat_id: ChatId,
        *,
        return_bots: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> list[ChatMember]:
        """Use this method to get a list of administrators in a chat.

        See :class:`~telebot_lite.methods.GetChatAdministrators`.
        """
        return self(
            _methods.GetChatAdministrators(
                chat_id=chat_id,
                return_bots=return_bots,
            ),
            timeout=timeout,
        )

    def get_chat_member_count(
        self,
        chat_id: ChatId,
        *,
        timeout: Optional[Timeout] = None,
    ) -> int:
        """Use this method to get the number of members in a chat.

        See :class:`~telebot_lite.methods.GetChatMemberCount`.
        """
        return self(
            _methods.GetChatMemberCount(
                chat_id=chat_id,
            ),
            timeout=timeout,
        )

    def get_chat_member(
        self,
        chat_id: ChatId,
        user_id: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> ChatMember:
        """Use this method to get information about a member of a chat.

        See :class:`~telebot_lite.methods.GetChatMember`.
        """
        return self(
            _methods.GetChatMember(
                chat_id=chat_id,
                user_id=user_id,
            ),
            timeout=timeout,
        )

    def get_user_personal_chat_messages(
        self,
        user_id: int,
        limit: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> list[Message]:
        """Use this method to get the last messages from the personal chat (i.e., the chat currently
        added to their profile) of a given user.

        See :class:`~telebot_lite.methods.GetUserPersonalChatMessages`.
        """
        return self(
            _methods.GetUserPersonalChatMessages(
                user_id=user_id,
                limit=limit,
            ),
            timeout=timeout,
        )

    def set_chat_sticker_set(
        self,
        chat_id: ChatId,
        sticker_set_name: str,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to set a new group sticker set for a supergroup.

        See :class:`~telebot_lite.methods.SetChatStickerSet`.
        """
        return self(
            _methods.SetChatStickerSet(
                chat_id=chat_id,
                sticker_set_name=sticker_set_name,
            ),
            timeout=timeout,
        )

    def delete_chat_sticker_set(
        self,
        chat_id: ChatId,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to delete a group sticker set from a supergroup.

        See :class:`~telebot_lite.methods.DeleteChatStickerSet`.
        """
        return self(
            _methods.DeleteChatStickerSet(
                chat_id=chat_id,
            ),
            timeout=timeout,
        )

    def get_forum_topic_icon_stickers(
        self,
        *,
        timeout: Optional[Timeout] = None,
    ) -> list[Sticker]:
        """Use this method to get custom emoji stickers, which can be used as a forum topic icon by
        any user.

        See :class:`~telebot_lite.methods.GetForumTopicIconStickers`.
        """
        return self(
            _methods.GetForumTopicIconStickers(),
            timeout=timeout,
        )

    def create_forum_topic(
        self,
        chat_id: ChatId,
        name: str,
        *,
        icon_color: Optional[int] = None,
        icon_custom_emoji_id: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> ForumTopic:
        """Use this method to create a topic in a forum supergroup chat or a private chat with a
        user.

        See :class:`~telebot_lite.methods.CreateForumTopic`.
        """
        return self(
            _methods.CreateForumTopic(
                chat_id=chat_id,
                name=name,
                icon_color=icon_color,
                icon_custom_emoji_id=icon_custom_emoji_id,
            ),
            timeout=timeout,
        )

    def edit_forum_topic(
        self,
        chat_id: ChatId,
        message_thread_id: int,
        *,
        name: Optional[str] = None,
        icon_custom_emoji_id: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to edit name and icon of a topic in a forum supergroup chat or a private
        chat with a user.

        See :class:`~telebot_lite.methods.EditForumTopic`.
        """
        return self(
            _methods.EditForumTopic(
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                name=name,
                icon_custom_emoji_id=icon_custom_emoji_id,
            ),
            timeout=timeout,
        )

    def close_forum_topic(
        self,
        chat_id: ChatId,
        message_thread_id: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to close an open topic in a forum supergroup chat.

        See :class:`~telebot_lite.methods.CloseForumTopic`.
        """
        return self(
            _methods.CloseForumTopic(
                chat_id=chat_id,
                message_thread_id=message_thread_id,
            ),
            timeout=timeout,
        )

    def reopen_forum_topic(
        self,
        chat_id: ChatId,
        message_thread_id: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to reopen a closed topic in a forum supergroup chat.

        See :class:`~telebot_lite.methods.ReopenForumTopic`.
        """
        return self(
            _methods.ReopenForumTopic(
                chat_id=chat_id,
                message_thread_id=message_thread_id,
            ),
            timeout=timeout,
        )

    def delete_forum_topic(
        self,
        chat_id: ChatId,
        message_thread_id: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to delete a forum topic along with all its messages in a forum supergroup
        chat or a private chat with a user.

        See :class:`~telebot_lite.methods.DeleteForumTopic`.
        """
        return self(
            _methods.DeleteForumTopic(
                chat_id=chat_id,
                message_thread_id=message_thread_id,
            ),
            timeout=timeout,
        )

    def unpin_all_forum_topic_messages(
        self,
        chat_id: ChatId,
        message_thread_id: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to clear the list of pinned messages in a forum topic in a forum
        supergroup chat or a private chat with a user.

        See :class:`~telebot_lite.methods.UnpinAllForumTopicMessages`.
        """
        return self(
            _methods.UnpinAllForumTopicMessages(
                chat_id=chat_id,
                message_thread_id=message_thread_id,
            ),
            timeout=timeout,
        )

    def edit_general_forum_topic(
        self,
        chat_id: ChatId,
        name: str,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to edit the name of the 'General' topic in a forum supergroup chat.

        See :class:`~telebot_lite.methods.EditGeneralForumTopic`.
        """
        return self(
            _methods.EditGeneralForumTopic(
                chat_id=chat_id,
                name=name,
            ),
            timeout=timeout,
        )

    def close_general_forum_topic(
        self,
        chat_id: ChatId,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to close an open 'General' topic in a forum supergroup chat.

        See :class:`~telebot_lite.methods.CloseGeneralForumTopic`.
        """
        return self(
            _methods.CloseGeneralForumTopic(
                chat_id=chat_id,
            ),
            timeout=timeout,
        )

    def reopen_general_forum_topic(
        self,
        chat_id: ChatId,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to reopen a closed 'General' topic in a forum supergroup chat.

        See :class:`~telebot_lite.methods.ReopenGeneralForumTopic`.
        """
        return self(
            _methods.ReopenGeneralForumTopic(
                chat_id=chat_id,
            ),
            timeout=timeout,
        )

    def hide_general_forum_topic(
        self,
        chat_id: ChatId,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to hide the 'General' topic in a forum supergroup chat.

        See :class:`~telebot_lite.methods.HideGeneralForumTopic`.
        """
        return self(
            _methods.HideGeneralForumTopic(
                chat_id=chat_id,
            ),
            timeout=timeout,
        )

    def unhide_general_forum_topic(
        self,
        chat_id: ChatId,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to unhide the 'General' topic in a forum supergroup chat.

        See :class:`~telebot_lite.methods.UnhideGeneralForumTopic`.
        """
        return self(
            _methods.UnhideGeneralForumTopic(
                chat_id=chat_id,
            ),
            timeout=timeout,
        )

    def unpin_all_general_forum_topic_messages(
        self,
        chat_id: ChatId,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to clear the list of pinned messages in a General forum topic.

        See :class:`~telebot_lite.methods.UnpinAllGeneralForumTopicMessages`.
        """
        return self(
            _methods.UnpinAllGeneralForumTopicMessages(
                chat_id=chat_id,
            ),
            timeout=timeout,
        )

    def answer_callback_query(
        self,
        callback_query_id: str,
        *,
        text: Optional[str] = None,
        show_alert: Optional[bool] = None,
        url: Optional[str] = None,
        cache_time: Optional[Duration] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to send answers to callback queries sent from inline keyboards.

        See :class:`~telebot_lite.methods.AnswerCallbackQuery`.
        """
        return self(
            _methods.AnswerCallbackQuery(
                callback_query_id=callback_query_id,
                text=text,
                show_alert=show_alert,
                url=url,
                cache_time=cache_time,
            ),
            timeout=timeout,
        )

    def answer_guest_query(
        self,
        guest_query_id: str,
        result: Union[InlineQueryResult, Mapping[str, Any]],
        *,
        timeout: Optional[Timeout] = None,
    ) -> SentGuestMessage:
        """Use this method to reply to a received guest message.

        See :class:`~telebot_lite.methods.AnswerGuestQuery`.
        """
        return self(
            _methods.AnswerGuestQuery(
                guest_query_id=guest_query_id,
                result=result,
            ),
            timeout=timeout,
        )

    def get_user_chat_boosts(
        self,
        chat_id: ChatId,
        user_id: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> UserChatBoosts:
        """Use this method to get the list of boosts added to a chat by a user.

        See :class:`~telebot_lite.methods.GetUserChatBoosts`.
        """
        return self(
            _methods.GetUserChatBoosts(
                chat_id=chat_id,
                user_id=user_id,
            ),
            timeout=timeout,
        )

    def get_business_connection(
        self,
        business_connection_id: str,
        *,
        timeout: Optional[Timeout] = None,
    ) -> BusinessConnection:
        """Use this method to get information about the connection of the bot with a business
        account.

        See :class:`~telebot_lite.methods.GetBusinessConnection`.
        """
        return self(
            _methods.GetBusinessConnection(
                business_connection_id=business_connection_id,
            ),
            timeout=timeout,
        )

    def get_managed_bot_token(
        self,
        user_id: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> str:
        """Use this method to get the token of a managed bot.

        See :class:`~telebot_lite.methods.GetManagedBotToken`.
        """
        return self(
            _methods.GetManagedBotToken(
                user_id=user_id,
            ),
            timeout=timeout,
        )

    def replace_managed_bot_token(
        self,
        user_id: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> str:
        """Use this method to revoke the current token of a managed bot and generate a new one.

        See :class:`~telebot_lite.methods.ReplaceManagedBotToken`.
        """
        return self(
            _methods.ReplaceManagedBotToken(
                user_id=user_id,
            ),
            timeout=timeout,
        )

    def get_managed_bot_access_settings(
        self,
        user_id: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> BotAccessSettings:
        """Use this method to get the access settings of a managed bot.

        See :class:`~telebot_lite.methods.GetManagedBotAccessSettings`.
        """
        return self(
            _methods.GetManagedBotAccessSettings(
                user_id=user_id,
            ),
            timeout=timeout,
        )

    def set_managed_bot_access_settings(
        self,
        user_id: int,
        is_access_restricted: bool,
        *,
        added_user_ids: Optional[Sequence[int]] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to change the access settings of a managed bot.

        See :class:`~telebot_lite.methods.SetManagedBotAccessSettings`.
        """
        return self(
            _methods.SetManagedBotAccessSettings(
                user_id=user_id,
                is_access_restricted=is_access_restricted,
                added_user_ids=added_user_ids,
            ),
            timeout=timeout,
        )

    def set_my_commands(
        self,
        commands: Sequence[Union[BotCommand, Mapping[str, Any]]],
        *,
        scope: Optional[Union[BotCommandScope, Mapping[str, Any]]] = None,
        language_code: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to change the list of the bot's commands.

        See :class:`~telebot_lite.methods.SetMyCommands`.
        """
        return self(
            _methods.SetMyCommands(
                commands=commands,
                scope=scope,
                language_code=language_code,
            ),
            timeout=timeout,
        )

    def delete_my_commands(
        self,
        *,
        scope: Optional[Union[BotCommandScope, Mapping[str, Any]]] = None,
        language_code: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to delete the list of the bot's commands for the given scope and user
        language.

        See :class:`~telebot_lite.methods.DeleteMyCommands`.
        """
        return self(
            _methods.DeleteMyCommands(
                scope=scope,
                language_code=language_code,
            ),
            timeout=timeout,
        )

    def get_my_commands(
        self,
        *,
        scope: Optional[Union[BotCommandScope, Mapping[str, Any]]] = None,
        language_code: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> list[BotCommand]:
        """Use this method to get the current list of the bot's commands for the given scope and
        user language.

        See :class:`~telebot_lite.methods.GetMyCommands`.
        """
        return self(
            _methods.GetMyCommands(
                scope=scope,
                language_code=language_code,
            ),
            timeout=timeout,
        )

    def set_my_name(
        self,
        *,
        name: Optional[str] = None,
        language_code: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to change the bot's name.

        See :class:`~telebot_lite.methods.SetMyName`.
        """
        return self(
            _methods.SetMyName(
                name=name,
                language_code=language_code,
            ),
            timeout=timeout,
        )

    def get_my_name(
        self,
        *,
        language_code: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> BotName:
        """Use this method to get the current bot name for the given user language.

        See :class:`~telebot_lite.methods.GetMyName`.
        """
        return self(
            _methods.GetMyName(
                language_code=language_code,
            ),
            timeout=timeout,
        )

    def set_my_description(
        self,
        *,
        description: Optional[str] = None,
        language_code: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to change the bot's description, which is shown in the chat with the bot
        if the chat is empty.

        See :class:`~telebot_lite.methods.SetMyDescription`.
        """
        return self(
            _methods.SetMyDescription(
                description=description,
                language_code=language_code,
            ),
            timeout=timeout,
        )

    def get_my_description(
        self,
        *,
        language_code: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> BotDescription:
        """Use this method to get the current bot description for the given user language.

        See :class:`~telebot_lite.methods.GetMyDescription`.
        """
        return self(
            _methods.GetMyDescription(
                language_code=language_code,
            ),
            timeout=timeout,
        )

    def set_my_short_description(
        self,
        *,
        short_description: Optional[str] = None,
        language_code: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to change the bot's short description, which is shown on the bot's
        profile page and is sent together with the link when users share the bot.

        See :class:`~telebot_lite.methods.SetMyShortDescription`.
        """
        return self(
            _methods.SetMyShortDescription(
                short_description=short_description,
                language_code=language_code,
            ),
            timeout=timeout,
        )

    def get_my_short_description(
        self,
        *,
        language_code: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> BotShortDescription:
        """Use this method to get the current bot short description for the given user language.

        See :class:`~telebot_lite.methods.GetMyShortDescription`.
        """
        return self(
            _methods.GetMyShortDescription(
                language_code=language_code,
            ),
            timeout=timeout,
        )

    def set_my_profile_photo(
        self,
        photo: Union[InputProfilePhoto, Mapping[str, Any]],
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Changes the profile photo of the bot.

        See :class:`~telebot_lite.methods.SetMyProfilePhoto`.
        """
        return self(
            _methods.SetMyProfilePhoto(
                photo=photo,
            ),
            timeout=timeout,
        )

    def remove_my_profile_photo(
        self,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Removes the profile photo of the bot.

        See :class:`~telebot_lite.methods.RemoveMyProfilePhoto`.
        """
        return self(
            _methods.RemoveMyProfilePhoto(),
            timeout=timeout,
        )

    def set_chat_menu_button(
        self,
        *,
        chat_id: Optional[int] = None,
        menu_button: Optional[Union[MenuButton, Mapping[str, Any]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to change the bot's menu button in a private chat, or the default menu
        button.

        See :class:`~telebot_lite.methods.SetChatMenuButton`.
        """
        return self(
            _methods.SetChatMenuButton(
                chat_id=chat_id,
                menu_button=menu_button,
            ),
            timeout=timeout,
        )

    def get_chat_menu_button(
        self,
        *,
        chat_id: Optional[int] = None,
        timeout: Optional[Timeout] = None,
    ) -> MenuButton:
        """Use this method to get the current value of the bot's menu button in a private chat, or
        the default menu button.

        See :class:`~telebot_lite.methods.GetChatMenuButton`.
        """
        return self(
            _methods.GetChatMenuButton(
                chat_id=chat_id,
            ),
            timeout=timeout,
        )

    def set_my_default_administrator_rights(
        self,
        *,
        rights: Optional[Union[ChatAdministratorRights, Mapping[str, Any]]] = None,
        for_channels: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to change the default administrator rights requested by the bot when it's
        added as an administrator to groups or channels.

        See :class:`~telebot_lite.methods.SetMyDefaultAdministratorRights`.
        """
        return self(
            _methods.SetMyDefaultAdministratorRights(
                rights=rights,
                for_channels=for_channels,
            ),
            timeout=timeout,
        )

    def get_my_default_administrator_rights(
        self,
        *,
        for_channels: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> ChatAdministratorRights:
        """Use this method to get the current default administrator rights of the bot.

        See :class:`~telebot_lite.methods.GetMyDefaultAdministratorRights`.
        """
        return self(
            _methods.GetMyDefaultAdministratorRights(
                for_channels=for_channels,
            ),
            timeout=timeout,
        )

    def get_available_gifts(
        self,
        *,
        timeout: Optional[Timeout] = None,
    ) -> Gifts:
        """Returns the list of gifts that can be sent by the bot to users and channel chats.

        See :class:`~telebot_lite.methods.GetAvailableGifts`.
        """
        return self(
            _methods.GetAvailableGifts(),
            timeout=timeout,
        )

    def send_gift(
        self,
        gift_id: str,
        *,
        user_id: Optional[int] = None,
        chat_id: Optional[ChatId] = None,
        pay_for_upgrade: Optional[bool] = None,
        text: Optional[str] = None,
        text_parse_mode: Optional[str] = None,
        text_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Sends a gift to the given user or channel chat.

        See :class:`~telebot_lite.methods.SendGift`.
        """
        return self(
            _methods.SendGift(
                user_id=user_id,
                chat_id=chat_id,
                gift_id=gift_id,
                pay_for_upgrade=pay_for_upgrade,
                text=text,
                text_parse_mode=text_parse_mode,
                text_entities=text_entities,
            ),
            timeout=timeout,
        )

    def gift_premium_subscription(
        self,
        user_id: int,
        month_count: int,
        star_count: int,
        *,
        text: Optional[str] = None,
        text_parse_mode: Optional[str] = None,
        text_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Gifts a Telegram Premium subscription to the given user.

        See :class:`~telebot_lite.methods.GiftPremiumSubscription`.
        """
        return self(
            _methods.GiftPremiumSubscription(
                user_id=user_id,
                month_count=month_count,
                star_count=star_count,
                text=text,
                text_parse_mode=text_parse_mode,
                text_entities=text_entities,
            ),
            timeout=timeout,
        )

    def verify_user(
        self,
        user_id: int,
        *,
        custom_description: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Verifies a user on behalf of the organization which is represented by the bot.

        See :class:`~telebot_lite.methods.VerifyUser`.
        """
        return self(
            _methods.VerifyUser(
                user_id=user_id,
                custom_description=custom_description,
            ),
            timeout=timeout,
        )

    def verify_chat(
        self,
        chat_id: ChatId,
        *,
        custom_description: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Verifies a chat on behalf of the organization which is represented by the bot.

        See :class:`~telebot_lite.methods.VerifyChat`.
        """
        return self(
            _methods.VerifyChat(
                chat_id=chat_id,
                custom_description=custom_description,
            ),
            timeout=timeout,
        )

    def remove_user_verification(
        self,
        user_id: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Removes verification from a user who is currently verified on behalf of the organization
        represented by the bot.

        See :class:`~telebot_lite.methods.RemoveUserVerification`.
        """
        return self(
            _methods.RemoveUserVerification(
                user_id=user_id,
            ),
            timeout=timeout,
        )

    def remove_chat_verification(
        self,
        chat_id: ChatId,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Removes verification from a chat that is currently verified on behalf of the organization
        represented by the bot.

        See :class:`~telebot_lite.methods.RemoveChatVerification`.
        """
        return self(
            _methods.RemoveChatVerification(
                chat_id=chat_id,
            ),
            timeout=timeout,
        )

    def read_business_message(
        self,
        business_connection_id: str,
        chat_id: int,
        message_id: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Marks incoming message as read on behalf of a business account.

        See :class:`~telebot_lite.methods.ReadBusinessMessage`.
        """
        return self(
            _methods.ReadBusinessMessage(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_id=message_id,
            ),
            timeout=timeout,
        )

    def delete_business_messages(
        self,
        business_connection_id: str,
        message_ids: Sequence[int],
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Delete messages on behalf of a business account.

        See :class:`~telebot_lite.methods.DeleteBusinessMessages`.
        """
        return self(
            _methods.DeleteBusinessMessages(
                business_connection_id=business_connection_id,
                message_ids=message_ids,
            ),
            timeout=timeout,
        )

    def set_business_account_name(
        self,
        business_connection_id: str,
        first_name: str,
        *,
        last_name: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Changes the first and last name of a managed business account.

        See :class:`~telebot_lite.methods.SetBusinessAccountName`.
        """
        return self(
            _methods.SetBusinessAccountName(
                business_connection_id=business_connection_id,
                first_name=first_name,
                last_name=last_name,
            ),
            timeout=timeout,
        )

    def set_business_account_username(
        self,
        business_connection_id: str,
        *,
        username: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Changes the username of a managed business account.

        See :class:`~telebot_lite.methods.SetBusinessAccountUsername`.
        """
        return self(
            _methods.SetBusinessAccountUsername(
                business_connection_id=business_connection_id,
                username=username,
            ),
            timeout=timeout,
        )

    def set_business_account_bio(
        self,
        business_connection_id: str,
        *,
        bio: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Changes the bio of a managed business account.

        See :class:`~telebot_lite.methods.SetBusinessAccountBio`.
        """
        return self(
            _methods.SetBusinessAccountBio(
                business_connection_id=business_connection_id,
                bio=bio,
            ),
            timeout=timeout,
        )

    def set_business_account_profile_photo(
        self,
        business_connection_id: str,
        photo: Union[InputProfilePhoto, Mapping[str, Any]],
        *,
        is_public: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Changes the profile photo of a managed business account.

        See :class:`~telebot_lite.methods.SetBusinessAccountProfilePhoto`.
        """
        return self(
            _methods.SetBusinessAccountProfilePhoto(
                business_connection_id=business_connection_id,
                photo=photo,
                is_public=is_public,
            ),
            timeout=timeout,
        )

    def remove_business_account_profile_photo(
        self,
        business_connection_id: str,
        *,
        is_public: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Removes the current profile photo of a managed business account.

        See :class:`~telebot_lite.methods.RemoveBusinessAccountProfilePhoto`.
        """
        return self(
            _methods.RemoveBusinessAccountProfilePhoto(
                business_connection_id=business_connection_id,
                is_public=is_public,
            ),
            timeout=timeout,
        )

    def set_business_account_gift_settings(
        self,
        business_connection_id: str,
        show_gift_button: bool,
        accepted_gift_types: Union[AcceptedGiftTypes, Mapping[str, Any]],
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Changes the privacy settings pertaining to incoming gifts in a managed business account.

        See :class:`~telebot_lite.methods.SetBusinessAccountGiftSettings`.
        """
        return self(
            _methods.SetBusinessAccountGiftSettings(
                business_connection_id=business_connection_id,
                show_gift_button=show_gift_button,
                accepted_gift_types=accepted_gift_types,
            ),
            timeout=timeout,
        )

    def get_business_account_star_balance(
        self,
        business_connection_id: str,
        *,
        timeout: Optional[Timeout] = None,
    ) -> StarAmount:
        """Returns the amount of Telegram Stars owned by a managed business account.

        See :class:`~telebot_lite.methods.GetBusinessAccountStarBalance`.
        """
        return self(
            _methods.GetBusinessAccountStarBalance(
                business_connection_id=business_connection_id,
            ),
            timeout=timeout,
        )

    def transfer_business_account_stars(
        self,
        business_connection_id: str,
        star_count: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Transfers Telegram Stars from the business account balance to the bot's balance.

        See :class:`~telebot_lite.methods.TransferBusinessAccountStars`.
        """
        return self(
            _methods.TransferBusinessAccountStars(
                business_connection_id=business_connection_id,
                star_count=star_count,
            ),
            timeout=timeout,
        )

    def get_business_account_gifts(
        self,
        business_connection_id: str,
        *,
        exclude_unsaved: Optional[bool] = None,
        exclude_saved: Optional[bool] = None,
        exclude_unlimited: Optional[bool] = None,
        exclude_limited_upgradable: Optional[bool] = None,
        exclude_limited_non_upgradable: Optional[bool] = None,
        exclude_unique: Optional[bool] = None,
        exclude_from_blockchain: Optional[bool] = None,
        sort_by_price: Optional[bool] = None,
        offset: Optional[str] = None,
        limit: Optional[int] = None,
        timeout: Optional[Timeout] = None,
    ) -> OwnedGifts:
        """Returns the gifts received and owned by a managed business account.

        See :class:`~telebot_lite.methods.GetBusinessAccountGifts`.
        """
        return self(
            _methods.GetBusinessAccountGifts(
                business_connection_id=business_connection_id,
                exclude_unsaved=exclude_unsaved,
                exclude_saved=exclude_saved,
                exclude_unlimited=exclude_unlimited,
                exclude_limited_upgradable=exclude_limited_upgradable,
                exclude_limited_non_upgradable=exclude_limited_non_upgradable,
                exclude_unique=exclude_unique,
                exclude_from_blockchain=exclude_from_blockchain,
                sort_by_price=sort_by_price,
                offset=offset,
                limit=limit,
            ),
            timeout=timeout,
        )

    def get_user_gifts(
        self,
        user_id: int,
        *,
        exclude_unlimited: Optional[bool] = None,
        exclude_limited_upgradable: Optional[bool] = None,
        exclude_limited_non_upgradable: Optional[bool] = None,
        exclude_from_blockchain: Optional[bool] = None,
        exclude_unique: Optional[bool] = None,
        sort_by_price: Optional[bool] = None,
        offset: Optional[str] = None,
        limit: Optional[int] = None,
        timeout: Optional[Timeout] = None,
    ) -> OwnedGifts:
        """Returns the gifts owned and hosted by a user.

        See :class:`~telebot_lite.methods.GetUserGifts`.
        """
        return self(
            _methods.GetUserGifts(
                user_id=user_id,
                exclude_unlimited=exclude_unlimited,
                exclude_limited_upgradable=exclude_limited_upgradable,
                exclude_limited_non_upgradable=exclude_limited_non_upgradable,
                exclude_from_blockchain=exclude_from_blockchain,
                exclude_unique=exclude_unique,
                sort_by_price=sort_by_price,
                offset=offset,
                limit=limit,
            ),
            timeout=timeout,
        )

    def get_chat_gifts(
        self,
        chat_id: ChatId,
        *,
        exclude_unsaved: Optional[bool] = None,
        exclude_saved: Optional[bool] = None,
        exclude_unlimited: Optional[bool] = None,
        exclude_limited_upgradable: Optional[bool] = None,
        exclude_limited_non_upgradable: Optional[bool] = None,
        exclude_from_blockchain: Optional[bool] = None,
        exclude_unique: Optional[bool] = None,
        sort_by_price: Optional[bool] = None,
        offset: Optional[str] = None,
        limit: Optional[int] = None,
        timeout: Optional[Timeout] = None,
    ) -> OwnedGifts:
        """Returns the gifts owned by a chat.

        See :class:`~telebot_lite.methods.GetChatGifts`.
        """
        return self(
            _methods.GetChatGifts(
                chat_id=chat_id,
                exclude_unsaved=exclude_unsaved,
                exclude_saved=exclude_saved,
                exclude_unlimited=exclude_unlimited,
                exclude_limited_upgradable=exclude_limited_upgradable,
                exclude_limited_non_upgradable=exclude_limited_non_upgradable,
                exclude_from_blockchain=exclude_from_blockchain,
                exclude_unique=exclude_unique,
                sort_by_price=sort_by_price,
                offset=offset,
                limit=limit,
            ),
            timeout=timeout,
        )

    def convert_gift_to_stars(
        self,
        business_connection_id: str,
        owned_gift_id: str,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Converts a given regular gift to Telegram Stars.

        See :class:`~telebot_lite.methods.ConvertGiftToStars`.
        """
        return self(
            _methods.ConvertGiftToStars(
                business_connection_id=business_connection_id,
                owned_gift_id=owned_gift_id,
            ),
            timeout=timeout,
        )

    def upgrade_gift(
        self,
        business_connection_id: str,
        owned_gift_id: str,
        *,
        keep_original_details: Optional[bool] = None,
        star_count: Optional[int] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Upgrades a given regular gift to a unique gift.

        See :class:`~telebot_lite.methods.UpgradeGift`.
        """
        return self(
            _methods.UpgradeGift(
                business_connection_id=business_connection_id,
                owned_gift_id=owned_gift_id,
                keep_original_details=keep_original_details,
                star_count=star_count,
            ),
            timeout=timeout,
        )

    def transfer_gift(
        self,
        business_connection_id: str,
        owned_gift_id: str,
        new_owner_chat_id: int,
        *,
        star_count: Optional[int] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Transfers an owned unique gift to another user.

        See :class:`~telebot_lite.methods.TransferGift`.
        """
        return self(
            _methods.TransferGift(
                business_connection_id=business_connection_id,
                owned_gift_id=owned_gift_id,
                new_owner_chat_id=new_owner_chat_id,
                star_count=star_count,
            ),
            timeout=timeout,
        )

    def post_story(
        self,
        business_connection_id: str,
        content: Union[InputStoryContent, Mapping[str, Any]],
        active_period: Duration,
        *,
        caption: Optional[str] = None,
        parse_mode: Optional[str] = None,
        caption_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        areas: Optional[Sequence[Union[StoryArea, Mapping[str, Any]]]] = None,
        post_to_chat_page: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> Story:
        """Posts a story on behalf of a managed business account.

        See :class:`~telebot_lite.methods.PostStory`.
        """
        return self(
            _methods.PostStory(
                business_connection_id=business_connection_id,
                content=content,
                active_period=active_period,
                caption=caption,
                parse_mode=parse_mode,
                caption_entities=caption_entities,
                areas=areas,
                post_to_chat_page=post_to_chat_page,
                protect_content=protect_content,
            ),
            timeout=timeout,
        )

    def repost_story(
        self,
        business_connection_id: str,
        from_chat_id: int,
        from_story_id: int,
        active_period: Duration,
        *,
        post_to_chat_page: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> Story:
        """Reposts a story on behalf of a business account from another business account.

        See :class:`~telebot_lite.methods.RepostStory`.
        """
        return self(
            _methods.RepostStory(
                business_connection_id=business_connection_id,
                from_chat_id=from_chat_id,
                from_story_id=from_story_id,
                active_period=active_period,
                post_to_chat_page=post_to_chat_page,
                protect_content=protect_content,
            ),
            timeout=timeout,
        )

    def edit_story(
        self,
        business_connection_id: str,
        story_id: int,
        content: Union[InputStoryContent, Mapping[str, Any]],
        *,
        caption: Optional[str] = None,
        parse_mode: Optional[str] = None,
        caption_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        areas: Optional[Sequence[Union[StoryArea, Mapping[str, Any]]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> Story:
        """Edits a story previously posted by the bot on behalf of a managed business account.

        See :class:`~telebot_lite.methods.EditStory`.
        """
        return self(
            _methods.EditStory(
                business_connection_id=business_connection_id,
                story_id=story_id,
                content=content,
                caption=caption,
                parse_mode=parse_mode,
                caption_entities=caption_entities,
                areas=areas,
            ),
            timeout=timeout,
        )

    def delete_story(
        self,
        business_connection_id: str,
        story_id: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Deletes a story previously posted by the bot on behalf of a managed business account.

        See :class:`~telebot_lite.methods.DeleteStory`.
        """
        return self(
            _methods.DeleteStory(
                business_connection_id=business_connection_id,
                story_id=story_id,
            ),
            timeout=timeout,
        )

    def answer_web_app_query(
        self,
        web_app_query_id: str,
        result: Union[InlineQueryResult, Mapping[str, Any]],
        *,
        timeout: Optional[Timeout] = None,
    ) -> SentWebAppMessage:
        """Use this method to set the result of an interaction with a Web App and send a
        corresponding message on behalf of the user to the chat from which the query originated.

        See :class:`~telebot_lite.methods.AnswerWebAppQuery`.
        """
        return self(
            _methods.AnswerWebAppQuery(
                web_app_query_id=web_app_query_id,
                result=result,
            ),
            timeout=timeout,
        )

    def save_prepared_inline_message(
        self,
        user_id: int,
        result: Union[InlineQueryResult, Mapping[str, Any]],
        *,
        allow_user_chats: Optional[bool] = None,
        allow_bot_chats: Optional[bool] = None,
        allow_group_chats: Optional[bool] = None,
        allow_channel_chats: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> PreparedInlineMessage:
        """Stores a message that can be sent by a user of a Mini App.

        See :class:`~telebot_lite.methods.SavePreparedInlineMessage`.
        """
        return self(
            _methods.SavePreparedInlineMessage(
                user_id=user_id,
                result=result,
                allow_user_chats=allow_user_chats,
                allow_bot_chats=allow_bot_chats,
                allow_group_chats=allow_group_chats,
                allow_channel_chats=allow_channel_chats,
            ),
            timeout=timeout,
        )

    def save_prepared_keyboard_button(
        self,
        user_id: int,
        button: Union[KeyboardButton, Mapping[str, Any]],
        *,
        timeout: Optional[Timeout] = None,
    ) -> PreparedKeyboardButton:
        """Stores a keyboard button that can be used by a user within a Mini App.

        See :class:`~telebot_lite.methods.SavePreparedKeyboardButton`.
        """
        return self(
            _methods.SavePreparedKeyboardButton(
                user_id=user_id,
                button=button,
            ),
            timeout=timeout,
        )

    def edit_message_text(
        self,
        *,
        business_connection_id: Optional[str] = None,
        chat_id: Optional[ChatId] = None,
        message_id: Optional[int] = None,
        inline_message_id: Optional[str] = None,
        text: Optional[str] = None,
        parse_mode: Optional[str] = None,
        entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        link_preview_options: Optional[Union[LinkPreviewOptions, Mapping[str, Any]]] = None,
        rich_message: Optional[Union[InputRichMessage, Mapping[str, Any]]] = None,
        reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> Union[Message, bool]:
        """Use this method to edit text, rich and game messages.

        See :class:`~telebot_lite.methods.EditMessageText`.
        """
        return self(
            _methods.EditMessageText(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_id=message_id,
                inline_message_id=inline_message_id,
                text=text,
                parse_mode=parse_mode,
                entities=entities,
                link_preview_options=link_preview_options,
                rich_message=rich_message,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def edit_message_caption(
        self,
        *,
        business_connection_id: Optional[str] = None,
        chat_id: Optional[ChatId] = None,
        message_id: Optional[int] = None,
        inline_message_id: Optional[str] = None,
        caption: Optional[str] = None,
        parse_mode: Optional[str] = None,
        caption_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        show_caption_above_media: Optional[bool] = None,
        reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> Union[Message, bool]:
        """Use this method to edit captions of messages.

        See :class:`~telebot_lite.methods.EditMessageCaption`.
        """
        return self(
            _methods.EditMessageCaption(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_id=message_id,
                inline_message_id=inline_message_id,
                caption=caption,
                parse_mode=parse_mode,
                caption_entities=caption_entities,
                show_caption_above_media=show_caption_above_media,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def edit_message_media(
        self,
        media: _Media2,
        *,
        business_connection_id: Optional[str] = None,
        chat_id: Optional[ChatId] = None,
        message_id: Optional[int] = None,
        inline_message_id: Optional[str] = None,
        reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> Union[Message, bool]:
        """Use this method to edit animation, audio, document, live photo, photo, or video messages,
        or to replace a text or a rich message with a media.

        See :class:`~telebot_lite.methods.EditMessageMedia`.
        """
        return self(
            _methods.EditMessageMedia(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_id=message_id,
                inline_message_id=inline_message_id,
                media=media,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def edit_message_live_location(
        self,
        latitude: float,
        longitude: float,
        *,
        business_connection_id: Optional[str] = None,
        chat_id: Optional[ChatId] = None,
        message_id: Optional[int] = None,
        inline_message_id: Optional[str] = None,
        live_period: Optional[Duration] = None,
        horizontal_accuracy: Optional[float] = None,
        heading: Optional[int] = None,
        proximity_alert_radius: Optional[int] = None,
        reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> Union[Message, bool]:
        """Use this method to edit live location messages.

        See :class:`~telebot_lite.methods.EditMessageLiveLocation`.
        """
        return self(
            _methods.EditMessageLiveLocation(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_id=message_id,
                inline_message_id=inline_message_id,
                latitude=latitude,
                longitude=longitude,
                live_period=live_period,
                horizontal_accuracy=horizontal_accuracy,
                heading=heading,
                proximity_alert_radius=proximity_alert_radius,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def stop_message_live_location(
        self,
        *,
        business_connection_id: Optional[str] = None,
        chat_id: Optional[ChatId] = None,
        message_id: Optional[int] = None,
        inline_message_id: Optional[str] = None,
        reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> Union[Message, bool]:
        """Use this method to stop updating a live location message before live_period expires.

        See :class:`~telebot_lite.methods.StopMessageLiveLocation`.
        """
        return self(
            _methods.StopMessageLiveLocation(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_id=message_id,
                inline_message_id=inline_message_id,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def edit_message_checklist(
        self,
        business_connection_id: str,
        chat_id: ChatId,
        message_id: int,
        checklist: Union[InputChecklist, Mapping[str, Any]],
        *,
        reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to edit a checklist on behalf of a connected business account.

        See :class:`~telebot_lite.methods.EditMessageChecklist`.
        """
        return self(
            _methods.EditMessageChecklist(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_id=message_id,
                checklist=checklist,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def edit_message_reply_markup(
        self,
        *,
        business_connection_id: Optional[str] = None,
        chat_id: Optional[ChatId] = None,
        message_id: Optional[int] = None,
        inline_message_id: Optional[str] = None,
        reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> Union[Message, bool]:
        """Use this method to edit only the reply markup of messages.

        See :class:`~telebot_lite.methods.EditMessageReplyMarkup`.
        """
        return self(
            _methods.EditMessageReplyMarkup(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_id=message_id,
                inline_message_id=inline_message_id,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def stop_poll(
        self,
        chat_id: ChatId,
        message_id: int,
        *,
        business_connection_id: Optional[str] = None,
        reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> Poll:
        """Use this method to stop a poll which was sent by the bot.

        See :class:`~telebot_lite.methods.StopPoll`.
        """
        return self(
            _methods.StopPoll(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_id=message_id,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def edit_ephemeral_message_text(
        self,
        chat_id: ChatId,
        receiver_user_id: int,
        ephemeral_message_id: int,
        text: str,
        *,
        parse_mode: Optional[str] = None,
        entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        link_preview_options: Optional[Union[LinkPreviewOptions, Mapping[str, Any]]] = None,
        reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to edit an ephemeral text message.

        See :class:`~telebot_lite.methods.EditEphemeralMessageText`.
        """
        return self(
            _methods.EditEphemeralMessageText(
                chat_id=chat_id,
                receiver_user_id=receiver_user_id,
                ephemeral_message_id=ephemeral_message_id,
                text=text,
                parse_mode=parse_mode,
                entities=entities,
                link_preview_options=link_preview_options,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def edit_ephemeral_message_media(
        self,
        chat_id: ChatId,
        receiver_user_id: int,
        ephemeral_message_id: int,
        media: _Media2,
        *,
        reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to edit the media of an ephemeral message.

        See :class:`~telebot_lite.methods.EditEphemeralMessageMedia`.
        """
        return self(
            _methods.EditEphemeralMessageMedia(
                chat_id=chat_id,
                receiver_user_id=receiver_user_id,
                ephemeral_message_id=ephemeral_message_id,
                media=media,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def edit_ephemeral_message_caption(
        self,
        chat_id: ChatId,
        receiver_user_id: int,
        ephemeral_message_id: int,
        *,
        caption: Optional[str] = None,
        parse_mode: Optional[str] = None,
        caption_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None,
        reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to edit the caption of an ephemeral message.

        See :class:`~telebot_lite.methods.EditEphemeralMessageCaption`.
        """
        return self(
            _methods.EditEphemeralMessageCaption(
                chat_id=chat_id,
                receiver_user_id=receiver_user_id,
                ephemeral_message_id=ephemeral_message_id,
                caption=caption,
                parse_mode=parse_mode,
                caption_entities=caption_entities,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def edit_ephemeral_message_reply_markup(
        self,
        chat_id: ChatId,
        receiver_user_id: int,
        ephemeral_message_id: int,
        *,
        reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to edit only the reply markup of an ephemeral message.

        See :class:`~telebot_lite.methods.EditEphemeralMessageReplyMarkup`.
        """
        return self(
            _methods.EditEphemeralMessageReplyMarkup(
                chat_id=chat_id,
                receiver_user_id=receiver_user_id,
                ephemeral_message_id=ephemeral_message_id,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def approve_suggested_post(
        self,
        chat_id: int,
        message_id: int,
        *,
        send_date: Optional[ExpireDate] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to approve a suggested post in a direct messages chat.

        See :class:`~telebot_lite.methods.ApproveSuggestedPost`.
        """
        return self(
            _methods.ApproveSuggestedPost(
                chat_id=chat_id,
                message_id=message_id,
                send_date=send_date,
            ),
            timeout=timeout,
        )

    def decline_suggested_post(
        self,
        chat_id: int,
        message_id: int,
        *,
        comment: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to decline a suggested post in a direct messages chat.

        See :class:`~telebot_lite.methods.DeclineSuggestedPost`.
        """
        return self(
            _methods.DeclineSuggestedPost(
                chat_id=chat_id,
                message_id=message_id,
                comment=comment,
            ),
            timeout=timeout,
        )

    def delete_message(
        self,
        chat_id: ChatId,
        message_id: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to delete a message, including service messages, with the following
        limitations:
        - A message can only be deleted if it was sent less than 48 hours ago.

        See :class:`~telebot_lite.methods.DeleteMessage`.
        """
        return self(
            _methods.DeleteMessage(
                chat_id=chat_id,
                message_id=message_id,
            ),
            timeout=timeout,
        )

    def delete_messages(
        self,
        chat_id: ChatId,
        message_ids: Sequence[int],
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to delete multiple messages simultaneously.

        See :class:`~telebot_lite.methods.DeleteMessages`.
        """
        return self(
            _methods.DeleteMessages(
                chat_id=chat_id,
                message_ids=message_ids,
            ),
            timeout=timeout,
        )

    def delete_ephemeral_message(
        self,
        chat_id: ChatId,
        receiver_user_id: int,
        ephemeral_message_id: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to delete an ephemeral message.

        See :class:`~telebot_lite.methods.DeleteEphemeralMessage`.
        """
        return self(
            _methods.DeleteEphemeralMessage(
                chat_id=chat_id,
                receiver_user_id=receiver_user_id,
                ephemeral_message_id=ephemeral_message_id,
            ),
            timeout=timeout,
        )

    def delete_message_reaction(
        self,
        chat_id: ChatId,
        message_id: int,
        *,
        user_id: Optional[int] = None,
        actor_chat_id: Optional[int] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to remove a reaction from a message in a group or a supergroup chat.

        See :class:`~telebot_lite.methods.DeleteMessageReaction`.
        """
        return self(
            _methods.DeleteMessageReaction(
                chat_id=chat_id,
                message_id=message_id,
                user_id=user_id,
                actor_chat_id=actor_chat_id,
            ),
            timeout=timeout,
        )

    def delete_all_message_reactions(
        self,
        chat_id: ChatId,
        *,
        user_id: Optional[int] = None,
        actor_chat_id: Optional[int] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to remove up to 10000 recent reactions in a group or a supergroup chat
        added by a given user or chat.

        See :class:`~telebot_lite.methods.DeleteAllMessageReactions`.
        """
        return self(
            _methods.DeleteAllMessageReactions(
                chat_id=chat_id,
                user_id=user_id,
                actor_chat_id=actor_chat_id,
            ),
            timeout=timeout,
        )

    def send_sticker(
        self,
        chat_id: ChatId,
        sticker: InputFileParam,
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        receiver_user_id: Optional[int] = None,
        callback_query_id: Optional[str] = None,
        emoji: Optional[str] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        suggested_post_parameters: Optional[_SuggestedPostParameters] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[_ReplyMarkup] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to send static .WEBP, animated .TGS, or video .WEBM stickers.

        See :class:`~telebot_lite.methods.SendSticker`.
        """
        return self(
            _methods.SendSticker(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                receiver_user_id=receiver_user_id,
                callback_query_id=callback_query_id,
                sticker=sticker,
                emoji=emoji,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                suggested_post_parameters=suggested_post_parameters,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def get_sticker_set(
        self,
        name: str,
        *,
        timeout: Optional[Timeout] = None,
    ) -> StickerSet:
        """Use this method to get a sticker set.

        See :class:`~telebot_lite.methods.GetStickerSet`.
        """
        return self(
            _methods.GetStickerSet(
                name=name,
            ),
            timeout=timeout,
        )

    def get_custom_emoji_stickers(
        self,
        custom_emoji_ids: Sequence[str],
        *,
        timeout: Optional[Timeout] = None,
    ) -> list[Sticker]:
        """Use this method to get information about custom emoji stickers by their identifiers.

        See :class:`~telebot_lite.methods.GetCustomEmojiStickers`.
        """
        return self(
            _methods.GetCustomEmojiStickers(
                custom_emoji_ids=custom_emoji_ids,
            ),
            timeout=timeout,
        )

    def upload_sticker_file(
        self,
        user_id: int,
        sticker: InputFileParam,
        sticker_format: str,
        *,
        timeout: Optional[Timeout] = None,
    ) -> File:
        """Use this method to upload a file with a sticker for later use in the createNewStickerSet,
        addStickerToSet, or replaceStickerInSet methods (the file can be used multiple times).

        See :class:`~telebot_lite.methods.UploadStickerFile`.
        """
        return self(
            _methods.UploadStickerFile(
                user_id=user_id,
                sticker=sticker,
                sticker_format=sticker_format,
            ),
            timeout=timeout,
        )

    def create_new_sticker_set(
        self,
        user_id: int,
        name: str,
        title: str,
        stickers: Sequence[Union[InputSticker, Mapping[str, Any]]],
        *,
        sticker_type: Optional[str] = None,
        needs_repainting: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to create a new sticker set owned by a user.

        See :class:`~telebot_lite.methods.CreateNewStickerSet`.
        """
        return self(
            _methods.CreateNewStickerSet(
                user_id=user_id,
                name=name,
                title=title,
                stickers=stickers,
                sticker_type=sticker_type,
                needs_repainting=needs_repainting,
            ),
            timeout=timeout,
        )

    def add_sticker_to_set(
        self,
        user_id: int,
        name: str,
        sticker: Union[InputSticker, Mapping[str, Any]],
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to add a new sticker to a set created by the bot.

        See :class:`~telebot_lite.methods.AddStickerToSet`.
        """
        return self(
            _methods.AddStickerToSet(
                user_id=user_id,
                name=name,
                sticker=sticker,
            ),
            timeout=timeout,
        )

    def set_sticker_position_in_set(
        self,
        sticker: str,
        position: int,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to move a sticker in a set created by the bot to a specific position.

        See :class:`~telebot_lite.methods.SetStickerPositionInSet`.
        """
        return self(
            _methods.SetStickerPositionInSet(
                sticker=sticker,
                position=position,
            ),
            timeout=timeout,
        )

    def delete_sticker_from_set(
        self,
        sticker: str,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to delete a sticker from a set created by the bot.

        See :class:`~telebot_lite.methods.DeleteStickerFromSet`.
        """
        return self(
            _methods.DeleteStickerFromSet(
                sticker=sticker,
            ),
            timeout=timeout,
        )

    def replace_sticker_in_set(
        self,
        user_id: int,
        name: str,
        old_sticker: str,
        sticker: Union[InputSticker, Mapping[str, Any]],
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to replace an existing sticker in a sticker set with a new one.

        See :class:`~telebot_lite.methods.ReplaceStickerInSet`.
        """
        return self(
            _methods.ReplaceStickerInSet(
                user_id=user_id,
                name=name,
                old_sticker=old_sticker,
                sticker=sticker,
            ),
            timeout=timeout,
        )

    def set_sticker_emoji_list(
        self,
        sticker: str,
        emoji_list: Sequence[str],
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to change the list of emoji assigned to a regular or custom emoji
        sticker.

        See :class:`~telebot_lite.methods.SetStickerEmojiList`.
        """
        return self(
            _methods.SetStickerEmojiList(
                sticker=sticker,
                emoji_list=emoji_list,
            ),
            timeout=timeout,
        )

    def set_sticker_keywords(
        self,
        sticker: str,
        *,
        keywords: Optional[Sequence[str]] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to change search keywords assigned to a regular or custom emoji sticker.

        See :class:`~telebot_lite.methods.SetStickerKeywords`.
        """
        return self(
            _methods.SetStickerKeywords(
                sticker=sticker,
                keywords=keywords,
            ),
            timeout=timeout,
        )

    def set_sticker_mask_position(
        self,
        sticker: str,
        *,
        mask_position: Optional[Union[MaskPosition, Mapping[str, Any]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to change the mask position of a mask sticker.

        See :class:`~telebot_lite.methods.SetStickerMaskPosition`.
        """
        return self(
            _methods.SetStickerMaskPosition(
                sticker=sticker,
                mask_position=mask_position,
            ),
            timeout=timeout,
        )

    def set_sticker_set_title(
        self,
        name: str,
        title: str,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to set the title of a created sticker set.

        See :class:`~telebot_lite.methods.SetStickerSetTitle`.
        """
        return self(
            _methods.SetStickerSetTitle(
                name=name,
                title=title,
            ),
            timeout=timeout,
        )

    def set_sticker_set_thumbnail(
        self,
        name: str,
        user_id: int,
        format: str,
        *,
        thumbnail: Optional[InputFileParam] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to set the thumbnail of a regular or mask sticker set.

        See :class:`~telebot_lite.methods.SetStickerSetThumbnail`.
        """
        return self(
            _methods.SetStickerSetThumbnail(
                name=name,
                user_id=user_id,
                thumbnail=thumbnail,
                format=format,
            ),
            timeout=timeout,
        )

    def set_custom_emoji_sticker_set_thumbnail(
        self,
        name: str,
        *,
        custom_emoji_id: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to set the thumbnail of a custom emoji sticker set.

        See :class:`~telebot_lite.methods.SetCustomEmojiStickerSetThumbnail`.
        """
        return self(
            _methods.SetCustomEmojiStickerSetThumbnail(
                name=name,
                custom_emoji_id=custom_emoji_id,
            ),
            timeout=timeout,
        )

    def delete_sticker_set(
        self,
        name: str,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to delete a sticker set that was created by the bot.

        See :class:`~telebot_lite.methods.DeleteStickerSet`.
        """
        return self(
            _methods.DeleteStickerSet(
                name=name,
            ),
            timeout=timeout,
        )

    def send_rich_message(
        self,
        chat_id: ChatId,
        rich_message: Union[InputRichMessage, Mapping[str, Any]],
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        suggested_post_parameters: Optional[_SuggestedPostParameters] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[_ReplyMarkup] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to send rich messages.

        See :class:`~telebot_lite.methods.SendRichMessage`.
        """
        return self(
            _methods.SendRichMessage(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                rich_message=rich_message,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                suggested_post_parameters=suggested_post_parameters,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def send_rich_message_draft(
        self,
        chat_id: int,
        draft_id: int,
        rich_message: Union[InputRichMessage, Mapping[str, Any]],
        *,
        message_thread_id: Optional[int] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to stream a partial rich message to a user while the message is being
        generated.

        See :class:`~telebot_lite.methods.SendRichMessageDraft`.
        """
        return self(
            _methods.SendRichMessageDraft(
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                draft_id=draft_id,
                rich_message=rich_message,
            ),
            timeout=timeout,
        )

    def answer_inline_query(
        self,
        inline_query_id: str,
        results: Sequence[Union[InlineQueryResult, Mapping[str, Any]]],
        *,
        cache_time: Optional[Duration] = None,
        is_personal: Optional[bool] = None,
        next_offset: Optional[str] = None,
        button: Optional[Union[InlineQueryResultsButton, Mapping[str, Any]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Use this method to send answers to an inline query.

        See :class:`~telebot_lite.methods.AnswerInlineQuery`.
        """
        return self(
            _methods.AnswerInlineQuery(
                inline_query_id=inline_query_id,
                results=results,
                cache_time=cache_time,
                is_personal=is_personal,
                next_offset=next_offset,
                button=button,
            ),
            timeout=timeout,
        )

    def send_invoice(
        self,
        chat_id: ChatId,
        title: str,
        description: str,
        payload: str,
        currency: str,
        prices: Sequence[Union[LabeledPrice, Mapping[str, Any]]],
        *,
        message_thread_id: Optional[int] = None,
        direct_messages_topic_id: Optional[int] = None,
        provider_token: Optional[str] = None,
        max_tip_amount: Optional[int] = None,
        suggested_tip_amounts: Optional[Sequence[int]] = None,
        start_parameter: Optional[str] = None,
        provider_data: Optional[str] = None,
        photo_url: Optional[str] = None,
        photo_size: Optional[int] = None,
        photo_width: Optional[int] = None,
        photo_height: Optional[int] = None,
        need_name: Optional[bool] = None,
        need_phone_number: Optional[bool] = None,
        need_email: Optional[bool] = None,
        need_shipping_address: Optional[bool] = None,
        send_phone_number_to_provider: Optional[bool] = None,
        send_email_to_provider: Optional[bool] = None,
        is_flexible: Optional[bool] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        suggested_post_parameters: Optional[_SuggestedPostParameters] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to send invoices.

        See :class:`~telebot_lite.methods.SendInvoice`.
        """
        return self(
            _methods.SendInvoice(
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                direct_messages_topic_id=direct_messages_topic_id,
                title=title,
                description=description,
                payload=payload,
                provider_token=provider_token,
                currency=currency,
                prices=prices,
                max_tip_amount=max_tip_amount,
                suggested_tip_amounts=suggested_tip_amounts,
                start_parameter=start_parameter,
                provider_data=provider_data,
                photo_url=photo_url,
                photo_size=photo_size,
                photo_width=photo_width,
                photo_height=photo_height,
                need_name=need_name,
                need_phone_number=need_phone_number,
                need_email=need_email,
                need_shipping_address=need_shipping_address,
                send_phone_number_to_provider=send_phone_number_to_provider,
                send_email_to_provider=send_email_to_provider,
                is_flexible=is_flexible,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                suggested_post_parameters=suggested_post_parameters,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def create_invoice_link(
        self,
        title: str,
        description: str,
        payload: str,
        currency: str,
        prices: Sequence[Union[LabeledPrice, Mapping[str, Any]]],
        *,
        business_connection_id: Optional[str] = None,
        provider_token: Optional[str] = None,
        subscription_period: Optional[Duration] = None,
        max_tip_amount: Optional[int] = None,
        suggested_tip_amounts: Optional[Sequence[int]] = None,
        provider_data: Optional[str] = None,
        photo_url: Optional[str] = None,
        photo_size: Optional[int] = None,
        photo_width: Optional[int] = None,
        photo_height: Optional[int] = None,
        need_name: Optional[bool] = None,
        need_phone_number: Optional[bool] = None,
        need_email: Optional[bool] = None,
        need_shipping_address: Optional[bool] = None,
        send_phone_number_to_provider: Optional[bool] = None,
        send_email_to_provider: Optional[bool] = None,
        is_flexible: Optional[bool] = None,
        timeout: Optional[Timeout] = None,
    ) -> str:
        """Use this method to create a link for an invoice.

        See :class:`~telebot_lite.methods.CreateInvoiceLink`.
        """
        return self(
            _methods.CreateInvoiceLink(
                business_connection_id=business_connection_id,
                title=title,
                description=description,
                payload=payload,
                provider_token=provider_token,
                currency=currency,
                prices=prices,
                subscription_period=subscription_period,
                max_tip_amount=max_tip_amount,
                suggested_tip_amounts=suggested_tip_amounts,
                provider_data=provider_data,
                photo_url=photo_url,
                photo_size=photo_size,
                photo_width=photo_width,
                photo_height=photo_height,
                need_name=need_name,
                need_phone_number=need_phone_number,
                need_email=need_email,
                need_shipping_address=need_shipping_address,
                send_phone_number_to_provider=send_phone_number_to_provider,
                send_email_to_provider=send_email_to_provider,
                is_flexible=is_flexible,
            ),
            timeout=timeout,
        )

    def answer_shipping_query(
        self,
        shipping_query_id: str,
        ok: bool,
        *,
        shipping_options: Optional[Sequence[Union[ShippingOption, Mapping[str, Any]]]] = None,
        error_message: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """If you sent an invoice requesting a shipping address and the parameter is_flexible was
        specified, the Bot API will send an Update with a shipping_query field to the bot.

        See :class:`~telebot_lite.methods.AnswerShippingQuery`.
        """
        return self(
            _methods.AnswerShippingQuery(
                shipping_query_id=shipping_query_id,
                ok=ok,
                shipping_options=shipping_options,
                error_message=error_message,
            ),
            timeout=timeout,
        )

    def answer_pre_checkout_query(
        self,
        pre_checkout_query_id: str,
        ok: bool,
        *,
        error_message: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Once the user has confirmed their payment and shipping details, the Bot API sends the
        final confirmation in the form of an Update with the field pre_checkout_query.

        See :class:`~telebot_lite.methods.AnswerPreCheckoutQuery`.
        """
        return self(
            _methods.AnswerPreCheckoutQuery(
                pre_checkout_query_id=pre_checkout_query_id,
                ok=ok,
                error_message=error_message,
            ),
            timeout=timeout,
        )

    def get_my_star_balance(
        self,
        *,
        timeout: Optional[Timeout] = None,
    ) -> StarAmount:
        """A method to get the current Telegram Stars balance of the bot.

        See :class:`~telebot_lite.methods.GetMyStarBalance`.
        """
        return self(
            _methods.GetMyStarBalance(),
            timeout=timeout,
        )

    def get_star_transactions(
        self,
        *,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        timeout: Optional[Timeout] = None,
    ) -> StarTransactions:
        """Returns the bot's Telegram Star transactions in chronological order.

        See :class:`~telebot_lite.methods.GetStarTransactions`.
        """
        return self(
            _methods.GetStarTransactions(
                offset=offset,
                limit=limit,
            ),
            timeout=timeout,
        )

    def refund_star_payment(
        self,
        user_id: int,
        telegram_payment_charge_id: str,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Refunds a successful payment in Telegram Stars.

        See :class:`~telebot_lite.methods.RefundStarPayment`.
        """
        return self(
            _methods.RefundStarPayment(
                user_id=user_id,
                telegram_payment_charge_id=telegram_payment_charge_id,
            ),
            timeout=timeout,
        )

    def edit_user_star_subscription(
        self,
        user_id: int,
        telegram_payment_charge_id: str,
        is_canceled: bool,
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Allows the bot to cancel or re-enable extension of a subscription paid in Telegram Stars.

        See :class:`~telebot_lite.methods.EditUserStarSubscription`.
        """
        return self(
            _methods.EditUserStarSubscription(
                user_id=user_id,
                telegram_payment_charge_id=telegram_payment_charge_id,
                is_canceled=is_canceled,
            ),
            timeout=timeout,
        )

    def set_passport_data_errors(
        self,
        user_id: int,
        errors: Sequence[Union[PassportElementError, Mapping[str, Any]]],
        *,
        timeout: Optional[Timeout] = None,
    ) -> bool:
        """Informs a user that some of the Telegram Passport elements they provided contains errors.

        See :class:`~telebot_lite.methods.SetPassportDataErrors`.
        """
        return self(
            _methods.SetPassportDataErrors(
                user_id=user_id,
                errors=errors,
            ),
            timeout=timeout,
        )

    def send_game(
        self,
        chat_id: ChatId,
        game_short_name: str,
        *,
        business_connection_id: Optional[str] = None,
        message_thread_id: Optional[int] = None,
        disable_notification: Optional[bool] = None,
        protect_content: Optional[bool] = None,
        allow_paid_broadcast: Optional[bool] = None,
        message_effect_id: Optional[str] = None,
        reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None,
        reply_markup: Optional[Union[InlineKeyboardMarkup, Mapping[str, Any]]] = None,
        timeout: Optional[Timeout] = None,
    ) -> Message:
        """Use this method to send a game.

        See :class:`~telebot_lite.methods.SendGame`.
        """
        return self(
            _methods.SendGame(
                business_connection_id=business_connection_id,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                game_short_name=game_short_name,
                disable_notification=disable_notification,
                protect_content=protect_content,
                allow_paid_broadcast=allow_paid_broadcast,
                message_effect_id=message_effect_id,
                reply_parameters=reply_parameters,
                reply_markup=reply_markup,
            ),
            timeout=timeout,
        )

    def set_game_score(
        self,
        user_id: int,
        score: int,
        *,
        force: Optional[bool] = None,
        disable_edit_message: Optional[bool] = None,
        chat_id: Optional[int] = None,
        message_id: Optional[int] = None,
        inline_message_id: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> Union[Message, bool]:
        """Use this method to set the score of the specified user in a game message.

        See :class:`~telebot_lite.methods.SetGameScore`.
        """
        return self(
            _methods.SetGameScore(
                user_id=user_id,
                score=score,
                force=force,
                disable_edit_message=disable_edit_message,
                chat_id=chat_id,
                message_id=message_id,
                inline_message_id=inline_message_id,
            ),
            timeout=timeout,
        )

    def get_game_high_scores(
        self,
        user_id: int,
        *,
        chat_id: Optional[int] = None,
        message_id: Optional[int] = None,
        inline_message_id: Optional[str] = None,
        timeout: Optional[Timeout] = None,
    ) -> list[GameHighScore]:
        """Use this method to get data for high score tables.

        See :class:`~telebot_lite.methods.GetGameHighScores`.
        """
        return self(
            _methods.GetGameHighScores(
                user_id=user_id,
                chat_id=chat_id,
                message_id=message_id,
                inline_message_id=inline_message_id,
            ),
            timeout=timeout,
        )
