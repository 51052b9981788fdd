"""Reading articles from files, directories and standard input.

Input kinds by extension: ``.txt`` (one article, id = file stem), ``.json`` (one article
object), ``.jsonl`` (one article object per line). Article object keys: ``id``, ``text``,
``published``, ``url``, ``title``; news-please's ``maintext``/``date_publish`` and
trafilatura's ``text``/``date``/``source`` are accepted too.

Publication date, first that applies: the article's own date; the directory's sidecar
``published.json`` (``{"<file stem or article id>": "YYYY-MM-DD"}``); ``--published``.
(A dateline in the text is the pipeline's last resort.)

What the pipeline receives as ``Article.text`` (and so what every record offset indexes):

* the file decoded (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1256 or
  ISO-8859-6, detected), the BOM dropped, and -- for ``.txt`` files and standard input --
  ``\\r\\n`` and ``\\r`` line ends read as ``\\n``, as Python's ``open()`` reads them;
* for text that is HTML (``<html>``, ``<p>``, ``<div>``, ``<br>`` ... tags), the text
  content as the standard library's ``html.parser`` sees it: tags dropped, entities
  decoded, ``<script>``/``<style>`` contents dropped, block elements as line breaks.
  Offsets then refer to this stripped text, not to the HTML; a warning says so.

Standard input for ``q7x2 extract`` is read as it comes, never more than ``--max-bytes``
held at once (one text, or one JSONL line); its articles without an id are named by a hash
of their text (:func:`text_id`, as the Python API names bare texts).

Hostile input is a :class:`Problem` of its article, never the run's: JSON nested too
deeply or with numbers of thousands of digits, UTF-8 cut or damaged (not read as a legacy
encoding), publication dates outside 1900-2100. Lone surrogates (JSON ``"\\ud800"``, file
names that are not UTF-8) become U+FFFD, one character for one, with a warning.

Problems are :class:`Problem` values (``PATH[:LINE]: reason``), yielded in input order
next to the articles, so that one bad input never stops the others.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass, replace
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO, Union

from .article import Article
from .decoding import InputError, decode, utf16_without_bom
from .published import parse_published

SIDECAR = "published.json"
INPUT_SUFFIXES = (".txt", ".json", ".jsonl")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Problem:
    """One line for standard error: ``where: reason``.

    ``retry``: the problem does not follow from the file's content (unreadable, too big
    for this run's --max-bytes, an internal error), so an incremental run tries again.
    ``warning``: reported, but the input was processed (not an error).
    """

    where: str
    reason: str
    retry: bool = False
    warning: bool = False

    def __str__(self) -> str:
        return f"{self.where}: {'warning: ' if self.warning else ''}{self.reason}"

    @classmethod
    def of(cls, e: InputError) -> "Problem":
        return cls(e.where, e.reason, e.retry)


@dataclass(frozen=True)
class InputFile:
    """One input to read: a file (``path``) or standard input (``path`` None)."""

    label: str                 # as shown in messages: the path as given or found, or "-"
    path: Path | None
    kind: str                  # "txt", "json", "jsonl" or "stdin"


# --------------------------------------------------------------------------- dates
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


EARLIEST_PUBLISHED = date(1900, 1, 1)
LATEST_PUBLISHED = date(2100, 12, 31)


def check_published(d: date | None, where: str) -> date | None:
    """``d`` unless it is out of the range a news article can have been published in
    (``0001-01-01``, Go's zero time; ``9999-12-31``): then an :class:`InputError`."""
    if d is not None and not EARLIEST_PUBLISHED <= d <= LATEST_PUBLISHED:
        raise InputError(where, f"published date {d.isoformat()} out of range "
                                f"({EARLIEST_PUBLISHED.year}-{LATEST_PUBLISHED.year})")
    return d


# ----------------------------------------------------------------------- strings
_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(value: str, where: str, problems: list) -> str:
    """``value`` with lone surrogates (JSON ``"\\ud800"``, file names that are not UTF-8)
    replaced by U+FFFD, one character for one, so offsets stay; a warning says so."""
    if not _SURROGATE.search(value):
        return value
    problems.append(Problem(where, "characters that are not Unicode (lone surrogates) replaced by U+FFFD",
                            warning=True))
    return _SURROGATE.sub("\ufffd", value)


def json_loads(text: str, where: str, line: bool = False):
    """JSON, or an :class:`InputError` for bad JSON, nesting too deep and numbers too long."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        at = f"column {e.colno}" if line else f"line {e.lineno} column {e.colno}"
        raise InputError(where, f"not JSON: {e.msg} ({at})") from None
    except RecursionError:
        raise InputError(where, "not usable JSON: nested too deeply") from None
    except ValueError as e:         # an integer of thousands of digits
        raise InputError(where, f"not usable JSON: {str(e).split(';')[0]}") from None


# --------------------------------------------------------------------------- HTML
_HTML_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|p|div|br|span|a\s|h[1-6]|ul|ol|li|table|tr|td|"
                       r"article|section|strong|em|b|i|script|style|meta|title)\b[^<>]*>", re.IGNORECASE)
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "article",
          "section", "header", "footer", "blockquote", "title", "hr", "pre", "figure", "figcaption"}
_SKIP = {"script", "style", "noscript", "template", "head"}


def looks_like_html(text: str) -> bool:
    """True when the text has HTML tags (at least two, or an ``<html>``/``<!doctype>``)."""
    found = _HTML_TAG.findall(text[:200_000])
    return len(found) >= 2 or any(t.lower().startswith(("<html", "<!doctype")) for t in found)


class _TextOf(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP and tag != "head":
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP and tag != "head":
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def strip_html(text: str) -> str:
    """The text content of an HTML document or fragment (see the module docstring)."""
    parser = _TextOf()
    parser.feed(text)
    parser.close()
    out = "".join(parser.parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in out.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# ------------------------------------------------------------------------ articles
def _clean_text(text: str, where: str, newlines: bool) -> tuple[str, list[Problem]]:
    """The text the pipeline receives; raises "empty article"; warns about HTML."""
    problems = []
    if newlines and "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if looks_like_html(text):
        text = strip_html(text)
        problems.append(Problem(where, "HTML markup stripped (offsets refer to the stripped text)", warning=True))
    if not text.strip():
        raise InputError(where, "empty article")
    return text, problems


def article_from_object(obj, where: str, default_id: str, path: str | None = None,
                        source_file: bool = False) -> tuple[Article, list[Problem]]:
    """The article of one JSON object; with no id it is ``default_id``, which names it by its
    file when ``source_file`` (``Article.named_by_file``)."""
    if not isinstance(obj, dict):
        raise InputError(where, f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        text = obj.get("maintext")
    if not isinstance(text, str):
        raise InputError(where, "no text field ('text' or 'maintext')")
    text, problems = _clean_text(text, where, newlines=False)
    text = without_surrogates(text, where, problems)
    published_raw = next((obj[k] for k in ("published", "date_publish", "date") if obj.get(k)), None)
    try:
        published = parse_published(published_raw)    # ISO, RFC 2822, day-first, month names
    except (ValueError, OverflowError) as e:
        raise InputError(where, str(e)[:300]) from None
    check_published(published, where)
    url = obj.get("url") or obj.get("source")
    title = obj.get("title")
    raw_id = obj.get("id")
    if raw_id not in (None, "") and not isinstance(raw_id, (str, int)):
        raise InputError(where, f"id: expected a string or a number, got {type(raw_id).__name__}")
    named = raw_id in (None, "")
    article = Article(id=default_id if named else without_surrogates(str(raw_id), where, problems),
                      named_by_file=named and source_file, text=text, published=published,
                      published_from="article" if published else None,
                      path=path if path is not None else where.rsplit(":", 1)[0],
                      url=without_surrogates(url, where, []) if isinstance(url, str) else None,
                      title=without_surrogates(title, where, []) if isinstance(title, str) else None)
    return article, problems


ArticleOrProblem = Union[tuple[str, Article], Problem]


def articles_from_bytes(source: InputFile, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ArticleOrProblem]:
    """``(where, article)`` pairs and problems, in order, from the bytes of one input."""
    label = source.label
    naming: list[Problem] = []
    # a file is named by its stem; standard input read whole (``iter_articles``: ``q7x2 explain``)
    # is "stdin"; read as it comes (``articles_from_stdin``: ``q7x2 extract``), by a hash of each text
    stem = without_surrogates(source.path.stem, label, naming) if source.path is not None else \
        "stdin" if source.kind == "stdin" else None
    path = without_surrogates(label, label, [])
    yield from naming
    kind = source.kind
    if kind == "stdin":
        head = data.lstrip()[:4]
        kind = "jsonl" if head.startswith((b"{", b"\xef\xbb\xbf{")) else "txt"
    if kind == "jsonl":
        try:
            lines = _lines(source, data)
        except InputError as e:
            yield Problem.of(e)
            return
        yield from _jsonl(source, lines, stem, max_bytes)
        return
    if len(data) > max_bytes:
        yield Problem(label, f"over --max-bytes ({len(data)} > {max_bytes} bytes), skipped", retry=True)
        return
    try:
        text, _ = decode(data, label)
        if kind == "txt":
            text, problems = _clean_text(text, label, newlines=True)
            text = without_surrogates(text, label, problems)
            article = Article(id=stem if stem is not None else text_id(text), text=text, path=path,
                              named_by_file=source.path is not None)
        elif kind == "json":
            obj = json_loads(text, label)
            article, problems = article_from_object(obj, label, stem, path=path, source_file=source.path is not None)
        else:
            raise InputError(label, f"unknown input kind {kind!r}")
    except InputError as e:
        yield Problem.of(e)
        return
    yield from problems
    yield label, article


def text_id(text: str) -> str:
    """The id of an article that has no name (standard input): a hash of its text, stable
    across runs and equal for equal texts (as the Python API's)."""
    return hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:16]


def _lines(source: InputFile, data: bytes) -> Iterator[bytes]:
    """The lines of a JSONL input, as UTF-8 bytes (UTF-16 with or without a BOM recoded)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data:
        try:
            text = data.decode("utf-16") if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) \
                else utf16_without_bom(data)
        except UnicodeDecodeError as e:
            raise InputError(source.label, f"cannot decode as UTF-16: {e.reason}") from None
        if text is not None:
            return (ln.encode("utf-8", "surrogatepass") for ln in text.split("\n"))
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    return iter(data.split(b"\n"))


def _jsonl(source: InputFile, lines: Iterable[bytes | None], stem: str | None,
           max_bytes: int) -> Iterator[ArticleOrProblem]:
    """The articles of JSONL lines (None: a line over ``max_bytes``, already skipped)."""
    label = source.label
    path = without_surrogates(label, label, [])
    try:
        for n, raw in enumerate(lines, 1):
            where = f"{label}:{n}"
            if raw is None or len(raw) > max_bytes:
                size = f" ({len(raw)} > {max_bytes} bytes)" if raw is not None else f" (> {max_bytes} bytes)"
                yield Problem(where, f"over --max-bytes{size}, skipped", retry=True)
                continue
            if not raw.strip():
                continue
            try:
                line, _ = decode(raw, where)
                obj = json_loads(line, where, line=True)
                text = obj.get("text", obj.get("maintext")) if isinstance(obj, dict) else None
                default_id = f"{stem}-{n}" if stem is not None else text_id(text) if isinstance(text, str) else f"stdin-{n}"
                article, problems = article_from_object(obj, where, default_id, path=path,
                                                        source_file=source.path is not None)
            except InputError as e:
                yield Problem.of(e)
                continue
            yield from problems
            yield where, article
    except InputError as e:
        yield Problem.of(e)


def articles_from_stdin(source: InputFile, stream, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ArticleOrProblem]:
    """The articles of standard input, read as they come: one text of at most ``max_bytes``,
    or JSONL lines (each at most ``max_bytes``; longer ones skipped without being held)."""
    head = stream.read(min(max_bytes + 1, 4096))
    if not head.lstrip().startswith((b"{", b"\xef\xbb\xbf{")):
        data = head + stream.read(max_bytes + 1 - len(head)) if len(head) <= max_bytes else head
        if len(data) > max_bytes:
            yield Problem(source.label, f"over --max-bytes (> {max_bytes} bytes), skipped", retry=True)
            return
        yield from articles_from_bytes(InputFile(source.label, None, "txt"), data, max_bytes)
        return
    yield from _jsonl(source, _stdin_lines(head, stream, max_bytes), None, max_bytes)


def _stdin_lines(head: bytes, stream, max_bytes: int) -> Iterator[bytes | None]:
    pending = head
    while True:
        cut = pending.find(b"\n")
        while cut < 0 and len(pending) <= max_bytes:
            chunk = stream.read(65536)
            if not chunk:
                break
            pending += chunk
            cut = pending.find(b"\n", len(pending) - len(chunk))
        if cut >= 0:
            yield pending[:cut] if cut <= max_bytes else None
            pending = pending[cut + 1:]
            continue
        if len(pending) > max_bytes:          # a line too long: skip to its end, holding nothing
            yield None
            pending = b""
            while True:
                chunk = stream.read(65536)
                if not chunk:
                    return
                cut = chunk.find(b"\n")
                if cut >= 0:
                    pending = chunk[cut + 1:]
                    break
            continue
        if pending:
            yield pending
        return


# ----------------------------------------------------------------- finding inputs
def _kind(path: Path) -> str | None:
    return {".txt": "txt", ".json": "json", ".jsonl": "jsonl"}.get(path.suffix.lower())


def _link_problem(label: str, path: Path) -> Problem | None:
    """Broken symbolic links and symbolic-link loops, as problems."""
    try:
        os.stat(path)
    except OSError as e:
        if e.errno == 40:  # ELOOP
            return Problem(label, "symbolic link loop, skipped")
        if os.path.islink(path):
            return Problem(label, "broken symbolic link, skipped")
        return Problem(label, f"cannot read: {e.strerror or e}", retry=True)
    return None


def find_inputs(paths: Iterable[str], exclude: Iterable[str] = ()) -> Iterator[Union[InputFile, Problem]]:
    """Every input under ``paths``, in a stable order, and the problems met finding them.

    Directories are walked recursively in name order; names starting with ``.`` and the
    ``published.json`` sidecars are skipped, and so are files other than .txt/.json/.jsonl
    and the paths in ``exclude`` (the run's own output and state files). Symbolic links
    are followed; a link back to a directory being walked is reported as a loop.
    """
    excluded = {os.path.realpath(p) for p in exclude}
    for p in paths:
        if p == "-":
            yield InputFile("-", None, "stdin")
            continue
        path = Path(p)
        if not os.path.lexists(path):
            yield Problem(p, "no such file or directory")
            continue
        problem = _link_problem(p, path)
        if problem:
            yield problem
        elif path.is_dir():
            yield from _walk(path, p, excluded, ())
        else:
            yield from _one_file(path, p, explicit=True)


def _one_file(path: Path, label: str, explicit: bool) -> Iterator[Union[InputFile, Problem]]:
    try:
        st = os.stat(path)
    except OSError as e:
        yield Problem(label, f"cannot read: {e.strerror or e}", retry=True)
        return
    if not stat.S_ISREG(st.st_mode):
        yield Problem(label, "not a regular file, skipped")
        return
    kind = _kind(path)
    if kind is None:
        if explicit:
            yield Problem(label, f"unknown input kind {path.suffix!r} (expected .txt, .json or .jsonl)")
        return
    yield InputFile(label, path, kind)


def _walk(directory: Path, label: str, excluded: set[str], ancestors: tuple[str, ...]) -> Iterator[Union[InputFile, Problem]]:
    real = os.path.realpath(directory)
    if real in ancestors:
        yield Problem(label, "symbolic link loop, skipped")
        return
    ancestors = ancestors + (real,)
    try:
        names = sorted(os.listdir(directory))
    except OSError as e:
        yield Problem(label, f"cannot read directory: {e.strerror or e}", retry=True)
        return
    for name in names:
        if name.startswith(".") or name == SIDECAR:
            continue
        child = directory / name
        child_label = os.path.join(label, name)
        if os.path.realpath(child) in excluded:
            continue
        problem = _link_problem(child_label, child)
        if problem:
            if _kind(child) is not None or os.path.islink(child):
                yield problem
            continue
        if child.is_dir():
            yield from _walk(child, child_label, excluded, ancestors)
        else:
            yield from _one_file(child, child_label, explicit=False)


def read_bytes(source: InputFile, max_bytes: int = DEFAULT_MAX_BYTES, stdin=None) -> bytes:
    """The bytes of one input; :class:`InputError` when unreadable or (for .txt/.json) too big."""
    if source.path is None:
        import sys

        stream = stdin if stdin is not None else sys.stdin.buffer
        return stream.read()
    try:
        if source.kind != "jsonl":
            size = os.stat(source.path).st_size
            if size > max_bytes:
                raise InputError(source.label, f"over --max-bytes ({size} > {max_bytes} bytes), skipped", retry=True)
        with open(source.path, "rb") as f:
            return f.read()
    except IsADirectoryError:
        raise InputError(source.label, "is a directory, skipped") from None
    except OSError as e:
        raise InputError(source.label, f"cannot read: {e.strerror or e}", retry=True) from None


# --------------------------------------------------------------------- sidecars
def read_sidecar(directory: Path) -> dict[str, date]:
    """The directory's ``published.json`` ({} if none); :class:`InputError` if unusable."""
    path = directory / SIDECAR
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
        if not isinstance(data, dict):
            raise ValueError("expected a JSON object")
        out = {}
        for k, v in data.items():
            d = parse_date(v if not isinstance(v, dict) else v.get("published"))
            if d:
                out[str(k)] = check_published(d, str(path))
        return out
    except InputError:
        raise
    except RecursionError:
        raise InputError(str(path), "bad sidecar: nested too deeply") from None
    except (ValueError, AttributeError, UnicodeDecodeError, OSError, OverflowError) as e:
        raise InputError(str(path), f"bad sidecar: {str(e)[:300]}") from None


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


# ------------------------------------------------------------ simple iteration
def iter_articles(paths: list[str], published: date | None = None, stdin: TextIO | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES,
                  on_problem: Callable[[Problem], None] | None = None) -> Iterator[Article]:
    """Every readable article under ``paths``, in a stable order; each problem is passed to
    ``on_problem`` (if given) and skipped.

    (The ``extract`` command uses :mod:`q7x2.runner`, which also keeps state and output safe.)
    """
    def problem(p: Problem) -> None:
        if on_problem is not None:
            on_problem(p)

    sidecars: dict[Path, dict[str, date]] = {}
    for item in find_inputs(paths):
        if isinstance(item, Problem):
            problem(item)
            continue
        try:
            if item.path is None:
                raw = stdin.read() if stdin is not None else None
                data = raw.encode("utf-8") if isinstance(raw, str) else read_bytes(item, max_bytes, stdin)
                sidecar = {}
            else:
                data = read_bytes(item, max_bytes)
                if item.path.parent not in sidecars:
                    try:
                        sidecars[item.path.parent] = read_sidecar(item.path.parent)
                    except InputError as e:
                        problem(Problem.of(e))
                        sidecars[item.path.parent] = {}
                sidecar = sidecars[item.path.parent]
        except InputError as e:
            problem(Problem.of(e))
            continue
        for got in articles_from_bytes(item, data, max_bytes):
            if isinstance(got, Problem):
                problem(got)
            else:
                yield with_published(got[1], sidecar, published)
