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
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_read import generate  # a sibling script, not a package


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
