"""Join requests: a link that asks for approval, settled in the webhook answer or by a call."""

from datetime import timedelta

import telebot_lite as tl
from telebot_lite.methods import ApproveChatJoinRequest, DeclineChatJoinRequest


def create_request_link(bot, chat_id, name):
    """Create a link whose users wait for approval (it can't also have a member_limit)."""
    return bot.create_chat_invite_link(
        chat_id, name=name, creates_join_request=True, expire_date=timedelta(days=7)
    )


def webhook_reply(update, paid_user_ids):
    """Return the webhook answer that settles a join request, or None for any other update."""
    request = update.chat_join_request
    if request is None:
        return None
    user_id = request.from_user.id
    decide = ApproveChatJoinRequest if user_id in paid_user_ids else DeclineChatJoinRequest
    # Telegram executes the method in the answer but never says how it went.
    return decide(chat_id=request.chat.id, user_id=user_id).as_webhook_reply()


def settle(bot, chat_id, user_id, approve):
    """Approve or decline with an ordinary call; return False if it was already settled."""
    try:
        if approve:
            bot.approve_chat_join_request(chat_id, user_id)
        else:
            bot.decline_chat_join_request(chat_id, user_id)
    except tl.JoinRequestAlreadyHandled:
        # Another administrator, an earlier webhook answer or the user got there first.
        return False
    return True
