"""The public surface: the promised names, and nothing imported that a call does not need."""

from __future__ import annotations

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


def test_lazy_model_names_are_exported_types() -> None:
    """The models the package exports lazily are all in its __all__ and are types of the spec."""
    models = {name for name, module in tl._LAZY.items() if module == ".types"}
    assert set(tl.__all__) >= models
    assert set(tl.types.__all__) >= models


def test_lazy_names_resolve_to_the_same_class_everywhere() -> None:
    """``telebot_lite.X`` and ``telebot_lite.types.X`` are one class."""
    for name, module in tl._LAZY.items():
        if module == ".types":
            assert getattr(tl, name) is getattr(tl.types, name)


def test_each_package_has_one_lazy_table() -> None:
    """Every name in types' and methods' lazy tables resolves, and __all__ is exactly the table."""
    assert set(tl.types.__all__) == {"API_VERSION", *tl.types._LAZY}
    assert set(tl.methods.__all__) == {"Method", *tl.methods._LAZY}
    assert len(tl.types._LAZY) == 387  # the 388 spec types but InputFile, which is an upload
    assert len(tl.methods._LAZY) == 185


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
    # Models are listed in the generated reference (docs/reference/types.rst).
    reference = (Path(__file__).resolve().parent.parent / "docs" / "reference").glob("*.rst")
    text += "\n".join(p.read_text(encoding="utf-8") for p in reference)

    def documented(name: str) -> bool:
        short = name.rsplit(".", 1)[1]
        return name in text or f"telebot_lite.types.{short}" in text

    assert sorted(name for name in names if not documented(name)) == []
