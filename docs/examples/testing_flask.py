"""A Flask app that hands out one-time invite links, tested against the fake server."""

import flask

import telebot_lite as tl


def create_app(config):
    app = flask.Flask(__name__)
    app.config.update(config)
    bot = tl.Bot(app.config["TELEGRAM_TOKEN"], base_url=app.config["TELEGRAM_API"])

    @app.post("/invite")
    def invite():
        link = bot.create_chat_invite_link(
            app.config["COURSE_CHAT_ID"], name=flask.request.form["name"], member_limit=1
        )
        return {"link": link.invite_link}

    return app


def test_invite_endpoint(telegram, telegram_token, telegram_chat):
    app = create_app(
        {
            "TELEGRAM_TOKEN": telegram_token,
            "TELEGRAM_API": telegram.base_url,  # instead of https://api.telegram.org
            "COURSE_CHAT_ID": telegram_chat,
        }
    )

    response = app.test_client().post("/invite", data={"name": "Ann"})

    (link,) = telegram.invite_links(telegram_chat)
    assert response.get_json() == {"link": link["invite_link"]}
    assert (link["name"], link["member_limit"]) == ("Ann", 1)
