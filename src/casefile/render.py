"""A readable case file of one record: the facts, the people, and the sentences they came from."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable

from casefile.models import Article, Evidence, Participant, Record

WIDTH = 88
_MAX_SENTENCE = 320  # characters of context around a span; longer sentences are cut
_SENTENCE_END = re.compile(r"([.!?][\"'”’)]*)\s+|\n")  # the closing quote stays with its sentence


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int, bool, bool]:
    """The sentence (or line) around [start, end), cut to a readable length: left, right, and
    whether each side was cut inside the sentence."""
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    # From the span's last character: a span that ends its sentence keeps to that sentence.
    after = _SENTENCE_END.search(text, max(start, end - 1))
    right = (after.end(1) if after.group(1) else after.start()) if after else len(text)
    # Widening only adds context; a run-on "sentence" (tables, lists) is cut back near the
    # span, at a word boundary.
    cut_left, cut_right = left < start - _MAX_SENTENCE // 2, right > end + _MAX_SENTENCE // 2
    if cut_left:
        left = start - _MAX_SENTENCE // 2
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if cut_right:
        right = end + _MAX_SENTENCE // 2
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    return left, right, cut_left, cut_right


class _Evidence:
    """Looks up evidence ids and shows them as the sentences they sit in, spans in [brackets]."""

    def __init__(self, record: Record, article: Article):
        self.items = record.evidence
        self.article = article

    def _in_text(self, ev: Evidence) -> bool:
        # Spans of another article (merged records) cannot be widened with this article's text.
        return (ev.article == self.article.id
                and self.article.text[ev.start:ev.end] == ev.text)

    def sentences(self, ids: Iterable[str]) -> list[str]:
        """One quoted line per distinct sentence that the evidence ids point into, in text order."""
        groups: dict[tuple[int, int, bool, bool], list[tuple[int, int]]] = {}
        loose: list[str] = []
        for ev_id in dict.fromkeys(ids):
            ev = self.items.get(ev_id)
            if ev is None:
                loose.append(f"({ev_id}: evidence missing from the record)")
            elif self._in_text(ev) and ev.text.strip():
                # Brackets go round the words, not the spaces a span may carry at its edges.
                start = ev.start + len(ev.text) - len(ev.text.lstrip())
                end = ev.end - len(ev.text) + len(ev.text.rstrip())
                bounds = _sentence_bounds(self.article.text, start, end)
                groups.setdefault(bounds, []).append((start, end))
            else:
                loose.append(f"“{ev.text}”")
        lines = [self._mark(bounds, spans) for bounds, spans in sorted(groups.items())]
        return lines + loose

    def _mark(self, bounds: tuple[int, int, bool, bool], spans: list[tuple[int, int]]) -> str:
        left, right, cut_left, cut_right = bounds
        text = self.article.text
        out, pos = [], left
        for start, end in _merge(spans):
            out.append(text[pos:start])
            out.append(f"[{text[max(start, pos):end]}]")
            pos = max(pos, end)
        out.append(text[pos:right])
        body = " ".join("".join(out).split())  # line breaks inside a quote only hinder reading
        prefix, suffix = ("…" if cut_left else ""), ("…" if cut_right else "")
        return f"“{prefix}{body}{suffix}”"


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans joined, sorted, so each piece of text is bracketed once."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _wrap(text: str, indent: int, hang: int = 0) -> list[str]:
    """Lines of text wrapped to the width, indented, continuation lines indented by `hang` more."""
    return textwrap.wrap(text, WIDTH, initial_indent=" " * indent,
                         subsequent_indent=" " * (indent + hang),
                         break_long_words=False, break_on_hyphens=False) or [" " * indent]


def _who(person: Participant) -> str:
    return person.name or person.description or f"unnamed person {person.id}"


# How the case file says where a count came from (Record.killed_basis, injured_basis).
_BASIS = {"text": "stated", "title": "from the headline", "people": "people counted",
          "inferred": "worked out from several numbers", "none": ""}


def _heading(title: str) -> list[str]:
    return ["", title, "-" * len(title)]


class _CaseFile:
    """Builds the case file line by line."""

    def __init__(self, record: Record, article: Article):
        self.record = record
        self.article = article
        self.evidence = _Evidence(record, article)
        self.people = {p.id: p for p in record.participants}
        self.lines: list[str] = []

    def add(self, text: str, indent: int = 0, hang: int = 0) -> None:
        self.lines.extend(_wrap(text, indent, hang))

    def cite(self, ids: Iterable[str], indent: int) -> None:
        for sentence in self.evidence.sentences(ids):
            self.add(sentence, indent, 1)

    def name(self, participant_id: str | None) -> str:
        if participant_id is None:
            return "unknown speaker"
        person = self.people.get(participant_id)
        return f"{_who(person)} ({participant_id})" if person else participant_id

    def build(self) -> str:
        self.header()
        self.incident()
        self.participants()
        self.quotes()
        self.conflicts()
        return "\n".join(line.rstrip() for line in self.lines) + "\n"

    def header(self) -> None:
        r, a = self.record, self.article
        title = r.title or a.title or "(untitled)"
        self.lines += [title, "=" * min(len(title), WIDTH)]
        facts = [f"case {r.id}", f"article {a.id}"]
        if r.published or a.published:
            facts.append(f"published {r.published or a.published}")
        self.add(" · ".join(facts))
        if r.url or a.url:
            self.add(str(r.url or a.url))
        if a.source and a.source != (r.url or a.url):
            self.add(f"read from {a.source}")
        if not r.relevant:
            self.add(f"Not a report of a violent incident (relevance {r.relevance:.2f}).")

    def incident(self) -> None:
        r = self.record
        self.lines += _heading("Incident")
        kind = r.incident_type
        others = [m for m in r.methods if m != kind]
        self.add(f"Type:     {kind}" + (f" (also {', '.join(others)})" if others else ""), 2, 10)
        date = r.date or "unknown"
        said = f" (“{r.date_text}”)" if r.date_text else ""
        if r.date_basis == "published":
            said = " (guessed from the publication day: the text dates nothing)"
        self.add(f"Date:     {date}{said}", 2, 10)
        self.cite(r.date_evidence, 12)
        loc = r.location
        if loc is None:
            self.add("Place:    unknown", 2, 10)
        else:
            parts = [p for p in (loc.place, loc.city, loc.region, loc.country) if p]
            detail = f" ({', '.join(dict.fromkeys(parts))})" if parts else ""
            self.add(f"Place:    {loc.text}{detail}", 2, 10)
            self.cite(loc.evidence, 12)
        for label, count, basis, ids in (("Killed:  ", r.killed, r.killed_basis, r.killed_evidence),
                                         ("Injured: ", r.injured, r.injured_basis, r.injured_evidence)):
            self.add(f"{label} {count}" + (f" ({_BASIS[basis]})" if basis != "none" else ""), 2, 10)
            if basis == "text":  # people counted are cited under People
                self.cite(ids, 12)

    def participants(self) -> None:
        people = self.record.participants
        self.lines += _heading(f"People ({len(people)})")
        if not people:
            self.add("none found", 2)
        for person in people:
            self.person(person)

    def person(self, p: Participant) -> None:
        facts: list[str] = [p.role]
        if p.gender:
            facts.append(p.gender)
        if p.age is not None:
            facts.append(f"age {p.age}")
        self.lines.append("")
        self.add(f"{p.id}  {_who(p)} — {', '.join(facts)}", 2, 4)
        if p.name and p.description:
            self.add(f"described as: {p.description}", 6, 2)
        if p.aliases:
            self.add(f"also called: {', '.join(p.aliases)}", 6, 2)
        if p.status:
            self.add(f"status: {', '.join(p.status)}", 6, 2)
        shown: set[str] = set()
        for event in p.events:
            self.add(f"{event.type}" + (f" on {event.date}" if event.date else ""), 6, 2)
            self.cite(event.evidence, 8)
            shown.update(event.evidence)
        rest = [ev for ev in p.evidence if ev not in shown]
        if rest:
            self.add("mentioned in:", 6)
            self.cite(rest, 8)

    def quotes(self) -> None:
        quotes = self.record.quotes
        if not quotes:
            return
        self.lines += _heading(f"Quotes ({len(quotes)})")
        for quote in quotes:
            self.lines.append("")
            self.add(f"{self.name(quote.speaker)}: “{quote.text}”", 2, 4)
            # The attribution ("…, said Det Insp Smith") is worth showing; the quote again is not.
            said = " ".join(quote.text.split())
            for sentence in self.evidence.sentences(quote.evidence):
                if said not in sentence.replace("[", "").replace("]", ""):
                    self.add(sentence, 6, 1)

    def conflicts(self) -> None:
        conflicts = self.record.conflicts
        if not conflicts:
            return
        self.lines += _heading(f"Conflicts ({len(conflicts)})")
        for conflict in conflicts:
            who = self.name(conflict.participant) if conflict.participant else "incident"
            how = "spelled differently" if conflict.kind == "spelling" else "different values"
            self.lines.append("")
            self.add(f"{who} — {conflict.field}, {how}:", 2, 4)
            for value in conflict.values:
                self.add(f"{value.value!r}" if isinstance(value.value, str) else str(value.value),
                         6, 2)
                self.cite(value.evidence, 8)


def render_text(record: Record, article: Article) -> str:
    """The record as a plain-text case file, each fact followed by the sentences it came from."""
    return _CaseFile(record, article).build()
