"""The pipeline's order of stages: the attack words first, and nothing more for an article
that has none."""
from datetime import date

from q7x2.article import Article

OIL_NEWS = Article("oil", "ارتفعت أسعار النفط في بغداد يوم الاثنين 3 آذار 2025 بنسبة 2 بالمئة بعد قرار أوبك.",
                   date(2025, 3, 5))
ROCKETS_ON_AIN_AL_ASAD = Article("s3", "استهدف هجوم صاروخي قاعدة عين الأسد الجوية في محافظة الأنبار غربي العراق، "
                                  "الأحد، بحسب ما أفادت مصادر أمنية.", date(2021, 3, 8))


def test_news_without_an_attack_word_stops_after_the_triggers(pipeline):
    doc = pipeline.document(OIL_NEWS, attacks_only=True)
    assert doc.of("trigger") == [] and doc.of("place") == [] and doc.of("date") == []
    whole = pipeline.document(OIL_NEWS)              # q7x2 explain shows every mention
    assert [m.value.place.name for m in whole.of("place")] == ["Baghdad"] and whole.of("date")
    assert pipeline.extract(OIL_NEWS) == []


def test_an_attack_word_brings_every_extractor(pipeline):
    doc = pipeline.document(ROCKETS_ON_AIN_AL_ASAD, attacks_only=True)
    assert {"trigger", "place", "date", "weapon"} <= set(doc.mentions)
    event, = pipeline.extract(ROCKETS_ON_AIN_AL_ASAD)
    assert (event.location.name, event.date.value) == ("Ain al-Asad Air Base", "2021-03-07")
