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


@cache
def date_words() -> dict[str, Any]:
    """The words of date expressions, keyed by kind, from casefile/data/dates.json (read by
    the dates stage, and for months by rules outside it)."""
    text = resources.files("casefile.data").joinpath("dates.json").read_text("utf-8")
    return json.loads(text)


@cache
def month_words() -> frozenset[str]:
    """Month names and their abbreviations, lower case ("december", "dec"), for rules
    outside the dates stage that must tell a day of a month from a number of people ("shot
    Dec. 30")."""
    return frozenset(date_words()["months"])
