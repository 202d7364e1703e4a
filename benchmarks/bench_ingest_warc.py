"""Benchmark of `casefile ingest` on a generated WARC: pages/s and peak memory.

Generates the same synthetic news pages as bench_read.py (each an incident report with
furniture and scripts) into a WARC.gz of N records, then runs the real command
`casefile ingest FILE --db sqlite:///… --quiet` in a subprocess per size: read, relevance,
extract (spaCy and rules), store, resolve and merge, one transaction per article. Peak
memory is the child's own (RUSAGE_CHILDREN, taken after each run: the largest child so far,
so sizes run smallest first).

    python benchmarks/bench_ingest_warc.py                  # 1,000 and 2,000 pages
    python benchmarks/bench_ingest_warc.py --sizes 10000    # the issue's 10k pages (slow)
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import bench_read  # a sibling script, not a package
from bench_read import generate

# bench_read's few names and cities are enough to read pages, but ingest also resolves
# them into incidents: with 90 names in 8 cities every page would join a handful of giant
# incidents. Made-up names and many real towns keep incidents to a realistic size.
_SYLLABLES = ["ka", "lo", "mi", "ren", "dar", "vo", "si", "tan", "bel", "ro", "nu", "gha",
              "pe", "lin", "os", "ter", "ya", "ful", "me", "cor"]


def _names(rng: random.Random, n: int) -> list[str]:
    return sorted({"".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).title()
                   for _ in range(n)})


def _towns(n: int) -> list[str]:
    """n US town names from casefile's gazetteer."""
    import csv
    from importlib import resources

    with resources.files("casefile.data").joinpath("gazetteer.csv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh) if len(r) > 3 and r[3] == "US" and " " not in r[0]]
    return sorted({r[0] for r in rows})[:: max(1, len(rows) // n)][:n]


_rng = random.Random(11)
bench_read.FIRST = _names(_rng, 400)
bench_read.LAST = _names(_rng, 2000)
bench_read.CITIES = _towns(600)


def ingest(path: str, db: str) -> tuple[float, str]:
    """Run one ingest; its wall seconds and its summary line."""
    exe = shutil.which("casefile") or os.path.join(os.path.dirname(sys.executable), "casefile")
    start = time.perf_counter()
    done = subprocess.run([exe, "ingest", path, "--db", db], capture_output=True, text=True,
                          check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"ingest failed: {done.stderr.strip().splitlines()[-1:]}")
    return seconds, done.stderr.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 2_000])
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="casefile-bench-ingest-")
    try:
        print(f"{'pages':>7} {'seconds':>8} {'pages/s':>8} {'peak RSS MiB':>13}  summary")
        for n in sorted(args.sizes):
            warc = os.path.join(folder, f"pages-{n}.warc.gz")
            generate(warc, n)
            seconds, summary = ingest(warc, f"sqlite:///{folder}/ingest-{n}.db")
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"{n:>7,} {seconds:>8.1f} {n / seconds:>8.2f} {peak:>13.1f}  {summary}",
                  flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
