"""The word lists of casefile's rules, loaded once from casefile/data/lexicon.json."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def lexicon() -> dict[str, Any]:
    """The whole lexicon, keyed by category."""
    text = resources.files("casefile.data").joinpath("lexicon.json").read_text("utf-8")
    return json.loads(text)


@cache
def words(category: str) -> frozenset[str]:
    """The set of words of one flat category, e.g. words('victim_nouns')."""
    return frozenset(lexicon()[category])


@cache
def methods() -> dict[str, frozenset[str]]:
    """Method name -> the words that signal it."""
    return {name: frozenset(ws) for name, ws in lexicon()["methods"].items()}
