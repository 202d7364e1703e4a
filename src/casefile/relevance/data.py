"""Labelled articles for training and measuring the relevance model, and their splits."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from casefile.errors import InputError

# The project convention for gva-dev (docs/benchmarks.md): incidents whose sha1 is 0 mod 5
# are never trained or tuned on, so figures on them are honest. The hand-written set is
# small, so a third of its templates is held out to give every category some test articles.
HOLDOUT_MOD = {"gva": 5, "bbc": 5, "hard": 3}


def stable_bucket(key: str, mod: int) -> int:
    """sha1(key) mod `mod`: a split that never changes between runs or machines."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % mod


@dataclass(frozen=True)
class Example:
    """One labelled article. `group` keeps related articles on one side of every split."""

    id: str
    title: str
    text: str
    label: bool
    source: str  # "gva", "bbc" or "hard"
    category: str  # bbc category, hard-set category, or "gun violence"
    group: str

    @property
    def holdout(self) -> bool:
        """True when this example is kept out of training and threshold tuning."""
        return stable_bucket(self.group, HOLDOUT_MOD.get(self.source, 5)) == 0


def _lines(path: Path) -> Iterator[tuple[int, dict]]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror}") from exc
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(str(path), f"not JSON: {exc.msg}", number) from exc


def _files(path: Path, name: str) -> list[Path]:
    """`path` itself if it is a file, else its JSONL files (sorted, for determinism)."""
    if path.is_file():
        return [path]
    found = sorted(path.glob("*.jsonl"))
    if name and (path / name).is_file():
        found = [path / name]
    if not found:
        raise InputError(str(path), f"no {name or '*.jsonl'} here")
    return found


def read_gva(path: str | Path) -> list[Example]:
    """Positives: gva-dev articles (a folder with articles.jsonl, or the file), by incident."""
    out = []
    for file in _files(Path(path), "articles.jsonl"):
        for number, row in _lines(file):
            if "incident_id" not in row or "text" not in row:
                raise InputError(str(file), "needs incident_id and text", number)
            out.append(Example(str(row.get("article_id", f"{file.name}:{number}")),
                               row.get("title") or "", row["text"], True, "gva",
                               "gun violence", f"gva:{row['incident_id']}"))
    return out


def read_negatives(path: str | Path) -> list[Example]:
    """Negatives: ordinary news (negatives-dev: a folder of JSONL files, or one file)."""
    out = []
    for file in _files(Path(path), ""):
        for number, row in _lines(file):
            if "text" not in row:
                raise InputError(str(file), "needs text", number)
            article_id = str(row.get("article_id", f"{file.name}:{number}"))
            out.append(Example(article_id, row.get("title") or "", row["text"], False, "bbc",
                               row.get("category") or "news", f"bbc:{article_id}"))
    return out


def read_labelled(path: str | Path) -> list[Example]:
    """The hand-written hard set: JSONL of {id, title, text, label, category, group}."""
    out = []
    for file in _files(Path(path), ""):
        for number, row in _lines(file):
            if not isinstance(row.get("label"), bool) or "text" not in row:
                raise InputError(str(file), 'needs "text" and "label": true|false', number)
            # Articles written from one template share a group, so a template is either
            # wholly trained on or wholly held out: held-out figures then measure wording
            # the model has never seen, not new names in familiar sentences.
            group = row.get("group") or row.get("id") or f"{file.name}:{number}"
            out.append(Example(str(row.get("id", f"{file.name}:{number}")),
                               row.get("title") or "", row["text"], row["label"], "hard",
                               row.get("category") or "other", f"hard:{group}"))
    return out
