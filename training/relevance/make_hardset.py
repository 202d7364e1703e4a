"""Write hardset.jsonl: hand-written hard negatives and hard positives for relevance.

Run from the repository root:  python training/relevance/make_hardset.py

The articles are invented (templates in templates_neg.py / templates_pos.py, slots from
pools.py) and the output is deterministic. Each template is one `group`, so the training
script holds out whole templates, never just one filling of a template it trained on.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pools
from templates_neg import NEGATIVE
from templates_pos import POSITIVE

COPIES = 3  # fillings per template: enough variety of names and places, not more
SEED = 20240514
AMOUNTS = ["48,000", "250,000", "600,000", "1.2 million", "3.4 million", "95,000", "17,500"]


def _person(rng: random.Random, first: list[str], taken: set[str]) -> tuple[str, str]:
    while True:
        name = f"{rng.choice(first)} {rng.choice(pools.SURNAMES)}"
        if name not in taken:
            taken.add(name)
            return name, name.split()[-1]


def _slots(rng: random.Random) -> dict[str, str]:
    taken: set[str] = set()
    m, ms = _person(rng, pools.MALE, taken)
    m2, m2s = _person(rng, pools.MALE, taken)
    f, fs = _person(rng, pools.FEMALE, taken)
    f2, f2s = _person(rng, pools.FEMALE, taken)
    city, state, county = rng.choice(pools.US_PLACES)
    town, region = rng.choice(pools.UK_PLACES)
    town2 = rng.choice([t for t, _ in pools.UK_PLACES if t != town])
    team, team2 = rng.sample(pools.US_TEAMS, 2)
    club, club2 = rng.sample(pools.UK_CLUBS, 2)
    day, day2 = rng.sample(pools.DAYS, 2)
    return {
        "m": m, "ms": ms, "m2": m2, "m2s": m2s, "f": f, "fs": fs, "f2": f2, "f2s": f2s,
        "age": str(rng.randint(19, 58)), "age2": str(rng.randint(20, 64)),
        "old": str(rng.randint(80, 96)), "kid": str(rng.randint(6, 15)),
        "n": str(rng.randint(2, 6)), "years": str(rng.randint(2, 9)),
        "amount": rng.choice(AMOUNTS), "city": city, "state": state, "county": county,
        "town": town, "region": region, "force": pools.UK_FORCES.get(region, "police"),
        "street": rng.choice(pools.STREETS), "day": day, "day2": day2,
        "month": rng.choice(pools.MONTHS), "team": team, "team2": team2,
        "club": f"{town} {club}", "club2": f"{town2} {club2}", "company": rng.choice(pools.COMPANIES),
    }


def _article(rng: random.Random, title: str, body: str) -> tuple[str, str]:
    """Vary the shape the way real inputs vary: headline apart, in the text, or absent."""
    shape = rng.random()
    if rng.random() < 0.25:
        body = f"{rng.choice(pools.FURNITURE)}\n\n{body}"
    if rng.random() < 0.25:
        body = f"{body}\n\n{rng.choice(pools.FURNITURE)}"
    if shape < 0.6:
        return title, body
    if shape < 0.85:
        return "", f"{title} {body}"  # the BBC set's shape: headline as the first line
    return "", body


def _split(template: str) -> tuple[str, str]:
    """A template's headline (first line) and body (the other lines as one paragraph)."""
    lines = [line.strip() for line in template.strip().splitlines()]
    return lines[0], " ".join(line for line in lines[1:] if line)


def rows() -> list[dict]:
    rng = random.Random(SEED)
    out = []
    for label, table in ((False, NEGATIVE), (True, POSITIVE)):
        for category, templates in table.items():
            for number, template in enumerate(templates):
                title, body = _split(template)
                for copy in range(COPIES):
                    slots = _slots(rng)
                    head, text = _article(rng, title.format_map(slots), body.format_map(slots))
                    out.append({
                        "id": f"{'pos' if label else 'neg'}-{category}-{number}-{copy}",
                        "label": label, "category": category,
                        "group": f"{category}-{number}", "title": head, "text": text,
                    })
    return out


def main() -> None:
    target = HERE / "hardset.jsonl"
    with target.open("w", encoding="utf-8") as handle:
        for row in rows():
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
