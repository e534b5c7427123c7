"""Token redaction: the one place that knows what a bot token looks like inside text."""

from __future__ import annotations

import logging
import re

# A bot token is "<bot id>:<secret>". It appears in URLs as "/bot<token>/" and in urllib3's
# DEBUG lines; match the id too so that a token cut off by a URL still redacts.
_TOKEN_RE = re.compile(r"(\d{3,}):[A-Za-z0-9_-]{6,}")


def redact(text: str) -> str:
    """Return `text` with every bot token's secret replaced by ``***`` (the bot id is kept)."""
    return _TOKEN_RE.sub(r"\1:***", text)


class RedactingFilter(logging.Filter):
    """A logging filter that removes bot-token secrets from every record it sees.

    Install it on the handlers that may print request URLs, for example urllib3's DEBUG lines
    (``"POST /bot123:SECRET/getMe HTTP/1.1" 200``)::

        handler.addFilter(telebot_lite.RedactingFilter())

    It formats the record's message once, redacts it and drops the arguments, so the secret
    cannot come back through ``record.args``. Exception text attached to the record is redacted
    too. It never drops a record.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact `record` in place and keep it."""
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message or record.args:
            record.msg = redacted
            record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
