"""Hand-written records as the pipeline would produce them for seed article 001 and for a
second outlet's report of the same Balad attack (the pipeline does not yet emit events)."""
from __future__ import annotations

from pathlib import Path

from q7x2.record import Event

SEED_001 = Path(__file__).resolve().parent.parent / "seeds" / "001_1e6b6c2c93cf8a11.txt"

# A shorter wire report of the Balad attack, published the evening it happened.
WIRE_TEXT = ("بغداد - سقطت خمسة صواريخ كاتيوشا على قاعدة بلد الجوية في محافظة صلاح الدين "
             "مساء الأحد، ما أدى إلى إصابة جنديين عراقيين، وفق مصدر أمني.")


def _span(text: str, fragment: str, after: int = 0) -> dict:
    start = text.index(fragment, after)
    return {"start": start, "end": start + len(fragment), "text": fragment}


def balad_seed_event() -> Event:
    """Seed 001: five rockets on Balad air base, 18 April 2021, 3 Iraqi soldiers and 2 contractors wounded."""
    text = SEED_001.read_text(encoding="utf-8")
    sentence = _span(text, 'واستُهدفت قاعدة "بلد" الجوية في محافظة صلاح الدين شمال بغداد في 18 أبريل/نيسان '
                           'الجاري بخمسة صواريخ أسفرت عن إصابة 3 جنود عراقيين ومتعاقدين أجنبيين '
                           'تابعين لشركة صيانة طائرات.')
    at = sentence["start"]
    return Event.model_validate({
        "event_id": "001_1e6b6c2c93cf8a11-1",
        "doc_id": "001_1e6b6c2c93cf8a11",
        "source": {"path": "seeds/001_1e6b6c2c93cf8a11.txt", "url": "https://middle-east-online.com/balad",
                   "title": None, "published": "2021-04-24", "published_from": "sidecar"},
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "date": {"value": "2021-04-18", "precision": "day", "time_of_day": None,
                 **_span(text, "في 18 أبريل/نيسان الجاري", at)},
        "location": {"name": "Balad Air Base", "name_ar": "قاعدة بلد الجوية",
                     **_span(text, 'قاعدة "بلد" الجوية', at), "country_code": "IQ",
                     "admin1_code": "IQ-SD", "admin1": "Salah al-Din", "lat": 33.94, "lon": 44.36,
                     "precision": "site"},
        "target": {"type": "military", "name": "Balad Air Base", **_span(text, 'قاعدة "بلد" الجوية', at)},
        "weapons": [{"type": "rocket", "subtype": None, "count": 5, "caliber_mm": None,
                     **_span(text, "بخمسة صواريخ", at)}],
        "perpetrators": [],
        "claimed": None,
        "casualties": {"killed": None, "wounded": 5, **_span(text, "إصابة 3 جنود عراقيين ومتعاقدين أجنبيين", at)},
        "confidence": 0.9,
        "evidence": [sentence],
    })


def balad_february_event() -> Event:
    """Seed 001's background mention: 4 rockets on Balad base on 20 February 2021."""
    text = SEED_001.read_text(encoding="utf-8")
    clause = _span(text, 'وسقطت 4 صواريخ على قاعدة "بلد" شمال بغداد في 20 فبراير/شباط الماضي')
    at = clause["start"]
    return Event.model_validate({
        "event_id": "001_1e6b6c2c93cf8a11-2",
        "doc_id": "001_1e6b6c2c93cf8a11",
        "source": {"path": "seeds/001_1e6b6c2c93cf8a11.txt", "url": "https://middle-east-online.com/balad",
                   "published": "2021-04-24", "published_from": "sidecar"},
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "date": {"value": "2021-02-20", "precision": "day", **_span(text, "في 20 فبراير/شباط الماضي", at)},
        "location": {"name": "Balad Air Base", "name_ar": "قاعدة بلد الجوية", **_span(text, 'قاعدة "بلد"', at),
                     "country_code": "IQ", "admin1_code": "IQ-SD", "admin1": "Salah al-Din",
                     "lat": 33.94, "lon": 44.36, "precision": "site"},
        "target": {"type": "military", "name": "Balad Air Base", **_span(text, 'قاعدة "بلد"', at)},
        "weapons": [{"type": "rocket", "count": 4, **_span(text, "4 صواريخ", at)}],
        "perpetrators": [],
        "casualties": {},
        "confidence": 0.8,
        "evidence": [clause],
    })


def balad_wire_event() -> Event:
    """The wire report of the 18 April attack: an earlier figure (2 wounded), a Katyusha subtype."""
    text = WIRE_TEXT
    return Event.model_validate({
        "event_id": "wire-0418-1",
        "doc_id": "wire-0418",
        "source": {"url": "https://www.example-wire.com/iraq/balad", "title": "صواريخ على قاعدة بلد",
                   "published": "2021-04-18", "published_from": "article"},
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "date": {"value": "2021-04-18", "precision": "day", "time_of_day": "evening", **_span(text, "مساء الأحد")},
        "location": {"name": "Balad Air Base", "name_ar": "قاعدة بلد الجوية", **_span(text, "قاعدة بلد الجوية"),
                     "country_code": "IQ", "admin1_code": "IQ-SD", "admin1": "Salah al-Din",
                     "lat": 33.9333, "lon": 44.3667, "precision": "site"},
        "target": {"type": "military", "name": "Balad Air Base", **_span(text, "قاعدة بلد الجوية")},
        "weapons": [{"type": "rocket", "subtype": "Katyusha", "count": 5, **_span(text, "خمسة صواريخ كاتيوشا")}],
        "perpetrators": [],
        "casualties": {"killed": None, "wounded": 2, **_span(text, "إصابة جنديين عراقيين")},
        "confidence": 0.85,
        "evidence": [_span(text, WIRE_TEXT)],
    })


def variant(event: Event, **changes) -> Event:
    """A copy of ``event`` with fields changed: ``variant(e, date__value="2021-04-19")``."""
    data = event.model_dump()
    for path, value in changes.items():
        *parents, key = path.split("__")
        target = data
        for p in parents:
            target = target[p]
        target[key] = value
    return Event.model_validate(data)
