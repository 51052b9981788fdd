"""Decoding the bytes of one article: which encoding, or a clear error (see :func:`decode`)."""
from __future__ import annotations

import codecs
import re


class InputError(Exception):
    """An input that cannot be read as an article: where (path[:line]) and why."""

    def __init__(self, where: str, reason: str, retry: bool = False):
        super().__init__(f"{where}: {reason}")
        self.where, self.reason, self.retry = where, reason, retry


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_ARABIC_WORD = re.compile(r"(?:^|\s)(?:ال[\u0621-\u064a]|في\s|من\s|على\s|إلى\s|عن\s)")
_ARABIC_DIACRITIC = re.compile("[\u064b-\u0652]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _arabic_score(text: str) -> float:
    """How much ``text`` reads like Arabic: frequent words and prefixes, few oddities."""
    letters = len(_ARABIC_LETTER.findall(text))
    if not letters:
        return 0.0
    words = len(_ARABIC_WORD.findall(text))
    latin_accents = sum(1 for c in text if "\u00c0" <= c <= "\u00ff")
    diacritics = len(_ARABIC_DIACRITIC.findall(text))
    odd = latin_accents + len(_CONTROL.findall(text)) + max(0, diacritics - letters // 4)
    return (letters + 20 * words - 10 * odd) / max(1, len(text))


def utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: NUL bytes (ASCII characters) all on the same parity."""
    if len(data) % 2 or not data:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if even and not odd:
        enc = "utf-16-be"
    elif odd and not even:
        enc = "utf-16-le"
    else:
        return None
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None
    return text if not _CONTROL.search(text.replace("\x00", "\x01")) else None


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few bad bytes (a file cut inside a character), not a legacy encoding: its
    multi-byte characters far outnumber the bytes that are no UTF-8 (Windows-1256 Arabic
    makes almost no valid UTF-8 sequence)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for c in text if c > "\x7f" and c != "\ufffd")
    return good >= 4 * bad


def decode(data: bytes, where: str) -> tuple[str, str]:
    """``(text, encoding)`` of the bytes of one article; :class:`InputError` if binary or undecodable.

    Order: UTF-16/UTF-32 and UTF-8 BOMs; NUL bytes (binary, unless they are the ASCII half
    of BOM-less UTF-16); strict UTF-8; Windows-1256 or ISO-8859-6, whichever reads as
    Arabic (ISO-8859-6 leaves bytes undefined; Windows-1256 puts Latin letters where
    ISO-8859-6 has Arabic ones); last, charset-normalizer for anything else.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) and len(data) % 4 == 0:
        try:
            return data.decode("utf-32"), "utf-32"
        except UnicodeDecodeError:
            pass
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise InputError(where, f"cannot decode as UTF-16: {e.reason} at byte {e.start}") from None
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise InputError(where, f"cannot decode as UTF-8: {e.reason} at byte {e.start + 3}") from None
    if b"\x00" in data:
        text = utf16_without_bom(data)
        if text is not None:
            return text, "utf-16"
        raise InputError(where, "binary file (NUL bytes), skipped")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        if _mostly_utf8(data):
            raise InputError(where, f"invalid UTF-8 at byte {e.start} (a cut or damaged file?), skipped") from None
    candidates = []
    for enc in ("cp1256", "iso8859_6"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_arabic_score(text), enc == "cp1256", enc, text))
    if candidates:
        score, _, enc, text = max(candidates)
        if score > 0.3:
            return text, enc
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - the detector is a last resort
        best = None
    if best is not None and not _CONTROL.search(str(best)):
        return str(best), best.encoding
    raise InputError(where, "cannot decode (not UTF-8, UTF-16, Windows-1256 or ISO-8859-6), skipped")


