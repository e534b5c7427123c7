"""Webhook delivery: a background thread POSTs each bot's updates to its loopback webhook.

One update at a time per bot, oldest first, as JSON with ``X-Telegram-Bot-Api-Secret-Token``
when a secret was set. A 2xx answer confirms the update (and a JSON reply naming a ``method``
is run as that call, as Telegram does); anything else, or no answer within the timeout, is a
failure: getWebhookInfo reports it as ``last_error_date``/``last_error_message`` and the update
is retried after the next delay of the schedule (or the webhook's ``Retry-After``, if longer, up
to the schedule's longest delay). After one more failure than the schedule has delays, the
update is dropped. The fake delivers only to loopback addresses.
"""

from __future__ import annotations

import ipaddress
import json
import ssl
import threading
import time
import urllib.error
import urllib.request
from typing import Any, Optional, Union
from urllib.parse import urlsplit

from ._entities import BotAccount, Json
from ._state import State

__all__ = ["RETRY_DELAYS", "Delivery", "is_loopback"]

#: Seconds to wait before each retry of an update that failed: the back-off schedule.
RETRY_DELAYS = (0.1, 0.5, 1.0, 2.0, 4.0)
# Telegram ignores these in a webhook reply: they would answer nobody or change the webhook.
_IGNORED_REPLIES = ("setwebhook", "deletewebhook", "close", "logout")
_Job = tuple[BotAccount, Json, str, str]


def is_loopback(url: str) -> bool:
    """Tell whether `url` names this machine (localhost, 127.0.0.0/8 or ::1)."""
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Delivery:
    """The thread that delivers updates to webhooks; started and stopped with the fake."""

    def __init__(self, state: State, api: Any, delays: tuple[float, ...], timeout: float) -> None:
        """Deliver `state`'s updates, running webhook replies through `api` (a BotApi)."""
        self.state = state
        self.api = api
        self.delays = delays
        self.timeout = timeout
        self.thread: Optional[threading.Thread] = None
        # A loopback HTTPS webhook in a test has a self-signed certificate at best.
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        # Proxies from the environment must never see a test's loopback traffic.
        self.opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({}), urllib.request.HTTPSHandler(context=context)
        )

    def start(self) -> None:
        """Start the delivery thread."""
        self.thread = threading.Thread(target=self._run, name="FakeTelegram:webhooks", daemon=True)
        self.thread.start()

    def join(self) -> None:
        """Wait for the thread to end (after ``state.stop()``); a POST in flight ends first."""
        if self.thread is not None:
            self.thread.join()
            self.thread = None

    def _next(self) -> Union[_Job, float, None]:
        """The next delivery due, else the seconds until one is, else None (nothing to do)."""
        now = time.monotonic()
        soonest: Optional[float] = None
        for bot in self.state.bots.values():
            webhook = bot.webhook
            if webhook is None or not bot.queue or not is_loopback(webhook.url):
                continue
            if bot.next_attempt <= now:
                return bot, bot.queue[0], webhook.url, webhook.secret_token
            wait = bot.next_attempt - now
            soonest = wait if soonest is None else min(soonest, wait)
        return soonest

    def _run(self) -> None:
        state = self.state
        while True:
            with state.cond:
                while True:
                    if state.stopping:
                        return
                    job = self._next()
                    if isinstance(job, tuple):
                        break
                    state.cond.wait(job)
            bot, update, url, secret = job
            error, retry_after, reply = self._post(url, secret, update)
            with state.cond:
                self._settle(bot, update, url, error, retry_after)
            if reply is not None:
                self._run_reply(bot, reply)

    def _post(
        self, url: str, secret: str, update: Json
    ) -> tuple[Optional[str], float, Optional[Json]]:
        body = json.dumps(update, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(url, data=body, method="POST")
        request.add_header("Content-Type", "application/json")
        if secret:
            request.add_header("X-Telegram-Bot-Api-Secret-Token", secret)
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                data = response.read()
                kind = response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            retry_after = _seconds(exc.headers.get("Retry-After", "") if exc.headers else "")
            exc.close()
            return f"Wrong response from the webhook: {exc.code} {exc.reason}", retry_after, None
        except Exception as exc:  # no answer, however broken, may end the delivery thread
            reason = getattr(exc, "reason", exc)
            return f"Connection failed: {reason or type(exc).__name__}", 0.0, None
        reply = None
        if kind.split(";", 1)[0].strip().lower() == "application/json":
            try:
                parsed = json.loads(data.decode("utf-8"))
            except ValueError:
                parsed = None
            if isinstance(parsed, dict) and isinstance(parsed.get("method"), str):
                reply = parsed
        return None, 0.0, reply

    def _settle(
        self, bot: BotAccount, update: Json, url: str, error: Optional[str], retry_after: float
    ) -> None:
        still_first = bool(bot.queue) and bot.queue[0]["update_id"] == update["update_id"]
        if error is None or bot.failed_attempts >= len(self.delays):
            if still_first:
                bot.queue.pop(0)
            bot.failed_attempts = 0
            bot.next_attempt = 0.0
        else:
            delay = self.delays[bot.failed_attempts]
            bot.failed_attempts += 1
            bot.next_attempt = time.monotonic() + max(delay, min(retry_after, max(self.delays)))
        if error is not None:
            bot.last_error_date = self.state.now()
            bot.last_error_message = error
        self.state.cond.notify_all()

    def _run_reply(self, bot: BotAccount, reply: Json) -> None:
        method = str(reply.pop("method"))
        if method.lower().startswith("get") or method.lower() in _IGNORED_REPLIES:
            return
        raw = {
            k: v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
            for k, v in reply.items()
        }
        try:
            self.api.answer("POST", f"/bot{bot.token}/{method}", raw, reply, "json")
        except Exception:  # Telegram never reports what became of a reply either
            pass


def _seconds(raw: str) -> float:
    try:
        return max(0.0, float(raw))
    except ValueError:
        return 0.0
