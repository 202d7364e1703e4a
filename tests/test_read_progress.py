"""The progress reporter: counts, reasons, the summary, and its bar / lines / jsonl modes."""

from __future__ import annotations

import io
import json

import pytest

from casefile.cli.progress import Progress, choose_mode, reason_of
from casefile.errors import InputError


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("message,reason", [
    ("HTTP 404 Not Found; the page is gone or the address is wrong", "HTTP 404 Not Found"),
    ("is not valid UTF-8 (byte 0xe9 at byte offset 3); convert it", "is not valid UTF-8"),
    (("record 3 at byte offset 1234 (https://x.example/a): no article text found in this HTML "
     "page; save it"), "no article text found in this HTML page"),
    ("timed out after 20 s (4 tries); check the address", "timed out after 20 s"),
])
def test_reason_groups_like_failures(message, reason):
    assert reason_of(message) == reason


def test_choose_mode():
    assert choose_mode(machine=True, quiet=True) == "jsonl"
    assert choose_mode(quiet=True) == "quiet"
    assert choose_mode(stream=Terminal()) == "bar"
    assert choose_mode(stream=io.StringIO()) == "lines"


def feed(progress: Progress) -> None:
    with progress:
        progress.item_read("a.txt", "id1")
        progress.item_read("b.txt", "id2")
        progress.item_skipped("b.txt")
        progress.failure(InputError("c.html", "HTTP 404 Not Found; gone"))
        progress.failure(InputError("d.jsonl", "not valid JSON (x at column 1); fix it", 3))
        progress.failure(InputError("e.html", "HTTP 404 Not Found; gone"))
    progress.finish()


def test_lines_mode():
    out = io.StringIO()
    progress = Progress("lines", stream=out)
    feed(progress)
    lines = out.getvalue().splitlines()
    assert lines[:3] == ["Error: c.html: HTTP 404 Not Found; gone",
                         "Error: d.jsonl:3: not valid JSON (x at column 1); fix it",
                         "Error: e.html: HTTP 404 Not Found; gone"]
    assert lines[3] == "2 read, 1 skipped as not relevant, 3 failed"
    assert lines[4:] == ["  2 × HTTP 404 Not Found", "  1 × not valid JSON"]
    assert not progress.ok


def test_jsonl_mode_every_line_is_json():
    out = io.StringIO()
    feed(Progress("jsonl", stream=out))
    events = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [e["event"] for e in events] == ["read", "read", "skipped", "failed", "failed",
                                            "failed", "summary"]
    assert events[3] == {"event": "failed", "where": "c.html", "reason": "HTTP 404 Not Found; gone"}
    assert events[4]["where"] == "d.jsonl:3"
    assert events[-1]["failed"] == 3 and events[-1]["reasons"]["HTTP 404 Not Found"] == 2


def test_quiet_mode_prints_errors_only():
    out = io.StringIO()
    feed(Progress("quiet", stream=out))
    assert all(line.startswith("Error: ") for line in out.getvalue().splitlines())


@pytest.mark.parametrize("total", [None, 6])
def test_bar_mode_ends_with_the_summary(total):
    out = Terminal()
    feed(Progress("bar", stream=out, total=total))
    text = out.getvalue()
    assert "Error: c.html: HTTP 404 Not Found; gone" in text
    assert "2 read, 1 skipped as not relevant, 3 failed" in text
