"""Token constants for tests where any well-formed token will do.

Suites that search logs or output for their own secret keep a token of their own (the raw-server,
hostile-input, limits and CLI suites), so that a hit can only come from that suite.
"""

from __future__ import annotations

#: A well-formed token; its secret part must never show up in output, logs or errors.
TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"
#: The part of TOKEN after the colon: what a leak check looks for.
SECRET = TOKEN.split(":", 1)[1]
#: The method URL prefix for TOKEN on the default server (what `responses` mocks register).
API = f"https://api.telegram.org/bot{TOKEN}/"
