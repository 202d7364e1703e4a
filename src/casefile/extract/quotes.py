"""Quotations and who said them."""

from __future__ import annotations

import re

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from casefile.extract.evidence import EvidenceBank
from casefile.extract.participants import Analysed
from casefile.extract.pipeline import text_of
from casefile.extract.roles import word_role
from casefile.extract.tokens import tokens_of
from casefile.lexicons import words
from casefile.models import Quote

# An opening quote mark up to its closing mark or the end of the paragraph: news style
# leaves a quote that runs on to the next paragraph unclosed.
_QUOTE = re.compile(r"[“\"]([^“”\"\n]{12,}?)(?:[”\"]|(?=\n))")


def _speech_subject(tok_range: list[Token]) -> Token | None:
    """The subject of a speech verb ("X said", "said X") among the given tokens."""
    speech = words("speech_verbs")
    for tok in tok_range:
        if tok.lemma_ in speech and tok.pos_ in ("VERB", "AUX"):
            for c in tok.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    return c
        if tok.lower_ == "according" and tok.i + 2 < len(tok.doc):
            pobj = [c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"]
            if pobj:
                return pobj[0]
    return None


def _participant_of(tok: Token, analysed: Analysed) -> str | None:
    for person in analysed.people:
        for m in person.mentions:
            if m.span.start <= tok.i < m.span.end or any(
                    c.i in range(m.span.start, m.span.end) for c in tok.children
                    if c.dep_ in ("compound", "appos")):
                pid = analysed.person_of.get(id(m))
                if pid:
                    return pid
    return None


def _only_one_with_role(noun: Token, analysed: Analysed) -> str | None:
    """The one participant with the role a speaker's noun gives ("lawyer", "mother",
    "witness"), when there is only one such: the description that spoke was not joined
    to them. Victims and suspects are left out: a quote is rarely theirs and there are
    often several."""
    role = word_role(noun.lemma_) or word_role(noun.lower_)
    if role not in ("lawyer", "official", "relative", "witness"):
        return None
    found = [p.id for p in analysed.participants if p.role == role]
    return found[0] if len(found) == 1 else None


def find_quotes(doc: Doc, analysed: Analysed, bank: EvidenceBank) -> list[Quote]:
    """Every quotation with its speaker (a participant id) where the text says who spoke."""
    quotes: list[Quote] = []
    table = tokens_of(doc)
    idx = table.column(IDX)
    speech = words("speech_verbs")

    def may_speak(i: int) -> bool:
        """Whether _speech_subject could stop at the word: the others it passes over."""
        return table.lemma[i] in speech and table.pos[i] in ("VERB", "AUX") \
            or table.lower[i] == "according"

    last_speaker: str | None = None
    last_run_on = False
    for hit in _QUOTE.finditer(text_of(doc)):
        start, end = hit.span(1)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(hit.group(1).split()) < 3:
            continue
        sents = {span[0].sent.start, span[-1].sent.start}
        # A speech verb right before or after the quote.
        para_start = text_of(doc).rfind("\n", 0, hit.start()) + 1
        para_end = text_of(doc).find("\n", hit.end())
        para_end = len(text_of(doc)) if para_end < 0 else para_end
        near: list[int] = []  # the words of the quote's sentences and paragraph outside it
        for s in (doc[i].sent for i in sorted(sents)):  # text order, so the speaker is stable
            near.extend(i for i in range(s.start, s.end)
                        if not (start <= idx[i] < end) and para_start <= idx[i] < para_end)
        subject = _speech_subject([doc[i] for i in near if may_speak(i)])
        speaker = _participant_of(subject, analysed) if subject is not None else None
        if speaker is None and subject is not None and subject.lower_ in ("he", "she"):
            person = analysed.pronouns.get(next(
                (id(m) for p in analysed.people for m in p.mentions
                 if m.kind == "pron" and m.span.start == subject.i), 0))
            if person is not None:
                speaker = next((analysed.person_of.get(id(m)) for m in person.mentions
                                if id(m) in analysed.person_of), None)
        if speaker is None and subject is not None and subject.pos_ == "NOUN":
            speaker = _only_one_with_role(subject, analysed)  # "the family's lawyer said"
        if speaker is None and subject is None and last_run_on and hit.start() == para_start:
            speaker = last_speaker  # a run-on quote: the next paragraph opens with a quote mark
        quotes.append(Quote(speaker=speaker, text=hit.group(1).strip(),
                            evidence=[bank.add(start, end)]))
        last_speaker = speaker
        last_run_on = text_of(doc)[hit.end() - 1] not in "”\""
    return quotes
