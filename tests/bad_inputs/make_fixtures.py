"""Writes the bad-input fixtures of this folder (run it after changing it: ``python make_fixtures.py``).

Committed: regular files only. What git or a checkout cannot keep (symbolic links, a
broken link, link loops, a FIFO) is added by :func:`add_links` into a copy made by the tests.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Arabic sentences every encoding below can hold (ISO-8859-6 has no « » or Arabic-Indic digits).
SENTENCES = [
    "قتل ثلاثة أشخاص وأصيب خمسة آخرون في هجوم بقذائف الهاون على قاعدة عسكرية شمال بغداد، مساء الثلاثاء.",
    "أعلنت وزارة الدفاع أن طائرة مسيرة استهدفت رتلا للتحالف على الطريق الدولي قرب مطار أربيل.",
    "وقال مصدر أمني إن عبوة ناسفة انفجرت صباح اليوم في سوق شعبي وسط المدينة؛ ولم تتبن أي جهة الهجوم حتى الآن؟",
]
TEXT = "\n".join(SENTENCES) + "\n"

GOOD = {  # file name -> bytes; each is one good article
    "utf8.txt": TEXT.encode("utf-8"),
    "utf8_bom.txt": b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    "utf8_crlf.txt": TEXT.replace("\n", "\r\n").encode("utf-8"),
    "utf16le.txt": TEXT.encode("utf-16"),            # BOM, little-endian on this platform
    "utf16be.txt": b"\xfe\xff" + TEXT.encode("utf-16-be"),
    "cp1256.txt": TEXT.encode("cp1256"),
    "iso8859_6.txt": TEXT.encode("iso8859_6"),
    "article.json": json.dumps({"id": "json-1", "text": SENTENCES[0], "published": "2024-07-28T10:00:00Z",
                                "url": "https://example.org/1", "title": "هجوم"}, ensure_ascii=False).encode(),
    "newsplease.json": json.dumps({"maintext": SENTENCES[1], "date_publish": "2021-04-24 08:00:00",
                                   "url": "https://example.org/2", "title": "مسيرة"}, ensure_ascii=False).encode(),
    "trafilatura.json": json.dumps({"text": SENTENCES[2], "date": "2020-11-18", "source": "https://example.org/3"},
                                   ensure_ascii=False).encode(),
    "html.txt": ("<!DOCTYPE html><html><head><title>x</title><style>p {color: red}</style></head><body>"
                 f"<p>{SENTENCES[0]}</p><p>{SENTENCES[1]} &amp; <b>المزيد</b></p><script>var a = 1;</script>"
                 "</body></html>\n").encode(),
}

JSONL_LINES = [
    json.dumps({"id": "line-1", "text": SENTENCES[0]}, ensure_ascii=False),
    '{"id": "line-2", "text": "مقطوع',                                   # 2: not JSON
    json.dumps({"id": "line-3", "title": "بلا نص"}, ensure_ascii=False),    # 3: no text
    json.dumps({"id": "line-4", "text": SENTENCES[1], "published": "2021-04-24"}, ensure_ascii=False),
    "",                                                                    # 5: blank, ignored
    json.dumps({"id": "line-6", "text": "   \n "}),                        # 6: empty article
    json.dumps(["not", "an", "object"]),                                   # 7: not an object
    json.dumps({"id": "line-8", "text": f"<div><p>{SENTENCES[2]}</p><br/></div>"}, ensure_ascii=False),
    json.dumps({"id": "line-9", "text": SENTENCES[2], "published": "yesterday"}, ensure_ascii=False),  # 9: bad date
]

BAD = {  # file name -> bytes
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)),
    "empty.txt": b"",
    "whitespace.txt": b"  \n\t\r\n   \n",
    "no_text.json": json.dumps({"id": "x", "title": "عنوان فقط"}, ensure_ascii=False).encode(),
    "not_json.json": b'{"id": "y", "text": ',
    "big.txt": ("هجوم " * 1000).encode(),                   # 9000 bytes: over the tests' --max-bytes 4000
}

MAX_BYTES = 4000                                         # what the tests pass as --max-bytes


def files() -> dict[str, bytes]:
    out = {**GOOD, **BAD, "mixed.jsonl": ("\n".join(JSONL_LINES) + "\n").encode("utf-8"),
           "sub/nested.txt": SENTENCES[1].encode("utf-8"), "sub/ignored.csv": b"a,b\n"}
    assert all(len(v) <= MAX_BYTES for k, v in GOOD.items())
    return out


def write(target: Path) -> None:
    for name, data in files().items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def add_links(target: Path) -> None:
    """What git cannot carry: a broken link, a link loop, a directory loop, a FIFO."""
    os.symlink("does-not-exist.txt", target / "broken_link.txt")
    os.symlink("loop_b.txt", target / "loop_a.txt")
    os.symlink("loop_a.txt", target / "loop_b.txt")
    (target / "sub" / "deeper").mkdir(exist_ok=True)
    os.symlink("../..", target / "sub" / "deeper" / "up")
    os.symlink("utf8.txt", target / "link_to_utf8.txt")
    os.mkfifo(target / "fifo.txt")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
