"""The README runs as written, block by block, as a new user follows it on a fresh clone.

Every ``sh`` and ``python`` block runs, in the README's order, in one temporary copy of the
repository, as a fresh clone (``uv run`` makes the copy's own environment, from uv's cache),
so that files made by one block are there for the next. An HTML comment just before a
block says what else it is:

* ``<!-- test: output -->``: the standard output of the block before it, compared exactly;
* ``<!-- test: file PATH -->``: the contents of PATH, written before the blocks after it run;
* ``<!-- test: excerpt PATH -->``: a JSON object whose every key and value PATH's has;
* ``<!-- test: setup -->``: the two set-up commands. The first runs; the second is
  ``uv run pytest``, this suite itself, which ``.ci/run`` runs;
* ``<!-- test: serve PATH -->``: a server command: started on a free port (in place of the
  ``-p`` it shows), PATH fetched from it, the server stopped;
* ``<!-- test: skip REASON -->``: not run, for the reason given (the benchmark takes
  minutes; a SLURM cluster or cron is not here). ``test_only_these_blocks_are_skipped``
  lists them.

A block of another language with no comment fails the test: every block is accounted for.
When the output of q7x2 changes on purpose, ``Q7X2_README_UPDATE=1 uv run pytest
tests/test_readme.py`` writes the new outputs into the README (then read the diff).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"(?:<!-- test: (?P<marker>[^\n]*?) -->\n)?```(?P<lang>[\w-]*)\n(?P<body>.*?)\n?```", re.S)
RUN = ("sh", "python")
SETUP_SECOND = "uv run pytest"
UPDATE = os.environ.get("Q7X2_README_UPDATE") == "1"


@dataclass
class Block:
    lang: str
    body: str
    marker: str
    start: int     # offsets of the body in the README
    end: int

    @property
    def kind(self) -> str:
        return self.marker.split(" ", 1)[0] if self.marker else ("run" if self.lang in RUN else "")

    @property
    def argument(self) -> str:
        return self.marker.split(" ", 1)[1] if " " in self.marker else ""


def readme_blocks(text: str) -> list[Block]:
    return [Block(m["lang"], m["body"], m["marker"] or "", m.start("body"), m.start("body") + len(m["body"]))
            for m in BLOCK.finditer(text)]


def _copy_of_the_repository(tmp: Path) -> Path:
    work = tmp / "q7x2"
    shutil.copytree(ROOT, work, ignore=shutil.ignore_patterns(
        ".venv", ".git", "__pycache__", ".pytest_cache", ".hypothesis", "dist", "*.egg-info"))
    return work


def _run(block: Block, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}   # this suite's, not the copy's
    if block.lang == "python":
        command, stdin = ["uv", "run", "python", "-"], block.body
    else:
        command, stdin = ["bash", "-e", "-c", block.body], None
    return subprocess.run(command, cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=600)


def _serve_and_fetch(block: Block, cwd: Path) -> str:
    """Start the block's server on a free port, fetch the marker's path, stop the server."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = re.sub(r"-p \d+", f"-p {port}", block.body.strip())
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
    server = subprocess.Popen(["bash", "-c", f"exec {command}"], cwd=cwd, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(1200):
            assert server.poll() is None, f"the server stopped: {server.stderr.read()[-2000:]}"
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{block.argument}", timeout=30) as r:
                    return r.read().decode("utf-8")
            except OSError:
                time.sleep(0.1)
        raise AssertionError("the server never answered")
    finally:
        server.terminate()
        server.wait(timeout=30)


def _excerpt_is_in(block: Block, cwd: Path) -> bool:
    shown = json.loads(block.body)
    whole = json.loads((cwd / block.argument).read_text(encoding="utf-8"))
    return all(whole.get(k) == v for k, v in shown.items())


def test_every_block_of_the_readme_runs_and_shows_its_real_output(tmp_path):
    text = README.read_text(encoding="utf-8")
    blocks = readme_blocks(text)
    work = _copy_of_the_repository(tmp_path)
    unaccounted = [b.body[:60] for b in blocks if not b.kind]
    assert unaccounted == [], "blocks that are neither run, output, file, excerpt, setup, serve nor skip"
    last: subprocess.CompletedProcess | None = None
    wrong, updates = [], []
    for block in blocks:
        if block.kind == "file":
            path = work / block.argument
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(block.body + "\n", encoding="utf-8")
        elif block.kind == "excerpt":
            assert _excerpt_is_in(block, work), f"not in {block.argument}: {block.body}"
        elif block.kind == "setup":
            first, second = block.body.splitlines()
            assert second.split("#")[0].strip() == SETUP_SECOND
            last = _run(Block("sh", first, "", 0, 0), work)
            assert last.returncode == 0, f"{first}\n{last.stderr[-3000:]}"
        elif block.kind == "run":
            last = _run(block, work)
            assert last.returncode == 0, f"{block.body}\nexit {last.returncode}\n{last.stderr[-3000:]}"
        elif block.kind == "serve":
            page = _serve_and_fetch(block, work)
            assert "datasette-cluster-map" in page and "Balad Air Base" in page, page[:2000]
        elif block.kind == "output":
            assert last is not None, "an output block before any command"
            actual = last.stdout.rstrip("\n")
            if actual != block.body:
                wrong.append(f"--- shown:\n{block.body}\n--- real:\n{actual}")
                updates.append((block, actual))
    if UPDATE and updates:
        for block, actual in sorted(updates, key=lambda u: -u[0].start):
            text = text[:block.start] + actual + ("\n" if not block.body else "") + text[block.end:]
        README.write_text(text, encoding="utf-8")
    assert not wrong, "\n\n".join(wrong)


def test_only_these_blocks_are_skipped():
    skipped = [b.argument for b in readme_blocks(README.read_text(encoding="utf-8")) if b.kind == "skip"]
    assert skipped == [
        "a crontab line: cron runs it, at 02:30",
        "the benchmark: it takes minutes (its figures are measured and quoted below)",
        "needs dask-jobqueue and a SLURM cluster",
    ]


def test_ci_runs_exactly_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == SETUP_SECOND
    [setup] = [b for b in readme_blocks(README.read_text(encoding="utf-8")) if b.kind == "setup"]
    assert [line.split("#")[0].strip() for line in setup.body.splitlines()] == ["uv run q7x2 extract seeds/",
                                                                                 SETUP_SECOND]


@pytest.mark.parametrize("name", ["CODEBOOK.md", "pip/README.md"])
def test_the_readme_points_to_the_documents_it_names(name):
    assert (ROOT / name).is_file() and name in README.read_text(encoding="utf-8")


def test_the_pictures_it_shows_are_in_the_repository():
    for picture in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README.read_text(encoding="utf-8")):
        assert (ROOT / picture).is_file(), picture
