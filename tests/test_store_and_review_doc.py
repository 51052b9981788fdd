"""docs/store-and-review.md (the README's section on the events database, Datasette and the
review page) runs as written: each ``sh`` block, in order, in an empty folder holding the seeds.
"""
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "store-and-review.md"
TEXT = DOC.read_text(encoding="utf-8")


def blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)\n```", TEXT, re.S)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_and_fetch(command: str, cwd: Path, env: dict, path: str) -> str:
    """Start the server ``command`` (its port changed to a free one), fetch ``path``, stop it."""
    port = free_port()
    server = subprocess.Popen(["bash", "-c", f"exec {command.replace('-p 8001', f'-p {port}')}"], cwd=cwd, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            assert server.poll() is None, "the server stopped"
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as r:
                    return r.read().decode("utf-8")
            except OSError:
                time.sleep(0.1)
        raise AssertionError("the server never answered")
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_every_shell_block_runs_as_shown_in_order(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    # what the review page's "Download gold JSONL" saves: here, the seeds' gold
    shutil.copy(ROOT / "tests" / "seeds.gold.jsonl", tmp_path / "gold.jsonl")
    env = {**os.environ, "UV_PROJECT": str(ROOT)}
    outputs = []
    for block in blocks("sh"):
        for command in block.splitlines():
            if "datasette " in command:
                page = serve_and_fetch(command, tmp_path, env, "/events/events")
                assert "datasette-cluster-map" in page and "Balad Air Base" in page
                continue
            run = subprocess.run(["bash", "-c", command], cwd=tmp_path, env=env, capture_output=True, text=True)
            assert run.returncode == 0, f"{command}\n{run.stderr}"
            outputs.append((command, run))
    # the re-run prints what the section shows (but the time it took)
    rerun = [run for command, run in outputs if command == "uv run q7x2 extract seeds/ --db events.db"][1]
    shown = blocks("text")[0]
    assert re.sub(r"in [\d.]+ s", "in … s", rerun.stderr.strip()) == re.sub(r"in [\d.]+ s", "in … s", shown)
    for made in ("events.geojson", "attacks.acled.csv", "metadata.json", "review.html", "events.jsonl"):
        assert (tmp_path / made).stat().st_size > 0
    search = next(run for command, run in outputs if "evidence_fts" in command)
    assert re.search(r"^\s*0\d\d_[0-9a-f]+\s+\d+\s+\d+\s*$", search.stdout, re.M)     # doc_id start end rows
    assert re.search(r"^event_p=[\d.]+ event_r=[\d.]+", outputs[-1][1].stdout, re.M)


def test_the_pictures_it_shows_are_in_the_repository():
    for picture in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", TEXT):
        assert (ROOT / picture).is_file(), picture
