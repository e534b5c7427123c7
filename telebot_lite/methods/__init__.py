# generated, do not edit; run python tools/botapi/generate.py
"""Method objects: one frozen, validated attrs class per Bot API 10.2 method.

A method object is a request that has not been sent. Build it (bad input raises
:class:`~telebot_lite.InvalidArgument` right there), then send it with
``bot(method)``, or return ``method.as_webhook_reply()`` as a webhook answer::

    link = bot(CreateChatInviteLink(chat_id=-1001234567890, member_limit=1))

Each class says whether it is :attr:`~Method.safe_to_resend` (one table,
``telebot_lite._resend``). Classes load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._base import Method

if TYPE_CHECKING:
    from ._gen.add_sticker_to_set import AddStickerToSet
    from ._gen.answer_callback_query import AnswerCallbackQuery
    from ._gen.answer_chat_join_request_query import AnswerChatJoinRequestQuery
    from ._gen.answer_guest_query import AnswerGuestQuery
    from ._gen.answer_inline_query import AnswerInlineQuery
    from ._gen.answer_pre_checkout_query import AnswerPreCheckoutQuery
    from ._gen.answer_shipping_query import AnswerShippingQuery
    from ._gen.answer_web_app_query import AnswerWebAppQuery
    from ._gen.approve_suggested_post import ApproveSuggestedPost
    from ._gen.ban_chat_member import BanChatMember
    from ._gen.ban_chat_sender_chat import BanChatSenderChat
    from ._gen.close import Close
    from ._gen.close_forum_topic import CloseForumTopic
    from ._gen.close_general_forum_topic import CloseGeneralForumTopic
    from ._gen.convert_gift_to_stars import ConvertGiftToStars
    from ._gen.copy_message import CopyMessage
    from ._gen.copy_messages import CopyMessages
    from ._gen.create_forum_topic import CreateForumTopic
    from ._gen.create_invoice_link import CreateInvoiceLink
    from ._gen.create_new_sticker_set import CreateNewStickerSet
    from ._gen.decline_suggested_post import DeclineSuggestedPost
    from ._gen.delete_all_message_reactions import DeleteAllMessageReactions
    from ._gen.delete_business_messages import DeleteBusinessMessages
    from ._gen.delete_chat_photo import DeleteChatPhoto
    from ._gen.delete_chat_sticker_set import DeleteChatStickerSet
    from ._gen.delete_ephemeral_message import DeleteEphemeralMessage
    from ._gen.delete_forum_topic import DeleteForumTopic
    from ._gen.delete_message import DeleteMessage
    from ._gen.delete_message_reaction import DeleteMessageReaction
    from ._gen.delete_messages import DeleteMessages
    from ._gen.delete_my_commands import DeleteMyCommands
    from ._gen.delete_sticker_from_set import DeleteStickerFromSet
    from ._gen.delete_sticker_set import DeleteStickerSet
    from ._gen.delete_story import DeleteStory
    from ._gen.delete_webhook import DeleteWebhook
    from ._gen.edit_ephemeral_message_caption import EditEphemeralMessageCaption
    from ._gen.edit_ephemeral_message_media import EditEphemeralMessageMedia
    from ._gen.edit_ephemeral_message_reply_markup import EditEphemeralMessageReplyMarkup
    from ._gen.edit_ephemeral_message_text import EditEphemeralMessageText
    from ._gen.edit_forum_topic import EditForumTopic
    from ._gen.edit_general_forum_topic import EditGeneralForumTopic
    from ._gen.edit_message_caption import EditMessageCaption
    from ._gen.edit_message_checklist import EditMessageChecklist
    from ._gen.edit_message_live_location import EditMessageLiveLocation
    from ._gen.edit_message_media import EditMessageMedia
    from ._gen.edit_message_reply_markup import EditMessageReplyMarkup
    from ._gen.edit_message_text import EditMessageText
    from ._gen.edit_story import EditStory
    from ._gen.edit_user_star_subscription import EditUserStarSubscription
    from ._gen.forward_message import ForwardMessage
    from ._gen.forward_messages import ForwardMessages
    from ._gen.get_available_gifts import GetAvailableGifts
    from ._gen.get_business_account_gifts import GetBusinessAccountGifts
    from ._gen.get_business_account_star_balance import GetBusinessAccountStarBalance
    from ._gen.get_business_connection import GetBusinessConnection
    from ._gen.get_chat import GetChat
    from ._gen.get_chat_administrators import GetChatAdministrators
    from ._gen.get_chat_gifts import GetChatGifts
    from ._gen.get_chat_member import GetChatMember
    from ._gen.get_chat_member_count import GetChatMemberCount
    from ._gen.get_chat_menu_button import GetChatMenuButton
    from ._gen.get_custom_emoji_stickers import GetCustomEmojiStickers
    from ._gen.get_file import GetFile
    from ._gen.get_forum_topic_icon_stickers import GetForumTopicIconStickers
    from ._gen.get_game_high_scores import GetGameHighScores
    from ._gen.get_managed_bot_access_settings import GetManagedBotAccessSettings
    from ._gen.get_managed_bot_token import GetManagedBotToken
    from ._gen.get_my_commands import GetMyCommands
    from ._gen.get_my_default_administrator_rights import GetMyDefaultAdministratorRights
    from ._gen.get_my_description import GetMyDescription
    from ._gen.get_my_name import GetMyName
    from ._gen.get_my_short_description import GetMyShortDescription
    from ._gen.get_my_star_balance import GetMyStarBalance
    from ._gen.get_star_transactions import GetStarTransactions
    from ._gen.get_sticker_set import GetStickerSet
    from ._gen.get_updates import GetUpdates
    from ._gen.get_user_chat_boosts import GetUserChatBoosts
    from ._gen.get_user_gifts import GetUserGifts
    from ._gen.get_user_personal_chat_messages import GetUserPersonalChatMessages
    from ._gen.get_user_profile_audios import GetUserProfileAudios
    from ._gen.get_user_profile_photos import GetUserProfilePhotos
    from ._gen.get_webhook_info import GetWebhookInfo
    from ._gen.gift_premium_subscription import GiftPremiumSubscription
    from ._gen.hide_general_forum_topic import HideGeneralForumTopic
    from ._gen.leave_chat import LeaveChat
    from ._gen.log_out import LogOut
    from ._gen.pin_chat_message import PinChatMessage
    from ._gen.post_story import PostStory
    from ._gen.promote_chat_member import PromoteChatMember
    from ._gen.read_business_message import ReadBusinessMessage
    from ._gen.refund_star_payment import RefundStarPayment
    from ._gen.remove_business_account_profile_photo import RemoveBusinessAccountProfilePhoto
    from ._gen.remove_chat_verification import RemoveChatVerification
    from ._gen.remove_my_profile_photo import RemoveMyProfilePhoto
    from ._gen.remove_user_verification import RemoveUserVerification
    from ._gen.reopen_forum_topic import ReopenForumTopic
    from ._gen.reopen_general_forum_topic import ReopenGeneralForumTopic
    from ._gen.replace_managed_bot_token import ReplaceManagedBotToken
    from ._gen.replace_sticker_in_set import ReplaceStickerInSet
    from ._gen.repost_story import RepostStory
    from ._gen.restrict_chat_member import RestrictChatMember
    from ._gen.save_prepared_inline_message import SavePreparedInlineMessage
    from ._gen.save_prepared_keyboard_button import SavePreparedKeyboardButton
    from ._gen.send_animation import SendAnimation
    from ._gen.send_audio import SendAudio
    from ._gen.send_chat_action import SendChatAction
    from ._gen.send_chat_join_request_web_app import SendChatJoinRequestWebApp
    from ._gen.send_checklist import SendChecklist
    from ._gen.send_contact import SendContact
    from ._gen.send_dice import SendDice
    from ._gen.send_document import SendDocument
    from ._gen.send_game import SendGame
    from ._gen.send_gift import SendGift
    from ._gen.send_invoice import SendInvoice
    from ._gen.send_live_photo import SendLivePhoto
    from ._gen.send_location import SendLocation
    from ._gen.send_media_group import SendMediaGroup
    from ._gen.send_message import SendMessage
    from ._gen.send_message_draft import SendMessageDraft
    from ._gen.send_paid_media import SendPaidMedia
    from ._gen.send_photo import SendPhoto
    from ._gen.send_poll import SendPoll
    from ._gen.send_rich_message import SendRichMessage
    from ._gen.send_rich_message_draft import SendRichMessageDraft
    from ._gen.send_sticker import SendSticker
    from ._gen.send_venue import SendVenue
    from ._gen.send_video import SendVideo
    from ._gen.send_video_note import SendVideoNote
    from ._gen.send_voice import SendVoice
    from ._gen.set_business_account_bio import SetBusinessAccountBio
    from ._gen.set_business_account_gift_settings import SetBusinessAccountGiftSettings
    from ._gen.set_business_account_name import SetBusinessAccountName
    from ._gen.set_business_account_profile_photo import SetBusinessAccountProfilePhoto
    from ._gen.set_business_account_username import SetBusinessAccountUsername
    from ._gen.set_chat_administrator_custom_title import SetChatAdministratorCustomTitle
    from ._gen.set_chat_description import SetChatDescription
    from ._gen.set_chat_member_tag import SetChatMemberTag
    from ._gen.set_chat_menu_button import SetChatMenuButton
    from ._gen.set_chat_permissions import SetChatPermissions
    from ._gen.set_chat_photo import SetChatPhoto
    from ._gen.set_chat_sticker_set import SetChatStickerSet
    from ._gen.set_chat_title import SetChatTitle
    from ._gen.set_custom_emoji_sticker_set_thumbnail import SetCustomEmojiStickerSetThumbnail
    from ._gen.set_game_score import SetGameScore
    from ._gen.set_managed_bot_access_settings import SetManagedBotAccessSettings
    from ._gen.set_message_reaction import SetMessageReaction
    from ._gen.set_my_commands import SetMyCommands
    from ._gen.set_my_default_administrator_rights import SetMyDefaultAdministratorRights
    from ._gen.set_my_description import SetMyDescription
    from ._gen.set_my_name import SetMyName
    from ._gen.set_my_profile_photo import SetMyProfilePhoto
    from ._gen.set_my_short_description import SetMyShortDescription
    from ._gen.set_passport_data_errors import SetPassportDataErrors
    from ._gen.set_sticker_emoji_list import SetStickerEmojiList
    from ._gen.set_sticker_keywords import SetStickerKeywords
    from ._gen.set_sticker_mask_position import SetStickerMaskPosition
    from ._gen.set_sticker_position_in_set import SetStickerPositionInSet
    from ._gen.set_sticker_set_thumbnail import SetStickerSetThumbnail
    from ._gen.set_sticker_set_title import SetStickerSetTitle
    from ._gen.set_user_emoji_status import SetUserEmojiStatus
    from ._gen.set_webhook import SetWebhook
    from ._gen.stop_message_live_location import StopMessageLiveLocation
    from ._gen.stop_poll import StopPoll
    from ._gen.transfer_business_account_stars import TransferBusinessAccountStars
    from ._gen.transfer_gift import TransferGift
    from ._gen.unban_chat_member import UnbanChatMember
    from ._gen.unban_chat_sender_chat import UnbanChatSenderChat
    from ._gen.unhide_general_forum_topic import UnhideGeneralForumTopic
    from ._gen.unpin_all_chat_messages import UnpinAllChatMessages
    from ._gen.unpin_all_forum_topic_messages import UnpinAllForumTopicMessages
    from ._gen.unpin_all_general_forum_topic_messages import UnpinAllGeneralForumTopicMessages
    from ._gen.unpin_chat_message import UnpinChatMessage
    from ._gen.upgrade_gift import UpgradeGift
    from ._gen.upload_sticker_file import UploadStickerFile
    from ._gen.verify_chat import VerifyChat
    from ._gen.verify_user import VerifyUser
    from ._invite_links import (
        ApproveChatJoinRequest,
        CreateChatInviteLink,
        CreateChatSubscriptionInviteLink,
        DeclineChatJoinRequest,
        EditChatInviteLink,
        EditChatSubscriptionInviteLink,
        ExportChatInviteLink,
        GetMe,
        RevokeChatInviteLink,
    )

# The one table of lazily loaded names: class name -> module in this package.
_LAZY: dict[str, str] = {
    "AddStickerToSet": "_gen.add_sticker_to_set",
    "AnswerCallbackQuery": "_gen.answer_callback_query",
    "AnswerChatJoinRequestQuery": "_gen.answer_chat_join_request_query",
    "AnswerGuestQuery": "_gen.answer_guest_query",
    "AnswerInlineQuery": "_gen.answer_inline_query",
    "AnswerPreCheckoutQuery": "_gen.answer_pre_checkout_query",
    "AnswerShippingQuery": "_gen.answer_shipping_query",
    "AnswerWebAppQuery": "_gen.answer_web_app_query",
    "ApproveChatJoinRequest": "_invite_links",
    "ApproveSuggestedPost": "_gen.approve_suggested_post",
    "BanChatMember": "_gen.ban_chat_member",
    "BanChatSenderChat": "_gen.ban_chat_sender_chat",
    "Close": "_gen.close",
    "CloseForumTopic": "_gen.close_forum_topic",
    "CloseGeneralForumTopic": "_gen.close_general_forum_topic",
    "ConvertGiftToStars": "_gen.convert_gift_to_stars",
    "CopyMessage": "_gen.copy_message",
    "CopyMessages": "_gen.copy_messages",
    "CreateChatInviteLink": "_invite_links",
    "CreateChatSubscriptionInviteLink": "_invite_links",
    "CreateForumTopic": "_gen.create_forum_topic",
    "CreateInvoiceLink": "_gen.create_invoice_link",
    "CreateNewStickerSet": "_gen.create_new_sticker_set",
    "DeclineChatJoinRequest": "_invite_links",
    "DeclineSuggestedPost": "_gen.decline_suggested_post",
    "DeleteAllMessageReactions": "_gen.delete_all_message_reactions",
    "DeleteBusinessMessages": "_gen.delete_business_messages",
    "DeleteChatPhoto": "_gen.delete_chat_photo",
    "DeleteChatStickerSet": "_gen.delete_chat_sticker_set",
    "DeleteEphemeralMessage": "_gen.delete_ephemeral_message",
    "DeleteForumTopic": "_gen.delete_forum_topic",
    "DeleteMessage": "_gen.delete_message",
    "DeleteMessageReaction": "_gen.delete_message_reaction",
    "DeleteMessages": "_gen.delete_messages",
    "DeleteMyCommands": "_gen.delete_my_commands",
    "DeleteStickerFromSet": "_gen.delete_sticker_from_set",
    "DeleteStickerSet": "_gen.delete_sticker_set",
    "DeleteStory": "_gen.delete_story",
    "DeleteWebhook": "_gen.delete_webhook",
    "EditChatInviteLink": "_invite_links",
    "EditChatSubscriptionInviteLink": "_invite_links",
    "EditEphemeralMessageCaption": "_gen.edit_ephemeral_message_caption",
    "EditEphemeralMessageMedia": "_gen.edit_ephemeral_message_media",
    "EditEphemeralMessageReplyMarkup": "_gen.edit_ephemeral_message_reply_markup",
    "EditEphemeralMessageText": "_gen.edit_ephemeral_message_text",
    "EditForumTopic": "_gen.edit_forum_topic",
    "EditGeneralForumTopic": "_gen.edit_general_forum_topic",
    "EditMessageCaption": "_gen.edit_message_caption",
    "EditMessageChecklist": "_gen.edit_message_checklist",
    "EditMessageLiveLocation": "_gen.edit_message_live_location",
    "EditMessageMedia": "_gen.edit_message_media",
    "EditMessageReplyMarkup": "_gen.edit_message_reply_markup",
    "EditMessageText": "_gen.edit_message_text",
    "EditStory": "_gen.edit_story",
    "EditUserStarSubscription": "_gen.edit_user_star_subscription",
    "ExportChatInviteLink": "_invite_links",
    "ForwardMessage": "_gen.forward_message",
    "ForwardMessages": "_gen.forward_messages",
    "GetAvailableGifts": "_gen.get_available_gifts",
    "GetBusinessAccountGifts": "_gen.get_business_account_gifts",
    "GetBusinessAccountStarBalance": "_gen.get_business_account_star_balance",
    "GetBusinessConnection": "_gen.get_business_connection",
    "GetChat": "_gen.get_chat",
    "GetChatAdministrators": "_gen.get_chat_administrators",
    "GetChatGifts": "_gen.get_chat_gifts",
    "GetChatMember": "_gen.get_chat_member",
    "GetChatMemberCount": "_gen.get_chat_member_count",
    "GetChatMenuButton": "_gen.get_chat_menu_button",
    "GetCustomEmojiStickers": "_gen.get_custom_emoji_stickers",
    "GetFile": "_gen.get_file",
    "GetForumTopicIconStickers": "_gen.get_forum_topic_icon_stickers",
    "GetGameHighScores": "_gen.get_game_high_scores",
    "GetManagedBotAccessSettings": "_gen.get_managed_bot_access_settings",
    "GetManagedBotToken": "_gen.get_managed_bot_token",
    "GetMe": "_invite_links",
    "GetMyCommands": "_gen.get_my_commands",
    "GetMyDefaultAdministratorRights": "_gen.get_my_default_administrator_rights",
    "GetMyDescription": "_gen.get_my_description",
    "GetMyName": "_gen.get_my_name",
    "GetMyShortDescription": "_gen.get_my_short_description",
    "GetMyStarBalance": "_gen.get_my_star_balance",
    "GetStarTransactions": "_gen.get_star_transactions",
    "GetStickerSet": "_gen.get_sticker_set",
    "GetUpdates": "_gen.get_updates",
    "GetUserChatBoosts": "_gen.get_user_chat_boosts",
    "GetUserGifts": "_gen.get_user_gifts",
    "GetUserPersonalChatMessages": "_gen.get_user_personal_chat_messages",
    "GetUserProfileAudios": "_gen.get_user_profile_audios",
    "GetUserProfilePhotos": "_gen.get_user_profile_photos",
    "GetWebhookInfo": "_gen.get_webhook_info",
    "GiftPremiumSubscription": "_gen.gift_premium_subscription",
    "HideGeneralForumTopic": "_gen.hide_general_forum_topic",
    "LeaveChat": "_gen.leave_chat",
    "LogOut": "_gen.log_out",
    "PinChatMessage": "_gen.pin_chat_message",
    "PostStory": "_gen.post_story",
    "PromoteChatMember": "_gen.promote_chat_member",
    "ReadBusinessMessage": "_gen.read_business_message",
    "RefundStarPayment": "_gen.refund_star_payment",
    "RemoveBusinessAccountProfilePhoto": "_gen.remove_business_account_profile_photo",
    "RemoveChatVerification": "_gen.remove_chat_verification",
    "RemoveMyProfilePhoto": "_gen.remove_my_profile_photo",
    "RemoveUserVerification": "_gen.remove_user_verification",
    "ReopenForumTopic": "_gen.reopen_forum_topic",
    "ReopenGeneralForumTopic": "_gen.reopen_general_forum_topic",
    "ReplaceManagedBotToken": "_gen.replace_managed_bot_token",
    "ReplaceStickerInSet": "_gen.replace_sticker_in_set",
    "RepostStory": "_gen.repost_story",
    "RestrictChatMember": "_gen.restrict_chat_member",
    "RevokeChatInviteLink": "_invite_links",
    "SavePreparedInlineMessage": "_gen.save_prepared_inline_message",
    "SavePreparedKeyboardButton": "_gen.save_prepared_keyboard_button",
    "SendAnimation": "_gen.send_animation",
    "SendAudio": "_gen.send_audio",
    "SendChatAction": "_gen.send_chat_action",
    "SendChatJoinRequestWebApp": "_gen.send_chat_join_request_web_app",
    "SendChecklist": "_gen.send_checklist",
    "SendContact": "_gen.send_contact",
    "SendDice": "_gen.send_dice",
    "SendDocument": "_gen.send_document",
    "SendGame": "_gen.send_game",
    "SendGift": "_gen.send_gift",
    "SendInvoice": "_gen.send_invoice",
    "SendLivePhoto": "_gen.send_live_photo",
    "SendLocation": "_gen.send_location",
    "SendMediaGroup": "_gen.send_media_group",
    "SendMessage": "_gen.send_message",
    "SendMessageDraft": "_gen.send_message_draft",
    "SendPaidMedia": "_gen.send_paid_media",
    "SendPhoto": "_gen.send_photo",
    "SendPoll": "_gen.send_poll",
    "SendRichMessage": "_gen.send_rich_message",
    "SendRichMessageDraft": "_gen.send_rich_message_draft",
    "SendSticker": "_gen.send_sticker",
    "SendVenue": "_gen.send_venue",
    "SendVideo": "_gen.send_video",
    "SendVideoNote": "_gen.send_video_note",
    "SendVoice": "_gen.send_voice",
    "SetBusinessAccountBio": "_gen.set_business_account_bio",
    "SetBusinessAccountGiftSettings": "_gen.set_business_account_gift_settings",
    "SetBusinessAccountName": "_gen.set_business_account_name",
    "SetBusinessAccountProfilePhoto": "_gen.set_business_account_profile_photo",
    "SetBusinessAccountUsername": "_gen.set_business_account_username",
    "SetChatAdministratorCustomTitle": "_gen.set_chat_administrator_custom_title",
    "SetChatDescription": "_gen.set_chat_description",
    "SetChatMemberTag": "_gen.set_chat_member_tag",
    "SetChatMenuButton": "_gen.set_chat_menu_button",
    "SetChatPermissions": "_gen.set_chat_permissions",
    "SetChatPhoto": "_gen.set_chat_photo",
    "SetChatStickerSet": "_gen.set_chat_sticker_set",
    "SetChatTitle": "_gen.set_chat_title",
    "SetCustomEmojiStickerSetThumbnail": "_gen.set_custom_emoji_sticker_set_thumbnail",
    "SetGameScore": "_gen.set_game_score",
    "SetManagedBotAccessSettings": "_gen.set_managed_bot_access_settings",
    "SetMessageReaction": "_gen.set_message_reaction",
    "SetMyCommands": "_gen.set_my_commands",
    "SetMyDefaultAdministratorRights": "_gen.set_my_default_administrator_rights",
    "SetMyDescription": "_gen.set_my_description",
    "SetMyName": "_gen.set_my_name",
    "SetMyProfilePhoto": "_gen.set_my_profile_photo",
    "SetMyShortDescription": "_gen.set_my_short_description",
    "SetPassportDataErrors": "_gen.set_passport_data_errors",
    "SetStickerEmojiList": "_gen.set_sticker_emoji_list",
    "SetStickerKeywords": "_gen.set_sticker_keywords",
    "SetStickerMaskPosition": "_gen.set_sticker_mask_position",
    "SetStickerPositionInSet": "_gen.set_sticker_position_in_set",
    "SetStickerSetThumbnail": "_gen.set_sticker_set_thumbnail",
    "SetStickerSetTitle": "_gen.set_sticker_set_title",
    "SetUserEmojiStatus": "_gen.set_user_emoji_status",
    "SetWebhook": "_gen.set_webhook",
    "StopMessageLiveLocation": "_gen.stop_message_live_location",
    "StopPoll": "_gen.stop_poll",
    "TransferBusinessAccountStars": "_gen.transfer_business_account_stars",
    "TransferGift": "_gen.transfer_gift",
    "UnbanChatMember": "_gen.unban_chat_member",
    "UnbanChatSenderChat": "_gen.unban_chat_sender_chat",
    "UnhideGeneralForumTopic": "_gen.unhide_general_forum_topic",
    "UnpinAllChatMessages": "_gen.unpin_all_chat_messages",
    "UnpinAllForumTopicMessages": "_gen.unpin_all_forum_topic_messages",
    "UnpinAllGeneralForumTopicMessages": "_gen.unpin_all_general_forum_topic_messages",
    "UnpinChatMessage": "_gen.unpin_chat_message",
    "UpgradeGift": "_gen.upgrade_gift",
    "UploadStickerFile": "_gen.upload_sticker_file",
    "VerifyChat": "_gen.verify_chat",
    "VerifyUser": "_gen.verify_user",
}

__all__ = [
    "Method",
    "AddStickerToSet",
    "AnswerCallbackQuery",
    "AnswerChatJoinRequestQuery",
    "AnswerGuestQuery",
    "AnswerInlineQuery",
    "AnswerPreCheckoutQuery",
    "AnswerShippingQuery",
    "AnswerWebAppQuery",
    "ApproveChatJoinRequest",
    "ApproveSuggestedPost",
    "BanChatMember",
    "BanChatSenderChat",
    "Close",
    "CloseForumTopic",
    "CloseGeneralForumTopic",
    "ConvertGiftToStars",
    "CopyMessage",
    "CopyMessages",
    "CreateChatInviteLink",
    "CreateChatSubscriptionInviteLink",
    "CreateForumTopic",
    "CreateInvoiceLink",
    "CreateNewStickerSet",
    "DeclineChatJoinRequest",
    "DeclineSuggestedPost",
    "DeleteAllMessageReactions",
    "DeleteBusinessMessages",
    "DeleteChatPhoto",
    "DeleteChatStickerSet",
    "DeleteEphemeralMessage",
    "DeleteForumTopic",
    "DeleteMessage",
    "DeleteMessageReaction",
    "DeleteMessages",
    "DeleteMyCommands",
    "DeleteStickerFromSet",
    "DeleteStickerSet",
    "DeleteStory",
    "DeleteWebhook",
    "EditChatInviteLink",
    "EditChatSubscriptionInviteLink",
    "EditEphemeralMessageCaption",
    "EditEphemeralMessageMedia",
    "EditEphemeralMessageReplyMarkup",
    "EditEphemeralMessageText",
    "EditForumTopic",
    "EditGeneralForumTopic",
    "EditMessageCaption",
    "EditMessageChecklist",
    "EditMessageLiveLocation",
    "EditMessageMedia",
    "EditMessageReplyMarkup",
    "EditMessageText",
    "EditStory",
    "EditUserStarSubscription",
    "ExportChatInviteLink",
    "ForwardMessage",
    "ForwardMessages",
    "GetAvailableGifts",
    "GetBusinessAccountGifts",
    "GetBusinessAccountStarBalance",
    "GetBusinessConnection",
    "GetChat",
    "GetChatAdministrators",
    "GetChatGifts",
    "GetChatMember",
    "GetChatMemberCount",
    "GetChatMenuButton",
    "GetCustomEmojiStickers",
    "GetFile",
    "GetForumTopicIconStickers",
    "GetGameHighScores",
    "GetManagedBotAccessSettings",
    "GetManagedBotToken",
    "GetMe",
    "GetMyCommands",
    "GetMyDefaultAdministratorRights",
    "GetMyDescription",
    "GetMyName",
    "GetMyShortDescription",
    "GetMyStarBalance",
    "GetStarTransactions",
    "GetStickerSet",
    "GetUpdates",
    "GetUserChatBoosts",
    "GetUserGifts",
    "GetUserPersonalChatMessages",
    "GetUserProfileAudios",
    "GetUserProfilePhotos",
    "GetWebhookInfo",
    "GiftPremiumSubscription",
    "HideGeneralForumTopic",
    "LeaveChat",
    "LogOut",
    "PinChatMessage",
    "PostStory",
    "PromoteChatMember",
    "ReadBusinessMessage",
    "RefundStarPayment",
    "RemoveBusinessAccountProfilePhoto",
    "RemoveChatVerification",
    "RemoveMyProfilePhoto",
    "RemoveUserVerification",
    "ReopenForumTopic",
    "ReopenGeneralForumTopic",
    "ReplaceManagedBotToken",
    "ReplaceStickerInSet",
    "RepostStory",
    "RestrictChatMember",
    "RevokeChatInviteLink",
    "SavePreparedInlineMessage",
    "SavePreparedKeyboardButton",
    "SendAnimation",
    "SendAudio",
    "SendChatAction",
    "SendChatJoinRequestWebApp",
    "SendChecklist",
    "SendContact",
    "SendDice",
    "SendDocument",
    "SendGame",
    "SendGift",
    "SendInvoice",
    "SendLivePhoto",
    "SendLocation",
    "SendMediaGroup",
    "SendMessage",
    "SendMessageDraft",
    "SendPaidMedia",
    "SendPhoto",
    "SendPoll",
    "SendRichMessage",
    "SendRichMessageDraft",
    "SendSticker",
    "SendVenue",
    "SendVideo",
    "SendVideoNote",
    "SendVoice",
    "SetBusinessAccountBio",
    "SetBusinessAccountGiftSettings",
    "SetBusinessAccountName",
    "SetBusinessAccountProfilePhoto",
    "SetBusinessAccountUsername",
    "SetChatAdministratorCustomTitle",
    "SetChatDescription",
    "SetChatMemberTag",
    "SetChatMenuButton",
    "SetChatPermissions",
    "SetChatPhoto",
    "SetChatStickerSet",
    "SetChatTitle",
    "SetCustomEmojiStickerSetThumbnail",
    "SetGameScore",
    "SetManagedBotAccessSettings",
    "SetMessageReaction",
    "SetMyCommands",
    "SetMyDefaultAdministratorRights",
    "SetMyDescription",
    "SetMyName",
    "SetMyProfilePhoto",
    "SetMyShortDescription",
    "SetPassportDataErrors",
    "SetStickerEmojiList",
    "SetStickerKeywords",
    "SetStickerMaskPosition",
    "SetStickerPositionInSet",
    "SetStickerSetThumbnail",
    "SetStickerSetTitle",
    "SetUserEmojiStatus",
    "SetWebhook",
    "StopMessageLiveLocation",
    "StopPoll",
    "TransferBusinessAccountStars",
    "TransferGift",
    "UnbanChatMember",
    "UnbanChatSenderChat",
    "UnhideGeneralForumTopic",
    "UnpinAllChatMessages",
    "UnpinAllForumTopicMessages",
    "UnpinAllGeneralForumTopicMessages",
    "UnpinChatMessage",
    "UpgradeGift",
    "UploadStickerFile",
    "VerifyChat",
    "VerifyUser",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
