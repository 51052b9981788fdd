"""Hostile input (issue 16, findings 2, 4, 6, 8, 11, 12, 13, 14): no input aborts the run or
the night. Each bad article is a one-line error naming the file and line, is recorded as
failed in the state (not tried again until it changes), and the rest of the run completes
with exit status 1.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from q7x2.cli import main
from q7x2.gazetteers import GazetteerError, Gazetteers
from q7x2.extract.places import Place
from test_runner import ROOT, article_dir, go, make_fixtures

GOOD = make_fixtures.SENTENCES[0]


def jsonl(*objects_or_lines) -> str:
    return "".join((x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) + "\n" for x in objects_or_lines)


# ------------------------------------------------------------------ finding 2 (fuzz)
HOSTILE_LINES = {
    "deep": ('{"id": "deep", "text": "قتل", "m": ' + "[" * 1000 + "]" * 1000 + "}",
             "not usable JSON: nested too deeply"),
    "huge integer": ('{"id": "huge", "text": "قتل", "n": ' + "9" * 4301 + "}",
                     "not usable JSON: Exceeds the limit (4300 digits) for integer string conversion: "
                     "value has 4301 digits"),
    "Go's zero time": ('{"id": "zero", "text": "قتل", "published": "0001-01-01T00:00:00Z"}',
                       "published date 0001-01-01 out of range (1900-2100)"),
    "year 9999": ('{"id": "late", "text": "قتل", "published": "9999-12-31"}',
                  "published date 9999-12-31 out of range (1900-2100)"),
}


@pytest.mark.parametrize("jobs", [1, 2])
def test_hostile_jsonl_lines_are_one_line_errors_and_the_run_completes(tmp_path, jobs):
    f = tmp_path / "night.jsonl"
    surrogate = json.dumps({"id": "surrogate", "text": GOOD + "\ud800"})        # the escape "\\ud800"
    f.write_text(jsonl({"id": "first", "text": GOOD}, *(line for line, _ in HOSTILE_LINES.values()), surrogate,
                       {"id": "last", "text": GOOD}), encoding="utf-8")
    state = tmp_path / "state.json"
    summary, out, err = go([f], jobs=jobs, state=str(state))
    assert summary.exit_status == 1 and summary.errors == len(HOSTILE_LINES)
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["first", "surrogate", "last"]
    for n, (_, reason) in enumerate(HOSTILE_LINES.values(), 2):
        assert f"{f}:{n}: {reason}" in err
    assert f"{f}:6: warning: characters that are not Unicode (lone surrogates) replaced by U+FFFD" in err
    assert json.loads(out.splitlines()[1])["evidence"][0]["text"] == GOOD[:12]
    summary, out, err = go([f], jobs=jobs, state=str(state))           # the next night: done, not retried
    assert summary.exit_status == 0 and out == b"" and summary.unchanged == 1


def test_a_deep_published_json_sidecar_is_a_one_line_error(tmp_path):
    d = article_dir(tmp_path, 1)
    (d / "published.json").write_text("[" * 5000 + "]" * 5000)
    summary, out, err = go([d])
    assert f"{d}/published.json: bad sidecar: nested too deeply" in err and out.count(b"\n") == 1


def test_a_file_name_that_is_not_utf8_with_state(tmp_path):
    d = tmp_path / "night"
    d.mkdir()
    name = os.path.join(os.fsencode(d), b"caf\xe9.txt")
    with open(name, "wb") as f:
        f.write(GOOD.encode())
    state = tmp_path / "state.json"
    summary, out, err = go([d], state=str(state))
    event = json.loads(out)
    assert summary.exit_status == 0 and event["doc_id"] == "caf\ufffd"
    assert any("lone surrogates" in line for line in err)
    summary, out, _ = go([d], state=str(state))
    assert summary.unchanged == 1 and out == b""


# ------------------------------------------------------------------ finding 4
def test_utf8_cut_inside_a_character_is_an_error_not_cp1256_garbage(tmp_path):
    d = tmp_path / "night"
    d.mkdir()
    data = GOOD.encode("utf-8")
    cut = max(i for i, byte in enumerate(data) if byte >= 0xC0) + 1
    (d / "cut.txt").write_bytes(data[:cut])                # cut inside an Arabic letter
    (d / "legacy.txt").write_bytes(GOOD.encode("cp1256"))  # still read as Windows-1256
    state = tmp_path / "state.json"
    summary, out, err = go([d], state=str(state))
    assert f"{d}/cut.txt: invalid UTF-8 at byte {cut - 1} (a cut or damaged file?), skipped" in err
    assert summary.exit_status == 1 and [json.loads(x)["doc_id"] for x in out.splitlines()] == ["legacy"]


def test_utf16_jsonl_without_bom_is_read(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_bytes(jsonl({"id": "u16", "text": GOOD}).encode("utf-16-le"))
    summary, out, _ = go([f])
    assert summary.exit_status == 0 and json.loads(out)["doc_id"] == "u16"


# ------------------------------------------------------------------ finding 6
def test_same_named_files_in_two_day_folders_are_two_documents_in_merge(tmp_path):
    for day in ("d1", "d2"):
        (tmp_path / day).mkdir()
    text = (ROOT / "seeds" / "001_1e6b6c2c93cf8a11.txt").read_text(encoding="utf-8")
    (tmp_path / "d1" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "d2" / "a.txt").write_text(text, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["extract", str(tmp_path / "d1"), str(tmp_path / "d2"), "--published", "2021-04-25",
                                  "-o", str(tmp_path / "e.jsonl")])
    assert "warning: duplicate id 'a'" in result.output
    merged = runner.invoke(main, ["merge", str(tmp_path / "e.jsonl")])
    records = [json.loads(x) for x in merged.output.splitlines()]
    assert records and all([s["doc_id"] for s in r["sources"]] == ["a", "a"] for r in records)   # both files' reports


def test_an_article_extracted_again_replaces_its_events_in_merge(tmp_path):
    f = tmp_path / "night.jsonl"
    text = (ROOT / "seeds" / "001_1e6b6c2c93cf8a11.txt").read_text(encoding="utf-8")
    f.write_text(jsonl({"id": "edited", "text": text, "published": "2024-02-08"}), encoding="utf-8")
    out, state = tmp_path / "events.jsonl", tmp_path / "state.json"
    runner = CliRunner()
    runner.invoke(main, ["extract", str(f), "--state", str(state), "--append", "-o", str(out)])
    f.write_text(jsonl({"id": "edited", "text": text, "published": "2024-02-08", "title": "edited"}), encoding="utf-8")
    runner.invoke(main, ["extract", str(f), "--state", str(state), "--append", "-o", str(out)])
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2 * len({r["event_id"] for r in records})           # every event emitted twice
    merged = [json.loads(x) for x in runner.invoke(main, ["merge", str(out)]).output.splitlines()]
    assert len(merged) == len(records) // 2
    assert all(s["title"] == "edited" for m in merged for s in m["sources"])


# ------------------------------------------------------------------ finding 8
def test_standard_input_obeys_max_bytes(tmp_path):
    with open("/dev/zero", "rb") as zero:
        p = subprocess.run([sys.executable, "-m", "q7x2", "extract", "-", "--max-bytes", "1M"], stdin=zero,
                           capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert p.returncode == 1 and "-: over --max-bytes (> 1048576 bytes), skipped" in p.stderr


def test_standard_input_jsonl_skips_a_line_over_max_bytes_and_reads_on():
    data = jsonl({"id": "a", "text": GOOD}, {"id": "big", "text": "ب" * 3000}, {"id": "c", "text": GOOD}).encode()
    import io

    from q7x2.runner import Options, run
    from test_runner import fake_factory

    out, err = io.BytesIO(), io.StringIO()
    summary = run(Options(paths=["-"], max_bytes=1000), fake_factory, stdin_binary=io.BytesIO(data),
                  stdout_binary=out, stderr=err)
    assert [json.loads(x)["doc_id"] for x in out.getvalue().splitlines()] == ["a", "c"]
    assert "-:2: over --max-bytes (> 1000 bytes), skipped" in err.getvalue() and summary.exit_status == 1


# ------------------------------------------------------------------ finding 11, 13
def test_a_number_of_5000_digits_does_not_lose_the_article(tmp_path, pipeline):
    from q7x2.article import Article

    text = f"قتل {'9' * 5000} شخصا في هجوم بعبوة ناسفة على دورية للجيش في الرمادي يوم الأحد."
    events = pipeline.extract(Article(id="n", text=text))
    assert events and all(e.casualties.killed is None for e in events)


def test_absurd_figures_are_left_out_with_a_warning(tmp_path):
    f = tmp_path / "absurd.txt"
    f.write_text("قتل 5000000 شخص وأطلق 99999 صاروخ على قاعدة عين الأسد يوم الأحد.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(f), "--published", "2024-01-07", "-o", str(tmp_path / "e.jsonl")])
    [event] = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    assert event["casualties"]["killed"] is None and all(w["count"] is None for w in event["weapons"])
    assert f"{f}: warning: killed 5000000 is above the bound 100000 (gazetteers/bounds.yaml), left out" in result.output
    acled = CliRunner().invoke(main, ["convert", "-f", "acled", str(tmp_path / "e.jsonl")]).output
    assert "5000000" not in acled


# ------------------------------------------------------------------ finding 12
def _user_gazetteer(tmp_path: Path, name: str, content: bytes) -> Path:
    d = tmp_path / "gz"
    d.mkdir(exist_ok=True)
    (d / name).write_bytes(content)
    return d


def test_an_alias_bomb_as_an_id_is_not_expanded_in_the_message(tmp_path):
    levels = ["&a [x, x, x, x, x, x, x, x, x]"] + [
        f"&{c} [{', '.join([f'*{p}'] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi")]    # 9**9 leaves if expanded
    content = ("- {id: x, name: X, name_ar: بلدة, kind: town, country: IQ}\n"
               f"- {{id: [{', '.join(levels)}], name: Y, name_ar: قرية, kind: town, country: IQ}}\n")
    d = _user_gazetteer(tmp_path, "places_bomb.yaml", content.encode())
    started = time.monotonic()
    with pytest.raises(GazetteerError) as e:
        Gazetteers((d,)).entries("places", Place)
    assert time.monotonic() - started < 5
    assert str(e.value) == f"{d}/places_bomb.yaml: entry 2: id: Input should be a valid string"


@pytest.mark.parametrize("name_ar", [".", "", " ", "و", "\u200b"])
def test_a_name_that_is_no_name_is_rejected(tmp_path, name_ar):
    entry = {"id": "x-1", "name": "X", "name_ar": name_ar, "kind": "town", "country": "IQ"}
    d = _user_gazetteer(tmp_path, "places_x.yaml", json.dumps([entry]).encode())
    with pytest.raises(GazetteerError, match=r"places_x.yaml: entry 1 \(x-1\): .*name_ar: .* is not a name"):
        Gazetteers((d,)).entries("places", Place)


def _extract_exit(args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "q7x2", "extract", str(ROOT / "seeds"), "-q", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_a_gazetteer_that_is_not_utf8_is_a_one_line_usage_error(tmp_path):
    content = "- {id: x, name: X, name_ar: بلدة}\n".encode("cp1256")
    d = _user_gazetteer(tmp_path, "places_x.yaml", content)
    p = _extract_exit(["--gazetteers", str(d)])
    first_bad = next(i for i, byte in enumerate(content) if byte >= 0x80)
    assert p.returncode == 2 and p.stderr.splitlines() == [f"q7x2: {d}/places_x.yaml: not UTF-8 (byte {first_bad})"]


def test_a_fifo_named_like_a_gazetteer_does_not_hang_start_up(tmp_path):
    d = tmp_path / "gz"
    d.mkdir()
    os.mkfifo(d / "places_x.yaml")
    p = _extract_exit(["--gazetteers", str(d)])
    assert p.returncode == 2 and p.stderr.splitlines() == [f"q7x2: {d}/places_x.yaml: not a regular file"]


# ------------------------------------------------------------------ finding 14
def test_a_state_of_the_wrong_shape_is_cannot_read_state(tmp_path):
    state = tmp_path / "state.json"
    state.write_text(json.dumps({"files": {"/x": ["not", "an", "entry"]}}))
    result = CliRunner().invoke(main, ["extract", str(ROOT / "seeds"), "--state", str(state)])
    assert result.exit_code == 1 and "cannot read state: bad entry for '/x'" in result.output
