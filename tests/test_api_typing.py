"""What a type checker sees in user code: mypy's reveal_type on the generated Bot methods."""

from __future__ import annotations

from pathlib import Path

import pytest

api = pytest.importorskip("mypy.api")

USER_CODE = """\
import telebot_lite as tl

bot = tl.Bot("123:abc")
reveal_type(bot.send_message(1, "hi"))
reveal_type(bot.send_media_group(1, [{"type": "photo", "media": "x"}]))
reveal_type(bot.edit_message_text(text="x", chat_id=1, message_id=2))
reveal_type(bot.get_chat_member(1, 2))
reveal_type(bot.get_updates(timeout=30))
reveal_type(bot.ban_chat_member(1, 2))
reveal_type(bot.create_chat_invite_link(1, member_limit=1))
button = tl.types.InlineKeyboardButton(text="Open", url="https://example.com")
reveal_type(tl.types.InlineKeyboardMarkup(inline_keyboard=[[button]]).inline_keyboard)
"""

EXPECTED = [
    "telebot_lite.types._gen.message.Message",
    "list[telebot_lite.types._gen.message.Message]",
    "telebot_lite.types._gen.message.Message | bool",
    "telebot_lite.types._gen.chat_member.ChatMember",
    "list[telebot_lite.types._gen.update.Update]",
    "bool",
    "telebot_lite.types._gen.chat_invite_link.ChatInviteLink",
    "tuple[tuple[telebot_lite.types._gen.inline_keyboard_button.InlineKeyboardButton, ...], ...]",
]


def test_reveal_type_of_bot_methods(tmp_path: Path) -> None:
    """mypy --strict infers each Bot method's documented return type in user code."""
    user = tmp_path / "user.py"
    user.write_text(USER_CODE, encoding="utf-8")
    cache = Path(__file__).resolve().parent.parent / ".mypy_cache"
    out, err, status = api.run(["--strict", "--cache-dir", str(cache), str(user)])
    revealed = [
        line.split('Revealed type is "', 1)[1].rstrip('"')
        for line in out.splitlines()
        if "Revealed type is" in line
    ]
    assert revealed == EXPECTED, out + err
    assert status == 0, out + err
