"""The events database: a nightly ``q7x2 extract --db`` accumulates one deduplicated store
that survives a kill, and ``q7x2 export`` reads it back."""
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from q7x2.article import Article
from q7x2.merge import merge_events
from q7x2.record import Event
from q7x2.runner import TEST_SLEEP_ENV
from q7x2.store import open_store, read_events, save_batch, spans
from q7x2.summary import SUMMARY_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_IDS = sorted(p.stem for p in SEEDS.glob("*.txt"))
PUBLISHED = json.loads((SEEDS / "published.json").read_text(encoding="utf-8"))


def q7x2(*args, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "q7x2", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, **kw)


def add_articles(feed: Path, *names: str, copy_of: dict | None = None) -> None:
    """Seed articles into ``feed`` (``copy_of``: new name -> seed it repeats word for word)."""
    feed.mkdir(exist_ok=True)
    sidecar_path = feed / "published.json"
    sidecar = json.loads(sidecar_path.read_text()) if sidecar_path.exists() else {}
    for name in names:
        shutil.copy(SEEDS / f"{name}.txt", feed / f"{name}.txt")
        sidecar[name] = PUBLISHED[name]
    for name, seed in (copy_of or {}).items():
        shutil.copy(SEEDS / f"{seed}.txt", feed / f"{name}.txt")
        sidecar[name] = PUBLISHED[seed]
    sidecar_path.write_text(json.dumps(sidecar), encoding="utf-8")


def clean_extraction(feed: Path) -> list[str]:
    """The JSONL lines of a plain ``q7x2 extract`` over ``feed``."""
    run = q7x2("extract", feed, "-q")
    assert run.returncode == 0, run.stderr
    return run.stdout.splitlines()


def stored_records(db_path: Path) -> list[str]:
    db = open_store(str(db_path))
    try:
        return [e.to_json() for e in read_events(db)]
    finally:
        db.close()


def table_dump(db_path: Path) -> dict[str, list]:
    db = open_store(str(db_path))
    try:
        return {t: sorted(map(repr, db[t].rows)) for t in db.table_names()}
    finally:
        db.close()


def test_a_nightly_sequence_killed_mid_batch_and_rerun_holds_the_union_of_the_clean_runs(tmp_path):
    feed, db_path = tmp_path / "feed", tmp_path / "events.db"
    # night 1: two articles
    add_articles(feed, *SEED_IDS[:2])
    assert q7x2("extract", feed, "--db", db_path, "-q").returncode == 0
    assert sorted(stored_records(db_path)) == sorted(clean_extraction(feed))

    # night 2: three more and a syndicated copy; the run is killed while its second batch
    # (the 2nd and 3rd new articles) is half done
    add_articles(feed, *SEED_IDS[2:], copy_of={"005_copy_of_001": SEED_IDS[1]})
    env = {**os.environ, TEST_SLEEP_ENV: "1"}
    p = subprocess.Popen([sys.executable, "-m", "q7x2", "extract", str(feed), "--db", str(db_path), "-v"],
                         cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    while True:
        line = p.stderr.readline()
        assert line, "the run ended before it could be killed"
        if SEED_IDS[3] in line:          # the 2nd new article is extracted, its batch not saved
            break
    p.send_signal(signal.SIGKILL)
    p.wait(timeout=30)
    p.stderr.close()
    db = open_store(str(db_path))
    assert db.conn.execute("pragma integrity_check").fetchone() == ("ok",)
    saved_docs = {r["doc_id"] for r in db["articles"].rows}
    assert saved_docs == set(SEED_IDS[:3])       # night 1 and the first batch of night 2, whole
    db.close()
    night1_and_first_batch = [line for line in clean_extraction(feed) if json.loads(line)["doc_id"] in saved_docs]
    assert sorted(stored_records(db_path)) == sorted(night1_and_first_batch)

    # night 2 again, whole; then night 3 with one more article
    assert q7x2("extract", feed, "--db", db_path, "-q").returncode == 0
    (feed / "006_local.txt").write_text("قتل شخصان وأصيب ثلاثة آخرون بانفجار عبوة ناسفة في الموصل يوم 3 آذار 2022.",
                                       encoding="utf-8")
    assert q7x2("extract", feed, "--db", db_path, "-q").returncode == 0

    records = stored_records(db_path)
    assert sorted(records) == sorted(clean_extraction(feed))
    ids = [json.loads(r)["event_id"] for r in records]
    assert len(ids) == len(set(ids))
    # the merged attacks are q7x2 merge's, the syndicated copy one attack with its original
    events = [Event.model_validate_json(r) for r in records]
    db = open_store(str(db_path))
    merged = {r["event_id"]: r["reports"] for r in db["merged"].rows}
    assert merged == {m.event_id: len(m.sources) for m in merge_events(events)}
    assert 2 in merged.values()
    db.close()

    # re-running over the same articles changes nothing
    before = table_dump(db_path)
    run = q7x2("extract", feed, "--db", db_path)
    assert run.returncode == 0 and "7 unchanged articles skipped" in run.stderr
    assert table_dump(db_path) == before


def test_an_edited_article_replaces_its_events_and_their_spans(tmp_path, pipeline):
    db = open_store(str(tmp_path / "events.db"))
    first = Article("report", "قتل شخصان بانفجار عبوة ناسفة في الموصل يوم 3 آذار 2022.")
    edited = Article("report", "قتل ثلاثة أشخاص بانفجار عبوة ناسفة في كركوك يوم 5 آذار 2022.")
    for article in (first, edited):
        save_batch(db, [(article, article.text, pipeline.extract(article))])
    now = pipeline.extract(edited)
    assert now and read_events(db) == now
    assert sorted(r["start"] for r in db["evidence"].rows) == sorted(s["start"] for e in now for s in spans(e))
    assert db["articles"].get("report")["text"] == edited.text


def test_a_batch_cut_short_saves_none_of_its_articles(tmp_path, pipeline):
    db = open_store(str(tmp_path / "events.db"))
    kept = Article("kept", "قتل شخصان بانفجار عبوة ناسفة في الموصل يوم 3 آذار 2022.")
    save_batch(db, [(kept, "h0", pipeline.extract(kept))])
    before = read_events(db)

    def batch_that_fails():
        article = Article("lost", "قتل ثلاثة أشخاص بانفجار عبوة ناسفة في كركوك يوم 5 آذار 2022.")
        yield article, "h1", pipeline.extract(article)
        raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        save_batch(db, batch_that_fails())
    assert [r["doc_id"] for r in db["articles"].rows] == ["kept"]
    assert read_events(db) == before and {r["doc_id"] for r in db["evidence"].rows} == {"kept"}


def test_every_span_in_the_store_is_its_article_text_at_its_offsets(tmp_path):
    db_path = tmp_path / "events.db"
    assert q7x2("extract", SEEDS, "--db", db_path, "-q").returncode == 0
    db = open_store(str(db_path))
    texts = {r["doc_id"]: r["text"] for r in db["articles"].rows}
    rows = list(db["evidence"].rows)
    assert {r["field"] for r in rows} >= {"evidence", "date", "place", "weapon", "actor", "casualties"}
    assert all(texts[r["doc_id"]][r["start"]:r["end"]] == r["text"] for r in rows)
    # full-text search over the evidence
    hits = db.conn.execute("select text from evidence where rowid in "
                           "(select rowid from evidence_fts where evidence_fts match 'صواريخ')").fetchall()
    assert hits and all("صواريخ" in h[0] for h in hits)
    assert set(SUMMARY_COLUMNS) <= {c.name for c in db["events"].columns}


def test_export_reads_the_events_back_as_extract_wrote_them(tmp_path):
    db_path = tmp_path / "events.db"
    assert q7x2("extract", SEEDS, "--db", db_path, "-q").returncode == 0
    exported = q7x2("export", "--db", db_path)
    assert exported.stdout.splitlines() == clean_extraction(SEEDS)
    geojson = json.loads(q7x2("export", "--db", db_path, "--format", "geojson").stdout)
    assert {f["properties"]["event_id"] for f in geojson["features"]} <= {json.loads(x)["event_id"]
                                                                         for x in exported.stdout.splitlines()}
    merged = q7x2("export", "--db", db_path, "--merged").stdout.splitlines()
    assert all(json.loads(m)["sources"] for m in merged)


def test_db_takes_the_place_of_the_output_options(tmp_path):
    run = q7x2("extract", SEEDS, "--db", tmp_path / "events.db", "-o", tmp_path / "events.jsonl")
    assert run.returncode == 2 and "--db takes the place of -o" in run.stderr


def test_jobs_2_fill_the_same_database_as_one_process(tmp_path):
    for jobs in (1, 2):
        assert q7x2("extract", SEEDS, "--db", tmp_path / f"j{jobs}.db", "-j", jobs, "-q").returncode == 0
    assert table_dump(tmp_path / "j1.db") == table_dump(tmp_path / "j2.db")


def test_a_file_of_the_same_name_on_another_night_is_another_article_not_a_new_version(tmp_path):
    """A feed that names its files alike every night ("day1/report.txt", "day2/report.txt"):
    the second night's report is refused with its path and reason, and the first night's
    events stay in the database."""
    db = tmp_path / "events.db"
    add_articles(tmp_path / "day1", copy_of={"report": SEED_IDS[0]})
    add_articles(tmp_path / "day2", copy_of={"report": SEED_IDS[1]})
    assert q7x2("extract", tmp_path / "day1", "--db", db, "-q").returncode == 0
    first_night = stored_records(db)
    run = q7x2("extract", tmp_path / "day2", "--db", db)
    assert run.returncode == 1
    assert f"{tmp_path / 'day2' / 'report.txt'}: not saved: doc_id 'report' is the name of another article" in run.stderr
    assert str(tmp_path / "day1" / "report.txt") in run.stderr
    assert first_night and stored_records(db) == first_night


def test_the_same_file_edited_and_an_article_that_carries_its_id_replace_what_was_saved(tmp_path):
    db = tmp_path / "events.db"
    add_articles(tmp_path / "feed", copy_of={"report": SEED_IDS[0]})
    assert q7x2("extract", tmp_path / "feed", "--db", db, "-q").returncode == 0
    shutil.copy(SEEDS / f"{SEED_IDS[1]}.txt", tmp_path / "feed" / "report.txt")        # the file edited in place
    assert q7x2("extract", tmp_path / "feed", "--db", db, "-q").returncode == 0
    assert stored_records(db) == clean_extraction(tmp_path / "feed")
    text = (SEEDS / f"{SEED_IDS[2]}.txt").read_text(encoding="utf-8")
    (tmp_path / "update.jsonl").write_text(json.dumps({"id": "report", "text": text, "published": "2024-01-01"}),
                                           encoding="utf-8")
    assert q7x2("extract", tmp_path / "update.jsonl", "--db", db, "-q").returncode == 0   # its new version
    assert {e.source.path for e in map(Event.model_validate_json, stored_records(db))} == {str(tmp_path / "update.jsonl")}
