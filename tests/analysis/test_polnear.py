"""A regression guard on PolNeAR dev: extraction must not fall below a floor.

The measure is score.py's (content overlap >= 0.5 both ways, one gold per
prediction, first annotator's file), on the first 20 dev articles. The floors
sit well below what the engine measured when they were last raised (F1 0.710,
source 0.905 on this slice), so only a real regression fails it.
"""

from __future__ import annotations

from pathlib import Path

from claims.analysis import Document, analyze

from .conftest import shared_path

ARTICLES = 20
MIN_F1 = 0.67
MIN_SOURCE = 0.85


def gold_attributions(ann: Path) -> list[dict[str, set[int]]]:
    spans: dict[str, set[int]] = {}
    events = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and line.count("\t") >= 2:
            tid, info, _ = line.split("\t", 2)
            chars: set[int] = set()
            for part in info.split(" ", 1)[1].split(";"):
                start, end = part.split()
                chars.update(range(int(start), int(end)))
            spans[tid] = chars
        elif line.startswith("E"):
            roles = dict(r.split(":") for r in line.split("\t")[1].split())
            events.append({role.lower(): spans[t] for role, t in roles.items() if t in spans})
    return [e for e in events if e.get("content")]


def test_extraction_on_a_dev_slice_stays_above_its_floor():
    split = shared_path("corpus/polnear/dev")
    texts = sorted((split / "text").glob("*.txt"))[:ARTICLES]
    gold = {t: gold_attributions(sorted((split / "attributions").glob(t.stem + "_*.ann"))[0]) for t in texts}
    docs = [Document(raw=t.read_text(encoding="utf-8"), path=t.name) for t in texts]
    result = analyze(docs, pairs=False)
    n_gold = sum(len(g) for g in gold.values())
    hits = sources = 0
    for index, text in enumerate(texts):
        predicted = [s for s in result.statements if s.doc == index]
        used: set[int] = set()
        for g in gold[text]:
            best, best_score = None, 0.0
            for i, p in enumerate(predicted):
                common = len(set(range(p.start, p.end)) & g["content"])
                if i in used or not common:
                    continue
                cover, purity = common / len(g["content"]), common / (p.end - p.start)
                if cover >= 0.5 and purity >= 0.5 and cover + purity > best_score:
                    best, best_score = i, cover + purity
            if best is None:
                continue
            used.add(best)
            hits += 1
            p = predicted[best]
            if p.speaker_start is not None and set(range(p.speaker_start, p.speaker_end)) & g.get("source", set()):
                sources += 1
    precision = hits / len(result.statements)
    recall = hits / n_gold
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= MIN_F1, f"F1 {f1:.3f} (P {precision:.3f} R {recall:.3f})"
    assert sources / hits >= MIN_SOURCE, f"source {sources / hits:.3f}"
