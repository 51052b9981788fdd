"""Soak (issue 16): a night of incremental runs under every failure at once, then a clean
re-run, gives the clean run's events -- no more, no fewer, no duplicate, every line JSON,
no temporary file left.

A SMALLER SOAK than the issue's 5,000 articles by default: 500 articles (10 JSONL files of
50 lines, about 2 % of them hostile), so that it runs in the test suite on a 2-core machine;
``Q7X2_SOAK_FILES=100`` runs the 5,000. The
articles are the seed articles' paragraphs recombined (the throughput benchmark's corpus),
extracted by the real pipeline with ``-j 2``. The night:

1. day 1's files, a run ended by SIGTERM (as ``timeout`` sends it) half-way;
2. a run SIGKILLed half-way;
3. a run whose worker is SIGKILLed half-way (the OOM killer);
4. day 2's files arrive; a run on a full disk (writes past a size limit fail, EFBIG);
5. a run with nothing wrong.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from q7x2.work import TEST_SLEEP_ENV
from test_hostile_signals import children

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from throughput import build_corpus  # noqa: E402

# Q7X2_SOAK_FILES=100 runs the full 5,000 articles (about ten times as long)
FILES, PER_FILE = int(os.environ.get("Q7X2_SOAK_FILES", "10")), 50
HOSTILE = [
    '{"id": "deep", "text": "قتل", "m": ' + "[" * 2000 + "]" * 2000 + "}",
    '{"id": "huge", "text": "قتل", "n": ' + "9" * 5000 + "}",
    '{"id": "zero", "text": "قتل", "published": "0001-01-01T00:00:00Z"}',
    '{"id": "surrogate", "text": "قتل جندي في هجوم \\ud800 في الرمادي"}',
    '{"id": "digits", "text": "قتل ' + "9" * 5000 + ' شخصا في هجوم بعبوة ناسفة في الرمادي"}',
    '{"id": "absurd", "text": "قتل 5000000 شخص في هجوم بعبوة ناسفة في الرمادي"}',
    '["not", "an", "object"]',
    '{"id": "empty", "text": "   "}',
    '{"id": "nul", "text": "a\\u0000b"}',
    '{"id": "cut", "text": "قتل',
]

SCRIPT = textwrap.dedent("""
    import resource, signal, sys
    limit = int(sys.argv[1])
    if limit:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    from q7x2.cli import main
    main(sys.argv[2:], prog_name="q7x2")
""")


def write_day(directory: Path, first: int, articles) -> None:
    """Files ``first`` ... of the night (half of them), each with one hostile line."""
    for f in range(first, first + FILES // 2):
        lines = [json.dumps({"id": f"f{f:02d}-{n:02d}", "text": articles[f * PER_FILE + n].text,
                             "published": "2021-04-20"}, ensure_ascii=False) for n in range(PER_FILE)]
        lines[17] = HOSTILE[f % len(HOSTILE)].replace('"id": "', f'"id": "{f:02d}-', 1)   # ids unique past 10 files
        (directory / f"night-{f:02d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def records(path: Path, directory: Path) -> list[dict]:
    """The records of ``path``, with the input directory's name left out of their paths."""
    text = path.read_text(encoding="utf-8").replace(str(directory), "IN")
    return [json.loads(line) for line in text.splitlines()]


def start(args, limit: int = 0, sleep: str = "0") -> subprocess.Popen:
    env = {**os.environ, TEST_SLEEP_ENV: sleep}
    return subprocess.Popen([sys.executable, "-c", SCRIPT, str(limit), *args], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def half_way(p: subprocess.Popen) -> None:
    """Wait until the run has processed a tenth of the articles."""
    done = 0
    for line in p.stderr:
        done += ": " in line and " events" in line
        if done >= FILES * PER_FILE // 20:
            return
    raise AssertionError("the run ended before half-way")


def test_a_night_of_failures_then_a_clean_run_gives_the_clean_events(tmp_path):
    articles = build_corpus(FILES * PER_FILE)
    clean_in, night_in, out_dir = tmp_path / "clean", tmp_path / "night", tmp_path / "out"
    for d in (clean_in, night_in, out_dir):
        d.mkdir()
    write_day(clean_in, 0, articles)
    write_day(clean_in, FILES // 2, articles)
    write_day(night_in, 0, articles)
    clean = tmp_path / "clean.jsonl"
    p = start(["extract", str(clean_in), "-j", "2", "-q", "-o", str(clean)])
    _, err = p.communicate(timeout=600)
    assert p.returncode == 1 and "Traceback" not in err
    failed = sorted(line.split(":")[1] for line in err.splitlines() if ".jsonl:" in line and "warning" not in line)
    assert failed == ["18"] * (6 * FILES // 10)  # deep, huge, zero, not an object, empty, cut: line 18 of 6 files in 10

    night, state = out_dir / "events.jsonl", tmp_path / "state.json"
    nightly = ["extract", str(night_in), "--state", str(state), "--append", "-o", str(night), "-j", "2", "-v"]
    p = start(nightly, sleep="0.02")                                   # 1. SIGTERM
    half_way(p)
    p.send_signal(signal.SIGTERM)
    assert p.wait(timeout=60) == 143
    p = start(nightly, sleep="0.02")                                   # 2. SIGKILL
    half_way(p)
    p.kill()
    p.wait(timeout=60)
    p = start(nightly, sleep="0.02")                                   # 3. a worker killed
    half_way(p)
    os.kill(children(p.pid)[0], signal.SIGKILL)
    _, err = p.communicate(timeout=600)
    assert p.returncode == 1 and "Traceback" not in err
    write_day(night_in, FILES // 2, articles)                          # 4. day 2, a full disk
    size = night.stat().st_size
    day2 = clean.stat().st_size - size
    p = start(nightly, limit=size + day2 // 2)
    _, err = p.communicate(timeout=600)
    assert p.returncode == 1 and "cannot write" in err and "Traceback" not in err
    assert night.stat().st_size == size
    p = start(nightly)                                                 # 5. nothing wrong
    _, err = p.communicate(timeout=600)
    assert p.returncode == 1 and "Traceback" not in err                # day 2's hostile lines

    got, expected = records(night, night_in), records(clean, clean_in)
    assert got == expected and len(expected) > FILES * PER_FILE // 2
    assert len({e["event_id"] for e in got}) == len(got)
    assert [x.name for x in out_dir.iterdir()] == ["events.jsonl"]      # no temporary file, no journal
