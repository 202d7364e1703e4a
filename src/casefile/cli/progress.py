"""Progress of long runs on stderr: a rich bar for people, JSON lines for machines.

Counts what was read, skipped as not relevant and failed (with reasons), prints each
failure as it happens and a summary at the end. Records go to stdout, never mixed in.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from typing import Literal, TextIO

Mode = Literal["bar", "lines", "jsonl", "quiet"]

# "record 3 at byte offset 123 (https://…): " names where in a WARC; not part of the reason.
_WHERE_PREFIX = re.compile(r"^record \d+( at byte offset \d+)?( \([^)]*\))?: ")
_DETAIL = re.compile(r"\s*\([^)]*\)")
_SHOWN_REASONS = 10


def reason_of(message: str) -> str:
    """The kind of failure a message names, without its details, so like failures group:
    "HTTP 404 Not Found; the page is gone" -> "HTTP 404 Not Found"."""
    head = _WHERE_PREFIX.sub("", message).split(";")[0]
    return _DETAIL.sub("", head).strip() or message


def choose_mode(*, quiet: bool = False, machine: bool = False,
                stream: TextIO | None = None) -> Mode:
    """jsonl when asked for machines; quiet when asked; a bar only on a terminal."""
    if machine:
        return "jsonl"
    if quiet:
        return "quiet"
    stream = stream or sys.stderr
    return "bar" if getattr(stream, "isatty", lambda: False)() else "lines"


class Progress:
    """The counts of a run and their display; use as a context manager around the loop.

    - bar: a rich progress bar (counts, elapsed, ETA when the total is known), failures
      printed above it, the summary at the end;
    - lines: no bar (stderr is not a terminal): failures and the summary as plain lines;
    - jsonl: one JSON object per event and a final {"event": "summary", …};
    - quiet: failures only, no bar and no summary.
    """

    def __init__(self, mode: Mode = "lines", *, total: int | None = None,
                 description: str = "reading", stream: TextIO | None = None):
        self.mode = mode
        self.total = total
        self.description = description
        self.stream = stream
        self.read = 0
        self.skipped = 0
        self.failed = 0
        self.reasons: Counter[str] = Counter()
        self.skip_reasons: Counter[str] = Counter()
        self._bar = None
        self._task = None

    # --- lifecycle ------------------------------------------------------------------------

    def __enter__(self):
        if self.mode == "bar":
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as Bar

            console = Console(file=self.stream or sys.stderr)
            columns = [SpinnerColumn(), TextColumn("{task.description}")]
            if self.total is not None:
                columns += [BarColumn(), MofNCompleteColumn()]
            columns += [TextColumn("{task.fields[counts]}"), TimeElapsedColumn()]
            if self.total is not None:
                columns += [TextColumn("ETA"), TimeRemainingColumn()]
            self._bar = Bar(*columns, console=console, transient=True)
            self._bar.start()
            self._task = self._bar.add_task(self.description, total=self.total,
                                            counts=self._counts())
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    # --- events ---------------------------------------------------------------------------

    def item_read(self, where: str = "", id: str | None = None) -> None:
        """One article read."""
        self.read += 1
        self._emit({"event": "read", "where": where, "id": id})

    def item_skipped(self, where: str, reason: str = "not relevant") -> None:
        """One article read but not kept (counted in read too)."""
        self.skipped += 1
        self.skip_reasons[reason] += 1
        self._emit({"event": "skipped", "where": where, "reason": reason})

    def item_failed(self, where: str, message: str) -> None:
        """One input that could not be read or processed; printed at once."""
        self.failed += 1
        self.reasons[reason_of(message)] += 1
        if self.mode == "jsonl":
            self._emit({"event": "failed", "where": where, "reason": message})
            return
        self._print(f"Error: {where}: {message}" if where else f"Error: {message}")
        self._advance()

    def failure(self, error) -> None:
        """An InputError (or anything with source, line and message) as a failure."""
        where = f"{error.source}:{error.line}" if error.line is not None else error.source
        self.item_failed(where, error.message)

    # --- the end --------------------------------------------------------------------------

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def summary(self) -> str:
        """"N read, M skipped as not relevant, K failed", then one line per failure reason."""
        head = f"{self.read} read, {self.skipped} skipped as not relevant, {self.failed} failed"
        lines = [head]
        for reason, count in self.reasons.most_common(_SHOWN_REASONS):
            lines.append(f"  {count} × {reason}")
        hidden = len(self.reasons) - _SHOWN_REASONS
        if hidden > 0:
            lines.append(f"  … and {hidden} other reasons")
        return "\n".join(lines)

    def finish(self, extra: dict | None = None) -> None:
        """Print the summary (or the summary event); `extra` adds counts of the caller's."""
        self.__exit__(None, None, None)
        if self.mode == "jsonl":
            event = {"event": "summary", "read": self.read, "skipped": self.skipped,
                     "failed": self.failed, "reasons": dict(self.reasons)}
            self._emit({**event, **(extra or {})})
        elif self.mode != "quiet":
            self._print(self.summary())

    # --- output ---------------------------------------------------------------------------

    def _counts(self) -> str:
        return f"read {self.read} · skipped {self.skipped} · failed {self.failed}"

    def _advance(self) -> None:
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, advance=1, counts=self._counts())

    def _emit(self, event: dict) -> None:
        if self.mode == "jsonl":
            event = {k: v for k, v in event.items() if v is not None}
            self._write(json.dumps(event, ensure_ascii=False))
        elif event["event"] == "read":
            self._advance()
        elif self._bar is not None and self._task is not None:
            self._bar.update(self._task, counts=self._counts())

    def _print(self, line: str) -> None:
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            self._write(line)

    def _write(self, line: str) -> None:
        stream = self.stream or sys.stderr
        stream.write(line + "\n")
        stream.flush()
