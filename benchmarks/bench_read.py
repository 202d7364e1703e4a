"""Benchmark of reading a WARC: pages/s and peak memory, for growing file sizes.

Generates synthetic news pages (varied text, page furniture, scripts) into a WARC.gz of
N records, then reads it with casefile.read.iter_articles in a fresh Python process per
size, so each peak resident memory is that run's own. Memory that does not grow with the
file's size shows the reader streams.

    python benchmarks/bench_read.py                      # 10k, 20k and 40k pages
    python benchmarks/bench_read.py --sizes 10000 --keep /tmp/warcs
    python benchmarks/bench_read.py --markdown           # the section for docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time

FIRST = ["John", "Maria", "Ahmed", "Li", "Sarah", "Tomás", "Aisha", "Peter", "Zoë", "Kwame"]
LAST = ["Smith", "García", "Khan", "Wang", "O'Neill", "Müller", "Okafor", "Brown", "Novak"]
CITIES = ["Leeds", "Dayton", "Hull", "Croydon", "Memphis", "Glasgow", "Tulsa", "Bristol"]
ACTS = ["stabbed", "shot", "beaten", "hit by a car"]
FILLER = ("Neighbours said the street was usually quiet. Officers remained at the scene on "
          "Tuesday morning while forensic teams examined the area. Anyone with information "
          "is asked to contact police quoting the incident number. ")


def page(i: int, rng: random.Random) -> bytes:
    """One synthetic news page of about 6 KB: head metadata, navigation, article, scripts."""
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    city, act, age = rng.choice(CITIES), rng.choice(ACTS), rng.randint(16, 80)
    day = f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    paras = [f"A {age}-year-old man was {act} in {city} on Monday night, police said.",
             (f"The victim, named locally as {name}, died at the scene. A man has been "
             "arrested on suspicion of murder and remains in custody.")]
    paras += [FILLER * rng.randint(1, 3) for _ in range(rng.randint(3, 7))]
    body = "".join(f"<p>{p}</p>" for p in paras)
    nav = "".join(f"<li><a href='/s{j}'>Section {j}</a></li>" for j in range(12))
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>Man {act} in {city} | Example News</title>"
        f"<meta property='og:title' content='Man {act} in {city}'>"
        f"<meta property='article:published_time' content='{day}T09:00:00Z'>"
        f"<link rel='canonical' href='https://news.example.com/story/{i}'>"
        "<script>window.dataLayer=[];function track(){return 1}</script></head><body>"
        f"<nav><ul>{nav}</ul></nav><main><article><h1>Man {act} in {city}</h1>{body}"
        "</article></main><aside>Most read: <a href='/x'>Weather</a></aside>"
        "<footer>© Example News. Subscribe to our newsletter.</footer></body></html>"
    ).encode()


def generate(path: str, n: int, seed: int = 7) -> None:
    """A WARC.gz of n HTML response records (plus the request records a crawler writes)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i in range(n):
            uri = f"https://news.example.com/story/{i}"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(page(i, rng)), http_headers=headers))


def measure(path: str) -> dict:
    """Read the WARC (in this process) and report pages, failures, seconds and peak RSS."""
    import trafilatura  # noqa: F401  (import cost is not reading cost)

    from casefile.models import Article
    from casefile.read import iter_articles

    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    pages = failed = 0
    for item in iter_articles([path]):
        if isinstance(item, Article):
            pages += 1
        else:
            failed += 1
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"pages": pages, "failed": failed, "seconds": seconds,
            "peak_rss_mib": peak / 1024, "rss_after_imports_mib": base / 1024}


def run(sizes: list[int], keep: str | None) -> list[dict]:
    folder = keep or tempfile.mkdtemp(prefix="casefile-bench-")
    os.makedirs(folder, exist_ok=True)
    rows = []
    for n in sizes:
        path = os.path.join(folder, f"pages-{n}.warc.gz")
        if not os.path.exists(path):
            generate(path, n)
        out = subprocess.run([sys.executable, __file__, "--measure", path], check=True,
                             capture_output=True, text=True)
        row = json.loads(out.stdout.strip().splitlines()[-1])
        row["records"] = n
        row["file_mib"] = os.path.getsize(path) / (1024 * 1024)
        rows.append(row)
        print(f"{n:>7,} pages {row['file_mib']:7.1f} MiB  {row['pages'] / row['seconds']:7.1f} "
              f"pages/s  peak RSS {row['peak_rss_mib']:6.1f} MiB", file=sys.stderr)
        if not keep:
            os.remove(path)
    return rows


def markdown(rows: list[dict], command: str) -> str:
    lines = [
        "## Reading",
        "",
        ("What it measures: pages/s and peak resident memory of `casefile.read.iter_articles` "
        "alone (trafilatura main text and metadata, encoding checks, mojibake repair) on a "
        "generated WARC.gz of synthetic news pages (about 6 KB of HTML each, with navigation, "
        "scripts and footer), each size read in a fresh Python process. "
        "Generating the file is not timed."),
        "",
        f"- Command: `{command}`",
        (f"- Machine: {os.cpu_count()} cores, Linux {platform.machine()}, Python "
        f"{platform.python_version()}"),
        f"- Date: {time.strftime('%Y-%m-%d')}",
        "",
        "```",
        (f"{'pages':>8} {'file MiB':>9} {'seconds':>8} {'pages/s':>8} {'peak RSS MiB':>13} "
        f"{'RSS after imports':>18}"),
    ]
    for r in rows:
        lines.append(f"{r['pages']:>8,} {r['file_mib']:>9.1f} {r['seconds']:>8.1f} "
                     f"{r['pages'] / r['seconds']:>8.1f} {r['peak_rss_mib']:>13.1f} "
                     f"{r['rss_after_imports_mib']:>18.1f}")
    lines.append("```")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 40_000])
    parser.add_argument("--keep", help="folder to keep (and reuse) the generated WARC files in")
    parser.add_argument("--markdown", action="store_true", help="print the docs section")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return
    rows = run(args.sizes, args.keep)
    if args.markdown:
        print(markdown(rows, "python " + " ".join(["benchmarks/bench_read.py", *sys.argv[1:]])))
    else:
        print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
