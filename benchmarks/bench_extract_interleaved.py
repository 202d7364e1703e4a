"""extract vs plain spaCy in one process, batch by batch, so both sides see the same load.

On a shared machine `casefile bench` (each side in its own process, one after the other)
moves by several percent from run to run. This loads both (casefile's Extractor and the
model's plain pipeline), warms both on 10 articles, then runs the articles in batches of
32, each batch through both sides in ABBA order, and prints the wall and CPU seconds of
each side and the throughput ratio (plain seconds / extract seconds: above 1, extract is
faster). Peak memory is not measured (both share the process).

`--plain-numpy-ops` gives the plain pipeline's models the same matrix products as
extract's (numpy's BLAS on one thread, extract/fastops.py) instead of spaCy's default
blis: a like-for-like measure of what casefile's own components and rules cost or save.

    .venv/bin/python benchmarks/bench_extract_interleaved.py \\
        ../shared/data/gva-dev/articles.jsonl --limit 300
"""

from __future__ import annotations

import argparse
import time
from itertools import islice
from pathlib import Path

import spacy

from casefile import settings
from casefile.eval.gold import read_articles
from casefile.extract import Extractor
from casefile.extract.fastops import use_fast_ops

BATCH = 32


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--plain-numpy-ops", action="store_true",
                        help="plain spaCy multiplies matrices as extract does (numpy, one thread)")
    args = parser.parse_args()
    articles = list(islice(read_articles(Path(args.articles)), args.limit))
    extractor = Extractor()
    plain = spacy.load(settings.MODEL.value(None))
    if args.plain_numpy_ops:
        use_fast_ops(plain)
    list(extractor.extract_many(articles[:10]))
    list(plain.pipe(a.text for a in articles[:10]))
    totals = {"extract": [0.0, 0.0], "plain": [0.0, 0.0]}

    def run(side: str, batch: list) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        if side == "extract":
            done = sum(1 for _ in extractor.extract_many(batch, batch_size=BATCH))
        else:
            done = sum(1 for _ in plain.pipe((a.text for a in batch), batch_size=BATCH))
        assert done == len(batch)
        totals[side][0] += time.perf_counter() - wall
        totals[side][1] += time.process_time() - cpu

    for k, start in enumerate(range(0, len(articles), BATCH)):
        batch = articles[start:start + BATCH]
        for side in (("extract", "plain") if k % 2 == 0 else ("plain", "extract")):
            run(side, batch)
    (ew, ec), (pw, pc) = totals["extract"], totals["plain"]
    print(f"{len(articles)} articles: extract wall {ew:.2f} s, CPU {ec:.2f} s | "
          f"plain wall {pw:.2f} s, CPU {pc:.2f} s | "
          f"throughput extract/plain: wall {pw / ew:.3f}x, CPU {pc / ec:.3f}x")


if __name__ == "__main__":
    main()
