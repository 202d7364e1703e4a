"""bench: the speed and memory of extract against plain spaCy on the same texts."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from casefile import settings
from casefile.errors import CasefileError
from casefile.eval.gold import read_articles
from casefile.models import Article

SIDES = ("extract", "plain")
WARMUP = 10  # articles run once before timing so lazy initialisation is not timed
BATCH_SIZE = 32  # the same for both sides; Extractor's default


class BenchError(CasefileError):
    """A benchmark side failed to run."""


@dataclass
class SideFigures:
    """One side's figures; timings exclude model load and warm-up."""

    seconds: float
    load_seconds: float
    articles_per_s: float
    words_per_s: float
    peak_rss_mib: float  # the measuring process
    workers_peak_rss_mib: float | None  # the largest spaCy worker, when n_process > 1
    # CPU seconds (user + system) of the timed run, spaCy workers included once they exit:
    # steadier than `seconds` on a machine that other work shares.
    cpu_seconds: float | None = None


@dataclass
class BenchReport:
    """Figures of both sides over the same texts."""

    articles_path: str
    model: str
    n_process: int
    articles: int
    words: int
    warmup: int
    sides: dict[str, SideFigures] = field(default_factory=dict)

    def ratios(self) -> dict[str, float | None]:
        """extract / plain for time and memory (above 1: extract costs more)."""
        ext, plain = self.sides["extract"], self.sides["plain"]

        def div(a: float | None, b: float | None) -> float | None:
            return a / b if a is not None and b else None

        return {"seconds": div(ext.seconds, plain.seconds),
                "cpu_seconds": div(ext.cpu_seconds, plain.cpu_seconds),
                "peak_rss": div(ext.peak_rss_mib, plain.peak_rss_mib),
                "workers_peak_rss": div(ext.workers_peak_rss_mib, plain.workers_peak_rss_mib)}

    def to_json(self) -> dict[str, Any]:
        """The report as JSON."""
        data = asdict(self)
        data["ratio_extract_to_plain"] = self.ratios()
        return data


def _words(articles: list[Article]) -> int:
    return sum(len(article.text.split()) for article in articles)


def _load_articles(path: str | Path, limit: int | None) -> list[Article]:
    return list(islice(read_articles(Path(path)), limit))


def _cpu_seconds() -> float:
    """User plus system CPU time of this process and its finished children."""
    own, children = (resource.getrusage(who) for who in
                     (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _measure(side: str, path: str, model: str, n_process: int, limit: int | None) -> dict:
    """Run one side in this process and return its figures (the child's work)."""
    articles = _load_articles(path, limit)
    started = time.perf_counter()
    if side == "extract":
        from casefile.extract import Extractor

        extractor = Extractor(model)

        def run(batch: list[Article], processes: int) -> int:
            return sum(1 for _ in extractor.extract_many(batch, n_process=processes,
                                                         batch_size=BATCH_SIZE))
    else:
        import spacy

        nlp = spacy.load(model)

        def run(batch: list[Article], processes: int) -> int:
            texts = (article.text for article in batch)
            return sum(1 for _ in nlp.pipe(texts, n_process=processes, batch_size=BATCH_SIZE))
    load_seconds = time.perf_counter() - started
    run(articles[:WARMUP], 1)
    cpu_started = _cpu_seconds()
    started = time.perf_counter()
    done = run(articles, n_process)
    seconds = time.perf_counter() - started
    cpu_seconds = _cpu_seconds() - cpu_started
    if done != len(articles):
        raise BenchError(f"{side}: {done} results for {len(articles)} articles")
    # ru_maxrss is in KiB on Linux; RUSAGE_CHILDREN is the largest single finished child.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return asdict(SideFigures(
        seconds=seconds, load_seconds=load_seconds,
        articles_per_s=len(articles) / seconds if seconds else 0.0,
        words_per_s=_words(articles) / seconds if seconds else 0.0,
        peak_rss_mib=own, workers_peak_rss_mib=workers if n_process > 1 else None,
        cpu_seconds=cpu_seconds))


def _child(arguments: str) -> None:
    """Entry point of a measuring subprocess: arguments in, one JSON line out."""
    try:
        result = _measure(**json.loads(arguments))
    except CasefileError as exc:
        result = {"error": str(exc)}
    sys.stdout.write(json.dumps(result) + "\n")


def _run_side(side: str, path: str, model: str, n_process: int, limit: int | None) -> SideFigures:
    """Measure one side in a fresh Python process, so memory peaks do not mix."""
    arguments = json.dumps({"side": side, "path": path, "model": model,
                            "n_process": n_process, "limit": limit})
    code = "import sys; from casefile.bench import _child; _child(sys.argv[1])"
    done = subprocess.run([sys.executable, "-c", code, arguments], capture_output=True,
                          text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise BenchError(f"the {side} benchmark failed: {tail}")
    result = json.loads(lines[-1])
    if "error" in result:
        raise BenchError(result["error"])
    return SideFigures(**result)


def run_bench(articles_path: str | Path, model: str | None = None, n_process: int = 1,
              limit: int | None = None) -> BenchReport:
    """Time and measure extract and plain spaCy nlp.pipe over the same articles."""
    name = settings.MODEL.value(model)
    articles = _load_articles(articles_path, limit)  # fails here, cleanly, on a bad file
    if not articles:
        raise BenchError(f"{articles_path}: no articles to benchmark")
    report = BenchReport(articles_path=str(articles_path), model=name, n_process=n_process,
                         articles=len(articles), words=_words(articles),
                         warmup=min(WARMUP, len(articles)))
    for side in SIDES:
        report.sides[side] = _run_side(side, str(articles_path), name, n_process, limit)
    return report


def format_bench(report: BenchReport) -> str:
    """The report as a side-by-side text table."""
    ext, plain = report.sides["extract"], report.sides["plain"]
    ratios = report.ratios()

    def num(value: float | None, digits: int = 1) -> str:
        return "n/a" if value is None else f"{value:,.{digits}f}"

    rows = [
        ("seconds", num(ext.seconds, 2), num(plain.seconds, 2), num(ratios["seconds"], 2)),
        ("CPU seconds", num(ext.cpu_seconds, 2), num(plain.cpu_seconds, 2),
         num(ratios["cpu_seconds"], 2)),
        ("articles/s", num(ext.articles_per_s), num(plain.articles_per_s),
         num(1 / ratios["seconds"] if ratios["seconds"] else None, 2)),
        ("words/s", num(ext.words_per_s, 0), num(plain.words_per_s, 0),
         num(1 / ratios["seconds"] if ratios["seconds"] else None, 2)),
        ("peak RSS MiB", num(ext.peak_rss_mib), num(plain.peak_rss_mib),
         num(ratios["peak_rss"], 2)),
        ("worker RSS MiB", num(ext.workers_peak_rss_mib), num(plain.workers_peak_rss_mib),
         num(ratios["workers_peak_rss"], 2)),
        ("model load s", num(ext.load_seconds, 2), num(plain.load_seconds, 2), ""),
    ]
    lines = [(f"casefile bench: {report.articles} articles, {report.words:,} words, "
             f"model {report.model}, n_process {report.n_process}"),
             f"(model load and a {report.warmup}-article warm-up are not timed)", "",
             f"{'':<16}{'extract':>12}{'plain spaCy':>14}{'extract/plain':>15}"]
    lines += [f"{label:<16}{a:>12}{b:>14}{r:>15}" for label, a, b, r in rows]
    return "\n".join(lines)
