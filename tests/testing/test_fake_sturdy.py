"""FakeTelegram's HTTP server under hostile input: every request gets a proper HTTP answer."""

from __future__ import annotations

import inspect
import json
import socket
import time
from collections.abc import Iterator

import pytest

from telebot_lite.testing import FakeTelegram


@pytest.fixture
def fake() -> Iterator[FakeTelegram]:
    """A running fake that cuts off a stalled request after half a second."""
    with FakeTelegram(idle_timeout=0.5) as server:
        yield server


def connect(fake: FakeTelegram) -> socket.socket:
    """Open a raw loopback connection whose reads give up after 5 seconds."""
    return socket.create_connection(("127.0.0.1", fake.port), timeout=5)


def read_answer(sock: socket.socket) -> bytes:
    """Read one answer: the head, then as many body bytes as its Content-Length says."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def exchange(fake: FakeTelegram, request: bytes) -> bytes:
    """Send raw bytes on a new connection (left open) and return the one answer."""
    with connect(fake) as sock:
        sock.sendall(request)
        return read_answer(sock)


def status_of(answer: bytes) -> int:
    """The status code of a raw answer."""
    return int(answer.split(b" ", 2)[1])


def body_of(answer: bytes) -> object:
    """The JSON body of a raw answer."""
    return json.loads(answer.partition(b"\r\n\r\n")[2])


def post(path: bytes, body: bytes, *headers: bytes) -> bytes:
    """A POST request for `path` with a correct Content-Length unless headers give framing."""
    head = [b"POST " + path + b" HTTP/1.1", b"Host: 127.0.0.1", *headers]
    if not any(h.lower().startswith((b"content-length", b"transfer-encoding")) for h in headers):
        head.append(b"Content-Length: " + str(len(body)).encode())
    return b"\r\n".join(head) + b"\r\n\r\n" + body


def get(path: bytes) -> bytes:
    """A GET request for `path`."""
    return b"GET " + path + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


def test_unknown_multipart_charset_is_a_bare_400(fake: FakeTelegram) -> None:
    """A text part in a charset Python does not know is answered 400, not a closed socket."""
    token = fake.add_bot().encode()
    body = (
        b"--XyZ\r\nContent-Disposition: form-data; name=chat_id\r\n"
        b"Content-Type: text/plain; charset=no-such-charset\r\n\r\n5\r\n--XyZ--\r\n"
    )
    answer = exchange(
        fake,
        post(
            b"/bot" + token + b"/getChat", body, b"Content-Type: multipart/form-data; boundary=XyZ"
        ),
    )
    assert status_of(answer) == 400


def test_non_ascii_token_is_401_unauthorized(fake: FakeTelegram) -> None:
    """A known bot id with a non-ASCII secret is an unknown token: 401 Unauthorized."""
    bot_id = fake.add_bot().split(":")[0].encode()
    answer = exchange(fake, get(b"/bot" + bot_id + ":s\xc3\xa9cret".encode("latin-1") + b"/getMe"))
    assert (status_of(answer), body_of(answer)) == (
        401,
        {"ok": False, "error_code": 401, "description": "Unauthorized"},
    )


@pytest.mark.parametrize(
    "bot_id",
    ["\u0661\u0662\u0663".encode(), b"12\xb2"],
    ids=["arabic-indic digits", "superscript two"],
)
def test_non_ascii_digits_in_the_bot_id_are_an_invalid_token(
    fake: FakeTelegram, bot_id: bytes
) -> None:
    """Digits of other scripts in the bot id answer 401 "invalid token specified"."""
    answer = exchange(fake, get(b"/bot" + bot_id + b":secret/getMe"))
    assert body_of(answer) == {
        "ok": False,
        "error_code": 401,
        "description": "Unauthorized: invalid token specified",
    }


def test_add_bot_refuses_non_ascii_digits(fake: FakeTelegram) -> None:
    """add_bot takes only ASCII digits as a token's bot id."""
    with pytest.raises(ValueError, match="not a valid bot token"):
        fake.add_bot(token="\u0661\u0662\u0663:" + "a" * 35)


@pytest.mark.parametrize(
    "size_line",
    [b"-1", b"0x10", b"", b"zz", b"1" * 2000],
    ids=["negative", "0x prefix", "empty", "not hex", "overlong"],
)
def test_malformed_chunk_size_is_a_bare_400(fake: FakeTelegram, size_line: bytes) -> None:
    """A chunk size that is not plain hex is answered 400 at once, the connection left open."""
    token = fake.add_bot().encode()
    request = post(
        b"/bot" + token + b"/getMe",
        size_line + b"\r\nabc\r\n",
        b"Transfer-Encoding: chunked",
        b"Content-Type: application/json",
    )
    assert status_of(exchange(fake, request)) == 400


def test_chunk_without_its_line_end_is_a_bare_400(fake: FakeTelegram) -> None:
    """Chunk data longer than its announced size is answered 400."""
    token = fake.add_bot().encode()
    request = post(
        b"/bot" + token + b"/getMe", b"2\r\nabc\r\n0\r\n\r\n", b"Transfer-Encoding: chunked"
    )
    assert status_of(exchange(fake, request)) == 400


def test_endless_trailers_are_a_bare_400(fake: FakeTelegram) -> None:
    """A chunked body whose trailer section never ends is answered 400."""
    token = fake.add_bot().encode()
    trailers = b"X-T: 1\r\n" * 100
    request = post(b"/bot" + token + b"/getMe", b"0\r\n" + trailers, b"Transfer-Encoding: chunked")
    assert status_of(exchange(fake, request)) == 400


def test_chunked_body_with_trailers_is_served(fake: FakeTelegram) -> None:
    """Trailers after the last chunk are read and ignored."""
    token = fake.add_bot().encode()
    request = post(
        b"/bot" + token + b"/getMe",
        b"2\r\n{}\r\n0\r\nX-T: 1\r\n\r\n",
        b"Transfer-Encoding: chunked",
        b"Content-Type: application/json",
    )
    assert status_of(exchange(fake, request)) == 200


@pytest.mark.parametrize("length", ["+2", "\u0662", "1_0"])
def test_content_length_must_be_ascii_digits(fake: FakeTelegram, length: str) -> None:
    """A Content-Length Python's int() would read but HTTP does not allow is answered 400."""
    token = fake.add_bot().encode()
    request = post(b"/bot" + token + b"/getMe", b"{}", b"Content-Length: " + length.encode("utf-8"))
    assert status_of(exchange(fake, request)) == 400


def test_body_shorter_than_its_length_times_out_with_408(fake: FakeTelegram) -> None:
    """A body that stops short of its Content-Length is answered 408 after the idle timeout."""
    token = fake.add_bot().encode()
    request = post(b"/bot" + token + b"/getMe", b"{}", b"Content-Length: 100")
    answer = exchange(fake, request)
    assert status_of(answer) == 408
    assert b"Connection: close" in answer


def test_body_cut_by_a_close_is_a_bare_400(fake: FakeTelegram) -> None:
    """A client that closes its side before the announced body ends gets a 400."""
    token = fake.add_bot().encode()
    with connect(fake) as sock:
        sock.sendall(post(b"/bot" + token + b"/getMe", b"{}", b"Content-Length: 100"))
        sock.shutdown(socket.SHUT_WR)
        assert status_of(read_answer(sock)) == 400


def test_slowloris_client_is_cut_off(fake: FakeTelegram) -> None:
    """Headers dribbled a byte at a time, each well within the timeout, are still cut off."""
    with connect(fake) as sock:
        sock.sendall(b"GET /botx/getMe HTTP/1.1\r\n")
        closed = False
        for _ in range(60):  # 6 seconds of dribbling if the server never gives up
            try:
                sock.sendall(b"X")
            except OSError:
                closed = True
                break
            time.sleep(0.1)
            sock.setblocking(False)
            try:
                closed = sock.recv(1) == b""
            except BlockingIOError:
                pass
            except OSError:
                closed = True
            sock.setblocking(True)
            if closed:
                break
        assert closed


def test_idle_connection_is_closed(fake: FakeTelegram) -> None:
    """A connection that sends nothing is closed without an answer after the idle timeout."""
    with connect(fake) as sock:
        assert sock.recv(1) == b""


def test_keep_alive_gets_the_full_timeout_per_request(fake: FakeTelegram) -> None:
    """Each request on a kept-alive connection has its own idle timeout."""
    token = fake.add_bot().encode()
    with connect(fake) as sock:
        for _ in range(3):
            sock.sendall(get(b"/bot" + token + b"/getMe"))
            assert status_of(read_answer(sock)) == 200


def test_connections_beyond_the_cap_get_503() -> None:
    """With every connection slot taken, a new connection is answered 503 and closed."""
    with FakeTelegram(max_connections=2) as fake:
        token = fake.add_bot().encode()
        held = [connect(fake) for _ in range(2)]
        try:
            for sock in held:  # an answer proves a handler thread holds the connection
                sock.sendall(get(b"/bot" + token + b"/getMe"))
                assert status_of(read_answer(sock)) == 200
            with connect(fake) as extra:
                answer = read_answer(extra)
                assert status_of(answer) == 503
                assert extra.recv(1) == b""
        finally:
            for sock in held:
                sock.close()


def test_a_freed_slot_serves_again() -> None:
    """Once a held connection closes, a new one is served."""
    with FakeTelegram(max_connections=1) as fake:
        token = fake.add_bot().encode()
        with connect(fake) as first:
            first.sendall(get(b"/bot" + token + b"/getMe"))
            assert status_of(read_answer(first)) == 200
        statuses = []
        for _ in range(100):  # the handler thread frees the slot just after the close
            statuses.append(status_of(exchange(fake, get(b"/bot" + token + b"/getMe"))))
            if statuses[-1] == 200:
                break
        assert statuses[-1] == 200


def test_documented_defaults() -> None:
    """The guide promises a 10 s idle timeout and 64 connections by default."""
    parameters = inspect.signature(FakeTelegram).parameters
    assert parameters["idle_timeout"].default == 10.0
    assert parameters["max_connections"].default == 64


def test_limits_must_be_sensible() -> None:
    """A zero idle timeout or connection cap is refused."""
    with pytest.raises(ValueError, match="idle_timeout"):
        FakeTelegram(idle_timeout=0)
    with pytest.raises(ValueError, match="max_connections"):
        FakeTelegram(max_connections=0)


def test_an_unexpected_error_is_a_500(fake: FakeTelegram, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug inside the fake reaches the client as a 500, not as a dropped connection."""
    token = fake.add_bot().encode()

    def broken(*args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(fake._api, "answer", broken)
    answer = exchange(fake, get(b"/bot" + token + b"/getMe"))
    assert status_of(answer) == 500
