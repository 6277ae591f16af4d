"""Read queries over the agreements tables (written by the agreements stage, stage 8)."""
from __future__ import annotations

from detente.agreements.lifecycle import ORDER
from detente.errors import ConfigError, NotFound
from detente.ids import other_kind_hint
from detente.records import Agreement
from detente.store.db import opened
from detente.store.queries import country_code, report_label
from detente.store.rows import agreement_from_row

STAGES = ORDER  # the lifecycle as the agreements stage writes it (one list: "renegotiating" was missing here)


def agreements(db: str, country: str | None = None, stage: str | None = None,
               limit: int | None = None) -> list[Agreement]:
    """Every agreement (with its steps), latest news first; `country`: one of its parties; at most `limit`."""
    if limit is not None and limit < 0:
        raise ConfigError(f"--limit {limit}: give a number of rows, or 0 for all")
    if stage is not None and stage not in STAGES:
        raise ConfigError(f"--stage {stage!r}: choose one of {', '.join(STAGES)}")
    where, params = ["TRUE"], []
    if country:
        where.append("list_contains(string_split(parties, ','), ?)")
        params.append(country_code(country))
    if stage:
        where.append("stage = ?")
        params.append(stage)
    sql = f"SELECT * FROM agreements WHERE {' AND '.join(where)} ORDER BY last_date DESC NULLS LAST, agreement_id"
    sql += f" LIMIT {int(limit)}" if limit else ""
    with opened(db, read_only=True) as con:
        _need_table(con, db)
        cur = con.execute(sql, params)
        names = [d[0] for d in cur.description]
        found = [dict(zip(names, r)) for r in cur.fetchall()]
        return [agreement_from_row(row, _stages(con, row["agreement_id"])) for row in found]


def get_agreement(db: str, agreement_id: str) -> Agreement:
    """One agreement by its id or a unique prefix of it."""
    with opened(db, read_only=True) as con:
        _need_table(con, db)
        cur = con.execute("SELECT * FROM agreements WHERE starts_with(agreement_id, ?) ORDER BY agreement_id",
                          [agreement_id])
        names = [d[0] for d in cur.description]
        found = [dict(zip(names, r)) for r in cur.fetchall()]
        if len(found) != 1:
            what = "no agreement" if not found else f"{len(found)} agreements start with"
            hint = "" if found else other_kind_hint(agreement_id, "a")
            raise NotFound(f"{what} {agreement_id!r} in {db}{hint}; list ids with `detente agreements --db {db}`")
        return agreement_from_row(found[0], _stages(con, found[0]["agreement_id"]))


def _stages(con, agreement_id: str) -> list[dict]:
    cur = con.execute("SELECT * FROM agreement_stages WHERE agreement_id = ? "
                      "ORDER BY date NULLS LAST, list_position(?, stage), event_id", [agreement_id, list(STAGES)])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _need_table(con, db: str) -> None:
    present = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'agreements'"
                          ).fetchall()[0][0]
    if not present:
        raise ConfigError(f"{db} was written before detente followed agreements: ingest into it again "
                          f"(nothing is duplicated) to build the agreements table")


def lifecycle_steps(db: str, agreement_id: str, wait_seconds: float = 10.0) -> list[dict]:
    """The steps of one agreement (a full id) to list, in order, each with its sentence, event type, outlet and
    publication date: what `detente agreements ID` and the page's opened agreement show. A sentence is listed
    once per stage and date: one sentence coded as several events (a signing and two meetings with its host,
    "… signed the protocol at a ceremony in Tbilisi hosted by Georgia") was listed three times over, word for
    word (newcomer session 16); the signing itself (AGREE) is the one kept, whose evidence a click opens."""
    with opened(db, read_only=True, wait_seconds=wait_seconds) as con:
        _need_table(con, db)
        cur = con.execute(
            "SELECT s.stage, s.date, s.date_precision, s.event_id, s.doc_id, e.sentence, e.event_type, d.outlet, "
            "d.published, d.url, d.path, d.line FROM agreement_stages s LEFT JOIN events e USING (event_id) "
            "LEFT JOIN documents d ON d.doc_id = s.doc_id WHERE s.agreement_id = ? "
            "ORDER BY s.date NULLS LAST, list_position(?, s.stage), e.event_type IS DISTINCT FROM 'AGREE', s.event_id",
            [agreement_id, list(STAGES)])
        names = [d[0] for d in cur.description]
        steps = [_labelled(dict(zip(names, r))) for r in cur.fetchall()]
    seen: set[tuple] = set()
    kept = []
    for step in steps:
        key = (step["stage"], step["date"], step["doc_id"], step["sentence"] or step["event_id"])
        if key not in seen:
            seen.add(key)
            kept.append(step)
    return kept


def _labelled(step: dict) -> dict:
    """A step with the name of its report as incidents list theirs (queries.report_label: outlet, URL host or file
    name). `detente agreements ID` listed each step's document as a bare hash and the page named no source for a
    step of a file without an outlet (every realnews page), while `detente incidents ID` named the file (newcomer
    review, session 30)."""
    url, path, line = step.pop("url"), step.pop("path"), step.pop("line")
    return step | {"report": report_label(step["outlet"], url, path, line)}
