"""A whole bot under test: a Flask webhook that answers /start with a one-person invite link.

The fake delivers updates to the app over loopback HTTP, as Telegram would to your server; the
app answers through telebot_lite; the tests act as a person and read what the bot said.
"""

import threading

import flask
import pytest
from werkzeug.serving import make_server

import telebot_lite as tl

SECRET = "s3cret-token"
AGAIN = {"inline_keyboard": [[{"text": "Another link", "callback_data": "again"}]]}


def create_app(bot, course_chat_id):
    app = flask.Flask(__name__)

    @app.post("/telegram/webhook")
    def webhook():
        if not tl.check_secret_token(flask.request.headers.get(tl.SECRET_TOKEN_HEADER), SECRET):
            flask.abort(403)
        update = flask.request.get_json()
        message = update.get("message") or {}
        if message.get("text", "").startswith("/start"):
            link = bot.create_chat_invite_link(course_chat_id, member_limit=1)
            text = f"Welcome! Your personal link: {link.invite_link}"
            bot.call(
                "sendMessage",
                {"chat_id": message["chat"]["id"], "text": text, "reply_markup": AGAIN},
            )
        query = update.get("callback_query")
        if query is not None:
            bot.call(
                "answerCallbackQuery",
                {"callback_query_id": query["id"], "text": "One link per person, sorry"},
            )
        return "", 200

    return app


@pytest.fixture
def running_bot(telegram_bot, telegram_chat):
    """The app served on a free loopback port, registered as the bot's webhook."""
    server = make_server("127.0.0.1", 0, create_app(telegram_bot, telegram_chat), threaded=True)
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    url = f"http://127.0.0.1:{server.port}/telegram/webhook"  # plain HTTP: loopback only
    telegram_bot.call("setWebhook", {"url": url, "secret_token": SECRET})
    yield
    server.shutdown()
    thread.join()


def test_start_gets_a_one_person_link(telegram, telegram_chat, running_bot):
    ann = telegram.add_user("Ann")
    telegram.message(ann, "/start")

    _, reply = telegram.wait_for_messages(ann, 2)  # the person's /start, then the answer

    (link,) = telegram.invite_links(telegram_chat)
    assert link["member_limit"] == 1
    assert reply["text"] == f"Welcome! Your personal link: {link['invite_link']}"
    assert telegram.join(telegram_chat, ann, link["invite_link"]) == "member"


def test_the_button_is_answered(telegram, running_bot):
    ann = telegram.add_user("Ann")
    telegram.message(ann, "/start")
    _, reply = telegram.wait_for_messages(ann, 2)

    telegram.press_button(ann, ann, reply["message_id"], "again")

    (answer,) = telegram.wait_for(telegram.callback_answers)
    assert answer["text"] == "One link per person, sorry"
