"""Formatted text as the server reads it: HTML, MarkdownV2 and Markdown to text plus entities.

Offsets and lengths of entities count UTF-16 code units, as the Bot API's do. A text that is not
well formed raises ApiFailure with Telegram's "can't parse entities" wording, where the byte
offsets count UTF-8 bytes of the original text, as the server's do. The parsers check what
clients get wrong in practice (unknown or unclosed tags, unescaped reserved characters,
unclosed entities); they are not a full copy of Telegram's.
"""

from __future__ import annotations

import html
import re
from typing import NoReturn, Optional

from ._entities import Json, bad

__all__ = ["addresses_bot", "auto_entities", "parse", "utf16_len"]

_HTML_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)([^<>]*)>")
_ATTR = re.compile(r"""([A-Za-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_RESERVED_V2 = "_*[]()~`>#+-=|{}.!"
_V2_MARKS = (
    ("||", "spoiler", "Spoiler"),
    ("__", "underline", "Underline"),
    ("*", "bold", "Bold"),
    ("_", "italic", "Italic"),
    ("~", "strikethrough", "Strikethrough"),
)
_COMMAND = re.compile(r"(?<![\w/@])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![\w/])")
_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{4,32}(?![\w@])")


def utf16_len(text: str) -> int:
    """Return the length of `text` in UTF-16 code units, the Bot API's unit for offsets."""
    return len(text.encode("utf-16-le")) // 2


def _cant(reason: str) -> NoReturn:
    bad("can't parse entities: " + reason)


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


class _Builder:
    """The plain text being assembled and the entities opened and closed over it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0  # UTF-16 units so far
        self.entities: list[Json] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += utf16_len(text)

    def close(self, kind: str, start: int, extra: Optional[Json] = None) -> None:
        if self.length > start:
            entity: Json = {"type": kind, "offset": start, "length": self.length - start}
            entity.update(extra or {})
            self.entities.append(entity)

    def result(self) -> tuple[str, list[Json]]:
        for entity in self.entities:
            if entity["type"] == "code":
                entity.pop("language", None)  # only a pre entity has a language
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return "".join(self.parts), self.entities


def _parse_html(text: str) -> tuple[str, list[Json]]:
    out = _Builder()
    stack: list[tuple[str, int, Json]] = []
    index = 0
    while index < len(text):
        lt = text.find("<", index)
        chunk = text[index:] if lt < 0 else text[index:lt]
        out.add(html.unescape(chunk))
        if lt < 0:
            break
        match = _TAG.match(text, lt)
        if match is None:
            _cant(f"Unclosed start tag at byte offset {_byte_offset(text, lt)}")
        closing, name, attrs = match.group(1), match.group(2).lower(), match.group(3)
        offset = _byte_offset(text, lt)
        if closing:
            if not stack:
                _cant(f"Unexpected end tag at byte offset {offset}")
            open_name, start, attributes = stack.pop()
            if open_name != name:
                _cant(
                    f'Unmatched end tag at byte offset {offset}, expected "</{open_name}>", '
                    f'found "</{name}>"'
                )
            inner = out.entities[-1] if out.entities else None
            if name == "pre" and inner and inner["type"] == "code" and inner["offset"] == start:
                # <pre><code class="language-x"> is one pre entity with a language.
                out.entities.pop()
                if "language" in inner:
                    attributes = {"language": inner["language"]}
            out.close(_HTML_TAGS[name], start, attributes)
        else:
            if name not in _HTML_TAGS:
                _cant(f'Unsupported start tag "{name}" at byte offset {offset}')
            values = {
                m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None)
                for m in _ATTR.finditer(attrs)
            }
            extra: Json = {}
            if name == "a":
                extra["url"] = html.unescape(values.get("href", ""))
            elif name == "span" and values.get("class") != "tg-spoiler":
                _cant(f'Tag "span" must have class "tg-spoiler" at byte offset {offset}')
            elif name == "code" and values.get("class", "").startswith("language-"):
                extra["language"] = values["class"][len("language-") :]
            elif name == "tg-emoji":
                extra["custom_emoji_id"] = values.get("emoji-id", "")
            stack.append((name, out.length, extra))
        index = match.end()
    if stack:
        _cant(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    return out.result()


def _parse_markdown_v2(text: str) -> tuple[str, list[Json]]:
    out = _Builder()
    open_marks: list[tuple[str, str, str, int, int]] = []  # mark, kind, name, start, byte offset
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            out.add(text[index + 1])
            index += 2
            continue
        if char == "`":
            fence = "```" if text.startswith("```", index) else "`"
            end = text.find(fence, index + len(fence))
            if end < 0:
                name = "Pre" if fence == "```" else "Code"
                _cant(f"Can't find end of {name} entity at byte offset {_byte_offset(text, index)}")
            body = text[index + len(fence) : end]
            extra: Json = {}
            if fence == "```":
                first, newline, rest = body.partition("\n")
                if newline and first and " " not in first:
                    extra["language"], body = first, rest
            start = out.length
            out.add(body.replace("\\`", "`").replace("\\\\", "\\"))
            out.close("pre" if fence == "```" else "code", start, extra)
            index = end + len(fence)
            continue
        if char == "[":
            close = text.find("](", index)
            end = text.find(")", close + 2) if close >= 0 else -1
            if close < 0 or end < 0:
                _cant(
                    f"Can't find end of TextUrl entity at byte offset {_byte_offset(text, index)}"
                )
            label, _ = _parse_markdown_v2(text[index + 1 : close])
            start = out.length
            out.add(label)
            out.close("text_link", start, {"url": text[close + 2 : end]})
            index = end + 1
            continue
        for mark, kind, name in _V2_MARKS:
            if text.startswith(mark, index):
                if open_marks and open_marks[-1][0] == mark:
                    _, _, _, start, _ = open_marks.pop()
                    out.close(kind, start)
                else:
                    open_marks.append((mark, kind, name, out.length, _byte_offset(text, index)))
                index += len(mark)
                break
        else:
            if char in _RESERVED_V2:
                _cant(f"Character '{char}' is reserved and must be escaped with the preceding '\\'")
            out.add(char)
            index += 1
    if open_marks:
        _, _, name, _, offset = open_marks[-1]
        _cant(f"Can't find end of {name} entity at byte offset {offset}")
    return out.result()


def _parse_markdown(text: str) -> tuple[str, list[Json]]:
    out = _Builder()
    index = 0
    marks = {"*": "bold", "_": "italic", "`": "code"}
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text) and text[index + 1] in "*_`[":
            out.add(text[index + 1])
            index += 2
            continue
        fence = "```" if text.startswith("```", index) else char
        if char in marks or char == "[":
            closer = {"[": "]"}.get(char, fence)
            end = text.find(closer, index + len(fence))
            if end < 0:
                _cant(
                    "Can't find end of the entity starting at byte offset "
                    f"{_byte_offset(text, index)}"
                )
            body = text[index + len(fence) : end]
            start = out.length
            out.add(body)
            if char == "[":
                url_end = text.find(")", end) if text.startswith("(", end + 1) else -1
                if url_end >= 0:
                    out.close("text_link", start, {"url": text[end + 2 : url_end]})
                    end = url_end
            else:
                out.close("pre" if fence == "```" else marks[char], start)
            index = end + len(closer if char == "[" else fence)
            continue
        out.add(char)
        index += 1
    return out.result()


_PARSERS = {"html": _parse_html, "markdownv2": _parse_markdown_v2, "markdown": _parse_markdown}


def parse(text: str, parse_mode: str) -> tuple[str, list[Json]]:
    """Return the plain text and entities of `text` in `parse_mode` ("" means plain text)."""
    if not parse_mode:
        return text, []
    parser = _PARSERS.get(parse_mode.lower())
    if parser is None:
        bad("unsupported parse_mode")
    return parser(text)


def auto_entities(text: str) -> list[Json]:
    """Return the entities Telegram finds by itself in what a person typed: commands, mentions."""
    found: list[Json] = []
    for pattern, kind in ((_COMMAND, "bot_command"), (_MENTION, "mention")):
        for match in pattern.finditer(text):
            found.append(
                {
                    "type": kind,
                    "offset": utf16_len(text[: match.start()]),
                    "length": utf16_len(match.group()),
                }
            )
    found.sort(key=lambda e: e["offset"])
    return found


def addresses_bot(text: str, username: str) -> bool:
    """Tell whether `text` holds a command for the bot `username` (or for every bot) or a
    mention of it: what a bot in privacy mode is shown."""
    name = username.lower()
    for match in _COMMAND.finditer(text):
        _, at, target = match.group().partition("@")
        if not at or target.lower() == name:
            return True
    return any(m.group()[1:].lower() == name for m in _MENTION.finditer(text))
