"""rolemodel: a small learned second opinion on a person's role, harm and arrest.

The rules of casefile.extract.roles decide a role only where the grammar gives a cue; a
named person without one stays "other". This model reads every mention of a person (the
dependency label and head of each, the words around it, titles, the rules' own cues) and
gives probabilities for role (victim, suspect, other), harm (killed, injured, unharmed)
and arrested. It was trained on gva-dev with the GVA records as distant supervision
(docs/rolemodel.md); `python -m casefile.extract.rolemodel.train` rebuilds it.

    from casefile.extract.rolemodel import predict
    prediction = predict(doc, person, cues)   # cues: the rules' Cue list, or None
    prediction.role_probs["victim"], prediction.harm, prediction.arrested
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from spacy.tokens import Doc

from casefile.extract.people import Person
from casefile.extract.rolemodel.features import person_cues, person_features, vectorise
from casefile.extract.rolemodel.model import HARMS, ROLES, Prediction, RoleModel
from casefile.extract.roles import Cue, denied
from casefile.lexicons import words

__all__ = ["ARREST_THRESHOLD", "DEMOTE_THRESHOLD", "HARMS", "ROLES", "ROLE_THRESHOLD", "Prediction", "RoleModel",
           "final_role", "final_statuses", "has_strong_role_cue", "person_cues",
           "person_features", "predict", "predicting_with"]

# The integration rule chosen on out-of-fold tune predictions (docs/rolemodel.md): a named
# person takes the model's most likely role when its probability is at least
# ROLE_THRESHOLD, except that a rules victim/suspect becomes "other" only at
# DEMOTE_THRESHOLD; another rules role (official, relative...) is kept when the model says
# "other". ROLE_THRESHOLD is 0: the most likely of three roles is always worth taking (a
# 0.5 floor left the rules' "other" on people the model found likelier a victim or a
# suspect, and cost names F1 0.4-0.6 out of fold).
ROLE_THRESHOLD = 0.0
DEMOTE_THRESHOLD = 0.65
ARREST_THRESHOLD = 0.5
_SCORED = ("victim", "suspect")
_LEGAL = ("arrested", "charged", "convicted")


def has_strong_role_cue(cues: Sequence[Cue]) -> bool:
    """Whether the rules saw a strong victim or suspect cue (they are then trusted)."""
    return any(c.kind == "role" and c.strong and c.value in ("victim", "suspect") for c in cues)


Provider = Callable[[Doc, Person, Sequence[Cue] | None], Prediction]
_provider: ContextVar[Provider | None] = ContextVar("rolemodel_provider", default=None)


@contextmanager
def predicting_with(provider: Provider) -> Iterator[None]:
    """Within the block, `predict` (without an explicit model) answers with `provider`.

    Training uses it to run the pipeline with the rules alone (a provider that raises
    ModelError) and to simulate the integration with out-of-fold predictions.
    """
    token = _provider.set(provider)
    try:
        yield
    finally:
        _provider.reset(token)


def predict(doc: Doc, person: Person, cues: Sequence[Cue] | None = None,
            model: RoleModel | None = None) -> Prediction:
    """The shipped (or given) model's role, harm and arrest probabilities for one person.

    `cues` are the rules' cues of the person (as analyse_people gathers them); None
    gathers them again. Raises ModelError when the shipped weights are missing.
    """
    provider = _provider.get()
    if model is None and provider is not None:
        return provider(doc, person, cues)
    model = model or RoleModel.load()
    index, value = vectorise(person_features(doc, person, cues))
    return model.predict_vector(index, value)


def final_role(rules_role: str, prediction: Prediction, threshold: float = ROLE_THRESHOLD,
               demote: float = DEMOTE_THRESHOLD, strong: bool = True) -> str:
    """The role of a named person once the model's opinion is merged with the rules'.

    The model says whether the person took part (its role head does not read the rules'
    cues, features.ROLE_BLIND); where the rules' cue is `strong`, they say which side the
    person was on: a rules victim stays a victim where the model would make them the
    suspect, and the other way round. On the challenge set the model's swaps over strong
    cues cost strict F1 2.1 (docs/rolemodel.md, "Role-blind cues").
    """
    best = prediction.role
    p = prediction.role_probs[best]
    if best == "other":
        return "other" if rules_role in _SCORED and p >= demote else rules_role
    if rules_role in _SCORED and strong:
        return rules_role
    return best if p >= threshold else rules_role


def told_alive(cue: Cue) -> bool:
    """Whether an injury cue's words say the person lived: "was wounded", "was treated for
    gunshot wounds", "was shot but survived" (not "did not survive", nor "a gunshot wound":
    the dead have wounds too)."""
    tok = cue.token
    for t in (tok, *(c for c in tok.children if c.dep_ == "conj")):
        if t.pos_ != "NOUN" and t.lemma_.lower() in words("survival_words") and not any(
                c.dep_ == "neg" for c in t.children):
            return True
    return False


HARMED = frozenset(HARMS) - {"unharmed"}  # the harms a person suffers


def told_held(cue: Cue) -> bool:
    """Whether a legal cue is the name's own and strong: "Doe was arrested Sunday", "Doe is
    in custody" (not a pronoun's, nor one read from a sentence that only names them)."""
    return cue.strong and cue.mention.kind == "name"


def told_unharmed(cue: Cue) -> bool:
    """Whether an unharmed cue is a verb of harm denied of the person: "Doe was not hurt",
    "wasn't hit" (not a sentence's "no one else was injured", which may be of others)."""
    return cue.token.pos_ == "VERB" and denied(cue.token)


def told_hurt(cue: Cue) -> bool:
    """Whether an injury cue is the name's own passive: "Doe was shot by his grandfather",
    "Doe was also struck" (not a pronoun's or a description's, which may be another's)."""
    return cue.mention.kind == "name" and cue.mention.root.dep_ == "nsubjpass"


def final_statuses(statuses: dict[str, Cue], person: Person, role: str,
                   prediction: Prediction) -> dict[str, Cue]:
    """The statuses of a named victim/suspect with the model's harm and (missing) arrest.

    Harm (killed/injured/unharmed) is the model's; a harm the rules also found keeps
    their cue (and so their evidence), a new one points at the person's first name
    mention. "arrested" is added when the model says so and the rules found no arrest,
    charge or conviction; the rules' legal statuses are kept, except for a person the
    model finds killed and not arrested. The text overrules the model's harm where it
    says the person lived: wounded or treated (told_alive), not hurt (told_unharmed), shot
    by name (told_hurt), or arrested or held by name (told_held: "Police arrested Jo Doe"
    is no death the model may guess; out of fold on tune, strict F1 +0.2). Other roles keep
    the rules' statuses unchanged.
    """
    if role not in _SCORED:
        return statuses
    harm = prediction.harm
    if harm == "killed" and "killed" not in statuses and "injured" in statuses \
            and told_alive(statuses["injured"]):
        # The model learnt the archive's deaths, some of them after the report; a text
        # that says the person was wounded, treated or survived is kept to.
        harm = "injured"
    if harm == "killed" and "killed" not in statuses and any(
            k in statuses and told_held(statuses[k]) for k in _LEGAL):
        # "Doe is in custody", "Doe was arrested Sunday": the text holds the person alive
        harm = "injured" if "injured" in statuses else "unharmed"
    if harm != "unharmed" and not HARMED & statuses.keys() and "unharmed" in statuses \
            and told_unharmed(statuses["unharmed"]):
        harm = "unharmed"  # "Doe was not hurt": the text's denial over the model's guess
    if harm == "unharmed" and "injured" in statuses and told_hurt(statuses["injured"]):
        # "Doe was also shot": the model, which learnt that suspects are mostly unharmed,
        # does not overrule the name's own passive of harm
        harm = "injured"
    out = {k: c for k, c in statuses.items() if k not in HARMS}
    anchor = min(person.names or person.mentions, key=lambda m: m.start)
    if harm != "unharmed":
        cue = statuses.get(harm) or Cue("status", harm, anchor, anchor.root, strong=False)
        out = {harm: cue, **out}
    elif "unharmed" in statuses:
        out = {"unharmed": statuses["unharmed"], **out}
    if harm == "killed" and prediction.arrested < ARREST_THRESHOLD:
        # The dead were rarely arrested in the incident: an arrest or charge near their
        # name is mostly their past or someone else's.
        out = {k: c for k, c in out.items() if k not in _LEGAL}
    elif prediction.arrested >= ARREST_THRESHOLD and not any(k in out for k in _LEGAL):
        out["arrested"] = Cue("status", "arrested", anchor, anchor.root, strong=False)
    return out
