"""What assembly decided, for a reader: ``q7x2 explain``.

For each event: the event mentions that made it (trigger, sentence), what became of each
(``new``, ``merged`` with the rule's name) and the arguments it brought; then every trigger
that made no event, and why (its factuality and the cue that decided it, or the
coreference rule that dropped it). Offsets are into the original text, as in records.
"""
from __future__ import annotations

from ..document import Document, Mention
from . import Assembly
from .arguments import ARGUMENT_KINDS, Attack


def _span(doc: Document, start: int, end: int) -> dict:
    s, e = doc.original_span(start, end)
    return {"text": doc.text[s:e], "start": s, "end": e}


def _tokens(doc: Document, tok_start: int, tok_end: int) -> dict:
    return _span(doc, doc.tokens.token_starts[tok_start], doc.tokens.token_ends[tok_end - 1])


def _mention(doc: Document, m: Mention) -> dict:
    return _span(doc, m.start, m.end)


def _arguments(doc: Document, a: Attack) -> dict:
    out = {kind: [_mention(doc, m)["text"] for m in getattr(a, kind)] for kind in ARGUMENT_KINDS
           if getattr(a, kind)}
    if a.inherited:
        out["inherited"] = list(dict.fromkeys(a.inherited))
    for role in ("launch_sites", "locators"):
        if getattr(a, role):
            out[role] = [_mention(doc, m)["text"] for m in getattr(a, role)]
    if a.agents:
        out["agents"] = [_mention(doc, g.mention)["text"] + (f" ({g.attribution})" if g.attribution else "")
                         for g in a.agents]
    return out


def _split_reason(a: Attack) -> str:
    return "a dual: two acts" if any(t.value.dual for t in a.triggers) else "places joined by و"


def explanation(assembly: Assembly) -> dict:
    """The decisions as a JSON-ready object (``q7x2 explain --json``)."""
    doc = assembly.doc
    events = []
    for i, (event, attack) in enumerate(zip(assembly.events, assembly.attacks), 1):
        mentions = []
        for d in assembly.decisions:
            if d.attack is not None and d.attack.mentions is attack.mentions:
                em = d.mention
                mentions.append({"sentence": em.sentence + 1,
                                 "triggers": [_mention(doc, t)["text"] for t in em.live],
                                 "decision": d.outcome, "rule": d.reason,
                                 "clause": _tokens(doc, em.tok_start, em.tok_end)})
        split = sum(a.mentions is attack.mentions for a in assembly.attacks) > 1
        events.append({"event": i, "event_id": event.event_id, "sub_event_type": event.sub_event_type,
                       "date": event.date.value, "place": event.location.name,
                       "mentions": mentions, "arguments": _arguments(doc, attack),
                       **({"split": _split_reason(attack)} if split else {})})
    not_events = []
    for n in assembly.not_acts:
        t = n.trigger
        not_events.append({"sentence": t.sentence + 1, "trigger": _mention(doc, t)["text"],
                           "start": _mention(doc, t)["start"], "reason": n.factuality,
                           **({"cue": _tokens(doc, *n.cue)["text"]} if n.cue else {})})
    for d in assembly.decisions:
        if d.outcome == "dropped":
            for t in d.mention.live:
                not_events.append({"sentence": t.sentence + 1, "trigger": _mention(doc, t)["text"],
                                   "start": _mention(doc, t)["start"], "reason": d.reason})
    not_events.sort(key=lambda n: n["start"])
    return {"doc_id": doc.id, "events": events, "not_events": not_events}


def render(x: dict) -> str:
    """The explanation as text, one line per decision."""
    lines = [f"== {x['doc_id']}: {len(x['events'])} event(s)"]
    for e in x["events"]:
        lines.append(f"event {e['event']}  {e['date'] or '-'}  {e['place'] or '-'}  {e['sub_event_type']}"
                     f"  ({e['event_id']})")
        for m in e["mentions"]:
            lines.append(f"  sentence {m['sentence']}: {' '.join(m['triggers'])} -> {m['decision']} ({m['rule']})")
        for kind, texts in e["arguments"].items():
            lines.append(f"    {kind}: {' | '.join(texts)}")
        if "split" in e:
            lines.append(f"    split: {e['split']}")
    if x["not_events"]:
        lines.append("not events:")
        for n in x["not_events"]:
            cue = f" (cue: {n['cue']})" if "cue" in n else ""
            lines.append(f"  sentence {n['sentence']}: {n['trigger']} -> {n['reason']}{cue}")
    return "\n".join(lines)
