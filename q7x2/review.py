"""``q7x2 review``: one self-contained HTML page to check events against their Arabic
evidence, correct them and download the result as gold JSONL (ANNOTATION.md, section 3).

The page is ``review_page/page.html`` with its style, script and the data inlined: no
server, no network (it opens from a file:// URL). The data are the events, each
article's original text (every offset points into it) and the English note of each event
(the notes of q7x2's ACLED rows).

An article's text comes from the database (``events.db``) or, for a JSONL file, from the
article files the events name (``source.path``) or the ``--articles`` given. When none
has it, the page shows the evidence only: each span at its offsets, blanks between
(``reconstructed``), so that highlights stay exact.
"""
from __future__ import annotations

import hashlib
import json
from importlib.resources import files
from typing import Callable, Iterable, get_args

from .record import Event, SubEventType, TargetType, WeaponType

PAGE_DIR = files("q7x2") / "review_page"


def texts_from_articles(paths: Iterable[str], wanted: set[str], on_problem: Callable) -> dict[str, str]:
    """doc_id -> text of the articles under ``paths`` whose id is in ``wanted``."""
    from .articles import iter_articles

    return {a.id: a.text for a in iter_articles(sorted(set(paths)), on_problem=on_problem) if a.id in wanted}


def evidence_only_text(events: list[Event]) -> str:
    """A stand-in text where each evidence span sits at its offsets and blanks fill the rest."""
    spans = [s for e in events for s in e.evidence]
    chars = [" "] * max((s.end for s in spans), default=0)
    for s in spans:
        chars[s.start:s.end] = s.text
    return "".join(chars)


def english_notes(events: list[Event]) -> dict[str, str]:
    from .acled import acled_row, shipped_tables

    tables = shipped_tables()
    return {e.event_id: acled_row(e, tables)["notes"] for e in events}


def page_data(events: list[Event], texts: dict[str, str], source: str) -> dict:
    """What the page shows: the events (records as JSON objects), texts, notes and the codebook's values."""
    missing = sorted({e.doc_id for e in events} - set(texts))
    texts = dict(texts)
    for doc in missing:
        texts[doc] = evidence_only_text([e for e in events if e.doc_id == doc])
    records = [e.model_dump(mode="json") for e in events]
    key = hashlib.sha1(json.dumps([source, [r["event_id"] for r in records]]).encode()).hexdigest()[:16]
    return {
        "source": source,
        "key": key,
        "events": records,
        "notes": english_notes(events),
        "texts": {doc: texts[doc] for doc in sorted(texts)},
        "reconstructed": missing,
        "codebook": {"sub_event_type": list(get_args(SubEventType)), "target": list(get_args(TargetType)),
                     "weapons": list(get_args(WeaponType)), "precision": ["day", "week", "month", "year"]},
    }


def _inline_json(data: dict) -> str:
    """JSON that can sit inside a <script> element."""
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render_page(data: dict) -> str:
    page = (PAGE_DIR / "page.html").read_text(encoding="utf-8")
    parts = {
        "/*STYLE*/": (PAGE_DIR / "review.css").read_text(encoding="utf-8"),
        "/*SCRIPT*/": (PAGE_DIR / "review.js").read_text(encoding="utf-8"),
        "/*DATA*/": _inline_json(data),
        "<!--SOURCE-->": data["source"].replace("&", "&amp;").replace("<", "&lt;"),
    }
    for marker, text in parts.items():
        page = page.replace(marker, text, -1 if marker == "<!--SOURCE-->" else 1)
    return page


def write_page(path: str, html: str) -> None:
    """Write the page atomically, readable as any new file is (the umask's permissions)."""
    import os

    from .runner import write_atomic

    write_atomic(path, html.encode("utf-8"))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def load_events(source: str, article_paths: Iterable[str], on_problem: Callable) -> tuple[list[Event], dict]:
    """The events of ``source`` (a .db or a JSONL file) and the texts of their articles."""
    if source.endswith(".db"):
        from .store import article_texts, open_store, read_events

        db = open_store(source)
        events, texts = read_events(db), article_texts(db)
        db.close()
    else:
        from .formats import read_events as read_jsonl

        with open(source, encoding="utf-8") as f:
            events = list(read_jsonl(f, source))
        texts = {}
    wanted = {e.doc_id for e in events} - set(texts)
    if wanted:
        paths = list(article_paths) + [e.source.path for e in events
                                       if e.doc_id in wanted and e.source.path and e.source.path != "-"]
        texts |= texts_from_articles(paths, wanted, on_problem)
    return events, texts
