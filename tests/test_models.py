"""Models: from_dict/to_dict round trips, extras, dates, shape checks and the ChatMember family."""

from __future__ import annotations

import copy
import pickle
import sys
import types
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from types import MappingProxyType
from typing import Any, ClassVar, Optional, Union

import attrs
import pytest

import telebot_lite as tl
from telebot_lite._model import EMPTY_EXTRA, Model, extra_field

USER = {"id": 111, "is_bot": True, "first_name": "Link Bot", "username": "link_bot"}
LINK = {
    "invite_link": "https://t.me/+AbCdEfGhIjKlMnOp",
    "creator": USER,
    "creates_join_request": False,
    "is_primary": False,
    "is_revoked": False,
    "name": "customer 42",
    "expire_date": 1893456000,
    "member_limit": 1,
    "pending_join_request_count": 0,
    "subscription_period": 2592000,
    "subscription_price": 50,
}


@attrs.frozen(kw_only=True)
class _Sample(Model):
    """A model using every converter kind, including ones the Bot API types here do not use yet."""

    KIND: ClassVar[str] = "sample"
    users: tuple[User, ...]
    score: Optional[float] = None
    raw: Any = None
    either: Union[int, str, None] = None
    numbers: Optional[tuple[int, ...]] = None
    extra: Mapping[str, Any] = extra_field()


User = tl.User  # the annotation above is resolved in this module's namespace


# -- User and ChatInviteLink -----------------------------------------------------------------


def test_user_round_trips() -> None:
    """A User from a Bot API object gives the same object back."""
    user = tl.User.from_dict(USER)
    assert (user.id, user.is_bot, user.first_name, user.username) == (
        111,
        True,
        "Link Bot",
        "link_bot",
    )
    assert user.to_dict() == USER


def test_chat_invite_link_round_trips_every_field() -> None:
    """A ChatInviteLink with every field gives the same Bot API object back."""
    link = tl.ChatInviteLink.from_dict(LINK)
    assert link.subscription_price == 50
    assert link.pending_join_request_count == 0
    assert link.creator == tl.User.from_dict(USER)
    assert link.to_dict() == LINK


def test_dates_are_aware_utc() -> None:
    """Unix times become timezone-aware UTC datetimes."""
    expire = tl.ChatInviteLink.from_dict(LINK).expire_date
    assert expire == datetime(2030, 1, 1, tzinfo=timezone.utc)
    assert expire is not None
    assert expire.utcoffset() == timedelta(0)


def test_absent_optional_fields_stay_absent() -> None:
    """Optional fields left out of the input are None and left out of to_dict."""
    data = {k: LINK[k] for k in ("invite_link", "creator", "creates_join_request", "is_primary")}
    data["is_revoked"] = True
    link = tl.ChatInviteLink.from_dict(data)
    assert link.expire_date is None
    assert link.to_dict() == data


def test_null_values_are_treated_as_absent() -> None:
    """A JSON null for an optional field is the same as leaving it out."""
    link = tl.ChatInviteLink.from_dict({**LINK, "name": None})
    assert link.name is None
    assert "name" not in link.to_dict()


def test_unknown_keys_go_to_extra_and_come_back() -> None:
    """Keys from a newer Bot API are kept in extra and returned by to_dict."""
    data = {**LINK, "future_field": {"x": 1}}
    link = tl.ChatInviteLink.from_dict(data)
    assert dict(link.extra) == {"future_field": {"x": 1}}
    assert link.to_dict() == data


def test_extra_is_read_only() -> None:
    """extra is a read-only mapping."""
    link = tl.ChatInviteLink.from_dict({**LINK, "new": 1})
    with pytest.raises(TypeError):
        link.extra["new"] = 2  # type: ignore[index]


def test_several_unknown_keys_are_all_kept() -> None:
    """Every unknown key is kept, not only the first."""
    user = tl.User.from_dict({**USER, "a": 1, "b": [2], "c": None})
    assert dict(user.extra) == {"a": 1, "b": [2], "c": None}


def test_model_without_unknown_keys_has_empty_extra() -> None:
    """A model built from known keys only has an empty extra."""
    assert tl.User.from_dict(USER).extra == {}


def test_models_are_frozen() -> None:
    """Models cannot be changed after construction."""
    user = tl.User.from_dict(USER)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        user.first_name = "x"  # type: ignore[misc]


def test_models_pickle_with_their_extras() -> None:
    """A model with unknown keys, nested ones included, survives pickling unchanged."""
    link = tl.ChatInviteLink.from_dict({**LINK, "creator": {**USER, "new": [1]}, "future": 2})
    copied = pickle.loads(pickle.dumps(link))
    assert copied == link
    assert copied.to_dict() == link.to_dict()
    assert isinstance(copied.extra, MappingProxyType)


def test_a_naive_date_put_in_by_a_caller_still_pickles() -> None:
    """Pickling does not go through to_dict, so a naive datetime a caller set is kept as is."""
    link = attrs.evolve(tl.ChatInviteLink.from_dict(LINK), expire_date=datetime(2030, 1, 1))
    assert pickle.loads(pickle.dumps(link)).expire_date == datetime(2030, 1, 1)


def test_chat_member_of_an_unknown_status_pickles_as_the_base_class() -> None:
    """The ChatMember chosen by status comes back from pickle as the same class and data."""
    member = tl.ChatMember.from_dict({"status": "ghost", "user": USER, "haunts_since": 5})
    copied = pickle.loads(pickle.dumps(member))
    assert type(copied) is tl.ChatMember
    assert copied == member


def test_to_dict_refuses_a_naive_date() -> None:
    """to_dict refuses a naive datetime instead of guessing its zone."""
    link = attrs.evolve(tl.ChatInviteLink.from_dict(LINK), expire_date=datetime(2030, 1, 1))
    with pytest.raises(tl.InvalidArgument, match="timezone-aware"):
        link.to_dict()


def test_to_dict_converts_an_aware_date_in_any_zone() -> None:
    """to_dict turns an aware datetime in any zone into its Unix time."""
    when = datetime(2030, 1, 1, 2, 0, tzinfo=timezone(timedelta(hours=2)))
    link = attrs.evolve(tl.ChatInviteLink.from_dict(LINK), expire_date=when)
    assert link.to_dict()["expire_date"] == 1893456000


def test_extra_given_as_dict_is_frozen() -> None:
    """An extra passed to the constructor as a dict is stored read-only."""
    user = tl.User(id=1, is_bot=False, first_name="A", extra={"k": 1})
    assert isinstance(user.extra, MappingProxyType)
    assert user.to_dict() == {"id": 1, "is_bot": False, "first_name": "A", "k": 1}


def test_empty_extra_given_to_constructor_is_the_shared_empty_mapping() -> None:
    """An empty extra becomes the shared empty mapping."""
    assert tl.User(id=1, is_bot=False, first_name="A", extra={}).extra is EMPTY_EXTRA


def test_from_dict_does_not_keep_a_reference_to_input_mutations() -> None:
    """Changing the input dict after from_dict does not change the model's extra."""
    data = copy.deepcopy({**USER, "later": 1})
    user = tl.User.from_dict(data)
    data["later"] = 2
    data["added"] = 3
    assert dict(user.extra) == {"later": 1}


# -- shape errors ----------------------------------------------------------------------------


def test_missing_required_field_is_named() -> None:
    """A missing required field raises InvalidResponse naming it."""
    with pytest.raises(tl.InvalidResponse, match="missing required field first_name"):
        tl.User.from_dict({"id": 1, "is_bot": False})


def test_missing_nested_field_is_named_with_its_path() -> None:
    """A missing field in a nested object is named with its dotted path."""
    with pytest.raises(tl.InvalidResponse, match=r"creator\.first_name"):
        tl.ChatInviteLink.from_dict({**LINK, "creator": {"id": 1, "is_bot": True}})


def test_missing_required_boolean_reads_false() -> None:
    """Telegram leaves false flags out: a missing required Boolean reads as False."""
    user = tl.User.from_dict({"id": 1, "first_name": "x"})
    assert user.is_bot is False


def test_shape_error_message_is_the_path_and_the_problem() -> None:
    """Outside a call, the error text is only the path and what was wrong."""
    with pytest.raises(tl.InvalidResponse) as info:
        tl.ChatInviteLink.from_dict({**LINK, "creator": {"id": "1", "first_name": "x"}})
    assert str(info.value) == "creator.id: expected an integer, got str"


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("invite_link", 5, "a string"),
        ("member_limit", "1", "an integer"),
        ("member_limit", True, "an integer"),
        ("is_primary", 1, "a boolean"),
        ("expire_date", "2030-01-01", "a Unix time"),
        ("expire_date", 10**30, "a Unix time"),
        ("creator", [1], "an object"),
    ],
)
def test_wrong_json_type_is_refused(key: str, value: Any, expected: str) -> None:
    """A known field of the wrong JSON type raises InvalidResponse naming it and the expectation."""
    with pytest.raises(tl.InvalidResponse, match=f"{key}: expected {expected}"):
        tl.ChatInviteLink.from_dict({**LINK, key: value})


def test_from_dict_refuses_a_non_object() -> None:
    """from_dict of a list raises InvalidResponse, not TypeError."""
    with pytest.raises(tl.InvalidResponse, match="User: expected an object, got list"):
        tl.User.from_dict([1, 2])  # type: ignore[arg-type]


# -- converters not used by the shipped types yet --------------------------------------------


def test_tuple_of_models_round_trips() -> None:
    """A tuple-of-models field decodes each item and encodes back to a list."""
    sample = _Sample.from_dict({"users": [USER, {**USER, "id": 2}]})
    assert [u.id for u in sample.users] == [111, 2]
    assert sample.to_dict() == {"users": [USER, {**USER, "id": 2}]}


def test_tuple_of_models_refuses_a_non_list() -> None:
    """A tuple-of-models field given an object raises InvalidResponse."""
    with pytest.raises(tl.InvalidResponse, match="users: expected an array"):
        _Sample.from_dict({"users": USER})


def test_tuple_item_errors_are_named_by_index() -> None:
    """A bad item in a list of models is named with its index."""
    with pytest.raises(tl.InvalidResponse, match=r"users\[1\]"):
        _Sample.from_dict({"users": [USER, "x"]})


def test_float_field_accepts_ints_and_floats() -> None:
    """A float field takes JSON integers and floats and stores floats."""
    assert _Sample.from_dict({"users": [], "score": 3}).score == 3.0
    assert type(_Sample.from_dict({"users": [], "score": 3}).score) is float
    with pytest.raises(tl.InvalidResponse, match="a number"):
        _Sample.from_dict({"users": [], "score": "3"})


def test_untyped_and_union_fields_pass_through() -> None:
    """Fields typed Any, a multi-type Union or a tuple of plain values pass unchecked."""
    sample = _Sample.from_dict({"users": [], "raw": {"a": [1]}, "either": "x", "numbers": [1, 2]})
    assert (sample.raw, sample.either, sample.numbers) == ({"a": [1]}, "x", [1, 2])


def test_model_subclass_in_a_module_without_classvar_import_works() -> None:
    """A Model subclass works in a module that imports only what its own fields need."""
    module = types.ModuleType("telebot_core_models_plain")
    sys.modules[module.__name__] = module
    try:
        exec(
            "from __future__ import annotations\n"
            "from collections.abc import Mapping\n"
            "from typing import Any\n"
            "import attrs\n"
            "from telebot_lite._model import Model, extra_field\n"
            "@attrs.frozen(kw_only=True)\n"
            "class Plain(Model):\n"
            "    n: int\n"
            "    extra: Mapping[str, Any] = extra_field()\n",
            vars(module),
        )
        assert module.Plain.from_dict({"n": 1}).n == 1
    finally:
        del sys.modules[module.__name__]


# -- ChatMember family -----------------------------------------------------------------------

BASE_MEMBER = {"user": USER}
MEMBERS = {
    "creator": ({"is_anonymous": False, "custom_title": "boss"}, tl.ChatMemberOwner),
    "administrator": (
        {
            "can_be_edited": False,
            "is_anonymous": False,
            "can_manage_chat": True,
            "can_delete_messages": True,
            "can_manage_video_chats": True,
            "can_restrict_members": True,
            "can_promote_members": False,
            "can_change_info": True,
            "can_invite_users": True,
            "can_post_stories": False,
            "can_edit_stories": False,
            "can_delete_stories": False,
        },
        tl.ChatMemberAdministrator,
    ),
    "member": ({"until_date": 1893456000}, tl.ChatMemberMember),
    "restricted": (
        {
            "is_member": True,
            "can_send_messages": False,
            "can_send_audios": False,
            "can_send_documents": False,
            "can_send_photos": False,
            "can_send_videos": False,
            "can_send_video_notes": False,
            "can_send_voice_notes": False,
            "can_send_polls": False,
            "can_send_other_messages": False,
            "can_add_web_page_previews": False,
            "can_react_to_messages": False,
            "can_edit_tag": False,
            "can_change_info": False,
            "can_invite_users": False,
            "can_pin_messages": False,
            "can_manage_topics": False,
            "until_date": 0,
        },
        tl.ChatMemberRestricted,
    ),
    "left": ({}, tl.ChatMemberLeft),
    "kicked": ({"until_date": 0}, tl.ChatMemberBanned),
}


@pytest.mark.parametrize("status", sorted(MEMBERS))
def test_chat_member_class_is_chosen_by_status(status: str) -> None:
    """ChatMember.from_dict returns the subclass its status names and round-trips."""
    fields, cls = MEMBERS[status]
    data = {"status": status, **BASE_MEMBER, **fields}
    member = tl.ChatMember.from_dict(data)
    assert type(member) is cls
    assert member.extra == {}
    assert member.to_dict() == data


def test_banned_forever_until_date_is_the_epoch() -> None:
    """A banned member's 0 until_date is 1970-01-01 UTC."""
    member = tl.ChatMember.from_dict({"status": "kicked", "user": USER, "until_date": 0})
    assert isinstance(member, tl.ChatMemberBanned)
    assert member.until_date == datetime(1970, 1, 1, tzinfo=timezone.utc)


def test_unknown_status_gives_the_base_class_with_data_kept() -> None:
    """An unknown status gives ChatMember with unknown keys in extra, never an error."""
    data = {"status": "ghost", "user": USER, "haunts_since": 5}
    member = tl.ChatMember.from_dict(data)
    assert type(member) is tl.ChatMember
    assert member.status == "ghost"
    assert dict(member.extra) == {"haunts_since": 5}
    assert member.to_dict() == data


def test_non_str_status_gives_the_base_class_shape_error() -> None:
    """A status that is not a str picks the base class and is then refused as a shape error."""
    with pytest.raises(tl.InvalidResponse, match="status: expected a string"):
        tl.ChatMember.from_dict({"status": ["member"], "user": USER})


def test_subclass_from_dict_keeps_its_own_class() -> None:
    """Calling from_dict on a subclass builds that subclass."""
    member = tl.ChatMemberLeft.from_dict({"status": "left", "user": USER})
    assert type(member) is tl.ChatMemberLeft


def test_member_subclass_missing_field_is_refused() -> None:
    """A known status missing its subclass's required field raises InvalidResponse."""
    with pytest.raises(tl.InvalidResponse, match="ChatMemberBanned: missing required field"):
        tl.ChatMember.from_dict({"status": "kicked", "user": USER})


def test_chat_round_trips_with_extra() -> None:
    """A Chat keeps its known fields and unknown keys."""
    data = {"id": -1001, "type": "supergroup", "title": "Course", "is_forum": False, "x": 1}
    chat = tl.Chat.from_dict(data)
    assert (chat.id, chat.type, chat.title) == (-1001, "supergroup", "Course")
    assert chat.to_dict() == data
