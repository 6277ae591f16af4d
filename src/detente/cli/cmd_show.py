"""`detente show EVENT_ID`: the event with its evidence in context."""
from __future__ import annotations

import typer
from rich.console import Console
from rich.text import Text

from detente import store
from detente.clean import body_run, text_segments
from detente.cli import options
from detente.cli.edge import edge
from detente.store.queries import get_document, get_event

out = Console(highlight=False, markup=False)  # titles and paths may hold [brackets]
CONTEXT_CHARS = 300
TRIGGER_OPEN, TRIGGER_CLOSE = "»", "«"  # marks the trigger in plain-text output


def register(app: typer.Typer) -> None:
    app.command("show")(show)


@edge
def show(event_id: options.EventId,
         db: options.Db = store.DEFAULT_DB) -> None:
    """Show one event and the text around its evidence."""
    event, story = get_event(db, event_id)
    doc = get_document(db, event.doc_id)
    ev = event.evidence
    out.print(Text.assemble((event.event_type, "bold"), f" {event.status}  {_party(event.source)} → "
                            f"{_party(event.target)}  date {event.date.value or '?'} ({event.date.precision})"))
    out.print(f"document {doc['doc_id']}  {doc['path']}{':' + str(doc['line']) if doc['line'] else ''}  "
              f"story {story}  published {doc['published'] or '?'}  title: {doc['title'] or '-'}",
              soft_wrap=True)  # one line: a path broken at the terminal's width cannot be pasted
    if event.attribution:
        out.print(f"attribution: {event.attribution} ({event.attribution_kind})")
    text = doc["text"]
    out.print(f"trigger: {text[ev.trigger_start:ev.trigger_end]} (chars {ev.trigger_start}-{ev.trigger_end})")
    out.print(f"evidence ({ev.segment_role}, chars {ev.start}-{ev.end}{', trigger between » «' if not out.is_terminal else ''}):")
    out.print(_in_context(text, doc["title"], ev))


def _in_context(text: str, title: str | None, ev) -> Text:
    """The evidence with up to CONTEXT_CHARS of its article either side: the window stops where the body
    does (clean.body_run), so menus, datelines and "Related" links around it are not shown as context;
    "…" marks article text cut off."""
    run_lo, run_hi = body_run(text, text_segments(text, title), ev.start)
    lo, hi = window(text, ev.start, ev.end)
    lo, hi = max(lo, min(run_lo, ev.start)), min(hi, max(run_hi, ev.end))
    shown = Text()  # not Text(..., style="dim"): a Text's own style runs under all it appends (the evidence was dim)
    shown.append(("…" if lo > min(run_lo, ev.start) else "") + text[lo:ev.start], style="dim")
    shown.append(text[ev.start:ev.trigger_start])
    shown.append(_trigger(text[ev.trigger_start:ev.trigger_end]))
    shown.append(text[ev.trigger_end:ev.end])
    shown.append(text[ev.end:hi] + ("…" if hi < max(run_hi, ev.end) else ""), style="dim")
    return shown


def _trigger(words: str) -> Text:
    """The trigger in reverse video on a terminal; elsewhere (a pipe, a file, `less`) the styles are dropped,
    so it is marked »thus« in the text itself, and the `trigger:` line above gives it plainly for scripts
    (session 7 review: piped output lost the highlight)."""
    if out.is_terminal:
        return Text(words, style="bold reverse")
    return Text(f"{TRIGGER_OPEN}{words}{TRIGGER_CLOSE}")


def window(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> tuple[int, int]:
    """About `chars` of context either side of text[start:end], cut at white space rather than inside a word."""
    lo, hi = max(0, start - chars), min(len(text), end + chars)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space >= 0 else hi
    return lo, hi


def _party(actor) -> str:
    """"the ministers (KHM)"; without a resolved country just the words; no actor: "-"."""
    if actor is None:
        return "-"
    if actor.country and actor.text and actor.text != actor.country:  # not "NER (NER)"
        return f"{actor.text} ({actor.country})"
    return actor.country or actor.text or "-"
