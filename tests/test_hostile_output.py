"""Output targets under hostile conditions (issue 16, findings 1, 5, 10, 14): what is at the
``-o`` path is never harmed -- a FIFO, a symbolic link, a device, a file of a failed run, a
file being appended to when the disk fills up or after a log rotation.

Destructive cases run in a temporary directory: a FIFO made there, a symbolic link, and a
character device made there (a copy of /dev/null's numbers, when the test may make one),
never the real /dev/null.
"""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from q7x2.appending import journal_path, journal_record
from q7x2.cli import main
from test_runner import HERE, ROOT, article_dir, go

BAD = HERE / "bad_inputs"


def lines_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# ------------------------------------------------------------------ finding 1: targets
def test_a_fifo_gets_the_events_and_stays_a_fifo(tmp_path):
    d = article_dir(tmp_path, 3)
    fifo = tmp_path / "p"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    summary, _, _ = go([d], output=str(fifo))
    reader.join(timeout=30)
    assert summary.exit_status == 0 and got and got[0].count(b"\n") == 3
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_symbolic_link_is_followed_not_replaced(tmp_path):
    d = article_dir(tmp_path, 2)
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real.name)
    go([d], output=str(link))
    assert link.is_symlink() and len(lines_of(real)) == 2


def test_a_character_device_is_written_not_replaced(tmp_path):
    device = tmp_path / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))      # a device node in tmp, not /dev/null
    except (PermissionError, OSError):
        device.unlink(missing_ok=True)
        device.symlink_to("/dev/null")        # only written through: a regression replaces the link, not /dev/null
    d = article_dir(tmp_path, 2)
    summary, _, _ = go([d], output=str(device))
    assert summary.exit_status == 0
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_dev_stdout_sends_the_events_to_standard_output(tmp_path):
    d = article_dir(tmp_path, 2)
    script = textwrap.dedent(f"""
        import sys
        sys.path[:0] = [{str(HERE)!r}, {str(BAD)!r}]
        from test_runner import fake_factory
        from q7x2.cli import main
        main(sys.argv[1:], prog_name="q7x2", obj={{"pipeline_factory": fake_factory}})
    """)
    p = subprocess.run([sys.executable, "-c", script, "extract", str(d), "-q", "-o", "/dev/stdout"],
                       capture_output=True, cwd=ROOT, timeout=120)
    assert p.returncode == 0 and p.stdout.count(b"\n") == 2


def test_a_run_that_processes_nothing_leaves_the_existing_output_as_it_was(tmp_path):
    keep = tmp_path / "keep.jsonl"
    keep.write_text('{"kept": true}\n')
    summary, _, err = go([tmp_path / "missing"], output=str(keep))
    assert summary.exit_status == 1 and keep.read_text() == '{"kept": true}\n'
    assert err[-2].endswith("left as it was")


def test_an_existing_file_keeps_its_mode_and_a_new_one_follows_the_umask(tmp_path):
    d = article_dir(tmp_path, 1)
    existing = tmp_path / "existing.jsonl"
    existing.write_text("x\n")
    existing.chmod(0o640)
    go([d], output=str(existing))
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640
    old = os.umask(0o027)
    try:
        go([d], output=str(tmp_path / "new.jsonl"), state=str(tmp_path / "state.json"))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.jsonl").stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "state.json").stat().st_mode) == 0o640


def test_a_long_output_name_works(tmp_path):
    d = article_dir(tmp_path, 1)
    name = tmp_path / ("e" * 240 + ".jsonl")              # 246 characters: no room for a longer temporary name
    summary, _, _ = go([d], output=str(name), append=True)
    summary, _, _ = go([d], output=str(name))
    assert summary.exit_status == 0 and len(lines_of(name)) == 1


def test_temporary_files_of_killed_runs_are_removed(tmp_path):
    d = article_dir(tmp_path, 1)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".q7x2-{dead.pid}-0badc0de.tmp"
    stale.write_text("half")
    go([d], output=str(tmp_path / "out.jsonl"))
    assert not stale.exists()


# ------------------------------------------------------------------ finding 5: --append
def test_rollback_after_a_log_rotation_leaves_the_file_alone(tmp_path):
    d = article_dir(tmp_path, 2)
    out, state = tmp_path / "events.jsonl", tmp_path / "state.json"
    go([d], output=str(out), append=True, state=str(state))
    Path(journal_path(str(out))).write_text(json.dumps(journal_record(str(out), "killed", str(state))))
    with out.open("r+b") as f:            # logrotate copytruncate
        f.truncate(0)
    summary, _, err = go([d], output=str(out), append=True, state=str(state))
    assert b"\0" not in out.read_bytes() and out.read_bytes() == b""
    assert any("has changed since" in line for line in err)


def test_append_to_a_file_without_final_newline_starts_a_new_line(tmp_path):
    d = article_dir(tmp_path, 2)
    out = tmp_path / "events.jsonl"
    out.write_text('{"earlier": 1}')
    go([d], output=str(out), append=True)
    assert [list(x)[0] for x in lines_of(out)] == ["earlier", "event_id", "event_id"]


def test_csv_append_writes_one_header(tmp_path):
    out = tmp_path / "events.csv"
    go([article_dir(tmp_path, 1, "one")], output=str(out), append=True, fmt="csv")
    go([article_dir(tmp_path, 2, "two")], output=str(out), append=True, fmt="csv")
    rows = out.read_text(encoding="utf-8").splitlines()
    assert len(rows) == 4 and rows.count(rows[0]) == 1


def test_geojson_refuses_append(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(ROOT / "seeds"), "-f", "geojson", "--append",
                                       "-o", str(tmp_path / "e.geojson")])
    assert result.exit_code == 2 and "--append cannot add to a GeoJSON document" in result.output


def _run_with_file_size_limit(limit: int, *args) -> subprocess.CompletedProcess:
    """The CLI with writes past ``limit`` bytes failing (EFBIG), as on a full disk."""
    script = textwrap.dedent(f"""
        import resource, signal, sys
        sys.path[:0] = [{str(HERE)!r}, {str(BAD)!r}]
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
        from test_runner import fake_factory
        from q7x2.cli import main
        main(sys.argv[1:], prog_name="q7x2", obj={{"pipeline_factory": fake_factory}})
    """)
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)


def test_a_full_disk_during_append_rolls_back_in_the_same_run(tmp_path):
    out = tmp_path / "events.jsonl"
    go([article_dir(tmp_path, 2, "first")], output=str(out), append=True)
    before = out.read_bytes()
    d = article_dir(tmp_path, 8, "second")
    p = _run_with_file_size_limit(len(before) + 3000, "extract", str(d), "-o", str(out), "--append")
    assert p.returncode == 1 and "cannot write" in p.stderr and "Traceback" not in p.stderr
    assert out.read_bytes() == before and not Path(journal_path(str(out))).exists()


# ------------------------------------------------------------------ finding 10: convert, merge, evaluate
@pytest.fixture(scope="module")
def records(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("records") / "seeds.jsonl"
    result = CliRunner().invoke(main, ["extract", str(ROOT / "seeds"), "-q", "-o", str(path)])
    assert result.exit_code == 0
    return path


@pytest.mark.parametrize("command", ["convert", "merge"])
def test_convert_and_merge_write_atomically_and_keep_the_mode(tmp_path, records, command):
    out = tmp_path / "out.jsonl"
    out.write_text("kept\n")
    out.chmod(0o640)
    p = _run_with_file_size_limit(2000, command, str(records), "-o", str(out))
    assert p.returncode == 1 and p.stderr.strip().splitlines() == [f"Error: {out}: cannot write: File too large"]
    assert out.read_text() == "kept\n"
    assert CliRunner().invoke(main, [command, str(records), "-o", str(out)]).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640 and out.read_text() != "kept\n"


def _one_line_error(args, expected: str):
    p = subprocess.run([sys.executable, "-m", "q7x2", *args], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert p.returncode == 1 and p.stderr.splitlines() == [f"Error: {expected}"], p.stderr


def test_convert_of_a_binary_file_is_a_one_line_error():
    _one_line_error(["convert", sys.executable], f"{sys.executable}: not UTF-8 text (a binary file?)")


def test_convert_of_deep_json_and_huge_numbers_is_a_one_line_error(tmp_path):
    deep = tmp_path / "deep.jsonl"
    deep.write_text("[" * 100000 + "]" * 100000 + "\n")
    _one_line_error(["convert", str(deep)], f"{deep}: not usable JSON: nested too deeply")
    huge = tmp_path / "huge.jsonl"
    huge.write_text('{"n": ' + "9" * 5000 + "}\n")
    _one_line_error(["merge", str(huge)], f"{huge}: not usable JSON: Exceeds the limit (4300 digits) "
                                          "for integer string conversion: value has 5000 digits")


def test_convert_to_a_full_standard_output_is_a_one_line_error(records):
    with open("/dev/full", "w") as full:
        p = subprocess.run([sys.executable, "-m", "q7x2", "convert", str(records)], stdout=full,
                           stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=120)
    assert p.returncode == 1 and p.stderr.splitlines() == ["Error: <stdout>: cannot write: No space left on device"]


def test_evaluate_of_a_binary_file_is_a_one_line_error(records):
    _one_line_error(["evaluate", sys.executable, str(records)],
                    f"{sys.executable} or {records}: not UTF-8 text (a binary file?)")
