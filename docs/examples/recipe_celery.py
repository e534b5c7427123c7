"""A Celery task that creates one invite link per order and never mints a second one."""

from datetime import timedelta

import celery

import telebot_lite as tl

app = celery.Celery("shop")  # configure the broker as usual for your deployment

_bot = None


def get_bot():
    """Return this worker's Bot, made on first use (the token comes from TELEGRAM_BOT_TOKEN)."""
    global _bot
    if _bot is None:
        # max_flood_wait stays 0: Celery schedules the wait, so no worker sits asleep.
        _bot = tl.Bot(timeout=(3, 10))
    return _bot


class LinkStore:
    """Stands in for a database table of links, keyed by the name the task gives each link."""

    def __init__(self):
        self.rows = {}

    def get(self, name):
        return self.rows.get(name)

    def save(self, name, status, invite_link=None):
        self.rows[name] = {"name": name, "status": status, "invite_link": invite_link}
        return self.rows[name]


links = LinkStore()


@app.task(bind=True, max_retries=5)
def create_order_link(self, chat_id, order_id, replacement=0):
    """Create the order's one-person link, or return what an earlier run recorded for it."""
    name = f"order-{order_id}" + (f"-r{replacement}" if replacement else "")
    known = links.get(name)
    if known is not None:
        return known  # created, or perhaps created: either way, never mint a second link
    try:
        link = get_bot().create_chat_invite_link(
            chat_id, name=name, member_limit=1, expire_date=timedelta(days=1)
        )
    except tl.RetryAfter as e:
        # Flood control: Telegram executed nothing. Come back when it says.
        raise self.retry(exc=e, countdown=e.retry_after) from e
    except tl.TransportError as e:
        if not e.request_sent:
            # The request never reached Telegram, so no link exists: trying again is safe.
            raise self.retry(exc=e, countdown=5 * 2**self.request.retries) from e
        # Telegram may have created the link; only the answer was lost. Don't guess: record it.
        return links.save(name, "unknown")
    except tl.ServerError:
        return links.save(name, "unknown")  # the same doubt: it may have been executed
    return links.save(name, "created", link.invite_link)
