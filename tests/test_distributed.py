"""Dask scale-out writes exactly the bytes of a single-process run (needs the ``dask`` extra:
``uv run --extra dask pytest tests/test_distributed.py``)."""
from pathlib import Path

import pytest

from q7x2.articles import iter_articles
from q7x2.distributed import INSTALL_HINT, parse_scheduler
from q7x2.pipeline import Pipeline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def jsonl(events_per_article) -> bytes:
    return "".join(e.to_json() + "\n" for events in events_per_article for e in events).encode("utf-8")


def test_scheduler_argument():
    assert parse_scheduler("local:3") == 3
    assert parse_scheduler("tcp://10.0.0.5:8786") == "tcp://10.0.0.5:8786"
    with pytest.raises(ValueError):
        parse_scheduler("local:x")
    assert "q7x2[dask]" in INSTALL_HINT


def test_local_cluster_of_two_workers_gives_the_single_process_bytes():
    pytest.importorskip("distributed")
    from q7x2.distributed import extract_on_dask

    articles = list(iter_articles([str(SEEDS)]))
    single = jsonl(Pipeline().extract(a) for a in articles)
    assert single.count(b"\n") > 5
    # batches of two: three batches over two worker processes, gathered in input order
    per_article = list(extract_on_dask(articles, "local:2", batch_size=2))
    assert len(per_article) == len(articles)
    assert jsonl(per_article) == single


def test_a_bad_scheduler_fails_at_the_call():
    from q7x2.distributed import extract_on_dask
    with pytest.raises(ValueError):
        extract_on_dask(iter(()), "local:0")


def test_extract_scheduler_option_writes_the_single_process_bytes(tmp_path):
    pytest.importorskip("distributed")
    from click.testing import CliRunner

    from q7x2.cli import main

    runner = CliRunner()
    single = runner.invoke(main, ["extract", str(SEEDS), "-q", "-o", str(tmp_path / "one.jsonl")])
    dask = runner.invoke(main, ["extract", str(SEEDS), "-q", "--scheduler", "local:2", "-o", str(tmp_path / "dask.jsonl")])
    assert single.exit_code == dask.exit_code == 0, dask.output
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()
    assert (tmp_path / "one.jsonl").stat().st_size > 0


def test_a_bad_scheduler_is_a_usage_error():
    from click.testing import CliRunner

    from q7x2.cli import main

    result = CliRunner().invoke(main, ["extract", str(SEEDS), "--scheduler", "local:x"])
    assert result.exit_code == 2 and "local:N" in result.output
