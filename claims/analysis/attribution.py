"""Stage 3: attributed statements (speaker, cue, content) in each sentence."""

from __future__ import annotations

import re

from .records import Prepared, Statement

_SAID = re.compile(r"(?P<speaker>[A-Z][\w’']*(?: [A-Z][\w’']*){0,3}) (?P<cue>said|says) (?:that )?(?P<content>[^.\n]+)")


def extract(doc: Prepared, doc_index: int) -> list[Statement]:
    found = []
    for region in doc.regions:
        for m in _SAID.finditer(doc.text, region.start, region.end):
            found.append(
                Statement(
                    id=f"d{doc_index}s{len(found)}",
                    doc=doc_index,
                    speaker=m["speaker"],
                    party=None,
                    speaker_start=m.start("speaker"),
                    speaker_end=m.end("speaker"),
                    cue=m["cue"],
                    cue_start=m.start("cue"),
                    cue_end=m.end("cue"),
                    content=m["content"],
                    start=m.start("content"),
                    end=m.end("content"),
                    kind="indirect",
                )
            )
    return found
