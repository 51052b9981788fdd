"""Batch runs: bad input loses nothing, state and output are atomic, --jobs changes nothing.

The real pipeline emits no events yet, so most tests here use :class:`FakePipeline`, which
emits one deterministic event per article (and fails on articles containing "BOOM").
"""
from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import q7x2.api
from q7x2 import runner as runner_mod
from q7x2.articles import text_id
from q7x2.appending import journal_path, journal_record
from q7x2 import work as work_mod
from q7x2.pipeline import Pipeline
from q7x2.record import Casualties, DateField, Event, Location, Source, Span, Target
from q7x2.runner import Options, run

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BAD = HERE / "bad_inputs"
sys.path.insert(0, str(BAD))
import make_fixtures  # noqa: E402


class FakePipeline(Pipeline):
    """One event per article, built from the article alone (test only)."""

    def extract(self, article):
        if "BOOM" in article.text:
            raise RuntimeError("boom inside the pipeline")
        self.document(article)          # the real normaliser and tokeniser still run
        end = min(len(article.text), 12)
        return [Event(
            event_id=f"{article.id}#1", doc_id=article.id,
            source=Source(path=article.path, url=article.url, title=article.title,
                          published=article.published.isoformat() if article.published else None,
                          published_from=article.published_from),
            event_type="Battles", sub_event_type="Armed clash", date=DateField(), location=Location(),
            target=Target(), weapons=[], perpetrators=[], casualties=Casualties(), confidence=0.5,
            evidence=[Span(start=0, end=end, text=article.text[:end])])]


def fake_factory():
    return FakePipeline()


def go(paths, **kw):
    """Run in-process; returns (summary, stdout bytes, stderr lines)."""
    out, err = io.BytesIO(), io.StringIO()
    factory = kw.pop("factory", fake_factory)
    opts = Options(paths=[str(p) for p in paths], **kw)
    summary = run(opts, factory, stdin_binary=io.BytesIO(b""), stdout_binary=out, stderr=err)
    return summary, out.getvalue(), err.getvalue().splitlines()


def article_dir(tmp_path: Path, n: int, name="arts") -> Path:
    d = tmp_path / name
    d.mkdir()
    for i in range(n):
        (d / f"a{i:03d}.txt").write_text(f"{make_fixtures.SENTENCES[i % 3]} ({i})\n", encoding="utf-8")
    return d


@pytest.fixture
def bad_dir(tmp_path):
    d = tmp_path / "bad"
    shutil.copytree(BAD, d, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    make_fixtures.add_links(d)
    return d


# ---------------------------------------------------------------- bad input
EXPECTED_PROBLEMS = [
    "big.txt: over --max-bytes (9000 > 4000 bytes), skipped",
    "binary.txt: binary file (NUL bytes), skipped",
    "broken_link.txt: broken symbolic link, skipped",
    "empty.txt: empty article",
    "fifo.txt: not a regular file, skipped",
    "html.txt: warning: HTML markup stripped (offsets refer to the stripped text)",
    "loop_a.txt: symbolic link loop, skipped",
    "loop_b.txt: symbolic link loop, skipped",
    "mixed.jsonl:2: not JSON: Unterminated string starting at (column 26)",
    "mixed.jsonl:3: no text field ('text' or 'maintext')",
    "mixed.jsonl:6: empty article",
    "mixed.jsonl:7: expected a JSON object, got list",
    "mixed.jsonl:8: warning: HTML markup stripped (offsets refer to the stripped text)",
    "mixed.jsonl:9: published: 'yesterday' is not a date (ISO 8601, RFC 2822, 28/07/2024, 28 يوليو 2024 "
    "or 28 July 2024)",
    "no_text.json: no text field ('text' or 'maintext')",
    "not_json.json: not JSON: Expecting value (line 1 column 21)",
    "sub/deeper/up: symbolic link loop, skipped",
    "utf8.txt: warning: same file as {dir}/link_to_utf8.txt, skipped",
    "whitespace.txt: empty article",
]
GOOD_IDS = ["json-1", "cp1256", "iso8859_6", "link_to_utf8", "line-1", "line-4", "line-8",
            "newsplease", "html", "nested", "trafilatura", "utf16be", "utf16le", "utf8_bom", "utf8_crlf"]


def test_committed_fixtures_are_what_the_script_writes(tmp_path):
    make_fixtures.write(tmp_path)
    for name, data in make_fixtures.files().items():
        assert (BAD / name).read_bytes() == data, name


def test_bad_inputs_are_reported_and_good_ones_all_processed(bad_dir):
    summary, out, err = go([bad_dir], max_bytes=make_fixtures.MAX_BYTES)
    prefix = str(bad_dir) + "/"
    assert [e.removeprefix(prefix) for e in err[:-1]] == [p.format(dir=bad_dir) for p in EXPECTED_PROBLEMS]
    assert err[-1].startswith(f"q7x2: {len(GOOD_IDS)} articles, {len(GOOD_IDS)} events, 16 errors in ")
    assert summary.exit_status == 1
    events = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    assert sorted(e["doc_id"] for e in events) == sorted(GOOD_IDS)
    # the same articles alone, in a clean folder, give the very same lines
    clean = bad_dir.parent / "clean"
    clean.mkdir()
    for name in make_fixtures.GOOD:
        if name != "utf8.txt":             # read through link_to_utf8.txt, which comes first
            shutil.copy(bad_dir / name, clean / name)
    (clean / "sub").mkdir()
    shutil.copy(bad_dir / "sub/nested.txt", clean / "sub/nested.txt")
    (clean / "mixed.jsonl").write_text("\n".join(make_fixtures.JSONL_LINES[i] for i in (0, 3, 7)) + "\n")
    shutil.copy(bad_dir / "utf8.txt", clean / "link_to_utf8.txt")
    summary2, out2, err2 = go([clean], max_bytes=make_fixtures.MAX_BYTES)
    assert summary2.exit_status == 0 and summary2.errors == 0
    strip = lambda b: sorted(l.replace(str(clean), "X").replace(str(bad_dir), "X")  # noqa: E731
                             .replace("mixed.jsonl:2", "mixed.jsonl:N").replace("mixed.jsonl:3", "mixed.jsonl:N")
                             for l in b.decode().splitlines())
    assert len(strip(out2)) == len(GOOD_IDS)
    good_lines = {json.loads(l)["doc_id"]: l for l in out.decode().splitlines()}
    clean_lines = {json.loads(l)["doc_id"]: l for l in out2.decode().splitlines()}
    assert good_lines.keys() == clean_lines.keys()
    for doc_id in good_lines:
        assert good_lines[doc_id].replace(str(bad_dir), "X") == clean_lines[doc_id].replace(str(clean), "X")


def test_every_encoding_reads_the_same_text(bad_dir):
    summary, out, err = go([bad_dir / n for n in ("utf8.txt", "utf8_bom.txt", "utf8_crlf.txt", "utf16le.txt",
                                                   "utf16be.txt", "cp1256.txt", "iso8859_6.txt")])
    assert summary.errors == 0
    spans = {json.loads(l)["evidence"][0]["text"] for l in out.decode().splitlines()}
    assert spans == {make_fixtures.TEXT[:12]}


def test_unreadable_file_is_reported_and_retried(tmp_path, monkeypatch):
    d = article_dir(tmp_path, 3)
    real_open = open

    def fake_open(path, *a, **kw):
        if str(path).endswith("a001.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *a, **kw)

    monkeypatch.setattr("builtins.open", fake_open)
    state = tmp_path / "state.json"
    summary, out, err = go([d], state=str(state))
    assert err[0] == f"{d}/a001.txt: cannot read: Permission denied"
    assert summary.exit_status == 1 and summary.articles == 2
    monkeypatch.undo()
    summary, out, err = go([d], state=str(state))          # the next run reads it
    assert summary.errors == 0 and summary.articles == 1 and out.count(b"\n") == 1


def test_internal_error_is_reported_per_article_and_not_retried_until_the_article_changes(tmp_path):
    d = article_dir(tmp_path, 3)
    (d / "a001.txt").write_text("BOOM", encoding="utf-8")
    state = tmp_path / "state.json"
    summary, out, err = go([d], state=str(state))
    assert err[0] == f"{d}/a001.txt: internal error: RuntimeError: boom inside the pipeline"
    assert summary.exit_status == 1 and out.count(b"\n") == 2
    assert len(json.loads(state.read_text())["files"][str((d / "a001.txt").resolve())]["failed"]) == 1
    summary, out, err = go([d], state=str(state))          # the next night: not tried again
    assert summary.exit_status == 0 and out == b"" and summary.unchanged == 3
    (d / "a001.txt").write_text("fixed " + make_fixtures.SENTENCES[0], encoding="utf-8")
    summary, out, err = go([d], state=str(state))
    assert summary.exit_status == 0 and out.count(b"\n") == 1


def test_stdin_text_and_jsonl():
    out, err = io.BytesIO(), io.StringIO()
    text = make_fixtures.SENTENCES[0].encode("cp1256")
    s = run(Options(paths=["-"]), fake_factory, stdin_binary=io.BytesIO(text), stdout_binary=out, stderr=err)
    ev = json.loads(out.getvalue())
    assert s.exit_status == 0 and ev["evidence"][0]["text"] == make_fixtures.SENTENCES[0][:12]
    assert ev["doc_id"] == text_id(make_fixtures.SENTENCES[0]) == q7x2.api.text_id(make_fixtures.SENTENCES[0])
    out = io.BytesIO()
    data = ("\n".join(make_fixtures.JSONL_LINES) + "\n").encode()
    s = run(Options(paths=["-"], quiet=True), fake_factory, stdin_binary=io.BytesIO(data), stdout_binary=out,
            stderr=(err := io.StringIO()))
    assert [json.loads(l)["doc_id"] for l in out.getvalue().splitlines()] == ["line-1", "line-4", "line-8"]
    assert err.getvalue().splitlines()[0] == "-:2: not JSON: Unterminated string starting at (column 26)"
    assert not any("warning" in l for l in err.getvalue().splitlines())      # --quiet hides warnings


def test_published_order_article_sidecar_option(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    (d / "a.txt").write_text("نص أ", encoding="utf-8")
    (d / "b.txt").write_text("نص ب", encoding="utf-8")
    (d / "c.json").write_text(json.dumps({"text": "نص ج", "published": "2020-01-01"}), encoding="utf-8")
    (d / "published.json").write_text(json.dumps({"a": "2021-02-03", "c": "2022-02-02"}), encoding="utf-8")
    from datetime import date

    _, out, _ = go([d], published=date(2023, 3, 3))
    got = {json.loads(l)["doc_id"]: json.loads(l)["source"] for l in out.decode().splitlines()}
    assert (got["a"]["published"], got["a"]["published_from"]) == ("2021-02-03", "sidecar")
    assert (got["b"]["published"], got["b"]["published_from"]) == ("2023-03-03", "option")
    assert (got["c"]["published"], got["c"]["published_from"]) == ("2020-01-01", "article")


# ---------------------------------------------------------------- state
def test_state_second_run_emits_nothing_third_only_the_new_article(tmp_path):
    d = article_dir(tmp_path, 5)
    state, out_file = tmp_path / "state.json", tmp_path / "events.jsonl"
    s1, _, err = go([d], state=str(state), output=str(out_file))
    first = out_file.read_bytes()
    assert s1.events == 5 and first.count(b"\n") == 5
    assert err[-1].endswith("(0 unchanged files skipped)")
    s2, _, err = go([d], state=str(state), output=str(out_file))
    assert s2.events == 0 and s2.unchanged == 5 and out_file.read_bytes() == b""
    (d / "new.txt").write_text("مقال جديد عن هجوم", encoding="utf-8")
    s3, _, _ = go([d], state=str(state), output=str(out_file))
    lines = out_file.read_bytes().decode().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["doc_id"] == "new"
    # a changed article comes out again; the state file is JSON keyed by real path
    (d / "a002.txt").write_text("نص معدل", encoding="utf-8")
    s4, out, _ = go([d], state=str(state))
    assert [json.loads(l)["doc_id"] for l in out.decode().splitlines()] == ["a002"]
    assert str((d / "new.txt").resolve()) in json.loads(state.read_text())["files"]


def test_state_growing_jsonl_emits_only_new_lines(tmp_path):
    f = tmp_path / "day.jsonl"
    f.write_text(make_fixtures.JSONL_LINES[0] + "\n", encoding="utf-8")
    state = tmp_path / "s.json"
    _, out, _ = go([f], state=str(state))
    assert out.count(b"\n") == 1
    with f.open("a", encoding="utf-8") as g:
        g.write(make_fixtures.JSONL_LINES[3] + "\n")
    _, out, _ = go([f], state=str(state))
    assert [json.loads(l)["doc_id"] for l in out.decode().splitlines()] == ["line-4"]


def test_state_sidecar_change_reprocesses_only_affected_articles(tmp_path):
    d = article_dir(tmp_path, 3)
    state = tmp_path / "s.json"
    go([d], state=str(state))
    (d / "published.json").write_text('{"a001": "2024-01-02"}', encoding="utf-8")
    _, out, _ = go([d], state=str(state))
    assert [json.loads(l)["doc_id"] for l in out.decode().splitlines()] == ["a001"]


def test_state_and_output_are_not_inputs(tmp_path):
    d = article_dir(tmp_path, 2)
    out_file = d / "events.jsonl"
    go([d], state=str(d / "state.json"), output=str(out_file))
    s, _, err = go([d], state=str(d / "state.json"), output=str(out_file))
    assert s.errors == 0 and s.articles == 0 and s.unchanged == 2


def test_corrupt_state_stops_the_run_and_changes_nothing(tmp_path):
    d = article_dir(tmp_path, 2)
    state, out_file = tmp_path / "s.json", tmp_path / "o.jsonl"
    state.write_text("{not json")
    out_file.write_bytes(b"old\n")
    with pytest.raises(runner_mod.FatalError, match="cannot read state"):
        go([d], state=str(state), output=str(out_file))
    assert out_file.read_bytes() == b"old\n" and state.read_text() == "{not json"


# ---------------------------------------------------------------- append
def test_append_adds_and_leaves_no_temporary_files(tmp_path):
    d = article_dir(tmp_path, 3)
    out_file, state = tmp_path / "out" / "events.jsonl", tmp_path / "state.json"
    out_file.parent.mkdir()
    out_file.write_bytes(b"")
    go([d], state=str(state), output=str(out_file), append=True)
    (d / "z.txt").write_text("جديد", encoding="utf-8")
    go([d], state=str(state), output=str(out_file), append=True)
    ids = [json.loads(l)["doc_id"] for l in out_file.read_text().splitlines()]
    assert ids == ["a000", "a001", "a002", "z"]
    assert sorted(p.name for p in out_file.parent.iterdir()) == ["events.jsonl"]


def test_append_cut_short_is_rolled_back_by_the_next_run(tmp_path):
    d = article_dir(tmp_path, 2)
    out_file, state = tmp_path / "events.jsonl", tmp_path / "state.json"
    go([d], state=str(state), output=str(out_file), append=True)
    before = out_file.read_bytes()
    (d / "z.txt").write_text("جديد", encoding="utf-8")
    # a run killed after appending half a line, before its state was saved:
    journal = Path(journal_path(str(out_file)))
    journal.write_text(json.dumps(journal_record(str(out_file), "killed", str(state))))
    with out_file.open("ab") as f:
        f.write(b'{"half": ')
    go([d], state=str(state), output=str(out_file), append=True)
    lines = out_file.read_text().splitlines()
    assert out_file.read_bytes().startswith(before) and [json.loads(l)["doc_id"] for l in lines] == ["a000", "a001", "z"]
    assert not journal.exists()


def test_append_journal_of_a_completed_run_keeps_its_lines(tmp_path):
    d = article_dir(tmp_path, 2)
    out_file, state = tmp_path / "events.jsonl", tmp_path / "state.json"
    go([d], state=str(state), output=str(out_file), append=True)
    record = journal_record(str(out_file), None, str(state))        # as the next run journals it
    (d / "z.txt").write_text("جديد", encoding="utf-8")
    go([d], state=str(state), output=str(out_file), append=True)
    record["run"] = json.loads(state.read_text())["run"]
    journal = Path(journal_path(str(out_file)))       # that run killed after its state was saved
    journal.write_text(json.dumps(record))
    go([d], state=str(state), output=str(out_file), append=True)
    assert out_file.read_text().count("\n") == 3 and not journal.exists()


def test_overlapping_appends_do_not_interleave(tmp_path):
    """Two processes append to one file at once: whole runs, one after the other."""
    script = textwrap.dedent(f"""
        import io, sys
        sys.path[:0] = [{str(HERE)!r}, {str(BAD)!r}]
        from test_runner import fake_factory
        from q7x2.runner import Options, run
        s = run(Options(paths=[sys.argv[1]], output=sys.argv[2], append=True, quiet=True), fake_factory,
                stdin_binary=io.BytesIO(), stdout_binary=io.BytesIO(), stderr=sys.stderr)
        sys.exit(s.exit_status)
    """)
    a, b = article_dir(tmp_path, 30, "a"), article_dir(tmp_path, 30, "b")
    out_file = tmp_path / "events.jsonl"
    env = {**os.environ, runner_mod.TEST_SLEEP_ENV: "0.01"}
    procs = [subprocess.Popen([sys.executable, "-c", script, str(x), str(out_file)], env=env, cwd=ROOT) for x in (a, b)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    paths = [json.loads(l)["source"]["path"] for l in out_file.read_text().splitlines()]
    assert len(paths) == 60
    dirs = [os.path.dirname(p) for p in paths]
    assert len(set(dirs[:30])) == 1 and len(set(dirs[30:])) == 1 and dirs[0] != dirs[30]


# ---------------------------------------------------------------- kill -9
def test_run_killed_halfway_leaves_output_and_state_as_they_were(tmp_path):
    d = article_dir(tmp_path, 3)
    out_file, state = tmp_path / "events.jsonl", tmp_path / "state.json"
    go([d], state=str(state), output=str(out_file))
    for i in range(3, 40):
        (d / f"a{i:03d}.txt").write_text(f"مقال {i}", encoding="utf-8")
    out_before, state_before = out_file.read_bytes(), state.read_bytes()
    assert out_before.count(b"\n") == 3
    for extra in ([], ["--append"]):
        script = textwrap.dedent(f"""
            import sys
            sys.path[:0] = [{str(HERE)!r}, {str(BAD)!r}]
            from test_runner import fake_factory
            from q7x2.cli import main
            main(sys.argv[1:], prog_name="q7x2", obj={{"pipeline_factory": fake_factory}})
        """)
        env = {**os.environ, runner_mod.TEST_SLEEP_ENV: "0.2"}
        p = subprocess.Popen([sys.executable, "-c", script, "extract", str(d), "--state", str(state), "-o", str(out_file),
                              "-v", *extra], env=env, cwd=ROOT, stderr=subprocess.PIPE, text=True)
        seen = []
        while len(seen) < 3:                                         # three new articles done ...
            line = p.stderr.readline()
            assert line, "the run ended before it could be killed"
            if ": 1 events" in line:
                seen.append(line)
        p.send_signal(signal.SIGKILL)                                # ... and killed
        p.wait(timeout=30)
        p.stderr.close()
        assert out_file.read_bytes() == out_before and state.read_bytes() == state_before
    # and a whole run afterwards does what the killed one would have
    s, _, _ = go([d], state=str(state), output=str(out_file), append=True)
    assert s.events == 37 and out_file.read_text().count("\n") == 40
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert all(n.endswith(".q7x2-tmp") for n in leftovers)          # temp files of the killed runs only


# ---------------------------------------------------------------- jobs
def test_jobs_2_output_is_byte_identical_to_jobs_1(tmp_path):
    d = article_dir(tmp_path, 50)
    (d / "bad.json").write_text("{", encoding="utf-8")
    (d / "boom.txt").write_text("BOOM", encoding="utf-8")
    shutil.copy(BAD / "mixed.jsonl", d / "mixed.jsonl")
    s1, out1, err1 = go([d], jobs=1)
    s2, out2, err2 = go([d], jobs=2)
    assert out1 == out2 and out1.count(b"\n") == 53
    assert err1[:-1] == err2[:-1] and (s1.articles, s1.events, s1.errors) == (s2.articles, s2.events, s2.errors)


def test_jobs_with_real_pipeline_on_seeds():
    from q7x2.cli import build_pipeline
    import functools

    factory = functools.partial(build_pipeline, ())
    s1, out1, _ = go([ROOT / "seeds"], jobs=1, factory=factory)
    s2, out2, _ = go([ROOT / "seeds"], jobs=2, factory=factory)
    assert out1 == out2 and s1.articles == s2.articles == 5 and s1.errors == 0


# ---------------------------------------------------------------- progress
def test_progress_bar_only_when_asked_or_a_terminal(tmp_path):
    d = article_dir(tmp_path, 3)
    _, _, err = go([d])
    assert len(err) == 1                                             # StringIO is no terminal
    out, err = io.BytesIO(), io.StringIO()          # standard input: a count of articles
    run(Options(paths=["-"], progress=True), fake_factory, stdin_binary=io.BytesIO(b"x"), stdout_binary=out,
        stderr=err)
    err = err.getvalue().splitlines()
    assert any("articles/s" in line for line in err)
    _, _, err = go([d], progress=True, quiet=True)
    assert err == []


def test_progress_bar_of_files_shows_total_percentage_and_time_left(tmp_path):
    d = article_dir(tmp_path, 3)
    total = sum(p.stat().st_size for p in d.iterdir())
    _, _, err = go([d], progress=True)
    bar = "".join(err)
    assert f"0%|          | 0.00/{total} [00:00<?, ?B/s]" in bar       # percentage, total, elapsed<left


def test_a_file_reached_twice_is_read_once(tmp_path):
    d = article_dir(tmp_path, 2)
    os.symlink("a000.txt", d / "link.txt")
    s, out, err = go([d, d / "a001.txt"])
    assert out.count(b"\n") == 2 and s.errors == 0 and s.warnings == 2
    assert err[:2] == [f"{d}/link.txt: warning: same file as {d}/a000.txt, skipped",
                       f"{d}/a001.txt: warning: same file as {d}/a001.txt, skipped"]


def test_sigterm_cleans_up_and_changes_nothing(tmp_path):
    d = article_dir(tmp_path, 20)
    out_file, state = tmp_path / "events.jsonl", tmp_path / "state.json"
    out_file.write_bytes(b"before\n")
    script = textwrap.dedent(f"""
        import sys
        sys.path[:0] = [{str(HERE)!r}, {str(BAD)!r}]
        from test_runner import fake_factory
        from q7x2.cli import main
        main(sys.argv[1:], prog_name="q7x2", obj={{"pipeline_factory": fake_factory}})
    """)
    env = {**os.environ, runner_mod.TEST_SLEEP_ENV: "0.2"}
    p = subprocess.Popen([sys.executable, "-c", script, "extract", str(d), "--state", str(state), "-o", str(out_file),
                          "-v", "-j", "2"], env=env, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    assert ": 1 events" in p.stderr.readline()
    p.send_signal(signal.SIGTERM)
    assert p.wait(timeout=30) == 143
    p.stderr.close()
    assert out_file.read_bytes() == b"before\n" and not state.exists()
    assert sorted(x.name for x in tmp_path.iterdir()) == ["arts", "events.jsonl", "state.json.lock"]


def test_jobs_batches_grow_so_that_a_small_run_reaches_every_worker():
    batches = list(work_mod.batches(iter(range(100)), 32))
    assert [len(b) for b in batches] == [1, 2, 4, 8, 16, 32, 32, 5]
    assert [x for b in batches for x in b] == list(range(100))
    assert [len(b) for b in work_mod.batches(iter(range(5)), 32)] == [1, 2, 2]

