"""`casefile extract`: output formats, inputs, and bad files reported without a traceback."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from casefile.cli import main

CONTRACT_KEYS = {
    "id", "articles", "incident_type", "methods", "date", "date_text", "location", "killed",
    "injured", "participants", "quotes", "conflicts", "evidence",
}
STORY = (
    "Man stabbed to death in Leeds\n\n"
    "A man was stabbed to death in Leeds on Monday night, police said. The victim, named as "
    "John Smith, 38, died at the scene. A 17-year-old boy has been arrested on suspicion of "
    "murder, Det Insp Jane Doe said."
)
OTHER = "A woman was shot in Hull on Saturday. She was taken to hospital with serious injuries."


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.fixture
def other(tmp_path):
    path = tmp_path / "other.txt"
    path.write_text(OTHER, encoding="utf-8")
    return path


def run(runner: CliRunner, *args: str, **kwargs):
    result = runner.invoke(main, ["extract", *args], **kwargs)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result


def errors_of(stderr: str) -> list[str]:
    """The error lines on stderr (the summary follows them)."""
    return [line for line in stderr.splitlines() if line.startswith("Error: ")]


def summary_of(stderr: str) -> str:
    [line] = [line for line in stderr.splitlines() if " skipped as not relevant, " in line]
    return line


def assert_record(obj: dict) -> None:
    assert isinstance(obj, dict)
    assert CONTRACT_KEYS <= obj.keys()
    assert obj["id"].startswith("inc_")
    assert isinstance(obj["participants"], list) and isinstance(obj["evidence"], dict)


def test_txt_with_published_gives_one_record(runner, story):
    result = run(runner, str(story), "--published", "2022-01-25")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert_record(record)
    assert record["published"] == "2022-01-25"
    assert record["title"] == "Man stabbed to death in Leeds"
    assert result.stderr == "1 read, 0 skipped as not relevant, 0 failed\n"


def test_quiet_prints_no_summary(runner, story):
    result = run(runner, str(story), "--quiet")
    assert result.exit_code == 0 and result.stderr == ""


def test_several_files_give_a_list(runner, story, other):
    result = run(runner, str(story), str(other))
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert isinstance(records, list) and len(records) == 2
    for record in records:
        assert_record(record)
    assert records[0]["articles"] != records[1]["articles"]


def test_jsonl_output_one_record_a_line(runner, story, other):
    result = run(runner, str(story), str(other), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().split("\n")
    assert len(lines) == 2
    for line in lines:
        assert_record(json.loads(line))


def test_jsonl_input(runner, tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        json.dumps({"id": "a1", "text": STORY, "published": "2022-01-25"}) + "\n"
        + json.dumps({"id": "a2", "text": OTHER, "incident_id": "i2"}) + "\n",
        encoding="utf-8",
    )
    result = run(runner, str(path))
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert [r["articles"] for r in records] == [["a1"], ["a2"]]
    assert records[0]["published"] == "2022-01-25"


def test_text_format_is_a_case_file(runner, story):
    result = run(runner, str(story), "--format", "text", "--published", "2022-01-25")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Man stabbed to death in Leeds\n")
    for heading in ("Incident", "Date:", "Place:", "Killed:", "Injured:", "People ("):
        assert heading in out, heading
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_stdin(runner):
    result = run(runner, "-", "--published", "2022-01-25", input=OTHER)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert_record(record)
    assert record["published"] == "2022-01-25"


def test_input_format_option(runner, tmp_path):
    path = tmp_path / "story.md"
    path.write_text(STORY, encoding="utf-8")
    result = run(runner, str(path), "--input-format", "txt")
    assert result.exit_code == 0, result.output
    assert_record(json.loads(result.stdout))


@pytest.mark.parametrize("fmt", ["json", "jsonl", "text"])
def test_bad_file_among_good_ones(runner, story, other, tmp_path, fmt):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 stabbing")
    result = run(runner, str(story), str(bad), str(other), "--format", fmt)
    assert result.exit_code == 1
    if fmt == "jsonl":  # machine-readable: every stderr line is a JSON event
        events = [json.loads(line) for line in result.stderr.splitlines()]
        assert [e["event"] for e in events] == ["read", "failed", "read", "summary"]
        assert events[1]["where"] == str(bad) and "UTF-8" in events[1]["reason"]
        assert events[-1] == {"event": "summary", "read": 2, "skipped": 0, "failed": 1,
                              "reasons": {"is not valid UTF-8": 1}}
    else:
        [error] = errors_of(result.stderr)
        assert error.startswith(f"Error: {bad}: ") and "UTF-8" in error
        assert summary_of(result.stderr) == "2 read, 0 skipped as not relevant, 1 failed"
        assert "1 × is not valid UTF-8" in result.stderr
    if fmt == "json":
        assert len(json.loads(result.stdout)) == 2  # the good records are still printed
    elif fmt == "jsonl":
        assert len(result.stdout.strip().split("\n")) == 2
    else:
        assert result.stdout.count("Incident\n--------") == 2


def written(name: str, content: str):
    """A maker of a bad input file in the test's folder."""
    def make(folder):
        path = folder / name
        path.write_text(content, encoding="utf-8")
        return path
    return make


@pytest.mark.parametrize("make,expected", [
    (lambda folder: folder / "missing.txt", "no such file"),
    (lambda folder: folder, "directory"),
    (written("empty.txt", ""), "empty"),
    (written("data.pdf", "a,b"), "--input-format"),
    (written("data.csv", "a,b\n1,2\n"), "--map text="),
], ids=["missing", "directory", "empty", "unknown-extension", "csv-without-text"])
def test_each_bad_input_is_one_error_line(runner, story, tmp_path, make, expected):
    bad = make(tmp_path)
    result = run(runner, str(bad), str(story))
    assert result.exit_code == 1
    [line] = errors_of(result.stderr)
    assert line.startswith(f"Error: {bad}") and expected in line
    assert_record(json.loads(result.stdout))


def test_bad_jsonl_line_names_file_and_line(runner, tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": STORY}) + "\n{broken\n"
                    + json.dumps({"id": "a3", "text": OTHER}) + "\n", encoding="utf-8")
    result = run(runner, str(path))
    assert result.exit_code == 1
    [line] = errors_of(result.stderr)
    assert line.startswith(f"Error: {path}:2: ")
    assert [r["articles"] for r in json.loads(result.stdout)] == [["a1"], ["a3"]]


def test_bad_published_option(runner, story):
    result = run(runner, str(story), "--published", "25/01/2022")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_input_format_choices_match_the_readers():
    from casefile.cli.options import INPUT_FORMATS
    from casefile.read import FORMATS

    assert tuple(FORMATS) == INPUT_FORMATS


def test_csv_with_map(runner, tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("uid,body,date\nx1,\"" + OTHER + "\",2022-01-22\n", encoding="utf-8")
    result = run(runner, str(path), "--map", "text=body", "--map", "id=uid",
                 "--map", "published=date", "--format", "jsonl", "--cache-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["articles"] == ["x1"] and record["published"] == "2022-01-22"


def test_bad_map_is_a_usage_error(runner, story):
    result = run(runner, str(story), "--map", "body")
    assert result.exit_code == 2 and "FIELD=COLUMN" in result.stderr


def test_warc_input(runner, tmp_path):
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i, text in enumerate([STORY, OTHER]):
            body = f"<html><body><article><p>{text}</p></article></body></html>".encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://x.example/{i}", "response", payload=io.BytesIO(body),
                http_headers=headers))
    result = run(runner, str(path), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert len(result.stdout.strip().splitlines()) == 2
    assert json.loads(result.stderr.splitlines()[-1])["read"] == 2
