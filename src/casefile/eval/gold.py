"""Loading the Gun Violence Archive gold data: articles.jsonl and incidents.jsonl."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from casefile.errors import GoldDataError
from casefile.models import Article

Split = Literal["all", "tune", "holdout"]
SPLITS: tuple[str, ...] = ("all", "tune", "holdout")
HOLDOUT_PERCENT = 20  # share of incidents (by id hash) that tuning must never see

_ARTICLE_KEYS = ("article_id", "incident_id", "text")
_INCIDENT_KEYS = ("incident_id", "date", "state", "city_or_county", "num_killed",
                  "num_injured", "participants")


@dataclass(frozen=True)
class GoldParticipant:
    """One GVA participant, in casefile's vocabulary where the metrics need it."""

    name: str | None
    role: str | None  # victim, suspect, or None for a type GVA left out
    harm: str | None  # killed, injured, unharmed; None when GVA gives no status
    arrested: bool
    age: int | None
    gender: str | None  # female, male, or None
    status_text: str | None  # the GVA status as written, for failure reports


@dataclass(frozen=True)
class GoldIncident:
    """One GVA incident record."""

    incident_id: str
    date: str  # ISO 8601
    state: str
    city_or_county: str
    killed: int
    injured: int
    participants: tuple[GoldParticipant, ...]


@dataclass
class GoldData:
    """The articles (in file order) and the incidents of a gold directory."""

    articles: list[Article]
    incidents: dict[str, GoldIncident] = field(default_factory=dict)


def split_of(incident_id: str) -> str:
    """'holdout' for ~20% of incidents, 'tune' for the rest, by a stable hash of the id."""
    # sha256, not hash(): Python's str hash is salted per process.
    bucket = int(hashlib.sha256(incident_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "holdout" if bucket < HOLDOUT_PERCENT else "tune"


def _lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each non-blank line of a JSONL file as (line number, object)."""
    if not path.is_file():
        raise GoldDataError(f"{path}: no such file")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldDataError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
            if not isinstance(obj, dict):
                raise GoldDataError(f"{path}:{number}: expected a JSON object")
            yield number, obj


def _require(obj: dict[str, Any], keys: tuple[str, ...], where: str) -> None:
    missing = [key for key in keys if key not in obj]
    if missing:
        raise GoldDataError(f"{where}: missing {', '.join(missing)}")


def _gva_date(value: Any, where: str) -> str:
    """GVA's 'February 3, 2014' as ISO '2014-02-03'."""
    try:
        return dt.datetime.strptime(str(value).strip(), "%B %d, %Y").date().isoformat()
    except ValueError:
        raise GoldDataError(f"{where}: date {value!r} is not like 'February 3, 2014'") from None


def _int(value: Any, what: str, where: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise GoldDataError(f"{where}: {what} {value!r} is not a whole number") from None


# The archive fills the name of some people it cannot name with a placeholder: a number
# (the injured of one mass shooting are "29" to "53"), a bare title ("Officer", "Agent"),
# "Unborn child". Such a person counts as unnamed: no report names them so.
_PLACEHOLDER_WORDS = {"officer", "agent", "trooper", "deputy", "detective", "sergeant",
                      "unborn", "child", "baby", "infant", "unknown", "unnamed"}


def _real_name(name: str) -> str | None:
    words = [w.strip(".,").lower() for w in name.split()]
    if not any(c.isalpha() for c in name) or all(w in _PLACEHOLDER_WORDS for w in words):
        return None
    return name


def _participant(raw: Any, where: str) -> GoldParticipant:
    if not isinstance(raw, dict):
        raise GoldDataError(f"{where}: each participant must be a JSON object")
    name = _real_name((raw.get("name") or "").strip())
    kind = raw.get("type")
    role = {"Victim": "victim", "Subject-Suspect": "suspect"}.get(kind or "")
    status = raw.get("status")
    parts = {part.strip().lower() for part in status.split(",")} if status else set()
    harm = None
    if status:
        # GVA can list several ("Injured, Unharmed, Arrested"): the worst harm wins.
        harm = "killed" if "killed" in parts else "injured" if "injured" in parts else "unharmed"
    age_text = str(raw.get("age") or "").strip()
    age = int(age_text) if age_text.isdigit() else None
    gender = (raw.get("gender") or "").strip().lower() or None
    return GoldParticipant(name=name, role=role, harm=harm, arrested="arrested" in parts,
                           age=age, gender=gender if gender in ("female", "male") else None,
                           status_text=status)


def load_incidents(path: Path) -> dict[str, GoldIncident]:
    """The GVA incidents of incidents.jsonl, by incident id."""
    incidents: dict[str, GoldIncident] = {}
    for number, obj in _lines(path):
        where = f"{path}:{number}"
        _require(obj, _INCIDENT_KEYS, where)
        incident_id = str(obj["incident_id"])
        if incident_id in incidents:
            raise GoldDataError(f"{where}: incident {incident_id} appears twice")
        if not isinstance(obj["participants"], list):
            raise GoldDataError(f"{where}: participants must be a list")
        incidents[incident_id] = GoldIncident(
            incident_id=incident_id,
            date=_gva_date(obj["date"], where),
            state=str(obj["state"] or ""),
            city_or_county=str(obj["city_or_county"] or ""),
            killed=_int(obj["num_killed"], "num_killed", where),
            injured=_int(obj["num_injured"], "num_injured", where),
            participants=tuple(_participant(raw, where) for raw in obj["participants"]),
        )
    return incidents


def _published(value: Any, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise GoldDataError(f"{where}: published {value!r} is not YYYY-MM-DD") from None


def read_articles(path: Path, *, need_incident: bool = False) -> Iterator[Article]:
    """The articles of a JSONL file ({"article_id", "text", ...} a line), in order."""
    keys = _ARTICLE_KEYS if need_incident else ("text",)
    for number, obj in _lines(path):
        where = f"{path}:{number}"
        _require(obj, keys, where)
        if not isinstance(obj["text"], str):
            raise GoldDataError(f"{where}: text must be a string")
        extra = {"incident_id": str(obj["incident_id"])} if "incident_id" in obj else {}
        yield Article.make(
            obj["text"], id=str(obj.get("article_id") or ""), title=obj.get("title") or "",
            published=_published(obj.get("published"), where), url=obj.get("url"),
            source=f"{path}:{number}", extra=extra,
        )


def load_gold(gold_dir: str | Path) -> GoldData:
    """Read GOLD_DIR/articles.jsonl and GOLD_DIR/incidents.jsonl, checking they agree."""
    root = Path(gold_dir)
    if not root.is_dir():
        raise GoldDataError(f"{root}: no such directory (expected one holding "
                            f"articles.jsonl and incidents.jsonl)")
    incidents = load_incidents(root / "incidents.jsonl")
    articles = list(read_articles(root / "articles.jsonl", need_incident=True))
    # An article may be listed under two incidents (one report of two shootings); each
    # listing is scored on its own. The same listing twice is a mistake.
    seen: set[tuple[str, str]] = set()
    for article in articles:
        incident_id = article.extra["incident_id"]
        if incident_id not in incidents:
            raise GoldDataError(f"{article.source}: incident {incident_id} "
                                f"is not in incidents.jsonl")
        if (article.id, incident_id) in seen:
            raise GoldDataError(f"{article.source}: article {article.id} is listed under "
                                f"incident {incident_id} twice")
        seen.add((article.id, incident_id))
    return GoldData(articles=articles, incidents=incidents)


def select(gold: GoldData, split: str = "all", limit: int | None = None) -> list[Article]:
    """The articles of one split, in file order, at most `limit` of them."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    chosen = [a for a in gold.articles
              if split == "all" or split_of(a.extra["incident_id"]) == split]
    return chosen[:limit] if limit is not None else chosen
