"""Reading inputs: encodings, article objects, HTML, finding files, publication dates."""
from __future__ import annotations

import codecs
import json
import os
import sys
from datetime import date
from pathlib import Path

import pytest

from q7x2.articles import (
    InputError,
    InputFile,
    Problem,
    articles_from_bytes,
    decode,
    find_inputs,
    iter_articles,
    looks_like_html,
    strip_html,
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "bad_inputs"))
import make_fixtures  # noqa: E402


def seed_sentences() -> list[str]:
    """Real sentences from the seed articles that every legacy encoding can hold."""
    out = []
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            try:
                line.encode("iso8859_6"), line.encode("cp1256")
            except UnicodeEncodeError:
                continue
            if len(line) > 40:
                out.append(line)
    return out


SEEDS = seed_sentences()
ALL = make_fixtures.SENTENCES + SEEDS


def test_there_are_real_sentences_to_test():
    assert len(SEEDS) >= 10


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le+bom", "utf-16-be+bom",
                                      "cp1256", "iso8859_6"])
@pytest.mark.parametrize("i", range(0, len(ALL), max(1, len(ALL) // 12)))
def test_real_arabic_sentences_come_back_identical(encoding, i):
    text = ALL[i]
    if encoding.endswith("+bom"):
        enc = encoding[:-4]
        data = (codecs.BOM_UTF16_LE if enc.endswith("le") else codecs.BOM_UTF16_BE) + text.encode(enc)
    else:
        data = text.encode(encoding)
    got, _ = decode(data, "x")
    assert got.lstrip("\ufeff") == text


def test_whole_seed_articles_in_legacy_encodings():
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        for enc in ("cp1256", "iso8859_6"):
            data = text.encode(enc, errors="ignore")
            assert decode(data, "x")[0] == data.decode(enc), (f.name, enc)


def test_utf16_without_bom_is_read_by_its_nul_bytes():
    text = make_fixtures.SENTENCES[0]
    assert decode(text.encode("utf-16-le"), "x")[0] == text
    assert decode(text.encode("utf-16-be"), "x")[0] == text


def test_binary_and_undecodable():
    with pytest.raises(InputError, match="binary file"):
        decode(b"\x89PNG\x00\x00\x01\x02", "x")
    with pytest.raises(InputError, match=r"cannot decode as UTF-8"):
        decode(codecs.BOM_UTF8 + b"\xff\xfe\xfd", "x")


def test_html_is_detected_and_stripped():
    assert looks_like_html("<p>نص</p><p>آخر</p>")
    assert looks_like_html("<!DOCTYPE html><title>x</title>")
    assert not looks_like_html("a < b and c > d; 3<4")
    assert not looks_like_html("قال <المصدر> إن")
    got = strip_html("<html><head><style>p{}</style></head><body><p>قتل  3 &amp; أصيب</p>"
                     "<script>x=1</script><div>بغداد<br>الثلاثاء</div></body></html>")
    assert got == "قتل 3 & أصيب\n\nبغداد\nالثلاثاء"


def _read(kind, data, label="f"):
    path = None if kind == "stdin" else Path(f"/x/{label}.{kind}")
    return list(articles_from_bytes(InputFile(label, path, kind), data))


def test_article_object_keys():
    (_, a), = _read("json", json.dumps({"id": 7, "text": "نص", "published": "2024-07-28T23:30:00+03:00",
                                          "url": "u", "title": "t"}).encode())
    assert (a.id, a.text, a.published, a.published_from, a.url, a.title) == ("7", "نص", date(2024, 7, 28), "article", "u", "t")
    (_, a), = _read("json", json.dumps({"maintext": "نص", "date_publish": "2021-04-24 08:00:00", "title": None}).encode())
    assert (a.id, a.published, a.title) == ("f", date(2021, 4, 24), None)
    (_, a), = _read("json", json.dumps({"text": "نص", "date": "2020-11-18", "source": "https://s"}).encode())
    assert (a.published, a.url) == (date(2020, 11, 18), "https://s")
    (_, a), = _read("json", json.dumps({"text": "نص", "maintext": "غيره"}).encode())
    assert a.text == "نص"


def test_txt_line_ends_and_bom():
    (_, a), = _read("txt", codecs.BOM_UTF8 + "سطر\r\nسطر\rسطر\n".encode())
    assert a.text == "سطر\nسطر\nسطر\n" and a.id == "f"


def test_jsonl_problems_carry_line_numbers_and_other_lines_are_read():
    data = ("\n".join(make_fixtures.JSONL_LINES) + "\n").encode()
    got = _read("jsonl", data, "day")
    problems = [str(g) for g in got if isinstance(g, Problem)]
    assert [p.split(":")[1] for p in problems] == ["2", "3", "6", "7", "8", "9"]
    assert [g[1].id for g in got if not isinstance(g, Problem)] == ["line-1", "line-4", "line-8"]
    assert [g[0] for g in got if not isinstance(g, Problem)] == ["day:1", "day:4", "day:8"]


def test_jsonl_in_utf16_and_a_cp1256_line():
    line = json.dumps({"id": "a", "text": make_fixtures.SENTENCES[0]}, ensure_ascii=False)
    got = _read("jsonl", (line + "\n").encode("utf-16"))
    assert got[0][1].text == make_fixtures.SENTENCES[0]
    got = _read("jsonl", (line + "\n").encode("utf-8") + (line + "\n").encode("cp1256"))
    assert [g[1].text for g in got] == [make_fixtures.SENTENCES[0]] * 2


def test_max_bytes_per_jsonl_line():
    small = json.dumps({"text": "قصير"})
    big = json.dumps({"text": "طويل " * 100})
    got = list(articles_from_bytes(InputFile("f", Path("f.jsonl"), "jsonl"), f"{small}\n{big}\n".encode(), max_bytes=200))
    assert isinstance(got[1], Problem) and got[1].where == "f:2" and got[1].retry
    assert got[0][1].text == "قصير"


def test_stdin_is_jsonl_or_text():
    assert _read("stdin", b'  {"text": "x"}\n', "-")[0][0] == "-:1"
    assert _read("stdin", "نص".encode(), "-")[0][1].id == "stdin"      # read whole (q7x2 explain)


def test_find_inputs_order_hidden_sidecar_exclude(tmp_path):
    for name in ("b.txt", "a/z.json", "a/y.jsonl", "c.csv", ".hidden.txt", ".git/x.txt", "published.json",
                 "events.jsonl", "A.TXT"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    got = list(find_inputs([str(tmp_path)], exclude=[str(tmp_path / "events.jsonl")]))
    assert [os.path.relpath(g.label, tmp_path) for g in got] == ["A.TXT", "a/y.jsonl", "a/z.json", "b.txt"]
    assert [g.kind for g in got] == ["txt", "jsonl", "json", "txt"]


def test_find_inputs_explicit_problems(tmp_path):
    (tmp_path / "dir.txt").mkdir()
    (tmp_path / "dir.txt" / "in.txt").write_text("x")
    (tmp_path / "notes.md").write_text("x")
    got = list(find_inputs([str(tmp_path / "missing.txt"), str(tmp_path / "notes.md"), str(tmp_path / "dir.txt")]))
    assert [str(g).removeprefix(str(tmp_path) + "/") for g in got[:2]] == [
        "missing.txt: no such file or directory",
        "notes.md: unknown input kind '.md' (expected .txt, .json or .jsonl)"]
    assert got[2].label.endswith("dir.txt/in.txt")               # a directory named x.txt is walked


def test_symlinked_directories_are_followed_but_loops_are_reported(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("x")
    os.symlink("real", tmp_path / "alias")
    os.symlink("..", tmp_path / "real" / "loop")
    got = [str(g).removeprefix(str(tmp_path) + "/") if isinstance(g, Problem) else os.path.relpath(g.label, tmp_path)
           for g in find_inputs([str(tmp_path)])]
    assert got == ["alias/a.txt", "alias/loop: symbolic link loop, skipped",
                   "real/a.txt", "real/loop: symbolic link loop, skipped"]


def test_iter_articles_keeps_working_and_applies_dates(tmp_path):
    got = list(iter_articles([str(ROOT / "seeds")], date(2000, 1, 1)))
    assert len(got) == 5 and all(a.published_from == "sidecar" for a in got)
    assert [a.id for a in got] == sorted(a.id for a in got)
    (tmp_path / "x.txt").write_text("نص")
    (tmp_path / "bad.json").write_text("{")
    got = list(iter_articles([str(tmp_path)], date(2000, 1, 1)))
    assert [(a.id, a.published, a.published_from) for a in got] == [("x", date(2000, 1, 1), "option")]
