# generated, do not edit; run python tools/botapi/generate.py
"""Every type of Bot API 10.2: frozen attrs models (from_dict, to_dict).

Field names are the Bot API's, except ``from``, which is ``from_user``. Unix times are
timezone-aware UTC datetimes that convert back to the same integer. Keys a newer Bot API
adds are kept in ``extra``. Each class loads on first use (importing one type does not
load the others; parsing one message loads only the types it contains).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

API_VERSION = "10.2"

if TYPE_CHECKING:
    from ._gen.accepted_gift_types import AcceptedGiftTypes
    from ._gen.affiliate_info import AffiliateInfo
    from ._gen.animation import Animation
    from ._gen.audio import Audio
    from ._gen.background_fill import BackgroundFill
    from ._gen.background_fill_freeform_gradient import BackgroundFillFreeformGradient
    from ._gen.background_fill_gradient import BackgroundFillGradient
    from ._gen.background_fill_solid import BackgroundFillSolid
    from ._gen.background_type import BackgroundType
    from ._gen.background_type_chat_theme import BackgroundTypeChatTheme
    from ._gen.background_type_fill import BackgroundTypeFill
    from ._gen.background_type_pattern import BackgroundTypePattern
    from ._gen.background_type_wallpaper import BackgroundTypeWallpaper
    from ._gen.birthdate import Birthdate
    from ._gen.bot_access_settings import BotAccessSettings
    from ._gen.bot_command import BotCommand
    from ._gen.bot_command_scope import BotCommandScope
    from ._gen.bot_command_scope_all_chat_administrators import BotCommandScopeAllChatAdministrators
    from ._gen.bot_command_scope_all_group_chats import BotCommandScopeAllGroupChats
    from ._gen.bot_command_scope_all_private_chats import BotCommandScopeAllPrivateChats
    from ._gen.bot_command_scope_chat import BotCommandScopeChat
    from ._gen.bot_command_scope_chat_administrators import BotCommandScopeChatAdministrators
    from ._gen.bot_command_scope_chat_member import BotCommandScopeChatMember
    from ._gen.bot_command_scope_default import BotCommandScopeDefault
    from ._gen.bot_description import BotDescription
    from ._gen.bot_name import BotName
    from ._gen.bot_short_description import BotShortDescription
    from ._gen.bot_subscription_updated import BotSubscriptionUpdated
    from ._gen.business_bot_rights import BusinessBotRights
    from ._gen.business_connection import BusinessConnection
    from ._gen.business_intro import BusinessIntro
    from ._gen.business_location import BusinessLocation
    from ._gen.business_messages_deleted import BusinessMessagesDeleted
    from ._gen.business_opening_hours import BusinessOpeningHours
    from ._gen.business_opening_hours_interval import BusinessOpeningHoursInterval
    from ._gen.callback_game import CallbackGame
    from ._gen.callback_query import CallbackQuery
    from ._gen.chat import Chat
    from ._gen.chat_administrator_rights import ChatAdministratorRights
    from ._gen.chat_background import ChatBackground
    from ._gen.chat_boost import ChatBoost
    from ._gen.chat_boost_added import ChatBoostAdded
    from ._gen.chat_boost_removed import ChatBoostRemoved
    from ._gen.chat_boost_source import ChatBoostSource
    from ._gen.chat_boost_source_gift_code import ChatBoostSourceGiftCode
    from ._gen.chat_boost_source_giveaway import ChatBoostSourceGiveaway
    from ._gen.chat_boost_source_premium import ChatBoostSourcePremium
    from ._gen.chat_boost_updated import ChatBoostUpdated
    from ._gen.chat_full_info import ChatFullInfo
    from ._gen.chat_invite_link import ChatInviteLink
    from ._gen.chat_join_request import ChatJoinRequest
    from ._gen.chat_location import ChatLocation
    from ._gen.chat_member import ChatMember
    from ._gen.chat_member_administrator import ChatMemberAdministrator
    from ._gen.chat_member_banned import ChatMemberBanned
    from ._gen.chat_member_left import ChatMemberLeft
    from ._gen.chat_member_member import ChatMemberMember
    from ._gen.chat_member_owner import ChatMemberOwner
    from ._gen.chat_member_restricted import ChatMemberRestricted
    from ._gen.chat_member_updated import ChatMemberUpdated
    from ._gen.chat_owner_changed import ChatOwnerChanged
    from ._gen.chat_owner_left import ChatOwnerLeft
    from ._gen.chat_permissions import ChatPermissions
    from ._gen.chat_photo import ChatPhoto
    from ._gen.chat_shared import ChatShared
    from ._gen.checklist import Checklist
    from ._gen.checklist_task import ChecklistTask
    from ._gen.checklist_tasks_added import ChecklistTasksAdded
    from ._gen.checklist_tasks_done import ChecklistTasksDone
    from ._gen.chosen_inline_result import ChosenInlineResult
    from ._gen.community import Community
    from ._gen.community_chat_added import CommunityChatAdded
    from ._gen.community_chat_removed import CommunityChatRemoved
    from ._gen.contact import Contact
    from ._gen.copy_text_button import CopyTextButton
    from ._gen.dice import Dice
    from ._gen.direct_message_price_changed import DirectMessagePriceChanged
    from ._gen.direct_messages_topic import DirectMessagesTopic
    from ._gen.document import Document
    from ._gen.encrypted_credentials import EncryptedCredentials
    from ._gen.encrypted_passport_element import EncryptedPassportElement
    from ._gen.external_reply_info import ExternalReplyInfo
    from ._gen.file import File
    from ._gen.force_reply import ForceReply
    from ._gen.forum_topic import ForumTopic
    from ._gen.forum_topic_closed import ForumTopicClosed
    from ._gen.forum_topic_created import ForumTopicCreated
    from ._gen.forum_topic_edited import ForumTopicEdited
    from ._gen.forum_topic_reopened import ForumTopicReopened
    from ._gen.game import Game
    from ._gen.game_high_score import GameHighScore
    from ._gen.general_forum_topic_hidden import GeneralForumTopicHidden
    from ._gen.general_forum_topic_unhidden import GeneralForumTopicUnhidden
    from ._gen.gift import Gift
    from ._gen.gift_background import GiftBackground
    from ._gen.gift_info import GiftInfo
    from ._gen.gifts import Gifts
    from ._gen.giveaway import Giveaway
    from ._gen.giveaway_completed import GiveawayCompleted
    from ._gen.giveaway_created import GiveawayCreated
    from ._gen.giveaway_winners import GiveawayWinners
    from ._gen.inaccessible_message import InaccessibleMessage
    from ._gen.inline_keyboard_button import InlineKeyboardButton
    from ._gen.inline_keyboard_markup import InlineKeyboardMarkup
    from ._gen.inline_query import InlineQuery
    from ._gen.inline_query_result import InlineQueryResult
    from ._gen.inline_query_result_article import InlineQueryResultArticle
    from ._gen.inline_query_result_audio import InlineQueryResultAudio
    from ._gen.inline_query_result_cached_audio import InlineQueryResultCachedAudio
    from ._gen.inline_query_result_cached_document import InlineQueryResultCachedDocument
    from ._gen.inline_query_result_cached_gif import InlineQueryResultCachedGif
    from ._gen.inline_query_result_cached_mpeg4_gif import InlineQueryResultCachedMpeg4Gif
    from ._gen.inline_query_result_cached_photo import InlineQueryResultCachedPhoto
    from ._gen.inline_query_result_cached_sticker import InlineQueryResultCachedSticker
    from ._gen.inline_query_result_cached_video import InlineQueryResultCachedVideo
    from ._gen.inline_query_result_cached_voice import InlineQueryResultCachedVoice
    from ._gen.inline_query_result_contact import InlineQueryResultContact
    from ._gen.inline_query_result_document import InlineQueryResultDocument
    from ._gen.inline_query_result_game import InlineQueryResultGame
    from ._gen.inline_query_result_gif import InlineQueryResultGif
    from ._gen.inline_query_result_location import InlineQueryResultLocation
    from ._gen.inline_query_result_mpeg4_gif import InlineQueryResultMpeg4Gif
    from ._gen.inline_query_result_photo import InlineQueryResultPhoto
    from ._gen.inline_query_result_venue import InlineQueryResultVenue
    from ._gen.inline_query_result_video import InlineQueryResultVideo
    from ._gen.inline_query_result_voice import InlineQueryResultVoice
    from ._gen.inline_query_results_button import InlineQueryResultsButton
    from ._gen.input_checklist import InputChecklist
    from ._gen.input_checklist_task import InputChecklistTask
    from ._gen.input_contact_message_content import InputContactMessageContent
    from ._gen.input_invoice_message_content import InputInvoiceMessageContent
    from ._gen.input_location_message_content import InputLocationMessageContent
    from ._gen.input_media import InputMedia
    from ._gen.input_media_animation import InputMediaAnimation
    from ._gen.input_media_audio import InputMediaAudio
    from ._gen.input_media_document import InputMediaDocument
    from ._gen.input_media_link import InputMediaLink
    from ._gen.input_media_live_photo import InputMediaLivePhoto
    from ._gen.input_media_location import InputMediaLocation
    from ._gen.input_media_photo import InputMediaPhoto
    from ._gen.input_media_sticker import InputMediaSticker
    from ._gen.input_media_venue import InputMediaVenue
    from ._gen.input_media_video import InputMediaVideo
    from ._gen.input_media_voice_note import InputMediaVoiceNote
    from ._gen.input_message_content import InputMessageContent
    from ._gen.input_paid_media import InputPaidMedia
    from ._gen.input_paid_media_live_photo import InputPaidMediaLivePhoto
    from ._gen.input_paid_media_photo import InputPaidMediaPhoto
    from ._gen.input_paid_media_video import InputPaidMediaVideo
    from ._gen.input_poll_media import InputPollMedia
    from ._gen.input_poll_option import InputPollOption
    from ._gen.input_poll_option_media import InputPollOptionMedia
    from ._gen.input_profile_photo import InputProfilePhoto
    from ._gen.input_profile_photo_animated import InputProfilePhotoAnimated
    from ._gen.input_profile_photo_static import InputProfilePhotoStatic
    from ._gen.input_rich_block import InputRichBlock
    from ._gen.input_rich_block_anchor import InputRichBlockAnchor
    from ._gen.input_rich_block_animation import InputRichBlockAnimation
    from ._gen.input_rich_block_audio import InputRichBlockAudio
    from ._gen.input_rich_block_block_quotation import InputRichBlockBlockQuotation
    from ._gen.input_rich_block_collage import InputRichBlockCollage
    from ._gen.input_rich_block_details import InputRichBlockDetails
    from ._gen.input_rich_block_divider import InputRichBlockDivider
    from ._gen.input_rich_block_footer import InputRichBlockFooter
    from ._gen.input_rich_block_list import InputRichBlockList
    from ._gen.input_rich_block_list_item import InputRichBlockListItem
    from ._gen.input_rich_block_map import InputRichBlockMap
    from ._gen.input_rich_block_mathematical_expression import InputRichBlockMathematicalExpression
    from ._gen.input_rich_block_paragraph import InputRichBlockParagraph
    from ._gen.input_rich_block_photo import InputRichBlockPhoto
    from ._gen.input_rich_block_preformatted import InputRichBlockPreformatted
    from ._gen.input_rich_block_pull_quotation import InputRichBlockPullQuotation
    from ._gen.input_rich_block_section_heading import InputRichBlockSectionHeading
    from ._gen.input_rich_block_slideshow import InputRichBlockSlideshow
    from ._gen.input_rich_block_table import InputRichBlockTable
    from ._gen.input_rich_block_thinking import InputRichBlockThinking
    from ._gen.input_rich_block_video import InputRichBlockVideo
    from ._gen.input_rich_block_voice_note import InputRichBlockVoiceNote
    from ._gen.input_rich_message import InputRichMessage
    from ._gen.input_rich_message_content import InputRichMessageContent
    from ._gen.input_rich_message_media import InputRichMessageMedia
    from ._gen.input_sticker import InputSticker
    from ._gen.input_story_content import InputStoryContent
    from ._gen.input_story_content_photo import InputStoryContentPhoto
    from ._gen.input_story_content_video import InputStoryContentVideo
    from ._gen.input_text_message_content import InputTextMessageContent
    from ._gen.input_venue_message_content import InputVenueMessageContent
    from ._gen.invoice import Invoice
    from ._gen.keyboard_button import KeyboardButton
    from ._gen.keyboard_button_poll_type import KeyboardButtonPollType
    from ._gen.keyboard_button_request_chat import KeyboardButtonRequestChat
    from ._gen.keyboard_button_request_managed_bot import KeyboardButtonRequestManagedBot
    from ._gen.keyboard_button_request_users import KeyboardButtonRequestUsers
    from ._gen.labeled_price import LabeledPrice
    from ._gen.link import Link
    from ._gen.link_preview_options import LinkPreviewOptions
    from ._gen.live_photo import LivePhoto
    from ._gen.location import Location
    from ._gen.location_address import LocationAddress
    from ._gen.login_url import LoginUrl
    from ._gen.managed_bot_created import ManagedBotCreated
    from ._gen.managed_bot_updated import ManagedBotUpdated
    from ._gen.mask_position import MaskPosition
    from ._gen.maybe_inaccessible_message import MaybeInaccessibleMessage
    from ._gen.menu_button import MenuButton
    from ._gen.menu_button_commands import MenuButtonCommands
    from ._gen.menu_button_default import MenuButtonDefault
    from ._gen.menu_button_web_app import MenuButtonWebApp
    from ._gen.message import Message
    from ._gen.message_auto_delete_timer_changed import MessageAutoDeleteTimerChanged
    from ._gen.message_entity import MessageEntity
    from ._gen.message_id import MessageId
    from ._gen.message_origin import MessageOrigin
    from ._gen.message_origin_channel import MessageOriginChannel
    from ._gen.message_origin_chat import MessageOriginChat
    from ._gen.message_origin_hidden_user import MessageOriginHiddenUser
    from ._gen.message_origin_user import MessageOriginUser
    from ._gen.message_reaction_count_updated import MessageReactionCountUpdated
    from ._gen.message_reaction_updated import MessageReactionUpdated
    from ._gen.order_info import OrderInfo
    from ._gen.owned_gift import OwnedGift
    from ._gen.owned_gift_regular import OwnedGiftRegular
    from ._gen.owned_gift_unique import OwnedGiftUnique
    from ._gen.owned_gifts import OwnedGifts
    from ._gen.paid_media import PaidMedia
    from ._gen.paid_media_info import PaidMediaInfo
    from ._gen.paid_media_live_photo import PaidMediaLivePhoto
    from ._gen.paid_media_photo import PaidMediaPhoto
    from ._gen.paid_media_preview import PaidMediaPreview
    from ._gen.paid_media_purchased import PaidMediaPurchased
    from ._gen.paid_media_video import PaidMediaVideo
    from ._gen.paid_message_price_changed import PaidMessagePriceChanged
    from ._gen.passport_data import PassportData
    from ._gen.passport_element_error import PassportElementError
    from ._gen.passport_element_error_data_field import PassportElementErrorDataField
    from ._gen.passport_element_error_file import PassportElementErrorFile
    from ._gen.passport_element_error_files import PassportElementErrorFiles
    from ._gen.passport_element_error_front_side import PassportElementErrorFrontSide
    from ._gen.passport_element_error_reverse_side import PassportElementErrorReverseSide
    from ._gen.passport_element_error_selfie import PassportElementErrorSelfie
    from ._gen.passport_element_error_translation_file import PassportElementErrorTranslationFile
    from ._gen.passport_element_error_translation_files import PassportElementErrorTranslationFiles
    from ._gen.passport_element_error_unspecified import PassportElementErrorUnspecified
    from ._gen.passport_file import PassportFile
    from ._gen.photo_size import PhotoSize
    from ._gen.poll import Poll
    from ._gen.poll_answer import PollAnswer
    from ._gen.poll_media import PollMedia
    from ._gen.poll_option import PollOption
    from ._gen.poll_option_added import PollOptionAdded
    from ._gen.poll_option_deleted import PollOptionDeleted
    from ._gen.pre_checkout_query import PreCheckoutQuery
    from ._gen.prepared_inline_message import PreparedInlineMessage
    from ._gen.prepared_keyboard_button import PreparedKeyboardButton
    from ._gen.proximity_alert_triggered import ProximityAlertTriggered
    from ._gen.reaction_count import ReactionCount
    from ._gen.reaction_type import ReactionType
    from ._gen.reaction_type_custom_emoji import ReactionTypeCustomEmoji
    from ._gen.reaction_type_emoji import ReactionTypeEmoji
    from ._gen.reaction_type_paid import ReactionTypePaid
    from ._gen.refunded_payment import RefundedPayment
    from ._gen.reply_keyboard_markup import ReplyKeyboardMarkup
    from ._gen.reply_keyboard_remove import ReplyKeyboardRemove
    from ._gen.reply_parameters import ReplyParameters
    from ._gen.response_parameters import ResponseParameters
    from ._gen.revenue_withdrawal_state import RevenueWithdrawalState
    from ._gen.revenue_withdrawal_state_failed import RevenueWithdrawalStateFailed
    from ._gen.revenue_withdrawal_state_pending import RevenueWithdrawalStatePending
    from ._gen.revenue_withdrawal_state_succeeded import RevenueWithdrawalStateSucceeded
    from ._gen.rich_block import RichBlock
    from ._gen.rich_block_anchor import RichBlockAnchor
    from ._gen.rich_block_animation import RichBlockAnimation
    from ._gen.rich_block_audio import RichBlockAudio
    from ._gen.rich_block_block_quotation import RichBlockBlockQuotation
    from ._gen.rich_block_caption import RichBlockCaption
    from ._gen.rich_block_collage import RichBlockCollage
    from ._gen.rich_block_details import RichBlockDetails
    from ._gen.rich_block_divider import RichBlockDivider
    from ._gen.rich_block_footer import RichBlockFooter
    from ._gen.rich_block_list import RichBlockList
    from ._gen.rich_block_list_item import RichBlockListItem
    from ._gen.rich_block_map import RichBlockMap
    from ._gen.rich_block_mathematical_expression import RichBlockMathematicalExpression
    from ._gen.rich_block_paragraph import RichBlockParagraph
    from ._gen.rich_block_photo import RichBlockPhoto
    from ._gen.rich_block_preformatted import RichBlockPreformatted
    from ._gen.rich_block_pull_quotation import RichBlockPullQuotation
    from ._gen.rich_block_section_heading import RichBlockSectionHeading
    from ._gen.rich_block_slideshow import RichBlockSlideshow
    from ._gen.rich_block_table import RichBlockTable
    from ._gen.rich_block_table_cell import RichBlockTableCell
    from ._gen.rich_block_thinking import RichBlockThinking
    from ._gen.rich_block_video import RichBlockVideo
    from ._gen.rich_block_voice_note import RichBlockVoiceNote
    from ._gen.rich_message import RichMessage
    from ._gen.rich_text import RichText
    from ._gen.rich_text_anchor import RichTextAnchor
    from ._gen.rich_text_anchor_link import RichTextAnchorLink
    from ._gen.rich_text_bank_card_number import RichTextBankCardNumber
    from ._gen.rich_text_bold import RichTextBold
    from ._gen.rich_text_bot_command import RichTextBotCommand
    from ._gen.rich_text_cashtag import RichTextCashtag
    from ._gen.rich_text_code import RichTextCode
    from ._gen.rich_text_custom_emoji import RichTextCustomEmoji
    from ._gen.rich_text_date_time import RichTextDateTime
    from ._gen.rich_text_email_address import RichTextEmailAddress
    from ._gen.rich_text_hashtag import RichTextHashtag
    from ._gen.rich_text_italic import RichTextItalic
    from ._gen.rich_text_marked import RichTextMarked
    from ._gen.rich_text_mathematical_expression import RichTextMathematicalExpression
    from ._gen.rich_text_mention import RichTextMention
    from ._gen.rich_text_phone_number import RichTextPhoneNumber
    from ._gen.rich_text_reference import RichTextReference
    from ._gen.rich_text_reference_link import RichTextReferenceLink
    from ._gen.rich_text_spoiler import RichTextSpoiler
    from ._gen.rich_text_strikethrough import RichTextStrikethrough
    from ._gen.rich_text_subscript import RichTextSubscript
    from ._gen.rich_text_superscript import RichTextSuperscript
    from ._gen.rich_text_text_mention import RichTextTextMention
    from ._gen.rich_text_underline import RichTextUnderline
    from ._gen.rich_text_url import RichTextUrl
    from ._gen.sent_guest_message import SentGuestMessage
    from ._gen.sent_web_app_message import SentWebAppMessage
    from ._gen.shared_user import SharedUser
    from ._gen.shipping_address import ShippingAddress
    from ._gen.shipping_option import ShippingOption
    from ._gen.shipping_query import ShippingQuery
    from ._gen.star_amount import StarAmount
    from ._gen.star_transaction import StarTransaction
    from ._gen.star_transactions import StarTransactions
    from ._gen.sticker import Sticker
    from ._gen.sticker_set import StickerSet
    from ._gen.story import Story
    from ._gen.story_area import StoryArea
    from ._gen.story_area_position import StoryAreaPosition
    from ._gen.story_area_type import StoryAreaType
    from ._gen.story_area_type_link import StoryAreaTypeLink
    from ._gen.story_area_type_location import StoryAreaTypeLocation
    from ._gen.story_area_type_suggested_reaction import StoryAreaTypeSuggestedReaction
    from ._gen.story_area_type_unique_gift import StoryAreaTypeUniqueGift
    from ._gen.story_area_type_weather import StoryAreaTypeWeather
    from ._gen.successful_payment import SuccessfulPayment
    from ._gen.suggested_post_approval_failed import SuggestedPostApprovalFailed
    from ._gen.suggested_post_approved import SuggestedPostApproved
    from ._gen.suggested_post_declined import SuggestedPostDeclined
    from ._gen.suggested_post_info import SuggestedPostInfo
    from ._gen.suggested_post_paid import SuggestedPostPaid
    from ._gen.suggested_post_parameters import SuggestedPostParameters
    from ._gen.suggested_post_price import SuggestedPostPrice
    from ._gen.suggested_post_refunded import SuggestedPostRefunded
    from ._gen.switch_inline_query_chosen_chat import SwitchInlineQueryChosenChat
    from ._gen.text_quote import TextQuote
    from ._gen.transaction_partner import TransactionPartner
    from ._gen.transaction_partner_affiliate_program import TransactionPartnerAffiliateProgram
    from ._gen.transaction_partner_chat import TransactionPartnerChat
    from ._gen.transaction_partner_fragment import TransactionPartnerFragment
    from ._gen.transaction_partner_other import TransactionPartnerOther
    from ._gen.transaction_partner_telegram_ads import TransactionPartnerTelegramAds
    from ._gen.transaction_partner_telegram_api import TransactionPartnerTelegramApi
    from ._gen.transaction_partner_user import TransactionPartnerUser
    from ._gen.unique_gift import UniqueGift
    from ._gen.unique_gift_backdrop import UniqueGiftBackdrop
    from ._gen.unique_gift_backdrop_colors import UniqueGiftBackdropColors
    from ._gen.unique_gift_colors import UniqueGiftColors
    from ._gen.unique_gift_info import UniqueGiftInfo
    from ._gen.unique_gift_model import UniqueGiftModel
    from ._gen.unique_gift_symbol import UniqueGiftSymbol
    from ._gen.update import Update
    from ._gen.user import User
    from ._gen.user_chat_boosts import UserChatBoosts
    from ._gen.user_profile_audios import UserProfileAudios
    from ._gen.user_profile_photos import UserProfilePhotos
    from ._gen.user_rating import UserRating
    from ._gen.users_shared import UsersShared
    from ._gen.venue import Venue
    from ._gen.video import Video
    from ._gen.video_chat_ended import VideoChatEnded
    from ._gen.video_chat_participants_invited import VideoChatParticipantsInvited
    from ._gen.video_chat_scheduled import VideoChatScheduled
    from ._gen.video_chat_started import VideoChatStarted
    from ._gen.video_note import VideoNote
    from ._gen.video_quality import VideoQuality
    from ._gen.voice import Voice
    from ._gen.web_app_data import WebAppData
    from ._gen.web_app_info import WebAppInfo
    from ._gen.webhook_info import WebhookInfo
    from ._gen.write_access_allowed import WriteAccessAllowed

# The one table of lazily loaded names: type name -> module in telebot_lite.types._gen.
_LAZY: dict[str, str] = {
    "AcceptedGiftTypes": "accepted_gift_types",
    "AffiliateInfo": "affiliate_info",
    "Animation": "animation",
    "Audio": "audio",
    "BackgroundFill": "background_fill",
    "BackgroundFillFreeformGradient": "background_fill_freeform_gradient",
    "BackgroundFillGradient": "background_fill_gradient",
    "BackgroundFillSolid": "background_fill_solid",
    "BackgroundType": "background_type",
    "BackgroundTypeChatTheme": "background_type_chat_theme",
    "BackgroundTypeFill": "background_type_fill",
    "BackgroundTypePattern": "background_type_pattern",
    "BackgroundTypeWallpaper": "background_type_wallpaper",
    "Birthdate": "birthdate",
    "BotAccessSettings": "bot_access_settings",
    "BotCommand": "bot_command",
    "BotCommandScope": "bot_command_scope",
    "BotCommandScopeAllChatAdministrators": "bot_command_scope_all_chat_administrators",
    "BotCommandScopeAllGroupChats": "bot_command_scope_all_group_chats",
    "BotCommandScopeAllPrivateChats": "bot_command_scope_all_private_chats",
    "BotCommandScopeChat": "bot_command_scope_chat",
    "BotCommandScopeChatAdministrators": "bot_command_scope_chat_administrators",
    "BotCommandScopeChatMember": "bot_command_scope_chat_member",
    "BotCommandScopeDefault": "bot_command_scope_default",
    "BotDescription": "bot_description",
    "BotName": "bot_name",
    "BotShortDescription": "bot_short_description",
    "BotSubscriptionUpdated": "bot_subscription_updated",
    "BusinessBotRights": "business_bot_rights",
    "BusinessConnection": "business_connection",
    "BusinessIntro": "business_intro",
    "BusinessLocation": "business_location",
    "BusinessMessagesDeleted": "business_messages_deleted",
    "BusinessOpeningHours": "business_opening_hours",
    "BusinessOpeningHoursInterval": "business_opening_hours_interval",
    "CallbackGame": "callback_game",
    "CallbackQuery": "callback_query",
    "Chat": "chat",
    "ChatAdministratorRights": "chat_administrator_rights",
    "ChatBackground": "chat_background",
    "ChatBoost": "chat_boost",
    "ChatBoostAdded": "chat_boost_added",
    "ChatBoostRemoved": "chat_boost_removed",
    "ChatBoostSource": "chat_boost_source",
    "ChatBoostSourceGiftCode": "chat_boost_source_gift_code",
    "ChatBoostSourceGiveaway": "chat_boost_source_giveaway",
    "ChatBoostSourcePremium": "chat_boost_source_premium",
    "ChatBoostUpdated": "chat_boost_updated",
    "ChatFullInfo": "chat_full_info",
    "ChatInviteLink": "chat_invite_link",
    "ChatJoinRequest": "chat_join_request",
    "ChatLocation": "chat_location",
    "ChatMember": "chat_member",
    "ChatMemberAdministrator": "chat_member_administrator",
    "ChatMemberBanned": "chat_member_banned",
    "ChatMemberLeft": "chat_member_left",
    "ChatMemberMember": "chat_member_member",
    "ChatMemberOwner": "chat_member_owner",
    "ChatMemberRestricted": "chat_member_restricted",
    "ChatMemberUpdated": "chat_member_updated",
    "ChatOwnerChanged": "chat_owner_changed",
    "ChatOwnerLeft": "chat_owner_left",
    "ChatPermissions": "chat_permissions",
    "ChatPhoto": "chat_photo",
    "ChatShared": "chat_shared",
    "Checklist": "checklist",
    "ChecklistTask": "checklist_task",
    "ChecklistTasksAdded": "checklist_tasks_added",
    "ChecklistTasksDone": "checklist_tasks_done",
    "ChosenInlineResult": "chosen_inline_result",
    "Community": "community",
    "CommunityChatAdded": "community_chat_added",
    "CommunityChatRemoved": "community_chat_removed",
    "Contact": "contact",
    "CopyTextButton": "copy_text_button",
    "Dice": "dice",
    "DirectMessagePriceChanged": "direct_message_price_changed",
    "DirectMessagesTopic": "direct_messages_topic",
    "Document": "document",
    "EncryptedCredentials": "encrypted_credentials",
    "EncryptedPassportElement": "encrypted_passport_element",
    "ExternalReplyInfo": "external_reply_info",
    "File": "file",
    "ForceReply": "force_reply",
    "ForumTopic": "forum_topic",
    "ForumTopicClosed": "forum_topic_closed",
    "ForumTopicCreated": "forum_topic_created",
    "ForumTopicEdited": "forum_topic_edited",
    "ForumTopicReopened": "forum_topic_reopened",
    "Game": "game",
    "GameHighScore": "game_high_score",
    "GeneralForumTopicHidden": "general_forum_topic_hidden",
    "GeneralForumTopicUnhidden": "general_forum_topic_unhidden",
    "Gift": "gift",
    "GiftBackground": "gift_background",
    "GiftInfo": "gift_info",
    "Gifts": "gifts",
    "Giveaway": "giveaway",
    "GiveawayCompleted": "giveaway_completed",
    "GiveawayCreated": "giveaway_created",
    "GiveawayWinners": "giveaway_winners",
    "InaccessibleMessage": "inaccessible_message",
    "InlineKeyboardButton": "inline_keyboard_button",
    "InlineKeyboardMarkup": "inline_keyboard_markup",
    "InlineQuery": "inline_query",
    "InlineQueryResult": "inline_query_result",
    "InlineQueryResultArticle": "inline_query_result_article",
    "InlineQueryResultAudio": "inline_query_result_audio",
    "InlineQueryResultCachedAudio": "inline_query_result_cached_audio",
    "InlineQueryResultCachedDocument": "inline_query_result_cached_document",
    "InlineQueryResultCachedGif": "inline_query_result_cached_gif",
    "InlineQueryResultCachedMpeg4Gif": "inline_query_result_cached_mpeg4_gif",
    "InlineQueryResultCachedPhoto": "inline_query_result_cached_photo",
    "InlineQueryResultCachedSticker": "inline_query_result_cached_sticker",
    "InlineQueryResultCachedVideo": "inline_query_result_cached_video",
    "InlineQueryResultCachedVoice": "inline_query_result_cached_voice",
    "InlineQueryResultContact": "inline_query_result_contact",
    "InlineQueryResultDocument": "inline_query_result_document",
    "InlineQueryResultGame": "inline_query_result_game",
    "InlineQueryResultGif": "inline_query_result_gif",
    "InlineQueryResultLocation": "inline_query_result_location",
    "InlineQueryResultMpeg4Gif": "inline_query_result_mpeg4_gif",
    "InlineQueryResultPhoto": "inline_query_result_photo",
    "InlineQueryResultVenue": "inline_query_result_venue",
    "InlineQueryResultVideo": "inline_query_result_video",
    "InlineQueryResultVoice": "inline_query_result_voice",
    "InlineQueryResultsButton": "inline_query_results_button",
    "InputChecklist": "input_checklist",
    "InputChecklistTask": "input_checklist_task",
    "InputContactMessageContent": "input_contact_message_content",
    "InputInvoiceMessageContent": "input_invoice_message_content",
    "InputLocationMessageContent": "input_location_message_content",
    "InputMedia": "input_media",
    "InputMediaAnimation": "input_media_animation",
    "InputMediaAudio": "input_media_audio",
    "InputMediaDocument": "input_media_document",
    "InputMediaLink": "input_media_link",
    "InputMediaLivePhoto": "input_media_live_photo",
    "InputMediaLocation": "input_media_location",
    "InputMediaPhoto": "input_media_photo",
    "InputMediaSticker": "input_media_sticker",
    "InputMediaVenue": "input_media_venue",
    "InputMediaVideo": "input_media_video",
    "InputMediaVoiceNote": "input_media_voice_note",
    "InputMessageContent": "input_message_content",
    "InputPaidMedia": "input_paid_media",
    "InputPaidMediaLivePhoto": "input_paid_media_live_photo",
    "InputPaidMediaPhoto": "input_paid_media_photo",
    "InputPaidMediaVideo": "input_paid_media_video",
    "InputPollMedia": "input_poll_media",
    "InputPollOption": "input_poll_option",
    "InputPollOptionMedia": "input_poll_option_media",
    "InputProfilePhoto": "input_profile_photo",
    "InputProfilePhotoAnimated": "input_profile_photo_animated",
    "InputProfilePhotoStatic": "input_profile_photo_static",
    "InputRichBlock": "input_rich_block",
    "InputRichBlockAnchor": "input_rich_block_anchor",
    "InputRichBlockAnimation": "input_rich_block_animation",
    "InputRichBlockAudio": "input_rich_block_audio",
    "InputRichBlockBlockQuotation": "input_rich_block_block_quotation",
    "InputRichBlockCollage": "input_rich_block_collage",
    "InputRichBlockDetails": "input_rich_block_details",
    "InputRichBlockDivider": "input_rich_block_divider",
    "InputRichBlockFooter": "input_rich_block_footer",
    "InputRichBlockList": "input_rich_block_list",
    "InputRichBlockListItem": "input_rich_block_list_item",
    "InputRichBlockMap": "input_rich_block_map",
    "InputRichBlockMathematicalExpression": "input_rich_block_mathematical_expression",
    "InputRichBlockParagraph": "input_rich_block_paragraph",
    "InputRichBlockPhoto": "input_rich_block_photo",
    "InputRichBlockPreformatted": "input_rich_block_preformatted",
    "InputRichBlockPullQuotation": "input_rich_block_pull_quotation",
    "InputRichBlockSectionHeading": "input_rich_block_section_heading",
    "InputRichBlockSlideshow": "input_rich_block_slideshow",
    "InputRichBlockTable": "input_rich_block_table",
    "InputRichBlockThinking": "input_rich_block_thinking",
    "InputRichBlockVideo": "input_rich_block_video",
    "InputRichBlockVoiceNote": "input_rich_block_voice_note",
    "InputRichMessage": "input_rich_message",
    "InputRichMessageContent": "input_rich_message_content",
    "InputRichMessageMedia": "input_rich_message_media",
    "InputSticker": "input_sticker",
    "InputStoryContent": "input_story_content",
    "InputStoryContentPhoto": "input_story_content_photo",
    "InputStoryContentVideo": "input_story_content_video",
    "InputTextMessageContent": "input_text_message_content",
    "InputVenueMessageContent": "input_venue_message_content",
    "Invoice": "invoice",
    "KeyboardButton": "keyboard_button",
    "KeyboardButtonPollType": "keyboard_button_poll_type",
    "KeyboardButtonRequestChat": "keyboard_button_request_chat",
    "KeyboardButtonRequestManagedBot": "keyboard_button_request_managed_bot",
    "KeyboardButtonRequestUsers": "keyboard_button_request_users",
    "LabeledPrice": "labeled_price",
    "Link": "link",
    "LinkPreviewOptions": "link_preview_options",
    "LivePhoto": "live_photo",
    "Location": "location",
    "LocationAddress": "location_address",
    "LoginUrl": "login_url",
    "ManagedBotCreated": "managed_bot_created",
    "ManagedBotUpdated": "managed_bot_updated",
    "MaskPosition": "mask_position",
    "MaybeInaccessibleMessage": "maybe_inaccessible_message",
    "MenuButton": "menu_button",
    "MenuButtonCommands": "menu_button_commands",
    "MenuButtonDefault": "menu_button_default",
    "MenuButtonWebApp": "menu_button_web_app",
    "Message": "message",
    "MessageAutoDeleteTimerChanged": "message_auto_delete_timer_changed",
    "MessageEntity": "message_entity",
    "MessageId": "message_id",
    "MessageOrigin": "message_origin",
    "MessageOriginChannel": "message_origin_channel",
    "MessageOriginChat": "message_origin_chat",
    "MessageOriginHiddenUser": "message_origin_hidden_user",
    "MessageOriginUser": "message_origin_user",
    "MessageReactionCountUpdated": "message_reaction_count_updated",
    "MessageReactionUpdated": "message_reaction_updated",
    "OrderInfo": "order_info",
    "OwnedGift": "owned_gift",
    "OwnedGiftRegular": "owned_gift_regular",
    "OwnedGiftUnique": "owned_gift_unique",
    "OwnedGifts": "owned_gifts",
    "PaidMedia": "paid_media",
    "PaidMediaInfo": "paid_media_info",
    "PaidMediaLivePhoto": "paid_media_live_photo",
    "PaidMediaPhoto": "paid_media_photo",
    "PaidMediaPreview": "paid_media_preview",
    "PaidMediaPurchased": "paid_media_purchased",
    "PaidMediaVideo": "paid_media_video",
    "PaidMessagePriceChanged": "paid_message_price_changed",
    "PassportData": "passport_data",
    "PassportElementError": "passport_element_error",
    "PassportElementErrorDataField": "passport_element_error_data_field",
    "PassportElementErrorFile": "passport_element_error_file",
    "PassportElementErrorFiles": "passport_element_error_files",
    "PassportElementErrorFrontSide": "passport_element_error_front_side",
    "PassportElementErrorReverseSide": "passport_element_error_reverse_side",
    "PassportElementErrorSelfie": "passport_element_error_selfie",
    "PassportElementErrorTranslationFile": "passport_element_error_translation_file",
    "PassportElementErrorTranslationFiles": "passport_element_error_translation_files",
    "PassportElementErrorUnspecified": "passport_element_error_unspecified",
    "PassportFile": "passport_file",
    "PhotoSize": "photo_size",
    "Poll": "poll",
    "PollAnswer": "poll_answer",
    "PollMedia": "poll_media",
    "PollOption": "poll_option",
    "PollOptionAdded": "poll_option_added",
    "PollOptionDeleted": "poll_option_deleted",
    "PreCheckoutQuery": "pre_checkout_query",
    "PreparedInlineMessage": "prepared_inline_message",
    "PreparedKeyboardButton": "prepared_keyboard_button",
    "ProximityAlertTriggered": "proximity_alert_triggered",
    "ReactionCount": "reaction_count",
    "ReactionType": "reaction_type",
    "ReactionTypeCustomEmoji": "reaction_type_custom_emoji",
    "ReactionTypeEmoji": "reaction_type_emoji",
    "ReactionTypePaid": "reaction_type_paid",
    "RefundedPayment": "refunded_payment",
    "ReplyKeyboardMarkup": "reply_keyboard_markup",
    "ReplyKeyboardRemove": "reply_keyboard_remove",
    "ReplyParameters": "reply_parameters",
    "ResponseParameters": "response_parameters",
    "RevenueWithdrawalState": "revenue_withdrawal_state",
    "RevenueWithdrawalStateFailed": "revenue_withdrawal_state_failed",
    "RevenueWithdrawalStatePending": "revenue_withdrawal_state_pending",
    "RevenueWithdrawalStateSucceeded": "revenue_withdrawal_state_succeeded",
    "RichBlock": "rich_block",
    "RichBlockAnchor": "rich_block_anchor",
    "RichBlockAnimation": "rich_block_animation",
    "RichBlockAudio": "rich_block_audio",
    "RichBlockBlockQuotation": "rich_block_block_quotation",
    "RichBlockCaption": "rich_block_caption",
    "RichBlockCollage": "rich_block_collage",
    "RichBlockDetails": "rich_block_details",
    "RichBlockDivider": "rich_block_divider",
    "RichBlockFooter": "rich_block_footer",
    "RichBlockList": "rich_block_list",
    "RichBlockListItem": "rich_block_list_item",
    "RichBlockMap": "rich_block_map",
    "RichBlockMathematicalExpression": "rich_block_mathematical_expression",
    "RichBlockParagraph": "rich_block_paragraph",
    "RichBlockPhoto": "rich_block_photo",
    "RichBlockPreformatted": "rich_block_preformatted",
    "RichBlockPullQuotation": "rich_block_pull_quotation",
    "RichBlockSectionHeading": "rich_block_section_heading",
    "RichBlockSlideshow": "rich_block_slideshow",
    "RichBlockTable": "rich_block_table",
    "RichBlockTableCell": "rich_block_table_cell",
    "RichBlockThinking": "rich_block_thinking",
    "RichBlockVideo": "rich_block_video",
    "RichBlockVoiceNote": "rich_block_voice_note",
    "RichMessage": "rich_message",
    "RichText": "rich_text",
    "RichTextAnchor": "rich_text_anchor",
    "RichTextAnchorLink": "rich_text_anchor_link",
    "RichTextBankCardNumber": "rich_text_bank_card_number",
    "RichTextBold": "rich_text_bold",
    "RichTextBotCommand": "rich_text_bot_command",
    "RichTextCashtag": "rich_text_cashtag",
    "RichTextCode": "rich_text_code",
    "RichTextCustomEmoji": "rich_text_custom_emoji",
    "RichTextDateTime": "rich_text_date_time",
    "RichTextEmailAddress": "rich_text_email_address",
    "RichTextHashtag": "rich_text_hashtag",
    "RichTextItalic": "rich_text_italic",
    "RichTextMarked": "rich_text_marked",
    "RichTextMathematicalExpression": "rich_text_mathematical_expression",
    "RichTextMention": "rich_text_mention",
    "RichTextPhoneNumber": "rich_text_phone_number",
    "RichTextReference": "rich_text_reference",
    "RichTextReferenceLink": "rich_text_reference_link",
    "RichTextSpoiler": "rich_text_spoiler",
    "RichTextStrikethrough": "rich_text_strikethrough",
    "RichTextSubscript": "rich_text_subscript",
    "RichTextSuperscript": "rich_text_superscript",
    "RichTextTextMention": "rich_text_text_mention",
    "RichTextUnderline": "rich_text_underline",
    "RichTextUrl": "rich_text_url",
    "SentGuestMessage": "sent_guest_message",
    "SentWebAppMessage": "sent_web_app_message",
    "SharedUser": "shared_user",
    "ShippingAddress": "shipping_address",
    "ShippingOption": "shipping_option",
    "ShippingQuery": "shipping_query",
    "StarAmount": "star_amount",
    "StarTransaction": "star_transaction",
    "StarTransactions": "star_transactions",
    "Sticker": "sticker",
    "StickerSet": "sticker_set",
    "Story": "story",
    "StoryArea": "story_area",
    "StoryAreaPosition": "story_area_position",
    "StoryAreaType": "story_area_type",
    "StoryAreaTypeLink": "story_area_type_link",
    "StoryAreaTypeLocation": "story_area_type_location",
    "StoryAreaTypeSuggestedReaction": "story_area_type_suggested_reaction",
    "StoryAreaTypeUniqueGift": "story_area_type_unique_gift",
    "StoryAreaTypeWeather": "story_area_type_weather",
    "SuccessfulPayment": "successful_payment",
    "SuggestedPostApprovalFailed": "suggested_post_approval_failed",
    "SuggestedPostApproved": "suggested_post_approved",
    "SuggestedPostDeclined": "suggested_post_declined",
    "SuggestedPostInfo": "suggested_post_info",
    "SuggestedPostPaid": "suggested_post_paid",
    "SuggestedPostParameters": "suggested_post_parameters",
    "SuggestedPostPrice": "suggested_post_price",
    "SuggestedPostRefunded": "suggested_post_refunded",
    "SwitchInlineQueryChosenChat": "switch_inline_query_chosen_chat",
    "TextQuote": "text_quote",
    "TransactionPartner": "transaction_partner",
    "TransactionPartnerAffiliateProgram": "transaction_partner_affiliate_program",
    "TransactionPartnerChat": "transaction_partner_chat",
    "TransactionPartnerFragment": "transaction_partner_fragment",
    "TransactionPartnerOther": "transaction_partner_other",
    "TransactionPartnerTelegramAds": "transaction_partner_telegram_ads",
    "TransactionPartnerTelegramApi": "transaction_partner_telegram_api",
    "TransactionPartnerUser": "transaction_partner_user",
    "UniqueGift": "unique_gift",
    "UniqueGiftBackdrop": "unique_gift_backdrop",
    "UniqueGiftBackdropColors": "unique_gift_backdrop_colors",
    "UniqueGiftColors": "unique_gift_colors",
    "UniqueGiftInfo": "unique_gift_info",
    "UniqueGiftModel": "unique_gift_model",
    "UniqueGiftSymbol": "unique_gift_symbol",
    "Update": "update",
    "User": "user",
    "UserChatBoosts": "user_chat_boosts",
    "UserProfileAudios": "user_profile_audios",
    "UserProfilePhotos": "user_profile_photos",
    "UserRating": "user_rating",
    "UsersShared": "users_shared",
    "Venue": "venue",
    "Video": "video",
    "VideoChatEnded": "video_chat_ended",
    "VideoChatParticipantsInvited": "video_chat_participants_invited",
    "VideoChatScheduled": "video_chat_scheduled",
    "VideoChatStarted": "video_chat_started",
    "VideoNote": "video_note",
    "VideoQuality": "video_quality",
    "Voice": "voice",
    "WebAppData": "web_app_data",
    "WebAppInfo": "web_app_info",
    "WebhookInfo": "webhook_info",
    "WriteAccessAllowed": "write_access_allowed",
}

__all__ = [
    "API_VERSION",
    "AcceptedGiftTypes",
    "AffiliateInfo",
    "Animation",
    "Audio",
    "BackgroundFill",
    "BackgroundFillFreeformGradient",
    "BackgroundFillGradient",
    "BackgroundFillSolid",
    "BackgroundType",
    "BackgroundTypeChatTheme",
    "BackgroundTypeFill",
    "BackgroundTypePattern",
    "BackgroundTypeWallpaper",
    "Birthdate",
    "BotAccessSettings",
    "BotCommand",
    "BotCommandScope",
    "BotCommandScopeAllChatAdministrators",
    "BotCommandScopeAllGroupChats",
    "BotCommandScopeAllPrivateChats",
    "BotCommandScopeChat",
    "BotCommandScopeChatAdministrators",
    "BotCommandScopeChatMember",
    "BotCommandScopeDefault",
    "BotDescription",
    "BotName",
    "BotShortDescription",
    "BotSubscriptionUpdated",
    "BusinessBotRights",
    "BusinessConnection",
    "BusinessIntro",
    "BusinessLocation",
    "BusinessMessagesDeleted",
    "BusinessOpeningHours",
    "BusinessOpeningHoursInterval",
    "CallbackGame",
    "CallbackQuery",
    "Chat",
    "ChatAdministratorRights",
    "ChatBackground",
    "ChatBoost",
    "ChatBoostAdded",
    "ChatBoostRemoved",
    "ChatBoostSource",
    "ChatBoostSourceGiftCode",
    "ChatBoostSourceGiveaway",
    "ChatBoostSourcePremium",
    "ChatBoostUpdated",
    "ChatFullInfo",
    "ChatInviteLink",
    "ChatJoinRequest",
    "ChatLocation",
    "ChatMember",
    "ChatMemberAdministrator",
    "ChatMemberBanned",
    "ChatMemberLeft",
    "ChatMemberMember",
    "ChatMemberOwner",
    "ChatMemberRestricted",
    "ChatMemberUpdated",
    "ChatOwnerChanged",
    "ChatOwnerLeft",
    "ChatPermissions",
    "ChatPhoto",
    "ChatShared",
    "Checklist",
    "ChecklistTask",
    "ChecklistTasksAdded",
    "ChecklistTasksDone",
    "ChosenInlineResult",
    "Community",
    "CommunityChatAdded",
    "CommunityChatRemoved",
    "Contact",
    "CopyTextButton",
    "Dice",
    "DirectMessagePriceChanged",
    "DirectMessagesTopic",
    "Document",
    "EncryptedCredentials",
    "EncryptedPassportElement",
    "ExternalReplyInfo",
    "File",
    "ForceReply",
    "ForumTopic",
    "ForumTopicClosed",
    "ForumTopicCreated",
    "ForumTopicEdited",
    "ForumTopicReopened",
    "Game",
    "GameHighScore",
    "GeneralForumTopicHidden",
    "GeneralForumTopicUnhidden",
    "Gift",
    "GiftBackground",
    "GiftInfo",
    "Gifts",
    "Giveaway",
    "GiveawayCompleted",
    "GiveawayCreated",
    "GiveawayWinners",
    "InaccessibleMessage",
    "InlineKeyboardButton",
    "InlineKeyboardMarkup",
    "InlineQuery",
    "InlineQueryResult",
    "InlineQueryResultArticle",
    "InlineQueryResultAudio",
    "InlineQueryResultCachedAudio",
    "InlineQueryResultCachedDocument",
    "InlineQueryResultCachedGif",
    "InlineQueryResultCachedMpeg4Gif",
    "InlineQueryResultCachedPhoto",
    "InlineQueryResultCachedSticker",
    "InlineQueryResultCachedVideo",
    "InlineQueryResultCachedVoice",
    "InlineQueryResultContact",
    "InlineQueryResultDocument",
    "InlineQueryResultGame",
    "InlineQueryResultGif",
    "InlineQueryResultLocation",
    "InlineQueryResultMpeg4Gif",
    "InlineQueryResultPhoto",
    "InlineQueryResultVenue",
    "InlineQueryResultVideo",
    "InlineQueryResultVoice",
    "InlineQueryResultsButton",
    "InputChecklist",
    "InputChecklistTask",
    "InputContactMessageContent",
    "InputInvoiceMessageContent",
    "InputLocationMessageContent",
    "InputMedia",
    "InputMediaAnimation",
    "InputMediaAudio",
    "InputMediaDocument",
    "InputMediaLink",
    "InputMediaLivePhoto",
    "InputMediaLocation",
    "InputMediaPhoto",
    "InputMediaSticker",
    "InputMediaVenue",
    "InputMediaVideo",
    "InputMediaVoiceNote",
    "InputMessageContent",
    "InputPaidMedia",
    "InputPaidMediaLivePhoto",
    "InputPaidMediaPhoto",
    "InputPaidMediaVideo",
    "InputPollMedia",
    "InputPollOption",
    "InputPollOptionMedia",
    "InputProfilePhoto",
    "InputProfilePhotoAnimated",
    "InputProfilePhotoStatic",
    "InputRichBlock",
    "InputRichBlockAnchor",
    "InputRichBlockAnimation",
    "InputRichBlockAudio",
    "InputRichBlockBlockQuotation",
    "InputRichBlockCollage",
    "InputRichBlockDetails",
    "InputRichBlockDivider",
    "InputRichBlockFooter",
    "InputRichBlockList",
    "InputRichBlockListItem",
    "InputRichBlockMap",
    "InputRichBlockMathematicalExpression",
    "InputRichBlockParagraph",
    "InputRichBlockPhoto",
    "InputRichBlockPreformatted",
    "InputRichBlockPullQuotation",
    "InputRichBlockSectionHeading",
    "InputRichBlockSlideshow",
    "InputRichBlockTable",
    "InputRichBlockThinking",
    "InputRichBlockVideo",
    "InputRichBlockVoiceNote",
    "InputRichMessage",
    "InputRichMessageContent",
    "InputRichMessageMedia",
    "InputSticker",
    "InputStoryContent",
    "InputStoryContentPhoto",
    "InputStoryContentVideo",
    "InputTextMessageContent",
    "InputVenueMessageContent",
    "Invoice",
    "KeyboardButton",
    "KeyboardButtonPollType",
    "KeyboardButtonRequestChat",
    "KeyboardButtonRequestManagedBot",
    "KeyboardButtonRequestUsers",
    "LabeledPrice",
    "Link",
    "LinkPreviewOptions",
    "LivePhoto",
    "Location",
    "LocationAddress",
    "LoginUrl",
    "ManagedBotCreated",
    "ManagedBotUpdated",
    "MaskPosition",
    "MaybeInaccessibleMessage",
    "MenuButton",
    "MenuButtonCommands",
    "MenuButtonDefault",
    "MenuButtonWebApp",
    "Message",
    "MessageAutoDeleteTimerChanged",
    "MessageEntity",
    "MessageId",
    "MessageOrigin",
    "MessageOriginChannel",
    "MessageOriginChat",
    "MessageOriginHiddenUser",
    "MessageOriginUser",
    "MessageReactionCountUpdated",
    "MessageReactionUpdated",
    "OrderInfo",
    "OwnedGift",
    "OwnedGiftRegular",
    "OwnedGiftUnique",
    "OwnedGifts",
    "PaidMedia",
    "PaidMediaInfo",
    "PaidMediaLivePhoto",
    "PaidMediaPhoto",
    "PaidMediaPreview",
    "PaidMediaPurchased",
    "PaidMediaVideo",
    "PaidMessagePriceChanged",
    "PassportData",
    "PassportElementError",
    "PassportElementErrorDataField",
    "PassportElementErrorFile",
    "PassportElementErrorFiles",
    "PassportElementErrorFrontSide",
    "PassportElementErrorReverseSide",
    "PassportElementErrorSelfie",
    "PassportElementErrorTranslationFile",
    "PassportElementErrorTranslationFiles",
    "PassportElementErrorUnspecified",
    "PassportFile",
    "PhotoSize",
    "Poll",
    "PollAnswer",
    "PollMedia",
    "PollOption",
    "PollOptionAdded",
    "PollOptionDeleted",
    "PreCheckoutQuery",
    "PreparedInlineMessage",
    "PreparedKeyboardButton",
    "ProximityAlertTriggered",
    "ReactionCount",
    "ReactionType",
    "ReactionTypeCustomEmoji",
    "ReactionTypeEmoji",
    "ReactionTypePaid",
    "RefundedPayment",
    "ReplyKeyboardMarkup",
    "ReplyKeyboardRemove",
    "ReplyParameters",
    "ResponseParameters",
    "RevenueWithdrawalState",
    "RevenueWithdrawalStateFailed",
    "RevenueWithdrawalStatePending",
    "RevenueWithdrawalStateSucceeded",
    "RichBlock",
    "RichBlockAnchor",
    "RichBlockAnimation",
    "RichBlockAudio",
    "RichBlockBlockQuotation",
    "RichBlockCaption",
    "RichBlockCollage",
    "RichBlockDetails",
    "RichBlockDivider",
    "RichBlockFooter",
    "RichBlockList",
    "RichBlockListItem",
    "RichBlockMap",
    "RichBlockMathematicalExpression",
    "RichBlockParagraph",
    "RichBlockPhoto",
    "RichBlockPreformatted",
    "RichBlockPullQuotation",
    "RichBlockSectionHeading",
    "RichBlockSlideshow",
    "RichBlockTable",
    "RichBlockTableCell",
    "RichBlockThinking",
    "RichBlockVideo",
    "RichBlockVoiceNote",
    "RichMessage",
    "RichText",
    "RichTextAnchor",
    "RichTextAnchorLink",
    "RichTextBankCardNumber",
    "RichTextBold",
    "RichTextBotCommand",
    "RichTextCashtag",
    "RichTextCode",
    "RichTextCustomEmoji",
    "RichTextDateTime",
    "RichTextEmailAddress",
    "RichTextHashtag",
    "RichTextItalic",
    "RichTextMarked",
    "RichTextMathematicalExpression",
    "RichTextMention",
    "RichTextPhoneNumber",
    "RichTextReference",
    "RichTextReferenceLink",
    "RichTextSpoiler",
    "RichTextStrikethrough",
    "RichTextSubscript",
    "RichTextSuperscript",
    "RichTextTextMention",
    "RichTextUnderline",
    "RichTextUrl",
    "SentGuestMessage",
    "SentWebAppMessage",
    "SharedUser",
    "ShippingAddress",
    "ShippingOption",
    "ShippingQuery",
    "StarAmount",
    "StarTransaction",
    "StarTransactions",
    "Sticker",
    "StickerSet",
    "Story",
    "StoryArea",
    "StoryAreaPosition",
    "StoryAreaType",
    "StoryAreaTypeLink",
    "StoryAreaTypeLocation",
    "StoryAreaTypeSuggestedReaction",
    "StoryAreaTypeUniqueGift",
    "StoryAreaTypeWeather",
    "SuccessfulPayment",
    "SuggestedPostApprovalFailed",
    "SuggestedPostApproved",
    "SuggestedPostDeclined",
    "SuggestedPostInfo",
    "SuggestedPostPaid",
    "SuggestedPostParameters",
    "SuggestedPostPrice",
    "SuggestedPostRefunded",
    "SwitchInlineQueryChosenChat",
    "TextQuote",
    "TransactionPartner",
    "TransactionPartnerAffiliateProgram",
    "TransactionPartnerChat",
    "TransactionPartnerFragment",
    "TransactionPartnerOther",
    "TransactionPartnerTelegramAds",
    "TransactionPartnerTelegramApi",
    "TransactionPartnerUser",
    "UniqueGift",
    "UniqueGiftBackdrop",
    "UniqueGiftBackdropColors",
    "UniqueGiftColors",
    "UniqueGiftInfo",
    "UniqueGiftModel",
    "UniqueGiftSymbol",
    "Update",
    "User",
    "UserChatBoosts",
    "UserProfileAudios",
    "UserProfilePhotos",
    "UserRating",
    "UsersShared",
    "Venue",
    "Video",
    "VideoChatEnded",
    "VideoChatParticipantsInvited",
    "VideoChatScheduled",
    "VideoChatStarted",
    "VideoNote",
    "VideoQuality",
    "Voice",
    "WebAppData",
    "WebAppInfo",
    "WebhookInfo",
    "WriteAccessAllowed",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}._gen.{module}"), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
