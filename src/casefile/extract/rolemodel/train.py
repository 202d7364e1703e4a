"""Train the role model on gva-dev with the GVA records as distant supervision.

Run:  python -m casefile.extract.rolemodel.train --gold ../shared/data/gva-dev \\
          --out src/casefile/data/rolemodel [--cache /tmp/rolemodel] [--holdout]

Labels: every named person the rules find in a tune article is matched by surname to the
named GVA participants of its incident (casefile.eval.score.match_people); a match is a
victim or suspect with GVA's harm and arrest, no match is "other" (officials, relatives,
reporters, people of other stories). Training sees the tune split only; `--holdout`
measures the shipped model on the held-out split once it is trained.

Deterministic: full-batch Adam from zero weights, folds by a stable hash of the incident.
"""

from __future__ import annotations

import argparse
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from casefile.adam import Adam
from casefile.extract.rolemodel.features import (
    N_FEATURES,
    person_cues,
    person_features,
    role_blind_buckets,
    vectorise,
)
from casefile.extract.rolemodel.model import HARMS, N_OUT, ROLES, RoleModel, sigmoid, softmax

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from casefile.eval.gold import GoldIncident
    from casefile.models import Article, Record

_R, _H = len(ROLES), len(HARMS)


@dataclass
class Example:
    """One named person of one article, with its distant label."""

    features: list[str]
    group: str  # the incident, for grouped folds
    role: str  # victim, suspect or other
    harm: str | None = None  # killed, injured, unharmed; None when unknown
    arrested: bool | None = None
    strong_cue: bool = False  # the rules saw a strong victim/suspect cue
    key: tuple[str, str] = ("", "")  # (article id, participant id)
    person: tuple = ()  # person_key: finds the person again in another run of the rules
    locked: bool = False  # a suspect the text says was arrested/charged: participants keeps the role


@dataclass(frozen=True)
class Settings:
    """Training knobs; the defaults are the ones the shipped model was trained with."""

    epochs: int = 300
    learning_rate: float = 0.05
    l2: float = 1e-4
    folds: int = 5


@dataclass
class Matrix:
    """Rows of hashed features in CSR-like arrays, so full-batch steps are vectorised."""

    n: int = 0
    rows: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    indices: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    values: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float64))

    @classmethod
    def of(cls, feature_lists: Sequence[Sequence[str]]) -> Matrix:
        rows, indices, values = [], [], []
        for row, feats in enumerate(feature_lists):
            index, value = vectorise(feats)
            rows.append(np.full(index.size, row, dtype=np.int64))
            indices.append(index)
            values.append(value.astype(np.float64))
        if not rows:
            return cls()
        return cls(len(feature_lists), np.concatenate(rows), np.concatenate(indices),
                   np.concatenate(values))

    def subset(self, keep: np.ndarray) -> Matrix:
        renumber = np.cumsum(keep) - 1
        mask = keep[self.rows]
        return Matrix(int(keep.sum()), renumber[self.rows[mask]], self.indices[mask],
                      self.values[mask])

    def dot(self, weights: np.ndarray) -> np.ndarray:
        """(n, k) = X @ W for W of shape (N_FEATURES, k)."""
        contrib = weights[self.indices] * self.values[:, None]
        return np.stack([np.bincount(self.rows, weights=contrib[:, j], minlength=self.n)
                         for j in range(weights.shape[1])], axis=1)

    def grad(self, per_row: np.ndarray) -> np.ndarray:
        """(N_FEATURES, k) = X.T @ G for G of shape (n, k)."""
        contrib = per_row[self.rows] * self.values[:, None]
        return np.stack([np.bincount(self.indices, weights=contrib[:, j], minlength=N_FEATURES)
                         for j in range(per_row.shape[1])], axis=1)


def _targets(examples: Sequence[Example]) -> tuple[np.ndarray, ...]:
    """One-hot role, one-hot harm (+ mask), arrested (+ mask)."""
    n = len(examples)
    role = np.zeros((n, _R))
    harm = np.zeros((n, _H))
    harm_mask = np.zeros(n)
    arrest = np.zeros(n)
    arrest_mask = np.zeros(n)
    for i, e in enumerate(examples):
        role[i, ROLES.index(e.role)] = 1.0
        if e.harm is not None:
            harm[i, HARMS.index(e.harm)] = 1.0
            harm_mask[i] = 1.0
        if e.arrested is not None:
            arrest[i] = float(e.arrested)
            arrest_mask[i] = 1.0
    return role, harm, harm_mask, arrest, arrest_mask


def _fit(matrix: Matrix, examples: Sequence[Example],
         settings: Settings) -> tuple[np.ndarray, np.ndarray]:
    """The three heads by full-batch Adam on their mean log-losses plus L2 (no randomness).

    The role head's weights on the ROLE_BLIND features stay zero (features.ROLE_BLIND).
    """
    role, harm, harm_mask, arrest, arrest_mask = _targets(examples)
    blind = role_blind_buckets(e.features for e in examples)
    n_role = max(1.0, float(len(examples)))
    n_harm = max(1.0, harm_mask.sum())
    n_arrest = max(1.0, arrest_mask.sum())
    adam = Adam(np.zeros((N_FEATURES, N_OUT)), np.zeros(N_OUT), settings.learning_rate)
    for _ in range(settings.epochs):
        z = matrix.dot(adam.weights) + adam.bias
        error = np.zeros_like(z)
        error[:, :_R] = (softmax(z[:, :_R]) - role) / n_role
        error[:, _R:_R + _H] = (softmax(z[:, _R:_R + _H]) - harm) * harm_mask[:, None] / n_harm
        error[:, -1] = (sigmoid(z[:, -1]) - arrest) * arrest_mask / n_arrest
        grad = matrix.grad(error) + settings.l2 * adam.weights
        grad[blind, :_R] = 0.0  # from zero weights and zero gradient, they stay zero
        adam.step(grad, error.sum(axis=0))
    weights, bias = adam.weights, adam.bias
    return weights, bias


def fit(examples: Sequence[Example], settings: Settings = Settings()) -> RoleModel:
    """A model trained on `examples`."""
    if not examples:
        raise ValueError("training needs at least one example")
    weights, bias = _fit(Matrix.of([e.features for e in examples]), examples, settings)
    return RoleModel(weights.astype(np.float32), bias,
                     {"settings": settings.__dict__, "trained_on": len(examples)})


def fold_of(group: str, folds: int) -> int:
    # A different salt from the holdout rule, so folds cut across it evenly.
    return int(hashlib.sha1(f"rolemodel-fold:{group}".encode()).hexdigest()[:8], 16) % folds


def out_of_fold(examples: Sequence[Example], settings: Settings) -> np.ndarray:
    """Each example's logits (n, N_OUT) from a model trained on the other folds."""
    matrix = Matrix.of([e.features for e in examples])
    fold = np.array([fold_of(e.group, settings.folds) for e in examples])
    logits = np.zeros((len(examples), N_OUT))
    for k in range(settings.folds):
        train_mask = fold != k
        if not train_mask.any() or train_mask.all():
            continue
        part = [e for e, keep in zip(examples, train_mask) if keep]
        weights, bias = _fit(matrix.subset(train_mask), part, settings)
        logits[~train_mask] = matrix.subset(~train_mask).dot(weights) + bias
    return logits


def probabilities(logits: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Role probabilities (n, 3), harm probabilities (n, 3), arrested (n,)."""
    return (softmax(logits[:, :_R]), softmax(logits[:, _R:_R + _H]), sigmoid(logits[:, -1]))


def per_class(examples: Sequence[Example], logits: np.ndarray) -> dict:
    """Precision and recall per class of each head, and the log-loss of the role head."""
    role_p, harm_p, arrest_p = probabilities(logits)
    out: dict = {}
    gold_role = np.array([ROLES.index(e.role) for e in examples])
    pred_role = role_p.argmax(axis=1)
    out["role"] = _prf_table(ROLES, gold_role, pred_role)
    out["role_logloss"] = float(-np.log(role_p[np.arange(len(examples)), gold_role] + 1e-12).mean())
    known = np.array([e.harm is not None for e in examples])
    gold_harm = np.array([HARMS.index(e.harm) if e.harm else 0 for e in examples])
    out["harm"] = _prf_table(HARMS, gold_harm[known], harm_p.argmax(axis=1)[known])
    known_a = np.array([e.arrested is not None for e in examples])
    gold_a = np.array([bool(e.arrested) for e in examples])[known_a]
    pred_a = arrest_p[known_a] >= 0.5
    out["arrested"] = _prf_table(("no", "yes"), gold_a.astype(int), pred_a.astype(int))
    return out


def _prf_table(names: Sequence[str], gold: np.ndarray, pred: np.ndarray) -> dict:
    table: dict[str, Any] = {}
    for k, name in enumerate(names):
        tp = int(((pred == k) & (gold == k)).sum())
        predicted, actual = int((pred == k).sum()), int((gold == k).sum())
        table[name] = {"precision": tp / predicted if predicted else None,
                       "recall": tp / actual if actual else None, "n": actual}
    table["accuracy"] = float((gold == pred).mean()) if len(gold) else None
    return table


# ---------------------------------------------------------------------------------------
# Examples from gold data (needs the spaCy pipeline; the simulation needs casefile.eval).


@dataclass
class ArticleRun:
    """The rules' output for one article listing, and where its named people's rows are."""

    article: Article
    incident: GoldIncident
    record: Record  # the rules' own
    rows: dict[str, int] = field(default_factory=dict)  # participant id -> example row
    doc: Doc | None = None  # the parsed article
    relevant: bool = True


def _docs(articles: list, cache: Path | None, name: str) -> list:
    """The parsed Docs of `articles`, read from (or written to) a DocBin in `cache`."""
    from spacy.tokens import DocBin

    from casefile.extract.pipeline import load_nlp

    nlp = load_nlp()
    # the pipeline's components and the tokenizer's infixes and special cases in the key:
    # a new component (a parse repair), infix (a joined word split) or special case (a
    # title's norm) parses anew
    finder = getattr(nlp.tokenizer, "infix_finditer", None)
    infixes = getattr(getattr(finder, "__self__", None), "pattern", "")
    rules = sorted(getattr(nlp.tokenizer, "rules", None) or {})
    key = "\n".join([*nlp.pipe_names, str(infixes), *rules, *(a.id for a in articles)])
    digest = hashlib.sha1(key.encode()).hexdigest()[:10]
    path = cache / f"{name}-{digest}.spacy" if cache else None
    if path is not None and path.is_file():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        bin_ = DocBin(store_user_data=False)
        for doc in docs:
            bin_.add(doc)
        bin_.to_disk(path)
    return docs


def person_key(article_id: str, person) -> tuple[str, tuple[int, ...]]:
    """A named person of one article, the same in every run of the (deterministic) rules."""
    return article_id, tuple(sorted(m.start for m in person.names))


def build(gold_dir: str | Path, split: str, cache: Path | None = None,
          ids: str | None = None) -> tuple[list[Example], list[ArticleRun]]:
    """The examples and rules runs of one split of a gold directory (of its articles whose
    id matches the regular expression `ids`, where given).

    The pipeline runs with the rules alone (the model answers ModelError), and each named
    person's features are taken when analyse_people asks the model: exactly what the model
    sees in use, before later steps add mentions to the person.
    """
    from casefile.errors import ModelError
    from casefile.eval.gold import load_gold, select
    from casefile.eval.score import match_people
    from casefile.extract import reports_violence
    from casefile.extract.analyse import build_record
    from casefile.extract.evidence import EvidenceBank
    from casefile.extract.participants import analyse_people
    from casefile.extract.rolemodel import has_strong_role_cue, predicting_with
    from casefile.relevance import score

    gold = load_gold(gold_dir)
    listings = select(gold, split)
    if ids is not None:
        listings = [a for a in listings if re.fullmatch(ids, a.id)]
    unique: dict[str, Article] = {}
    for article in listings:
        unique.setdefault(article.id, article)
    articles = list(unique.values())
    docs = dict(zip((a.id for a in articles), _docs(articles, cache, split)))
    by_article: dict[str, list] = {}
    for article in listings:
        by_article.setdefault(article.id, []).append(gold.incidents[article.extra["incident_id"]])

    seen: dict[int, tuple[list[str], bool, bool]] = {}  # id(person) -> features, strong, legal

    def rules_alone(doc, person, cues):
        cues = list(cues) if cues is not None else person_cues(person)
        legal = any(c.strong and c.kind == "status" and c.value in _LEGAL for c in cues)
        seen[id(person)] = (person_features(doc, person, cues), has_strong_role_cue(cues), legal)
        raise ModelError("training: the rules alone")

    examples: list[Example] = []
    runs: list[ArticleRun] = []
    for article in articles:
        doc = docs[article.id]
        incidents = by_article[article.id]
        relevant = reports_violence(article.title, score(article.title, article.text))
        with predicting_with(rules_alone):
            record = build_record(doc, article)
        rows: dict[str, int] = {}
        if relevant:
            # build_record does not hand back the people: run the people stage again on a
            # fresh bank (the rules are deterministic, so ids line up).
            seen.clear()
            with predicting_with(rules_alone):
                analysed = analyse_people(doc, EvidenceBank(article.id, article.text),
                                          record.date, record.location)
            person_by_pid = {}
            for person in analysed.people:
                pid = next((analysed.person_of[id(m)] for m in person.mentions
                            if id(m) in analysed.person_of), None)
                if pid is not None and person.names and id(person) in seen:
                    person_by_pid[pid] = person
            named = [p for p in analysed.participants if p.name and p.id in person_by_pid]
            truth = [g for inc in incidents for g in inc.participants if g.name]
            neutral = [p.model_copy(update={"role": "other"}) for p in named]
            matched = dict(match_people(neutral, truth))
            for i, participant in enumerate(named):
                person = person_by_pid[participant.id]
                features, strong, legal = seen[id(person)]
                g = truth[matched[i]] if i in matched else None
                role = g.role if g is not None and g.role in ("victim", "suspect") else "other"
                rows[participant.id] = len(examples)
                examples.append(Example(
                    features=features,
                    group=incidents[0].incident_id,
                    role=role,
                    harm=g.harm if g is not None and role != "other" else None,
                    arrested=g.arrested if g is not None and g.harm is not None else None,
                    strong_cue=strong,
                    key=(article.id, participant.id),
                    person=person_key(article.id, person),
                    locked=legal and participant.role == "suspect"))
        else:
            record = record.model_copy(update={"participants": []})
        for incident in incidents:
            runs.append(ArticleRun(article, incident, record, rows, doc, relevant))
    return examples, runs


def simulate_pipeline(runs: Sequence[ArticleRun], examples: Sequence[Example],
                      logits: np.ndarray, records_out: Path | None = None) -> dict:
    """The real integration: build_record again with each person's (out-of-fold) prediction.

    Slower than `simulate` (the whole people stage runs again) but exact: participants.py
    merges the predictions with final_role/final_statuses and its own later steps.
    """
    from casefile.errors import ModelError
    from casefile.eval.report import _prf
    from casefile.eval.score import Counts, score_article
    from casefile.extract.analyse import build_record
    from casefile.extract.rolemodel import predicting_with
    from casefile.extract.rolemodel.model import Prediction

    role_p, harm_p, arrest_p = probabilities(logits)
    row_of = {e.person: i for i, e in enumerate(examples)}
    current = {"article": ""}

    def lookup(doc, person, cues):
        row = row_of.get(person_key(current["article"], person))
        if row is None:
            raise ModelError("no out-of-fold prediction for this person")
        return Prediction(dict(zip(ROLES, map(float, role_p[row]))),
                          dict(zip(HARMS, map(float, harm_p[row]))), float(arrest_p[row]))

    total = Counts()
    records: dict[str, Record] = {}
    for run in runs:
        article = run.article
        if article.id not in records:
            current["article"] = article.id
            assert run.doc is not None  # runs are made with their Doc (build)
            with predicting_with(lookup):
                record = build_record(run.doc, article)
            if not run.relevant:
                record = record.model_copy(update={"participants": []})
            records[article.id] = record
        total.add(score_article(article, run.incident, records[article.id]).counts)
    if records_out is not None:
        from casefile.eval.predictions import write_records

        write_records(records.values(), records_out)
    return _summary(total, _prf)


@dataclass(frozen=True)
class Rule:
    """How the model's output is merged into the rules' (the integration being simulated)."""

    name: str
    threshold: float = 0.5  # model role probability needed to override the rules
    demote: float | None = None  # ... to turn a rules victim/suspect into "other" (None: same)
    keep_strong: bool = True  # never override a strong victim/suspect cue of the rules
    # "rules": keep the rules' statuses; "fill": the model's where the rules have none;
    # "model": the model's always (for victims and suspects).
    harm: str = "rules"
    arrest: str = "rules"
    use_model: bool = True  # False: the rules alone, the baseline
    harm_override: float = 0.0  # model probability needed to replace a harm the rules found
    arrest_threshold: float = 0.5  # model probability needed to add "arrested"
    # the rules' arrested/charged/convicted go when the model's probability is below this
    # (only for people the model says were killed when dead_only)
    remove_below: float = 0.0
    dead_only: bool = False


_LEGAL = {"arrested", "charged", "convicted"}


def apply_rule(participant, strong: bool, role_p: np.ndarray, harm_p: np.ndarray,
               arrest_p: float, rule: Rule, locked: bool = False):
    """The participant as the rule would leave it (`locked`: the rules' role stays)."""
    if not rule.use_model:
        return participant
    role = participant.role
    best = int(role_p.argmax())
    demoting = ROLES[best] == "other" and role in ("victim", "suspect")
    threshold = rule.demote if demoting and rule.demote is not None else rule.threshold
    if not (rule.keep_strong and strong) and not locked and role_p[best] >= threshold:
        role = ROLES[best] if ROLES[best] != "other" or demoting else role
    status = list(participant.status)
    if role in ("victim", "suspect"):
        harm = HARMS[int(harm_p.argmax())]
        has_harm = bool({"killed", "injured"} & set(status))
        rules_harm = next((h for h in HARMS if h in status), "unharmed")
        confident = not has_harm or harm == rules_harm or harm_p.max() >= rule.harm_override
        if rule.harm == "model" and confident or rule.harm == "fill" and not has_harm:
            status = [s for s in status if s not in ("killed", "injured", "unharmed")]
            if harm != "unharmed":
                status.insert(0, harm)
        has_legal = bool(_LEGAL & set(status))
        if has_legal and arrest_p < rule.remove_below and (
                not rule.dead_only or "killed" in status):
            status = [s for s in status if s not in _LEGAL]
            has_legal = False
        if rule.arrest == "model" or rule.arrest == "fill" and not has_legal:
            status = [s for s in status if s not in _LEGAL]
            if arrest_p >= rule.arrest_threshold:
                status.append("arrested")
    return participant.model_copy(update={"role": role, "status": status})


def simulate(runs: Sequence[ArticleRun], examples: Sequence[Example], logits: np.ndarray,
             rule: Rule) -> dict:
    """Names and strict precision/recall/F1 as `casefile eval` would report them."""
    from casefile.eval.report import _prf
    from casefile.eval.score import Counts, score_article

    role_p, harm_p, arrest_p = probabilities(logits)
    total = Counts()
    for run in runs:
        record = run.record
        people = []
        for p in record.participants:
            row = run.rows.get(p.id)
            if row is None:
                people.append(p)
                continue
            people.append(apply_rule(p, examples[row].strong_cue, role_p[row], harm_p[row],
                                     float(arrest_p[row]), rule, examples[row].locked))
        changed = record.model_copy(update={"participants": people})
        total.add(score_article(run.article, run.incident, changed).counts)
    return _summary(total, _prf)


def _summary(c, _prf) -> dict:
    return {"names": _prf(c.matched, c.matched_mentioned, c.predicted, c.gold_mentioned),
            "strict": _prf(c.strict, c.strict_mentioned, c.predicted, c.gold_mentioned),
            "role_accuracy": c.role_right / c.role_n if c.role_n else None,
            "status_accuracy": c.status_right / c.status_n if c.status_n else None}


RULES = (
    Rule("rules alone", use_model=False),
    Rule("role >=0.5 unless strong cue", 0.5),
    Rule("role >=0.5 unless strong, harm+arrest fill", 0.5, harm="fill", arrest="fill"),
    Rule("role >=0.5, demote >=0.5, harm model", 0.5, 0.5, False, "model", "fill"),
    Rule("role >=0.5, demote >=0.7, harm model", 0.5, 0.7, False, "model", "fill"),
    Rule("role >=0.5, demote >=0.6 (an older rule)", 0.5, 0.6, False, "model", "fill"),
    Rule("same, dead not arrested", 0.5, 0.6, False, "model", "fill",
         remove_below=0.5, dead_only=True),
    Rule("same, demote >=0.65 (the previous rule)", 0.5, 0.65, False, "model", "fill",
         remove_below=0.5, dead_only=True),
    # The recommended rule: rolemodel.final_role and final_statuses do exactly this.
    Rule("RECOMMENDED: likeliest role, demote >=0.65", 0.0, 0.65, False, "model", "fill",
         remove_below=0.5, dead_only=True),
)


def _pct(x: float | None) -> str:
    return "  n/a" if x is None else f"{100 * x:5.1f}"


def format_report(title: str, table: dict, sims: dict[str, dict] | None) -> str:
    lines = [f"== {title}"]
    for head in ("role", "harm", "arrested"):
        lines.append(f"  {head}: accuracy {_pct(table[head]['accuracy'])}")
        for name, row in table[head].items():
            if name != "accuracy":
                lines.append(f"    {name:<9} P {_pct(row['precision'])}  R {_pct(row['recall'])}"
                             f"  n={row['n']}")
    if sims:
        lines.append(f"  {'integration':<42} {'names P/R/F1':>20} {'strict P/R/F1':>20}"
                     f"  {'role':>5} {'status':>6}")
        for name, s in sims.items():
            n, st = s["names"], s["strict"]
            lines.append(f"  {name:<42} {_pct(n['precision'])}/{_pct(n['recall'])}/{_pct(n['f1'])}"
                         f"  {_pct(st['precision'])}/{_pct(st['recall'])}/{_pct(st['f1'])}"
                         f"  {_pct(s['role_accuracy'])} {_pct(s['status_accuracy'])}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: cross-validate on tune, train on all of tune, write, report."""
    parser = argparse.ArgumentParser(prog="python -m casefile.extract.rolemodel.train",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--gold", required=True, help="gva-dev folder")
    parser.add_argument("--out", required=True, help="folder for weights.npz and meta.json")
    parser.add_argument("--cache", default=None, help="folder to keep parsed Docs in")
    parser.add_argument("--l2", type=float, nargs="*", default=None,
                        help="L2 values to choose from by out-of-fold role log-loss")
    parser.add_argument("--oof-records", metavar="FILE",
                        help="write the tune records built with the out-of-fold predictions "
                             "(JSONL): `casefile eval --split tune --rescore FILE` then scores "
                             "the whole extractor without the model's in-sample advantage")
    parser.add_argument("--holdout", action="store_true",
                        help="also measure the trained model on the held-out split")
    parser.add_argument("--extra", metavar="DIR",
                        help="another gold folder (such as benchmarks/challenge) whose "
                             "articles are trained on too, all of them or --extra-ids")
    parser.add_argument("--extra-ids", metavar="REGEX",
                        help="the article ids of --extra to train on (the parts read)")
    args = parser.parse_args(argv)
    cache = Path(args.cache) if args.cache else None
    examples, runs = build(args.gold, "tune", cache)
    tune_runs = len(runs)
    if args.extra:
        more, more_runs = build(args.extra, "all", cache, ids=args.extra_ids)
        for run in more_runs:  # their rows follow the tune rows
            run.rows = {pid: row + len(examples) for pid, row in run.rows.items()}
        examples, runs = examples + more, runs + more_runs
    roles = {r: sum(e.role == r for e in examples) for r in ROLES}
    print(f"{'tune and --extra' if args.extra else 'tune'}: {len(examples)} named people "
          f"{roles}, {len(runs)} article listings")
    settings = Settings()
    if args.l2:
        scores = {}
        for l2 in args.l2:
            trial = Settings(l2=l2)
            loss = per_class(examples, out_of_fold(examples, trial))["role_logloss"]
            scores[l2] = loss
            print(f"  l2={l2:g}: out-of-fold role log-loss {loss:.4f}")
        settings = Settings(l2=min(scores, key=lambda k: scores[k]))
    logits = out_of_fold(examples, settings)
    sims = {rule.name: simulate(runs, examples, logits, rule) for rule in RULES}
    sims["EXACT: participants.py with these predictions"] = simulate_pipeline(
        runs, examples, logits, Path(args.oof_records) if args.oof_records else None)
    if args.extra:  # the figure to compare with a model trained on tune alone
        sims["EXACT, tune articles only"] = simulate_pipeline(runs[:tune_runs], examples, logits)
    print(format_report(f"tune, out of fold ({settings.folds} folds by incident), l2={settings.l2:g}",
                        per_class(examples, logits), sims))
    model = fit(examples, settings)
    model.meta["tune_out_of_fold"] = {k: {"names_f1": round(v["names"]["f1"], 4),
                                          "strict_f1": round(v["strict"]["f1"], 4)}
                                      for k, v in sims.items()}
    model.save(args.out)
    print(f"model written to {args.out}")
    if args.holdout:
        h_examples, h_runs = build(args.gold, "holdout", cache)
        h_logits = np.stack([model.logits(*vectorise(e.features)) for e in h_examples]) \
            if h_examples else np.zeros((0, N_OUT))
        h_sims = {rule.name: simulate(h_runs, h_examples, h_logits, rule) for rule in RULES}
        h_sims["EXACT: participants.py with this model"] = simulate_pipeline(
            h_runs, h_examples, h_logits)
        print(format_report(f"holdout ({len(h_examples)} named people)",
                            per_class(h_examples, h_logits), h_sims))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["Example", "Matrix", "Rule", "Settings", "build", "fit", "main", "out_of_fold",
           "per_class", "simulate"]
