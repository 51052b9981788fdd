"""The events database (SQLite, through sqlite-utils): what a nightly ``q7x2 extract --db``
accumulates, Datasette browses and ``q7x2 export`` / ``q7x2 review`` read back.

Tables:

* ``articles``: one row per document (``doc_id``): where it came from, the hash of its
  content and its original text (every offset of the other tables points into it);
* ``events``: one row per event, the flat columns of :data:`q7x2.summary.SUMMARY_COLUMNS`
  plus ``ordinal`` (its place in its article); ``records`` holds its full record (JSON);
* ``evidence``: every span an event's values come from, by ``field`` (``evidence`` for
  its sentences, then ``date``, ``place``, ``target``, ``weapon``, ``actor``,
  ``casualties``), with full-text search (``evidence_fts``);
* ``merged``, ``merged_records`` and ``merged_reports``: the attacks across articles as
  ``q7x2 merge`` computes them (:func:`q7x2.merge.merge_events`), their full records, and
  which events report each;
* ``store``: ``merged_stale`` is ``1`` while ``merged`` lags behind ``events``.

An article is saved in one transaction with its events and spans, replacing whatever the
database held for its ``doc_id``: saving the same article again changes nothing, an edited
article's new events replace its old ones. ``merged`` is rebuilt from all events at the
end of a run; a run killed before that leaves ``merged_stale`` set, and the next run (or
export of merged attacks) rebuilds it first.
"""
from __future__ import annotations

import json
import os
from typing import Iterable, Iterator

import sqlite_utils

from .article import Article
from .record import Event, MergedEvent
from .summary import SUMMARY_COLUMNS, summary

ARTICLE_COLUMNS: dict[str, str] = {
    "doc_id": "Identifier of the article.",
    "path": "File the article was read from.",
    "file": "Absolute path of that file, when the article's doc_id is the file's name: a file of the same "
            "name elsewhere is another article and does not replace it (q7x2 extract --db refuses it).",
    "url": "URL of the article, where known.",
    "title": "Title of the article, where known.",
    "published": "Publication date (the reference date for relative dates).",
    "published_from": "Where the publication date came from: article, sidecar, option or dateline.",
    "hash": "Hash of the article's content: an article saved again with the same hash is skipped.",
    "events": "Number of events read from the article.",
    "text": "The article's original text; every offset in the database points into it.",
}
EVIDENCE_COLUMNS: dict[str, str] = {
    "event_id": "The event the span belongs to.",
    "doc_id": "The article the offsets point into.",
    "field": "What the span gives: evidence (a reporting sentence), date, place, target, weapon, actor, casualties.",
    "start": "Offset of the first character in the article's text.",
    "end": "Offset after the last character: text = article[start:end].",
    "text": "The span's text.",
}
EXTRA_EVENT_COLUMNS: dict[str, str] = {
    "ordinal": "Place of the event among its article's events.",
}
MERGED_EXTRA_COLUMNS: dict[str, str] = {
    "reports": "Number of events (reports in different articles) merged into this attack.",
}
RECORD_COLUMNS: dict[str, str] = {
    "event_id": "The event (or merged attack).",
    "record": "Its full q7x2 record (JSON), as q7x2 extract (or merge) writes it.",
}


def open_store(path: str) -> sqlite_utils.Database:
    """The database at ``path``, with its tables created when new."""
    db = sqlite_utils.Database(path)
    db.conn.execute("PRAGMA journal_mode=WAL")
    db.conn.execute("PRAGMA busy_timeout=60000")
    with db.atomic():
        _create(db)
    return db


def _create(db: sqlite_utils.Database) -> None:
    text_types = {c: str for c in ARTICLE_COLUMNS} | {"events": int}
    db["articles"].create(text_types, pk="doc_id", if_not_exists=True)
    flat = _column_types(SUMMARY_COLUMNS)
    db["events"].create(flat | {"ordinal": int}, pk="event_id", if_not_exists=True)
    db["events"].create_index(["doc_id"], if_not_exists=True)
    db["records"].create({"event_id": str, "doc_id": str, "record": str}, pk="event_id", if_not_exists=True)
    db["records"].create_index(["doc_id"], if_not_exists=True)
    db["evidence"].create({"event_id": str, "doc_id": str, "field": str, "start": int, "end": int, "text": str},
                          pk=("event_id", "field", "start", "end"), if_not_exists=True)
    db["evidence"].create_index(["doc_id"], if_not_exists=True)
    if not db["evidence_fts"].exists():
        db["evidence"].enable_fts(["text"], create_triggers=True, tokenize="unicode61")
    db["merged"].create(flat | {"reports": int}, pk="event_id", if_not_exists=True)
    db["merged_records"].create({"event_id": str, "record": str}, pk="event_id", if_not_exists=True)
    db["merged_reports"].create({"merged_id": str, "event_id": str}, pk=("merged_id", "event_id"),
                                if_not_exists=True)
    db["store"].create({"key": str, "value": str}, pk="key", if_not_exists=True)


_TYPES = {"lat": float, "lon": float, "confidence": float, "killed": int, "wounded": int, "fatalities": int,
          "claimed": int}


def _column_types(columns: dict[str, str]) -> dict[str, type]:
    return {c: _TYPES.get(c, str) for c in columns}


def article_row(article: Article, content_hash: str, n_events: int) -> dict:
    return {"doc_id": article.id, "path": article.path, "url": article.url, "title": article.title,
            "published": article.published and article.published.isoformat(),
            "published_from": article.published_from, "hash": content_hash, "events": n_events,
            "text": article.text,
            "file": os.path.realpath(article.path) if article.named_by_file and article.path else None}


def spans(event: Event) -> Iterator[dict]:
    """Every span of ``event`` by field, offsets into its article's text."""
    def row(field, span):
        return {"event_id": event.event_id, "doc_id": event.doc_id, "field": field,
                "start": span.start, "end": span.end, "text": span.text}

    for span in event.evidence:
        yield row("evidence", span)
    singles = (("date", event.date), ("place", event.location), ("target", event.target),
               ("casualties", event.casualties))
    for field, value in singles:
        if value.start is not None and value.end is not None and value.text is not None:
            yield row(field, value)
    for weapon in event.weapons:
        yield row("weapon", weapon)
    for perpetrator in event.perpetrators:
        yield row("actor", perpetrator)


def known_articles(db: sqlite_utils.Database) -> dict[str, tuple[str, str | None]]:
    """doc_id -> (content hash, ``file``) of every article the database holds."""
    return {row[0]: (row[1], row[2]) for row in db.conn.execute("select doc_id, hash, file from articles")}


def save_batch(db: sqlite_utils.Database, batch: Iterable[tuple[Article, str, list[Event]]]) -> None:
    """Save articles (with their content hash and events) in ONE transaction, each replacing
    what the database held for its doc_id; ``merged`` is marked stale."""
    with db.atomic():
        for article, content_hash, events in batch:
            for table in ("evidence", "records", "events"):
                db[table].delete_where("doc_id = ?", [article.id])
            db["articles"].insert(article_row(article, content_hash, len(events)), replace=True)
            db["events"].insert_all((summary(e) | {"ordinal": n} for n, e in enumerate(events)), replace=True)
            db["records"].insert_all(({"event_id": e.event_id, "doc_id": e.doc_id, "record": e.to_json()}
                                      for e in events), replace=True)
            db["evidence"].insert_all((s for e in events for s in spans(e)), replace=True)
        _set(db, "merged_stale", "1")


def _set(db: sqlite_utils.Database, key: str, value: str) -> None:
    db["store"].insert({"key": key, "value": value}, replace=True)


def merged_stale(db: sqlite_utils.Database) -> bool:
    row = db.conn.execute("select value from store where key = 'merged_stale'").fetchone()
    return bool(row and row[0] == "1")


def rebuild_merged(db: sqlite_utils.Database) -> int:
    """Recompute the merged attacks from all events (one transaction); their number."""
    from .merge import merge_events

    with db.atomic():
        merged = merge_events(read_events(db))
        for table in ("merged_reports", "merged_records", "merged"):
            db[table].delete_where()
        db["merged"].insert_all(summary(m) | {"reports": len(m.sources)} for m in merged)
        db["merged_records"].insert_all({"event_id": m.event_id, "record": m.to_json()} for m in merged)
        db["merged_reports"].insert_all({"merged_id": m.event_id, "event_id": s.event_id}
                                        for m in merged for s in m.sources)
        _set(db, "merged_stale", "0")
    return len(merged)


def read_events(db: sqlite_utils.Database) -> list[Event]:
    """Every event, by article (doc_id) then in its article's order."""
    rows = db.conn.execute("select record from events join records using (event_id) order by events.doc_id, ordinal")
    return [Event.model_validate_json(r[0]) for r in rows]


def read_merged(db: sqlite_utils.Database) -> list[MergedEvent]:
    """The merged attacks (rebuilt first if stale), by date (undated last), then id."""
    if merged_stale(db):
        rebuild_merged(db)
    merged = [MergedEvent.model_validate_json(r[0]) for r in db.conn.execute("select record from merged_records")]
    return sorted(merged, key=lambda m: (m.date.value is None, m.date.value or "", m.event_id))


def article_texts(db: sqlite_utils.Database) -> dict[str, str]:
    """doc_id -> original text of every article."""
    return {row[0]: row[1] for row in db.conn.execute("select doc_id, text from articles")}


def metadata(database: str = "events") -> dict:
    """Datasette metadata for the database file ``database``.db: column descriptions from the
    codebook, facets, the map's columns."""
    facets = ["sub_event_type", "admin1", "perpetrators", "month"]
    return {
        "title": "q7x2 attack events",
        "description": "Attack events read from Arabic news articles by q7x2; every value has its "
                       "evidence (character offsets into the article's text).",
        "databases": {database: {"tables": {
            "events": {"description": "One row per event read from one article.",
                       "columns": dict(SUMMARY_COLUMNS | EXTRA_EVENT_COLUMNS),
                       "facets": [f for f in facets if f in SUMMARY_COLUMNS], "sort_desc": "date",
                       "label_column": "place"},
            "merged": {"description": "One row per attack: the reports of the same attack across articles merged.",
                       "columns": dict(SUMMARY_COLUMNS | MERGED_EXTRA_COLUMNS),
                       "facets": [f for f in facets if f in SUMMARY_COLUMNS], "sort_desc": "date"},
            "records": {"description": "The full record of each event.", "columns": dict(RECORD_COLUMNS)},
            "merged_records": {"description": "The full record of each merged attack.",
                               "columns": dict(RECORD_COLUMNS)},
            "articles": {"description": "The articles read, with their original text.",
                         "columns": dict(ARTICLE_COLUMNS)},
            "evidence": {"description": "Where each value of each event was read: spans of the article's text.",
                         "columns": dict(EVIDENCE_COLUMNS), "facets": ["field"], "fts_table": "evidence_fts",
                         "fts_pk": "rowid"},
        }}},
        "plugins": {"datasette-cluster-map": {"latitude_column": "lat", "longitude_column": "lon"}},
    }


def metadata_json(database: str = "events") -> str:
    return json.dumps(metadata(database), ensure_ascii=False, indent=1)
