"""run_bench: both sides run in their own process and report positive figures."""

from __future__ import annotations

import json

import pytest

from casefile.bench import BenchError, format_bench, run_bench

TEXTS = [
    "John Smith, 30, was shot dead on Monday night in Chicago, police said.",
    "A woman was stabbed in Kensal Vale, north London, on Saturday. A man was arrested.",
    "Two teenagers were wounded in a shooting near a school in Houston, Texas.",
]


@pytest.fixture
def articles_path(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps({"article_id": f"b{n}", "published": "2020-01-02",
                                        "text": text}) + "\n"
                            for n, text in enumerate(TEXTS)))
    return path


def test_run_bench_reports_both_sides(articles_path):
    report = run_bench(articles_path, n_process=1)
    assert (report.articles, report.words) == (3, sum(len(t.split()) for t in TEXTS))
    assert set(report.sides) == {"extract", "plain"}
    for side in report.sides.values():
        assert side.seconds > 0 and side.articles_per_s > 0 and side.words_per_s > 0
        assert side.peak_rss_mib > 0 and side.load_seconds > 0
        assert side.cpu_seconds is not None and side.cpu_seconds > 0
    assert report.ratios()["seconds"] > 0 and report.ratios()["cpu_seconds"] > 0
    table = format_bench(report)
    assert "extract/plain" in table and "words/s" in table and "CPU seconds" in table
    assert json.loads(json.dumps(report.to_json()))["sides"]["plain"]["seconds"] > 0


def test_run_bench_limit(articles_path):
    assert run_bench(articles_path, limit=2).articles == 2


def test_run_bench_bad_model(articles_path):
    with pytest.raises(BenchError):
        run_bench(articles_path, model="no_such_model_xyz")
