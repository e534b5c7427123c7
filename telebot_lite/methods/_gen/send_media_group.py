# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method sendMediaGroup."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import ChatId, Method, check_chat_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.input_media_audio import InputMediaAudio
    from telebot_lite.types._gen.input_media_document import InputMediaDocument
    from telebot_lite.types._gen.input_media_live_photo import InputMediaLivePhoto
    from telebot_lite.types._gen.input_media_photo import InputMediaPhoto
    from telebot_lite.types._gen.input_media_video import InputMediaVideo
    from telebot_lite.types._gen.message import Message  # noqa: F401
    from telebot_lite.types._gen.reply_parameters import ReplyParameters

    _Media = Union[
        InputMediaAudio,
        InputMediaDocument,
        InputMediaLivePhoto,
        InputMediaPhoto,
        InputMediaVideo,
        Mapping[str, Any],
    ]


@attrs.frozen(kw_only=True)
class SendMediaGroup(Method["list[Message]"]):
    """Use this method to send a group of photos, live photos, videos, documents or audios as an
    album. Documents and audio files can be only grouped in an album with messages of the same
    type. On success, an Array of Message objects that were sent is returned.

    See https://core.telegram.org/bots/api#sendmediagroup
    """

    api_method: ClassVar[str] = "sendMediaGroup"
    result_type: ClassVar[Any] = ("list", "Message")

    business_connection_id: Optional[str] = None
    chat_id: ChatId = attrs.field(validator=check_chat_id)
    message_thread_id: Optional[int] = None
    direct_messages_topic_id: Optional[int] = None
    media: Sequence[_Media]
    disable_notification: Optional[bool] = None
    protect_content: Optional[bool] = None
    allow_paid_broadcast: Optional[bool] = None
    message_effect_id: Optional[str] = None
    reply_parameters: Optional[Union[ReplyParameters, Mapping[str, Any]]] = None
