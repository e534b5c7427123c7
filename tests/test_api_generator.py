"""The generator: the checked-in files are what it writes, and --check notices any drift."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from api_spec import ROOT, generate


@pytest.fixture
def checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the package and the reference pages, which the generator then treats as ROOT."""
    shutil.copytree(ROOT / "telebot_lite", tmp_path / "telebot_lite")
    shutil.copytree(ROOT / "docs" / "reference", tmp_path / "docs" / "reference")
    monkeypatch.setattr(generate, "ROOT", tmp_path)
    return tmp_path


def test_checked_in_files_are_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    """Re-generating the checkout changes nothing (what .ci/run checks)."""
    assert generate.main(["--check"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_every_generated_file_says_so() -> None:
    """Each generated file starts with the banner naming the command."""
    for path, text in generate.render().items():
        assert text.startswith(("# generated, do not edit", ".. generated, do not edit")), path
        assert "python tools/botapi/generate.py" in text.splitlines()[0], path


def test_check_notices_an_edited_file(checkout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A hand edit in a generated file makes --check fail, naming it; writing restores it."""
    target = checkout / "telebot_lite/methods/_gen/send_message.py"
    target.write_text(target.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert generate.main(["--check"]) == 1
    assert "telebot_lite/methods/_gen/send_message.py" in capsys.readouterr().out
    assert generate.main([]) == 0
    assert generate.main(["--check"]) == 0


def test_check_notices_a_stale_file(checkout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file in a generated folder that the generator no longer writes fails --check."""
    (checkout / "telebot_lite/types/_gen/removed_type.py").write_text("x = 1\n", encoding="utf-8")
    assert generate.main(["--check"]) == 1
    assert "removed_type.py" in capsys.readouterr().out
    generate.main([])
    assert not (checkout / "telebot_lite/types/_gen/removed_type.py").exists()


def test_hand_class_changes_flow_into_the_bot_method(checkout: Path) -> None:
    """A new field on a hand-written class appears in the generated Bot method."""
    hand = checkout / "telebot_lite/methods/_invite_links.py"
    text = hand.read_text(encoding="utf-8").replace(
        "    user_id: int = attrs.field(validator=check_user_id)\n",
        "    user_id: int = attrs.field(validator=check_user_id)\n"
        "    note: Optional[str] = attrs.field(default=None)\n",
        1,
    )
    hand.write_text(text, encoding="utf-8")
    out = generate.render()["telebot_lite/_generated/bot_methods.py"]
    start = out.index("def approve_chat_join_request(")
    assert "note: Optional[str] = None" in out[start : out.index("return self(", start)]
