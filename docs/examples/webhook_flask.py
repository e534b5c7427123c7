"""A Flask webhook: check Telegram's secret token, approve join requests in the answer."""

import flask

import telebot_lite as tl
from telebot_lite.methods import ApproveChatJoinRequest


def create_app(config):
    app = flask.Flask(__name__)
    app.config.update(config)

    @app.post("/telegram/webhook")
    def telegram_webhook():
        received = flask.request.headers.get(tl.SECRET_TOKEN_HEADER)
        if not tl.check_secret_token(received, app.config["TELEGRAM_WEBHOOK_SECRET"]):
            flask.abort(403)  # not Telegram: answer before reading the body
        try:
            update = tl.parse_update(flask.request.get_data())
        except tl.InvalidArgument:
            flask.abort(400)

        join_request = update.chat_join_request
        if join_request is None:
            return "", 200  # any other update: a 2xx tells Telegram it arrived
        approve = ApproveChatJoinRequest(
            chat_id=join_request.chat.id, user_id=join_request.from_user.id
        )
        # Telegram executes the method in the answer, and discards its result.
        return flask.jsonify(approve.as_webhook_reply())

    return app
