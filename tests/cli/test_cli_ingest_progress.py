"""The progress line and the summary count the same documents: a page read and then set aside by the coder (not
English, over max_text_chars) was counted as "stored" by the progress line, so a run printed "3 documents stored"
above a summary saying "1 new document" (newcomer16, session 27)."""
from __future__ import annotations

import re

from detente.cli.cmd_ingest import LogProgress
from detente.runners.local import RunOptions, run_ingest

ARTICLE = ("Ministers of Freedonia and Sylvania met in the capital on Tuesday. The Freedonian foreign minister "
           "signed a fisheries agreement with his Sylvanian counterpart, officials said.\n")
FRENCH = ("Le ministre des affaires étrangères a rencontré son homologue mardi dans la capitale du pays voisin.\n\n"
          "Les deux pays ont signé un accord sur la pêche, selon des responsables qui ont parlé aux journalistes.\n\n"
          "Ils se reverront le mois prochain pour discuter des frontières maritimes et du commerce entre eux.\n\n"
          "Le gouvernement a salué une avancée importante après des années de négociations difficiles.\n")


def test_the_progress_line_counts_the_new_documents_the_summary_counts(tmp_path, capsys):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a_article.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b_french.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "c_long.txt").write_text(ARTICLE * 40, encoding="utf-8")
    options = RunOptions(db=str(tmp_path / "p.duckdb"), workers=1, batch_size=8, max_text_chars=len(ARTICLE) * 10)
    summary = run_ingest([str(folder)], options, progress=LogProgress(3, options.db, every=0))
    assert summary.documents == 1 and summary.rejects == {"not_english": 1, "too_large": 1}, summary.rejects
    last = capsys.readouterr().err.splitlines()[-1]
    assert re.fullmatch(r"ingest: 3 of 3 inputs done, 1 new document stored, \d+ s", last), last
