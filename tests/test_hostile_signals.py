"""Workers that die, articles that hang, signals to the run (issue 16, findings 3 and 7 and
the per-article time budget), with real processes and real signals."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from q7x2.cli import main
from q7x2.work import TEST_SLEEP_ENV
from test_runner import HERE, ROOT, FakePipeline, article_dir

BAD = HERE / "bad_inputs"


class DyingPipeline(FakePipeline):
    """FakePipeline whose process is killed by an article containing "DIE" (as the OOM
    killer or a crash in C code would end it)."""

    def extract(self, article):
        if "DIE" in article.text:
            os.kill(os.getpid(), signal.SIGKILL)
        return super().extract(article)


def dying_factory():
    return DyingPipeline()


SCRIPT = textwrap.dedent(f"""
    import sys
    sys.path[:0] = [{str(HERE)!r}, {str(BAD)!r}]
    from test_hostile_signals import dying_factory
    from q7x2.cli import main
    main(sys.argv[1:], prog_name="q7x2", obj={{"pipeline_factory": dying_factory}})
""")


def start(*args, sleep: str = "0.2", **kw) -> subprocess.Popen:
    env = {**os.environ, TEST_SLEEP_ENV: sleep}
    return subprocess.Popen([sys.executable, "-c", SCRIPT, *args], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children") as f:
        return [int(x) for x in f.read().split()]


def test_a_worker_killed_mid_run_loses_nothing(tmp_path):
    d = article_dir(tmp_path, 12)
    p = start("extract", str(d), "-j", "2", "-v")
    assert ": 1 events" in p.stderr.readline()
    os.kill(children(p.pid)[0], signal.SIGKILL)
    out, err = p.communicate(timeout=60)
    assert p.returncode == 0 and "Traceback" not in err
    assert sorted(json.loads(x)["doc_id"] for x in out.splitlines()) == [f"a{i:03d}" for i in range(12)]


def test_an_article_that_kills_its_worker_fails_alone_and_is_not_retried(tmp_path):
    d = article_dir(tmp_path, 6)
    (d / "a002.txt").write_text("DIE", encoding="utf-8")
    state = tmp_path / "state.json"
    p = start("extract", str(d), "-j", "2", "--state", str(state), sleep="0")
    out, err = p.communicate(timeout=60)
    assert p.returncode == 1 and f"{d}/a002.txt: worker process killed by SIGKILL" in err.splitlines()
    assert "Traceback" not in err and len(out.splitlines()) == 5
    p = start("extract", str(d), "-j", "2", "--state", str(state), sleep="0")
    out, err = p.communicate(timeout=60)
    assert p.returncode == 0 and out == ""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_article_over_its_time_budget_fails_and_the_run_goes_on(tmp_path, jobs):
    d = article_dir(tmp_path, 4)
    (d / "a001.txt").write_text("Q7X2_TEST_HANG", encoding="utf-8")
    p = start("extract", str(d), "-j", jobs, "--timeout-per-article", "1", sleep="0.01")
    out, err = p.communicate(timeout=60)
    assert p.returncode == 1
    assert f"{d}/a001.txt: over the time budget (--timeout-per-article 1 s), skipped" in err.splitlines()
    assert [json.loads(x)["doc_id"] for x in out.splitlines()] == ["a000", "a002", "a003"]


def test_sigterm_to_the_process_group_ends_jobs_2_promptly_and_cleanly(tmp_path):
    d = article_dir(tmp_path, 30)
    out_file, state = tmp_path / "events.jsonl", tmp_path / "state.json"
    out_file.write_bytes(b"before\n")
    for _ in range(5):          # the old pool deadlocked in about half of such runs
        p = start("extract", str(d), "--state", str(state), "-o", str(out_file), "-v", "-j", "2",
                  start_new_session=True)
        assert ": 1 events" in p.stderr.readline()
        os.killpg(p.pid, signal.SIGTERM)
        started = time.monotonic()
        _, err = p.communicate(timeout=30)
        assert time.monotonic() - started < 10 and p.returncode == 143 and "Traceback" not in err
        assert out_file.read_bytes() == b"before\n" and not state.exists()
        assert sorted(x.name for x in tmp_path.iterdir()) == ["arts", "events.jsonl", "state.json.lock"]
    p = start("extract", str(d), "--state", str(state), "-o", str(out_file), "-q", "-j", "2", sleep="0")
    assert p.wait(timeout=60) == 0 and len(out_file.read_text().splitlines()) == 30     # the lock was released


def test_jobs_is_capped_to_the_cpus(tmp_path):
    d = article_dir(tmp_path, 2)
    result = CliRunner().invoke(main, ["extract", str(d), "-j", "99999999999999999999", "-o", str(tmp_path / "o")],
                                obj={"pipeline_factory": dying_factory})
    cpus = os.cpu_count()
    assert result.exit_code == 0
    assert f"q7x2: warning: -j 99999999999999999999 is more than the {cpus} CPUs here; using {cpus}" in result.output
    assert len(Path(tmp_path / "o").read_text().splitlines()) == 2


def _ended(pid: int) -> bool:
    try:
        return "zombie" in Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True


def test_workers_of_a_killed_run_end_quietly(tmp_path):
    d = article_dir(tmp_path, 20)
    p = start("extract", str(d), "-j", "2", "-v")
    assert ": 1 events" in p.stderr.readline()
    workers = children(p.pid)
    p.kill()                                    # SIGKILL: no clean-up code runs in the parent
    rest = p.stderr.read()                      # until every writer of the pipe (the workers too) is gone
    p.wait(timeout=30)
    deadline = time.monotonic() + 10
    while not all(_ended(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert "Traceback" not in rest and all(_ended(w) for w in workers)


def test_a_worker_stuck_where_no_signal_reaches_is_killed_and_the_run_goes_on(tmp_path):
    d = article_dir(tmp_path, 4)
    (d / "a001.txt").write_text("Q7X2_TEST_STUCK", encoding="utf-8")
    p = start("extract", str(d), "-j", "2", "--timeout-per-article", "1", sleep="0.01")
    out, err = p.communicate(timeout=120)
    assert p.returncode == 1
    assert f"{d}/a001.txt: over the time budget (1 s per article), its worker killed" in err.splitlines()
    assert [json.loads(x)["doc_id"] for x in out.splitlines()] == ["a000", "a002", "a003"]
