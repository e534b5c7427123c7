"""Every generated type, table-driven from the pinned spec: round trips, unions, shape errors."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest
from api_spec import TYPES, UNIX, object_of
from support.light_import import modules_after

import telebot_lite as tl
from telebot_lite import types

CONCRETE = sorted(n for n, t in TYPES.items() if not t.abstract)
ABSTRACT = sorted(n for n, t in TYPES.items() if t.abstract)
MEMBERS = sorted((a, m) for a in ABSTRACT for m in TYPES[a].members)


def test_every_spec_type_is_a_model() -> None:
    """Each of the spec's types (but InputFile, an upload) is telebot_lite.types.<Name>."""
    assert sorted(types._LAZY) == sorted(TYPES)
    for name in TYPES:
        assert issubclass(getattr(types, name), tl.types.User.__mro__[1]), name


@pytest.mark.parametrize("name", CONCRETE)
def test_every_field_filled_round_trips(name: str) -> None:
    """A type with every optional field filled (nested too) converts back to the same JSON."""
    data = object_of(name)
    model = getattr(types, name).from_dict(data)
    assert type(model) is getattr(types, name)
    assert model.to_dict() == data
    assert model.extra == {}


@pytest.mark.parametrize("name", CONCRETE)
def test_required_fields_only_round_trip(name: str) -> None:
    """A type with only its required fields converts back to the same JSON."""
    data = object_of(name, every=False)
    assert getattr(types, name).from_dict(data).to_dict() == data


@pytest.mark.parametrize(("abstract", "member"), MEMBERS)
def test_abstract_type_decodes_each_variant(abstract: str, member: str) -> None:
    """from_dict of an abstract type gives the subtype its data describes."""
    data = object_of(member, every=False)
    model = getattr(types, abstract).from_dict(data)
    assert type(model) is getattr(types, member)
    assert model.to_dict() == data


# MaybeInaccessibleMessage has no discriminator: it is a Message, or inaccessible by its date.
@pytest.mark.parametrize("abstract", [a for a in ABSTRACT if a != "MaybeInaccessibleMessage"])
def test_abstract_type_keeps_an_unknown_variant(abstract: str) -> None:
    """An unknown discriminator gives the base class with the data kept, never an error."""
    base = getattr(types, abstract)
    key = getattr(base, "_TAG_KEY", None)
    data: dict[str, Any] = {"future_field": [1, {"x": None}]}
    if key is not None:
        data = {**object_of(TYPES[abstract].members[0], every=False), **data, key: "from_10_9"}
        data = {k: v for k, v in data.items() if k in {key, "future_field"} or _common(abstract, k)}
    model = base.from_dict(data)
    assert type(model) is base
    assert model.extra["future_field"] == [1, {"x": None}]
    assert model.to_dict() == data


def _common(abstract: str, key: str) -> bool:
    return any(row[1] == key for row in getattr(types, abstract)._SPEC)


@pytest.mark.parametrize("name", CONCRETE)
def test_unknown_fields_are_kept(name: str) -> None:
    """Keys a newer Bot API adds land in extra and come back from to_dict."""
    data = {**object_of(name, every=False), "added_in_10_9": {"a": 1}}
    model = getattr(types, name).from_dict(data)
    assert dict(model.extra) == {"added_in_10_9": {"a": 1}}
    assert model.to_dict() == data


def _required_non_bool(name: str) -> list[str]:
    t = TYPES[name]
    return [f.key for f in t.fields if f.required and f.kind != "bool" and f.key != "type"]


@pytest.mark.parametrize("name", [n for n in CONCRETE if _required_non_bool(n)])
def test_missing_required_field_names_its_path(name: str) -> None:
    """A required (non-Boolean) field left out raises InvalidResponse naming its path."""
    key = _required_non_bool(name)[0]
    data = {"inner": {k: v for k, v in object_of(name, every=False).items() if k != key}}
    t = TYPES[name]
    python_name = next(f.name for f in t.fields if f.key == key)
    wrapper = _holder(name)
    if wrapper is None:
        with pytest.raises(tl.InvalidResponse, match=f"missing required field {python_name}"):
            getattr(types, name).from_dict(data["inner"])
    else:
        holder, field = wrapper
        outer = {**object_of(holder, every=False), field: data["inner"]}
        with pytest.raises(tl.InvalidResponse, match=rf"{field}\.{python_name}"):
            getattr(types, holder).from_dict(outer)


def _holder(name: str) -> Any:
    """A type with an optional field of type `name`, to test the path; None if there is none."""
    for other, t in sorted(TYPES.items()):
        if t.abstract or other == name:
            continue
        for f in t.fields:
            if f.kind == name and not f.required:
                return other, f.key
    return None


@pytest.mark.parametrize(
    "name", [n for n in CONCRETE if any(f.required and f.kind == "bool" for f in TYPES[n].fields)]
)
def test_missing_required_booleans_read_false(name: str) -> None:
    """Telegram leaves false flags out: a required Boolean that is missing reads as False."""
    t = TYPES[name]
    flags = [f for f in t.fields if f.required and f.kind == "bool"]
    data = {
        k: v for k, v in object_of(name, every=False).items() if k not in {f.key for f in flags}
    }
    model = getattr(types, name).from_dict(data)
    assert all(getattr(model, f.name) is False for f in flags)


def test_unix_times_are_aware_utc_and_convert_back() -> None:
    """Unix-time fields are aware UTC datetimes that give the same integer back."""
    message = types.Message.from_dict(
        {"message_id": 1, "date": UNIX, "chat": {"id": 1, "type": "private"}}
    )
    assert message.date == datetime.fromtimestamp(UNIX, timezone.utc)
    assert message.date.utcoffset() is not None
    assert message.to_dict()["date"] == UNIX


def test_from_is_from_user() -> None:
    """The JSON key ``from`` is the field ``from_user``."""
    data = object_of("Message", every=False)
    data["from"] = {"id": 5, "is_bot": False, "first_name": "A"}
    message = types.Message.from_dict(data)
    assert message.from_user is not None
    assert message.from_user.id == 5
    assert message.to_dict()["from"] == data["from"]


def test_nested_arrays_decode_to_nested_tuples() -> None:
    """Array of Array of PhotoSize becomes a tuple of tuples of PhotoSize."""
    photo = {"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}
    photos = types.UserProfilePhotos.from_dict({"total_count": 1, "photos": [[photo, photo]]})
    assert isinstance(photos.photos[0][1], types.PhotoSize)
    assert photos.to_dict() == {"total_count": 1, "photos": [[photo, photo]]}


def test_message_or_inaccessible_message_by_date() -> None:
    """A pinned message with date 0 is an InaccessibleMessage, otherwise a Message."""
    chat = {"id": 1, "type": "private"}
    gone = types.MaybeInaccessibleMessage.from_dict({"chat": chat, "message_id": 3, "date": 0})
    here = types.MaybeInaccessibleMessage.from_dict({"chat": chat, "message_id": 3, "date": UNIX})
    assert type(gone) is types.InaccessibleMessage
    assert type(here) is types.Message


def test_rich_text_is_a_string_an_array_or_an_object() -> None:
    """RichText fields hold a plain string, an array of rich texts, or a RichText* object."""
    bold = {"type": "bold", "text": "b"}
    block = types.RichBlockParagraph.from_dict({"type": "paragraph", "text": ["a", bold]})
    assert block.text[0] == "a"
    assert isinstance(block.text[1], types.RichTextBold)
    assert block.to_dict() == {"type": "paragraph", "text": ["a", bold]}


def test_input_types_are_built_with_keywords_and_their_tag_is_preset() -> None:
    """An input type needs only its own fields: the discriminator has its fixed value."""
    scope = types.BotCommandScopeChat(chat_id=5)
    assert scope.to_dict() == {"type": "chat", "chat_id": 5}


def test_importing_one_type_does_not_load_the_graph() -> None:
    """Importing Message loads its module, not the modules of the types it refers to."""
    modules = modules_after("from telebot_lite.types import Message")
    loaded = {m for m in modules if m.startswith("telebot_lite.types._gen.")}
    assert "telebot_lite.types._gen.message" in loaded
    assert "telebot_lite.types._gen.sticker" not in loaded
    assert len(loaded) < 10


def test_parsing_a_text_message_loads_only_what_it_contains() -> None:
    """Parsing a plain text message imports User, Chat and MessageEntity, nothing more."""
    code = (
        "from telebot_lite.types import Message; "
        "Message.from_dict({'message_id': 1, 'date': 1, 'chat': {'id': 1, 'type': 'private'},"
        " 'from': {'id': 1, 'is_bot': False, 'first_name': 'A'}, 'text': 'hi',"
        " 'entities': [{'type': 'bold', 'offset': 0, 'length': 2}]})"
    )
    loaded = modules_after(code)
    assert {m.rsplit(".", 1)[1] for m in loaded if m.startswith("telebot_lite.types._gen.")} <= {
        "chat",
        "chat_invite_link",
        "message",
        "message_entity",
        "user",
    }


WRONG_SHAPES = [[], {}, "x", 1.5, True, -1, [1], [[]], {"type": 5}, 2**70]


@pytest.mark.parametrize("name", sorted(TYPES))
def test_any_wrong_shape_is_an_invalid_response_or_round_trips(name: str) -> None:
    """Each field given a value of another JSON shape: InvalidResponse, or a model that
    round-trips; never another exception."""
    cls = getattr(types, name)
    t = TYPES[name]
    base = object_of(t.members[0] if t.abstract else name, depth=1)
    for key in [*base, "unknown_key"]:
        for wrong in WRONG_SHAPES:
            try:
                model = cls.from_dict({**base, key: wrong})
            except tl.InvalidResponse:
                continue
            assert type(model).from_dict(model.to_dict()) == model


def test_lists_given_by_hand_are_stored_as_tuples() -> None:
    """A keyboard built with lists equals the same keyboard decoded from JSON, and hashes."""
    button = {"text": "Open", "url": "https://example.com"}
    by_hand = types.InlineKeyboardMarkup(
        inline_keyboard=[[types.InlineKeyboardButton(text="Open", url="https://example.com")]]
    )
    assert by_hand == types.InlineKeyboardMarkup.from_dict({"inline_keyboard": [[button]]})
    assert type(by_hand.inline_keyboard[0]) is tuple
    assert hash(by_hand) == hash(types.InlineKeyboardMarkup.from_dict(by_hand.to_dict()))
