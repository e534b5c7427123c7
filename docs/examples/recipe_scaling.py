"""A bulk invite job fanned out over many Celery workers: one task per customer, one limiter
shared by every worker, and a journal row per customer in Redis, so that no task ever mints a
second link for a customer, even when Celery runs it again after a worker died."""

import os
from datetime import timedelta

import celery
import redis

import telebot_lite as tl
from telebot_lite.limits import RedisLimiter

#: The Redis that holds the limiter's counts and the journal (it may also be the broker).
REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")

app = celery.Celery(
    "invites",
    broker=os.environ.get("CELERY_BROKER_URL", REDIS_URL),
    backend=os.environ.get("CELERY_RESULT_BACKEND", REDIS_URL),
)
app.conf.update(
    # Acknowledge a task when it ends, not when it starts, and hand it to another worker when
    # its worker dies: a task is never lost, so it may run twice; the journal makes that safe.
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
)

_bot = None
_journal = None


def get_bot():
    """This worker process's Bot, made on first use (after Celery forked the process)."""
    global _bot
    if _bot is None:
        # The token comes from TELEGRAM_BOT_TOKEN (and TELEGRAM_BOT_API_URL, if set, says where
        # the Bot API lives: the tests point it at FakeTelegram).
        _bot = tl.Bot(
            timeout=(3, 10),
            # Every worker on every host counts against the same limits in the same Redis.
            limiter=RedisLimiter(REDIS_URL),
        )
    return _bot


def get_journal():
    """This worker process's Redis client for the journal."""
    global _journal
    if _journal is None:
        _journal = redis.Redis.from_url(REDIS_URL, socket_timeout=5, decode_responses=True)
    return _journal


def row_key(job, customer_id):
    """The journal row of one customer in one job."""
    return f"invites:{job}:{customer_id}"


@app.task(bind=True, max_retries=10)
def invite_customer(self, job, customer_id, chat_id):
    """Mint the customer's one-person link, or return what the journal already says."""
    journal = get_journal()
    row = row_key(job, customer_id)
    # "pending" before sending. HSETNX is atomic: of all the runs of this task, only the one
    # that wrote the row goes on to mint. A row already there means a run before this one got
    # that far: "done" holds its link; "pending" (a run still going, or one whose worker died
    # mid-call) and "unknown" mean a link may exist, so this run mints nothing.
    if not journal.hsetnx(row, "status", "pending"):
        return journal.hgetall(row)
    try:
        link = get_bot().create_chat_invite_link(
            chat_id, name=f"{job}-{customer_id}", member_limit=1, expire_date=timedelta(days=1)
        )
    except tl.RetryAfter as e:
        # Telegram's flood wait, or the limiter's (RateLimited): nothing was sent. Release the
        # row and come back when the wait is over.
        journal.delete(row)
        raise self.retry(exc=e, countdown=e.retry_after) from e
    except tl.TransportError as e:
        if not e.request_sent:
            # Never reached Telegram (LimiterUnavailable too: Redis was down): safe to retry.
            journal.delete(row)
            raise self.retry(exc=e, countdown=5 * 2**self.request.retries) from e
        journal.hset(row, "status", "unknown")  # Telegram may have made the link
        return journal.hgetall(row)
    except tl.ServerError:
        journal.hset(row, "status", "unknown")  # the same doubt
        return journal.hgetall(row)
    except tl.TelegramError:
        journal.delete(row)  # refused (no rights, no chat...): nothing was made
        raise
    # "done" after sending, with the link.
    journal.hset(row, mapping={"status": "done", "invite_link": link.invite_link})
    return journal.hgetall(row)


def start(job, chat_id, customer_ids):
    """Queue one task per customer; any number of workers on any number of hosts run them."""
    return [invite_customer.delay(job, customer_id, chat_id) for customer_id in customer_ids]


def report(job, customer_ids):
    """Each customer's journal row: ``done`` with its link, ``pending``, ``unknown`` or absent."""
    journal = get_journal()
    return {customer_id: journal.hgetall(row_key(job, customer_id)) for customer_id in customer_ids}
