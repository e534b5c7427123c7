"""Proof: whole bots, written with other libraries' own frameworks, run unmodified on the fake.

Each bot answers /start with a fresh one-person invite link to a course group. The library polls
the fake with its own machinery (pyTelegramBotAPI's ``infinity_polling``, python-telegram-bot's
``Application`` with ``CommandHandler``, aiogram's ``Dispatcher`` with a router), the test has a
person write /start, and reads the reply with ``fake.messages``. A telebot_lite bot in webhook
mode (a Flask app on loopback) receives the update the fake POSTs, and one in polling mode loops
over ``bot.get_updates``. Every test stops its threads and is bounded in time.
"""

from __future__ import annotations

import asyncio
import importlib
import threading
from collections.abc import Iterator
from typing import Any, Callable

import pytest

from telebot_lite.testing import FakeTelegram

WAIT = 15.0  # seconds a bot gets to answer; far more than it needs


class Course:
    """A fake with a bot that administers a group, and a person who talks to the bot."""

    def __init__(self, fake: FakeTelegram) -> None:
        self.fake = fake
        self.token = fake.add_bot(username="course_bot")
        self.group = fake.add_chat("supergroup", "Course")
        fake.add_member(
            self.group, int(self.token.split(":")[0]), "administrator", can_invite_users=True
        )
        self.person = fake.add_user("Ann")

    def start_and_read_reply(self, stop: Callable[[], None], thread: threading.Thread) -> str:
        """Send /start, wait for the bot's answer, stop the bot; return the answer's text."""
        try:
            self.fake.message(self.person, "/start")
            reply = self.fake.wait_for_messages(self.person, 2, timeout=WAIT)[1]
        finally:
            stop()
            thread.join(WAIT)
        assert not thread.is_alive()
        assert reply["from"]["username"] == "course_bot"
        return str(reply["text"])

    def check_link(self, text: str) -> None:
        """The reply is a link the bot created just now, for one person."""
        (link,) = self.fake.invite_links(self.group)
        assert text == link["invite_link"]
        assert link["member_limit"] == 1


@pytest.fixture
def course() -> Iterator[Course]:
    """A running fake set up for a course bot."""
    with FakeTelegram() as fake:
        yield Course(fake)


def test_pytelegrambotapi_bot_answers_start(
    course: Course, monkeypatch: pytest.MonkeyPatch
) -> None:
    """TeleBot with a message handler, run by infinity_polling in a thread."""
    telebot = pytest.importorskip("telebot")
    apihelper = importlib.import_module("telebot.apihelper")
    monkeypatch.setattr(apihelper, "API_URL", course.fake.base_url + "/bot{0}/{1}")
    bot = telebot.TeleBot(course.token, threaded=False)

    @bot.message_handler(commands=["start"])
    def start(message: Any) -> None:
        link = bot.create_chat_invite_link(course.group, member_limit=1)
        bot.send_message(message.chat.id, link.invite_link)

    thread = threading.Thread(
        target=bot.infinity_polling, kwargs={"timeout": 1, "long_polling_timeout": 1}
    )
    thread.start()
    course.check_link(course.start_and_read_reply(bot.stop_polling, thread))


def test_python_telegram_bot_answers_start(course: Course) -> None:
    """An Application with a CommandHandler, started and polling in its own event loop."""
    telegram_ext = pytest.importorskip("telegram.ext")
    application = (
        telegram_ext.Application.builder()
        .token(course.token)
        .base_url(course.fake.base_url + "/bot")
        .build()
    )

    async def start(update: Any, context: Any) -> None:
        link = await context.bot.create_chat_invite_link(course.group, member_limit=1)
        await update.message.reply_text(link.invite_link)

    application.add_handler(telegram_ext.CommandHandler("start", start))
    stopped = threading.Event()

    async def main() -> None:
        async with application:
            await application.start()
            await application.updater.start_polling(poll_interval=0.0, timeout=1)
            await asyncio.get_running_loop().run_in_executor(None, stopped.wait)
            await application.updater.stop()
            await application.stop()

    thread = threading.Thread(target=asyncio.run, args=(main(),))
    thread.start()
    course.check_link(course.start_and_read_reply(stopped.set, thread))


def _aiogram_stopper(course: Course, router: Any) -> tuple[Callable[[], None], threading.Thread]:
    """Start a Dispatcher with `router` polling the fake in a thread with its own event loop;
    return the function that stops it, and the thread."""
    aiogram = importlib.import_module("aiogram")
    session_module = importlib.import_module("aiogram.client.session.aiohttp")
    server_module = importlib.import_module("aiogram.client.telegram")
    dispatcher = aiogram.Dispatcher()
    dispatcher.include_router(router)
    loops: list[asyncio.AbstractEventLoop] = []
    ready = threading.Event()

    async def main() -> None:
        loops.append(asyncio.get_running_loop())
        server = server_module.TelegramAPIServer.from_base(course.fake.base_url)
        bot = aiogram.Bot(course.token, session=session_module.AiohttpSession(api=server))
        dispatcher.startup.register(ready.set)
        await dispatcher.start_polling(bot, handle_signals=False, polling_timeout=1)

    def stop() -> None:
        assert ready.wait(WAIT)
        asyncio.run_coroutine_threadsafe(dispatcher.stop_polling(), loops[0]).result(WAIT)

    thread = threading.Thread(target=asyncio.run, args=(main(),))
    thread.start()
    return stop, thread


def test_aiogram_bot_answers_start(course: Course) -> None:
    """A Dispatcher with a router, start_polling in a thread with its own event loop."""
    aiogram = pytest.importorskip("aiogram")
    filters = importlib.import_module("aiogram.filters")
    router = aiogram.Router()

    @router.message(filters.CommandStart())
    async def start(message: Any, bot: Any) -> None:
        link = await bot.create_chat_invite_link(chat_id=course.group, member_limit=1)
        await message.answer(link.invite_link)

    stop, thread = _aiogram_stopper(course, router)
    course.check_link(course.start_and_read_reply(stop, thread))


def test_aiogram_bot_handles_a_button(course: Course) -> None:
    """aiogram parses the fake's callback_query, answers it and edits its message."""
    aiogram = pytest.importorskip("aiogram")
    filters = importlib.import_module("aiogram.filters")
    types = importlib.import_module("aiogram.types")
    router = aiogram.Router()

    @router.message(filters.CommandStart())
    async def start(message: Any) -> None:
        button = types.InlineKeyboardButton(text="Join", callback_data="join")
        markup = types.InlineKeyboardMarkup(inline_keyboard=[[button]])
        await message.answer("<b>Welcome</b>", parse_mode="HTML", reply_markup=markup)

    @router.callback_query(aiogram.F.data == "join")
    async def join(query: Any) -> None:
        await query.answer("Link sent")
        await query.message.edit_text("Check your messages")

    stop, thread = _aiogram_stopper(course, router)
    try:
        course.fake.message(course.person, "/start")
        welcome = course.fake.wait_for_messages(course.person, 2, timeout=WAIT)[1]
        course.fake.press_button(course.person, course.person, welcome["message_id"], "join")
        (answer,) = course.fake.wait_for(course.fake.callback_answers, timeout=WAIT)
        course.fake.wait_for(
            lambda: course.fake.messages(course.person)[1].get("edit_date"), timeout=WAIT
        )
    finally:
        stop()
        thread.join(WAIT)
    assert not thread.is_alive()
    assert answer["text"] == "Link sent"
    assert course.fake.messages(course.person)[1]["text"] == "Check your messages"


def test_telebot_lite_webhook_bot_answers_start(course: Course) -> None:
    """A Flask app behind the fake's webhook delivery, answering through telebot_lite."""
    flask = pytest.importorskip("flask")
    serving = importlib.import_module("werkzeug.serving")
    import telebot_lite as tl

    app = flask.Flask(__name__)
    secret = "s3cret"
    received: list[dict[str, Any]] = []

    with tl.Bot(course.token, base_url=course.fake.base_url) as bot:

        @app.post("/hook")
        def hook() -> Any:
            if flask.request.headers.get(tl.SECRET_TOKEN_HEADER) != secret:
                flask.abort(403)
            update = flask.request.get_json()
            received.append(update)
            message = update.get("message") or {}
            if message.get("text") == "/start":
                link = bot.create_chat_invite_link(course.group, member_limit=1)
                bot.call(
                    "sendMessage", {"chat_id": message["chat"]["id"], "text": link.invite_link}
                )
            return "", 200

        server = serving.make_server("127.0.0.1", 0, app, threaded=True)
        thread = threading.Thread(target=server.serve_forever)
        thread.start()
        bot.call(
            "setWebhook", {"url": f"http://127.0.0.1:{server.port}/hook", "secret_token": secret}
        )
        text = course.start_and_read_reply(server.shutdown, thread)
    course.check_link(text)
    assert [u["message"]["text"] for u in received] == ["/start"]


def test_telebot_lite_polling_bot_answers_start(course: Course) -> None:
    """A telebot_lite bot polling with the generated ``bot.get_updates(offset=, timeout=)``."""
    import telebot_lite as tl

    stopping = threading.Event()
    handled: list[str] = []

    with tl.Bot(course.token, base_url=course.fake.base_url) as bot:

        def poll() -> None:
            offset = None
            while not stopping.is_set():
                for update in bot.get_updates(offset=offset, timeout=1):
                    offset = update.update_id + 1
                    message = update.message
                    if message is not None and message.text == "/start":
                        handled.append(message.text)
                        link = bot.create_chat_invite_link(course.group, member_limit=1)
                        bot.send_message(message.chat.id, link.invite_link)

        thread = threading.Thread(target=poll)
        thread.start()
        text = course.start_and_read_reply(stopping.set, thread)
    course.check_link(text)
    assert handled == ["/start"]
