"""One invite link per customer: create it, deliver it, learn who used it, revoke it."""

from datetime import timedelta

import telebot_lite as tl

PREFIX = "customer-"  # link names are at most 32 characters: keep ids short


def invite_customer(bot, chat_id, customer_id):
    """Create a link that admits one person within a day, named after the customer."""
    return bot.create_chat_invite_link(
        chat_id,
        name=f"{PREFIX}{customer_id}",
        member_limit=1,
        expire_date=timedelta(days=1),  # counted from the moment the link is created
    )


def poll(bot, offset=None):
    """Return the waiting updates, parsed, and the offset that confirms them."""
    raw = bot.call(
        "getUpdates",
        {
            "offset": offset,
            "timeout": 0,
            # chat_member updates are never sent unless the bot asks for them by name.
            "allowed_updates": ["chat_member", "chat_join_request"],
        },
    )
    updates = [tl.parse_update(item) for item in raw]
    return updates, (updates[-1].update_id + 1 if updates else offset)


def who_joined(update):
    """Return (customer id, Telegram user id) when someone joined through a customer link."""
    change = update.chat_member
    if change is None or change.invite_link is None:
        return None
    if change.new_chat_member.status != "member":
        return None  # a member who left or was banned is also a chat_member update
    name = change.invite_link.name or ""
    if not name.startswith(PREFIX):
        return None  # a link made by someone else, for something else
    return name[len(PREFIX) :], change.new_chat_member.user.id


def handle_joins(bot, chat_id, offset=None):
    """Poll once; revoke each customer link whose customer joined. Return who joined, offset."""
    updates, offset = poll(bot, offset)
    joined = []
    for update in updates:
        found = who_joined(update)
        if found is not None:
            joined.append(found)
            # Used: revoke it, or it admits someone else once this member leaves.
            cancel(bot, chat_id, update.chat_member.invite_link)
    return joined, offset


def extend(bot, chat_id, link, expire_date):
    """Move a link's expiry, sending every other field again: Telegram clears what is left out."""
    return bot.edit_chat_invite_link(
        chat_id,
        link.invite_link,
        name=link.name,
        expire_date=expire_date,
        member_limit=link.member_limit,
        creates_join_request=link.creates_join_request,
    )


def cancel(bot, chat_id, invite_link):
    """Revoke a customer's link (its URL or the ChatInviteLink), so nobody else can join by it."""
    return bot.revoke_chat_invite_link(chat_id, invite_link)
