"""The public surface: the promised names, and nothing imported that a call does not need."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import telebot_lite as tl

CONTRACT = {
    "Bot", "create_chat_invite_link", "ChatInviteLink", "User", "TelegramError",
    "InvalidArgument", "ApiError", "BadRequest", "ChatNotFound", "NotEnoughRights",
    "ChatMigrated", "Unauthorized", "Forbidden", "NotFound", "Conflict", "EntityTooLarge",
    "RetryAfter", "ServerError", "TransportError", "NetworkError", "TimedOut", "InvalidResponse",
    "RedactingFilter",
    # the lifecycle issue
    "edit_chat_invite_link", "revoke_chat_invite_link", "export_chat_invite_link",
    "create_chat_subscription_invite_link", "edit_chat_subscription_invite_link",
    "approve_chat_join_request", "decline_chat_join_request", "get_me", "Chat",
    "ChatJoinRequest", "ChatMemberUpdated", "ChatMember", "Update", "parse_update",
    "check_secret_token", "JoinRequestAlreadyHandled",
}  # fmt: skip

METHOD_OBJECTS = {
    "CreateChatInviteLink", "EditChatInviteLink", "RevokeChatInviteLink", "ExportChatInviteLink",
    "CreateChatSubscriptionInviteLink", "EditChatSubscriptionInviteLink",
    "ApproveChatJoinRequest", "DeclineChatJoinRequest", "GetMe",
}  # fmt: skip


def test_contract_names_are_exported() -> None:
    """Every name the issues fix as public API is in telebot_lite.__all__ and importable."""
    assert set(tl.__all__) >= CONTRACT
    for name in tl.__all__:
        assert getattr(tl, name) is not None, name


def test_method_objects_live_in_methods() -> None:
    """Every method object is exported from telebot_lite.methods under its API name."""
    assert set(tl.methods.__all__) >= METHOD_OBJECTS
    for name in METHOD_OBJECTS:
        cls = getattr(tl.methods, name)
        assert cls.api_method[0].upper() + cls.api_method[1:] == name


def test_every_public_name_has_a_docstring() -> None:
    """Each exported class and function documents itself."""
    for name in tl.__all__:
        value = getattr(tl, name)
        if callable(value):
            assert (value.__doc__ or "").strip(), name


def test_import_loads_no_optional_parts() -> None:
    """`import telebot_lite` loads neither the fake server, the CLI, pytest nor argparse."""
    code = (
        "import sys, telebot_lite; "
        "bad = [m for m in ('telebot_lite.testing', 'telebot_lite.cli', 'pytest', 'argparse',"
        " 'http.server') if m in sys.modules]; print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_lazy_names_are_exactly_the_update_models() -> None:
    """The names loaded on first use are exactly what ``_updates`` defines, all exported."""
    from telebot_lite import _updates

    assert set(_updates.__all__) == tl.types._UPDATE_MODEL_NAMES
    assert set(tl.__all__) >= tl.types._UPDATE_MODEL_NAMES


def test_lazy_names_resolve_to_the_same_class_everywhere() -> None:
    """``telebot_lite.X``, ``telebot_lite.types.X`` and ``_updates.X`` are one class."""
    from telebot_lite import _updates

    for name in tl.types._UPDATE_MODEL_NAMES:
        assert getattr(tl, name) is getattr(tl.types, name) is getattr(_updates, name)


def test_unknown_names_still_raise_attribute_error() -> None:
    """The lazy ``__getattr__`` of the package and of types refuses names it does not know."""
    with pytest.raises(AttributeError, match="no_such_name"):
        tl.no_such_name  # noqa: B018
    with pytest.raises(AttributeError, match="no_such_name"):
        tl.types.no_such_name  # noqa: B018


def _docs_text() -> str:
    """All reST text of the docs, where public names must be documented."""
    root = Path(__file__).resolve().parent.parent / "docs"
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(root.glob("*.rst")))


def test_every_public_name_appears_in_the_docs() -> None:
    """Each name in telebot_lite.__all__, methods.__all__ and testing.__all__ is in the docs."""
    import telebot_lite.testing as testing

    text = _docs_text()
    names = {
        *(f"telebot_lite.{n}" for n in tl.__all__ if not n.startswith("__")),
        *(f"telebot_lite.testing.{n}" for n in testing.__all__),
    }
    # Method objects and models are documented by automodule of their module.
    automodules = {"telebot_lite.methods", "telebot_lite.types", "telebot_lite._updates"}

    def documented(name: str) -> bool:
        value = getattr(tl, name.rsplit(".", 1)[1], None)
        return name in text or getattr(value, "__module__", "") in automodules

    assert sorted(name for name in names if not documented(name)) == []
