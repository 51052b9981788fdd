"""``q7x2 extract`` as a Unix tool: exit statuses, standard streams, pipes, --help, --version."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from q7x2 import __version__
from q7x2.cli import main
from q7x2.formats import WRITERS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
sys.path.insert(0, str(ROOT / "tests"))
from test_runner import FakePipeline, fake_factory  # noqa: E402,F401


def invoke(args, input=None, factory=fake_factory):
    return CliRunner().invoke(main, args, input=input, obj={"pipeline_factory": factory} if factory else None)


def q7x2(*args, input=None, env=None):
    """The installed command, in a real process."""
    return subprocess.run([sys.executable, "-m", "q7x2", *args], input=input, capture_output=True, cwd=ROOT,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_version():
    r = invoke(["--version"])
    assert r.exit_code == 0 and r.stdout == f"q7x2, version {__version__}\n"


def test_help_shows_examples_and_options():
    r = invoke(["extract", "--help"])
    assert r.exit_code == 0
    for text in ("Examples:", "q7x2 extract seeds/", "--state", "--append", "--jobs", "--max-bytes", "--quiet",
                 "--verbose", "--format", "--published", "Exit status"):
        assert text in r.stdout, text


def test_format_choices_come_from_the_writers():
    r = invoke(["extract", "--help"])
    assert "[" + "|".join(sorted(WRITERS)) + "]" in r.stdout


@pytest.mark.parametrize("args", [
    ["extract"],
    ["extract", "seeds", "--append"],
    ["extract", "seeds", "--published", "yesterday"],
    ["extract", "seeds", "--max-bytes", "lots"],
    ["extract", "seeds", "--jobs", "-1"],
    ["extract", "seeds", "-q", "-v"],
    ["extract", "seeds", "--format", "xml"],
    ["extract", "seeds", "--state", "x.json", "-o", "x.json"],
    ["extract", "-", "-"],
    ["extract", "seeds", "--no-such-option"],
])
def test_usage_errors_exit_2(args):
    r = invoke(args)
    assert r.exit_code == 2, r.output
    assert "Usage:" in r.stderr or "Error" in r.stderr


def test_real_pipeline_on_seeds_exits_0_with_a_summary():
    r = invoke(["extract", str(SEEDS)], factory=None)
    assert r.exit_code == 0
    assert r.stderr.startswith("q7x2: 5 articles, ") and " errors in " in r.stderr
    for line in r.stdout.splitlines():
        json.loads(line)


def test_quiet_and_verbose():
    r = invoke(["extract", str(SEEDS), "-q"])
    assert r.exit_code == 0 and r.stderr == "" and r.stdout.count("\n") == 5
    r = invoke(["extract", str(SEEDS), "-v"])
    lines = r.stderr.splitlines()
    assert len(lines) == 6 and lines[0].endswith("000_38861cbc4b8f2a55.txt: 1 events")


def test_some_inputs_failed_exit_1_and_the_rest_is_written(tmp_path):
    (tmp_path / "bad.json").write_text("[1]")
    r = invoke(["extract", str(SEEDS), str(tmp_path), str(tmp_path / "missing.txt")])
    assert r.exit_code == 1
    assert r.stderr.splitlines()[:2] == [f"{tmp_path}/bad.json: expected a JSON object, got list",
                                         f"{tmp_path}/missing.txt: no such file or directory"]
    assert r.stdout.count("\n") == 5


def test_output_file_and_stdin(tmp_path):
    out = tmp_path / "e.jsonl"
    r = invoke(["extract", "-", "-o", str(out), "--published", "2024-07-28"], input="هجوم على بغداد")
    assert r.exit_code == 0 and r.stdout == ""
    ev = json.loads(out.read_text(encoding="utf-8"))
    assert ev["source"]["path"] == "-" and ev["source"]["published"] == "2024-07-28"


def test_output_is_utf8_and_the_same_bytes_on_every_run():
    a = invoke(["extract", str(SEEDS)]).stdout_bytes
    b = invoke(["extract", str(SEEDS), "-j", "2"]).stdout_bytes
    assert a == b and "ال".encode() in a


def test_python_dash_m_and_jobs_on_seeds_with_the_real_pipeline():
    one = q7x2("extract", "seeds/", "-j", "1")
    two = q7x2("extract", "seeds/", "-j", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert one.stderr.startswith(b"q7x2: 5 articles")


def test_head_1_ends_quietly(tmp_path):
    d = tmp_path / "many"
    d.mkdir()
    for i in range(300):
        shutil.copy(SEEDS / "000_38861cbc4b8f2a55.txt", d / f"{i:03d}.txt")
    script = (f"import sys; sys.path.insert(0, {str(ROOT / 'tests')!r}); sys.path.insert(0, {str(ROOT / 'tests' / 'bad_inputs')!r});"
              "from test_runner import fake_factory; from q7x2.cli import main;"
              "main(sys.argv[1:], prog_name='q7x2', obj={'pipeline_factory': fake_factory})")
    state = tmp_path / "state.json"
    for jobs in ("1", "2"):
        p = subprocess.run(f"{sys.executable} -c \"{script}\" extract {d} --state {state} -j {jobs} | head -1",
                           shell=True, capture_output=True, cwd=ROOT, timeout=120)
        assert p.stderr == b"", p.stderr.decode()
        assert p.stdout.count(b"\n") == 1 and json.loads(p.stdout)["doc_id"] == "000"
        assert not state.exists()                      # the output never got through: no state
    p = subprocess.run(f"{sys.executable} -m q7x2 extract seeds/ | head -c 1", shell=True, capture_output=True,
                       cwd=ROOT, timeout=120)
    assert b"Traceback" not in p.stderr and b"Exception ignored" not in p.stderr


def test_unwritable_output_is_reported_and_nothing_changes(tmp_path):
    r = invoke(["extract", str(SEEDS), "-o", str(tmp_path / "no" / "such" / "dir" / "e.jsonl")])
    assert r.exit_code == 1 and r.stderr.startswith("q7x2: ") and "cannot write" in r.stderr


def test_bad_gazetteer_is_a_usage_error(tmp_path):
    (tmp_path / "morphology.yaml").write_text("nonsense: [")
    r = invoke(["extract", str(SEEDS), "--gazetteers", str(tmp_path)], factory=None)
    assert r.exit_code == 2 and r.stderr.startswith("q7x2: ")


def test_state_in_a_missing_directory_is_reported(tmp_path):
    r = invoke(["extract", str(SEEDS), "--state", str(tmp_path / "no" / "state.json")])
    assert r.exit_code == 1 and r.stderr.startswith("q7x2: ") and "cannot use as state" in r.stderr


def test_help_lists_every_command_with_its_whole_one_line_purpose():
    r = invoke(["--help"])
    lines = r.stdout.split("Commands:\n")[1].splitlines()
    listed = {line.split()[0]: line.split(None, 1)[1] for line in lines if line.strip()}
    assert set(listed) == set(main.commands)
    for name, purpose in listed.items():
        assert purpose == main.commands[name].help.splitlines()[0].strip(), name    # whole, not cut short
        assert purpose.endswith(".") and not purpose.endswith("...")
