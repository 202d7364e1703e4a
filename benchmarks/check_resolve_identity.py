"""Dump what resolve decides, to check that a speed-up changes nothing.

    PYTHONPATH=src python benchmarks/check_resolve_identity.py PREDICTIONS.jsonl OUT.json

writes, for the real gva-dev articles and their saved records (PREDICTIONS, from
`casefile eval --predictions`), the incidents resolve groups them into; and for 10k
synthetic reports (bench_resolve.make_reports) the incidents, the number of pairs scored,
every candidate pair the blocking proposes with its log-odds as a hex float (bit for bit),
and every report's blocking keys. Run it on two versions of the code and compare the files
(`cmp`): identical files mean identical clusters and pair scores.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_resolve import make_reports

from casefile.eval.gold import load_gold, select
from casefile.eval.predictions import SavedPredictions
from casefile.resolve import Report, Resolver, block_keys, resolve
from casefile.resolve.score import linear

GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "gva-dev"


def real(predictions: str, gold_dir: Path) -> list[list[str]]:
    saved = SavedPredictions(predictions)
    articles = select(load_gold(gold_dir), "all", None)
    by_id = {}
    for article in articles:
        if article.id in saved.records:
            by_id.setdefault(article.id, Report.of(article, saved.extract(article)))
    return resolve(by_id.values())


def synthetic(n: int) -> dict:
    reports, _ = make_reports(n)
    by_id = {r.article_id: r for r in reports}
    resolver = Resolver()
    pairs = hashlib.sha256()
    keys = hashlib.sha256()
    for report in reports:
        keys.update(repr(block_keys(report)).encode())
        for other in sorted(resolver.candidates(report)):
            pairs.update(f"{report.article_id} {other} {linear(report, by_id[other]).hex()} "
                         f"{linear(by_id[other], report).hex()}\n".encode())
        resolver.add(report)
    return {"groups": resolver.groups(), "compared": resolver.compared,
            "pairs_sha256": pairs.hexdigest(), "keys_sha256": keys.hexdigest()}


def main() -> None:
    predictions, out = sys.argv[1], sys.argv[2]
    gold_dir = Path(sys.argv[3]) if len(sys.argv) > 3 else GOLD
    result = {"real": real(predictions, gold_dir), "synthetic_10k": synthetic(10_000)}
    Path(out).write_text(json.dumps(result, indent=0), encoding="utf-8")
    print(f"real: {len(result['real'])} incidents; synthetic: "
          f"{len(result['synthetic_10k']['groups'])} incidents, "
          f"{result['synthetic_10k']['compared']} compared")


if __name__ == "__main__":
    main()
