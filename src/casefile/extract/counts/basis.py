"""Where the killed and injured counts came from, and the text that supports them.

`counts.killed_injured` decides the numbers from the sources `counts.count_sources`
finds; this module says which of those same sources gives the number decided: a number the
article states (its sentence is the evidence), the headline's number (the title is not in
the text, so no span), the people found with that harm (their mentions), or a sum of several
("inferred"). Kept apart from the decision so that the decision can change without the
evidence falling out of step: whatever the numbers are, the source that gives them is
looked up among the sources.

merge weighs each report's count by its basis (a stated number over people counted).
"""

from __future__ import annotations

from spacy.tokens import Doc

from casefile.extract.counts import CountSources, Statement
from casefile.extract.evidence import EvidenceBank
from casefile.extract.tokens import tokens_of
from casefile.models import CountBasis, Participant


def _sentence_ids(doc: Doc, found: list[Statement], bank: EvidenceBank) -> list[str]:
    """The evidence ids of the sentences the statements are in, each once, in text order."""
    table = tokens_of(doc)
    ids: list[str] = []
    for s in found:
        start, end = table.sent_bounds[table.sent_index(s.start)]
        ev = bank.add(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        if ev not in ids:
            ids.append(ev)
    return ids


def _people_ids(people: list[Participant], status: str) -> list[str]:
    """The evidence of each person's harm: the event's own, else their first mention."""
    ids: list[str] = []
    for p in people:
        event = next((e for e in p.events if e.type == status and e.evidence), None)
        for ev in event.evidence if event else p.evidence[:1]:
            if ev not in ids:
                ids.append(ev)
    return ids


def count_basis(doc: Doc, sources: CountSources, killed: int, injured: int, bank: EvidenceBank
                ) -> tuple[tuple[CountBasis, list[str]], tuple[CountBasis, list[str]]]:
    """(basis, evidence ids) of the killed count and of the injured count.

    A number is "text" when a statement of the article's incident gives it, "title" when
    only the headline does, "people" when the victims and suspects with that harm are that
    many, "inferred" when none gives it alone (people shot less those killed), and "none"
    for a zero nothing states.
    """
    found, head, floor, counted = sources.found, sources.head, sources.floor, sources.counted
    people = {"killed": sources.people_killed, "injured": sources.people_injured}
    out: list[tuple[CountBasis, list[str]]] = []
    for kind, value in (("killed", killed), ("injured", injured)):
        if value == 0:
            out.append(("none", []))
            continue
        said = [s for s in found if s.kind == kind and s.n == value]
        if kind == "injured":  # "five were shot, two of them fatally": three hurt
            said += [s for s in found if s.kind == "shot" and s.n - killed == value]
        harmed = [p for p in counted if kind in p.status]
        evidence = _sentence_ids(doc, sorted(said, key=lambda s: s.start), bank)
        basis: CountBasis
        if said:
            basis = "text"
        elif value in (getattr(head, kind), getattr(floor, kind)) or (
                kind == "injured" and value == head.shot - killed):
            basis = "title"
        elif people[kind] == value:
            basis = "people"
            evidence = _people_ids(harmed, kind)
        else:
            basis = "inferred"
            evidence = _people_ids(harmed, kind)
        out.append((basis, evidence))
    return out[0], out[1]
