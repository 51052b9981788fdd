"""Reading articles from files, directories and standard input.

Input kinds by extension: ``.txt`` (one article, id = file stem), ``.json`` (one article
object), ``.jsonl`` (one article object per line). Article object keys: ``id``, ``text``,
``published``, ``url``, ``title``; news-please's ``maintext``/``date_publish`` and
trafilatura's ``text``/``date``/``source`` are accepted too.

Publication date, first that applies: the article's own date; the directory's sidecar
``published.json`` (``{"<file stem or article id>": "YYYY-MM-DD"}``); ``--published``.
(A dateline in the text is the pipeline's last resort.)
"""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Iterator, TextIO

from .article import Article

SIDECAR = "published.json"
INPUT_SUFFIXES = (".txt", ".json", ".jsonl")


class InputError(Exception):
    """An input that cannot be read as an article: where (path[:line]) and why."""

    def __init__(self, where: str, reason: str):
        super().__init__(f"{where}: {reason}")
        self.where, self.reason = where, reason


def parse_date(value) -> date | None:
    """An ISO date or datetime string (or None) as a date."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value if not isinstance(value, datetime) else value.date()
    s = str(value).strip()
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        try:
            return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
        except ValueError:
            raise ValueError(f"not an ISO date: {s!r}") from None


def article_from_object(obj: dict, where: str, default_id: str) -> Article:
    if not isinstance(obj, dict):
        raise InputError(where, f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text", obj.get("maintext"))
    if not isinstance(text, str):
        raise InputError(where, "no text field ('text' or 'maintext')")
    published_raw = obj.get("published", obj.get("date_publish", obj.get("date")))
    try:
        published = parse_date(published_raw)
    except ValueError as e:
        raise InputError(where, str(e)) from None
    url = obj.get("url") or obj.get("source")
    return Article(id=str(obj.get("id") or default_id), text=text, published=published,
                   published_from="article" if published else None, path=where.split(":")[0],
                   url=url if isinstance(url, str) else None,
                   title=obj.get("title") if isinstance(obj.get("title"), str) else None)


def read_sidecar(directory: Path) -> dict[str, date]:
    path = directory / SIDECAR
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(k): parse_date(v if not isinstance(v, dict) else v.get("published")) for k, v in data.items()}
    except (ValueError, AttributeError) as e:
        raise InputError(str(path), f"bad sidecar: {e}") from None


def read_file(path: Path, label: str | None = None) -> Iterator[Article]:
    where = label or str(path)
    if path.suffix == ".txt":
        yield Article(id=path.stem, text=path.read_text(encoding="utf-8"), path=where)
    elif path.suffix == ".json":
        try:
            obj = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise InputError(where, f"not JSON: {e.msg} (line {e.lineno})") from None
        yield article_from_object(obj, where, path.stem)
    elif path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as f:
            yield from read_jsonl(f, where, path.stem)
    else:
        raise InputError(where, f"unknown input kind {path.suffix!r} (expected .txt, .json or .jsonl)")


def read_jsonl(stream: TextIO, where: str, stem: str) -> Iterator[Article]:
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{where}:{n}", f"not JSON: {e.msg}") from None
        yield article_from_object(obj, f"{where}:{n}", f"{stem}-{n}")


def with_published(article: Article, sidecar: dict[str, date], option: date | None) -> Article:
    if article.published:
        return article
    stem = Path(article.path).stem if article.path and article.path != "-" else None
    for key in (article.id, stem):
        if key and sidecar.get(key):
            return replace(article, published=sidecar[key], published_from="sidecar")
    if option:
        return replace(article, published=option, published_from="option")
    return article


def iter_articles(paths: list[str], published: date | None = None, stdin: TextIO | None = None) -> Iterator[Article]:
    """Every article under ``paths`` (files, directories recursively, ``-``), in a stable order."""
    for p in paths:
        if p == "-":
            for a in read_jsonl_or_text(stdin):
                yield with_published(a, {}, published)
            continue
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.suffix in INPUT_SUFFIXES and f.name != SIDECAR) \
            if path.is_dir() else [path]
        for f in files:
            sidecar = read_sidecar(f.parent)
            for a in read_file(f):
                yield with_published(a, sidecar, published)


def read_jsonl_or_text(stream: TextIO) -> Iterator[Article]:
    """Standard input: JSONL if its first non-blank character is '{', else one text article."""
    data = stream.read()
    if data.lstrip().startswith("{"):
        import io
        yield from read_jsonl(io.StringIO(data), "-", "stdin")
    else:
        yield Article(id="stdin", text=data, path="-")
