"""The one re-send table: which Bot API methods may be sent again after a failure that may have
reached Telegram (a reset after sending, a 5xx, a garbled answer).

A method is safe to re-send only if executing it twice leaves the same state as executing it
once *and* the second answer does not hide the first success. Sending, forwarding, copying,
minting links, paying, approving, deleting (a second delete fails), posting stories are not
safe; reading (``get*``) is; ``set*``/``edit*`` calls are judged one by one: an unchanged
message or chat title answers "not modified", which would turn a success into an error.

Every Bot API 10.2 method is listed; a name not listed is never re-sent once it may have been
executed. Failures that prove the request never left (connection refused) are re-sent for
every method: that needs no table.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["RESEND_TABLE", "safe_to_resend"]

#: Bot API method name (exact case) -> (safe to re-send, why).
RESEND_TABLE: Mapping[str, tuple[bool, str]] = MappingProxyType(
    {
        "getUpdates": (
            True,
            "confirms the same offset: a repeat returns the same or newer updates",
        ),
        "setWebhook": (True, "sets the same webhook again; Telegram answers True"),
        "deleteWebhook": (True, "removing an absent webhook answers True"),
        "getWebhookInfo": (True, "only reads"),
        "getMe": (True, "only reads"),
        "logOut": (False, "a repeat fails: the bot is already logged out"),
        "close": (False, "a repeat fails: the bot instance is already closed (or 429 at first)"),
        "sendMessage": (False, "sends a second message"),
        "forwardMessage": (False, "forwards the message again"),
        "forwardMessages": (False, "forwards the message again"),
        "copyMessage": (False, "copies the message again"),
        "copyMessages": (False, "copies the message again"),
        "sendPhoto": (False, "sends a second message"),
        "sendLivePhoto": (False, "sends a second message"),
        "sendAudio": (False, "sends a second message"),
        "sendDocument": (False, "sends a second message"),
        "sendVideo": (False, "sends a second message"),
        "sendAnimation": (False, "sends a second message"),
        "sendVoice": (False, "sends a second message"),
        "sendVideoNote": (False, "sends a second message"),
        "sendPaidMedia": (False, "sends a second message"),
        "sendMediaGroup": (False, "sends a second message"),
        "sendLocation": (False, "sends a second message"),
        "sendVenue": (False, "sends a second message"),
        "sendContact": (False, "sends a second message"),
        "sendPoll": (False, "sends a second message"),
        "sendChecklist": (False, "sends a second message"),
        "sendDice": (False, "sends a second message"),
        "sendMessageDraft": (True, "replaces the same draft preview; nothing new is sent"),
        "sendChatAction": (True, "shows the same chat action again; nothing is sent"),
        "setMessageReaction": (
            False,
            "a repeat may answer an error or notify again (reaction not modified)",
        ),
        "getUserProfilePhotos": (True, "only reads"),
        "getUserProfileAudios": (True, "only reads"),
        "setUserEmojiStatus": (True, "sets the same emoji status"),
        "getFile": (True, "only reads"),
        "banChatMember": (True, "bans an already banned member again; Telegram answers True"),
        "unbanChatMember": (True, "leaves the member unbanned, as the first call did"),
        "restrictChatMember": (True, "sets the same permissions or rights again"),
        "promoteChatMember": (True, "sets the same permissions or rights again"),
        "setChatAdministratorCustomTitle": (True, "sets the same title or tag again"),
        "setChatMemberTag": (True, "sets the same title or tag again"),
        "banChatSenderChat": (True, "bans an already banned member again; Telegram answers True"),
        "unbanChatSenderChat": (True, "leaves the member unbanned, as the first call did"),
        "setChatPermissions": (
            False,
            "an unchanged value answers an error (not modified), hiding the first success",
        ),
        "exportChatInviteLink": (
            False,
            "mints a new primary link and revokes the one the first call made",
        ),
        "createChatInviteLink": (False, "mints another link"),
        "editChatInviteLink": (True, "sets the same fields again; the answer is the same link"),
        "createChatSubscriptionInviteLink": (False, "mints another link"),
        "editChatSubscriptionInviteLink": (
            True,
            "sets the same fields again; the answer is the same link",
        ),
        "revokeChatInviteLink": (True, "revoking a revoked link answers the same link"),
        "approveChatJoinRequest": (
            False,
            "a repeat answers HIDE_REQUESTER_MISSING or USER_ALREADY_PARTICIPANT",
        ),
        "declineChatJoinRequest": (
            False,
            "a repeat answers HIDE_REQUESTER_MISSING or USER_ALREADY_PARTICIPANT",
        ),
        "answerChatJoinRequestQuery": (False, "the query is answered once; a repeat fails"),
        "sendChatJoinRequestWebApp": (False, "shows the Mini App to the user again"),
        "setChatPhoto": (False, "adds another photo to the chat's history"),
        "deleteChatPhoto": (False, "a repeat fails: the photo is already gone"),
        "setChatTitle": (
            False,
            "an unchanged value answers an error (not modified), hiding the first success",
        ),
        "setChatDescription": (
            False,
            "an unchanged value answers an error (not modified), hiding the first success",
        ),
        "pinChatMessage": (False, "a repeat may answer an error (not modified) or notify again"),
        "unpinChatMessage": (False, "a repeat may answer an error (not modified) or notify again"),
        "unpinAllChatMessages": (
            False,
            "a repeat may answer an error (not modified) or notify again",
        ),
        "leaveChat": (False, "a repeat fails: the bot is no longer a member"),
        "getChat": (True, "only reads"),
        "getChatAdministrators": (True, "only reads"),
        "getChatMemberCount": (True, "only reads"),
        "getChatMember": (True, "only reads"),
        "getUserPersonalChatMessages": (True, "only reads"),
        "setChatStickerSet": (
            False,
            "an unchanged value answers an error (not modified), hiding the first success",
        ),
        "deleteChatStickerSet": (False, "a repeat fails: the sticker set is already removed"),
        "getForumTopicIconStickers": (True, "only reads"),
        "createForumTopic": (False, "creates another topic"),
        "editForumTopic": (
            False,
            "an unchanged topic answers TOPIC_NOT_MODIFIED, hiding the first success",
        ),
        "closeForumTopic": (
            False,
            "an unchanged topic answers TOPIC_NOT_MODIFIED, hiding the first success",
        ),
        "reopenForumTopic": (
            False,
            "an unchanged topic answers TOPIC_NOT_MODIFIED, hiding the first success",
        ),
        "deleteForumTopic": (False, "deletes: a repeat fails because the first call succeeded"),
        "unpinAllForumTopicMessages": (
            False,
            "a repeat may answer an error (not modified) or notify again",
        ),
        "editGeneralForumTopic": (
            False,
            "an unchanged topic answers TOPIC_NOT_MODIFIED, hiding the first success",
        ),
        "closeGeneralForumTopic": (
            False,
            "an unchanged topic answers TOPIC_NOT_MODIFIED, hiding the first success",
        ),
        "reopenGeneralForumTopic": (
            False,
            "an unchanged topic answers TOPIC_NOT_MODIFIED, hiding the first success",
        ),
        "hideGeneralForumTopic": (
            False,
            "an unchanged topic answers TOPIC_NOT_MODIFIED, hiding the first success",
        ),
        "unhideGeneralForumTopic": (
            False,
            "an unchanged topic answers TOPIC_NOT_MODIFIED, hiding the first success",
        ),
        "unpinAllGeneralForumTopicMessages": (
            False,
            "a repeat may answer an error (not modified) or notify again",
        ),
        "answerCallbackQuery": (False, "the query is answered once; a repeat fails"),
        "answerGuestQuery": (False, "the query is answered once; a repeat fails"),
        "getUserChatBoosts": (True, "only reads"),
        "getBusinessConnection": (True, "only reads"),
        "getManagedBotToken": (True, "only reads the current token"),
        "replaceManagedBotToken": (
            False,
            "revokes the token the first call made and mints another",
        ),
        "getManagedBotAccessSettings": (True, "only reads"),
        "setManagedBotAccessSettings": (True, "sets the same access settings again"),
        "setMyCommands": (
            True,
            "sets the same commands, name or description again; Telegram answers True",
        ),
        "deleteMyCommands": (
            True,
            "resets the commands to the default again; Telegram answers True",
        ),
        "getMyCommands": (True, "only reads"),
        "setMyName": (
            True,
            "sets the same commands, name or description again; Telegram answers True",
        ),
        "getMyName": (True, "only reads"),
        "setMyDescription": (
            True,
            "sets the same commands, name or description again; Telegram answers True",
        ),
        "getMyDescription": (True, "only reads"),
        "setMyShortDescription": (
            True,
            "sets the same commands, name or description again; Telegram answers True",
        ),
        "getMyShortDescription": (True, "only reads"),
        "setMyProfilePhoto": (False, "uploads another profile photo"),
        "removeMyProfilePhoto": (False, "a repeat fails: the photo is already removed"),
        "setChatMenuButton": (
            True,
            "sets the same commands, name or description again; Telegram answers True",
        ),
        "getChatMenuButton": (True, "only reads"),
        "setMyDefaultAdministratorRights": (
            True,
            "sets the same commands, name or description again; Telegram answers True",
        ),
        "getMyDefaultAdministratorRights": (True, "only reads"),
        "getAvailableGifts": (True, "only reads"),
        "sendGift": (False, "pays again"),
        "giftPremiumSubscription": (False, "pays again"),
        "verifyUser": (
            False,
            "a repeat may answer an error (already verified, or not verified)",
        ),
        "verifyChat": (
            False,
            "a repeat may answer an error (already verified, or not verified)",
        ),
        "removeUserVerification": (
            False,
            "a repeat may answer an error (already verified, or not verified)",
        ),
        "removeChatVerification": (
            False,
            "a repeat may answer an error (already verified, or not verified)",
        ),
        "readBusinessMessage": (True, "marks the same message read again"),
        "deleteBusinessMessages": (
            False,
            "deletes: a repeat fails because the first call succeeded",
        ),
        "setBusinessAccountName": (True, "sets the same name, bio or gift settings again"),
        "setBusinessAccountUsername": (
            False,
            "an unchanged username answers USERNAME_NOT_MODIFIED, hiding the first success",
        ),
        "setBusinessAccountBio": (True, "sets the same name, bio or gift settings again"),
        "setBusinessAccountProfilePhoto": (False, "uploads another profile photo"),
        "removeBusinessAccountProfilePhoto": (
            False,
            "a repeat fails: the photo is already removed",
        ),
        "setBusinessAccountGiftSettings": (True, "sets the same name, bio or gift settings again"),
        "getBusinessAccountStarBalance": (True, "only reads"),
        "transferBusinessAccountStars": (False, "pays again"),
        "getBusinessAccountGifts": (True, "only reads"),
        "getUserGifts": (True, "only reads"),
        "getChatGifts": (True, "only reads"),
        "convertGiftToStars": (
            False,
            "a repeat fails: the gift was already converted, upgraded or transferred",
        ),
        "upgradeGift": (
            False,
            "a repeat fails: the gift was already converted, upgraded or transferred",
        ),
        "transferGift": (
            False,
            "a repeat fails: the gift was already converted, upgraded or transferred",
        ),
        "postStory": (False, "posts another story"),
        "repostStory": (False, "posts another story"),
        "editStory": (False, "an unchanged story may answer an error (not modified)"),
        "deleteStory": (False, "deletes: a repeat fails because the first call succeeded"),
        "answerWebAppQuery": (False, "sends a message on the user's behalf again"),
        "savePreparedInlineMessage": (False, "stores another prepared item with a new id"),
        "savePreparedKeyboardButton": (False, "stores another prepared item with a new id"),
        "editMessageText": (
            False,
            "an unchanged message answers 'message is not modified', hiding the first success",
        ),
        "editMessageCaption": (
            False,
            "an unchanged message answers 'message is not modified', hiding the first success",
        ),
        "editMessageMedia": (
            False,
            "an unchanged message answers 'message is not modified', hiding the first success",
        ),
        "editMessageLiveLocation": (
            False,
            "an unchanged message answers 'message is not modified', hiding the first success",
        ),
        "stopMessageLiveLocation": (
            False,
            "a repeat fails: the live location or poll is already stopped",
        ),
        "editMessageChecklist": (
            False,
            "an unchanged message answers 'message is not modified', hiding the first success",
        ),
        "editMessageReplyMarkup": (
            False,
            "an unchanged message answers 'message is not modified', hiding the first success",
        ),
        "stopPoll": (False, "a repeat fails: the live location or poll is already stopped"),
        "editEphemeralMessageText": (
            False,
            "an unchanged message answers 'message is not modified', hiding the first success",
        ),
        "editEphemeralMessageMedia": (
            False,
            "an unchanged message answers 'message is not modified', hiding the first success",
        ),
        "editEphemeralMessageCaption": (
            False,
            "an unchanged message answers 'message is not modified', hiding the first success",
        ),
        "editEphemeralMessageReplyMarkup": (
            False,
            "an unchanged message answers 'message is not modified', hiding the first success",
        ),
        "approveSuggestedPost": (False, "a repeat fails: the suggested post is already handled"),
        "declineSuggestedPost": (False, "a repeat fails: the suggested post is already handled"),
        "deleteMessage": (False, "deletes: a repeat fails because the first call succeeded"),
        "deleteMessages": (False, "deletes: a repeat fails because the first call succeeded"),
        "deleteEphemeralMessage": (
            False,
            "deletes: a repeat fails because the first call succeeded",
        ),
        "deleteMessageReaction": (
            False,
            "deletes: a repeat fails because the first call succeeded",
        ),
        "deleteAllMessageReactions": (
            False,
            "deletes: a repeat fails because the first call succeeded",
        ),
        "sendSticker": (False, "sends a second message"),
        "getStickerSet": (True, "only reads"),
        "getCustomEmojiStickers": (True, "only reads"),
        "uploadStickerFile": (False, "uploads another file"),
        "createNewStickerSet": (False, "a repeat fails: the set name is taken by the first call"),
        "addStickerToSet": (False, "adds the sticker a second time"),
        "setStickerPositionInSet": (True, "moves the sticker to the same position again"),
        "deleteStickerFromSet": (False, "deletes: a repeat fails because the first call succeeded"),
        "replaceStickerInSet": (False, "a repeat fails: the old sticker was already replaced"),
        "setStickerEmojiList": (
            True,
            "sets the same emoji, keywords, mask position, title or thumbnail again",
        ),
        "setStickerKeywords": (
            True,
            "sets the same emoji, keywords, mask position, title or thumbnail again",
        ),
        "setStickerMaskPosition": (
            True,
            "sets the same emoji, keywords, mask position, title or thumbnail again",
        ),
        "setStickerSetTitle": (
            True,
            "sets the same emoji, keywords, mask position, title or thumbnail again",
        ),
        "setStickerSetThumbnail": (
            True,
            "sets the same emoji, keywords, mask position, title or thumbnail again",
        ),
        "setCustomEmojiStickerSetThumbnail": (
            True,
            "sets the same emoji, keywords, mask position, title or thumbnail again",
        ),
        "deleteStickerSet": (False, "deletes: a repeat fails because the first call succeeded"),
        "sendRichMessage": (False, "sends a second message"),
        "sendRichMessageDraft": (True, "replaces the same draft preview; nothing new is sent"),
        "answerInlineQuery": (False, "the query is answered once; a repeat fails"),
        "sendInvoice": (False, "sends a second message"),
        "createInvoiceLink": (False, "mints another invoice link"),
        "answerShippingQuery": (False, "the query is answered once; a repeat fails"),
        "answerPreCheckoutQuery": (False, "the query is answered once; a repeat fails"),
        "getMyStarBalance": (True, "only reads"),
        "getStarTransactions": (True, "only reads"),
        "refundStarPayment": (False, "a repeat fails: the payment is already refunded"),
        "editUserStarSubscription": (
            False,
            "a repeat may answer an error once the subscription is already changed",
        ),
        "setPassportDataErrors": (True, "replaces the errors with the same list again"),
        "sendGame": (False, "sends a second message"),
        "setGameScore": (
            False,
            "an unchanged score answers BOT_SCORE_NOT_MODIFIED, hiding the first success",
        ),
        "getGameHighScores": (True, "only reads"),
    }
)

# Telegram matches method names case-insensitively ("getme" is getMe): so does the lookup.
_BY_LOWER_NAME = {name.lower(): safe for name, (safe, _) in RESEND_TABLE.items()}


def safe_to_resend(api_method: str) -> bool:
    """Return whether `api_method` may be re-sent after it may have been executed.

    Unknown names (a method newer than this table, a typo) answer False.
    """
    return _BY_LOWER_NAME.get(api_method.lower(), False)
