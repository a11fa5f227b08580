"""`make train-attribution`: train the attribution model on PolNeAR's training split.

Reads ../shared/eval/data/polnear-train (input.jsonl, gold.jsonl), parses it with
the same spaCy pipeline `analyze` uses, and fits three linear models with numpy
(full-batch Adam on the logistic / softmax loss, fixed order, so a rerun gives the
same file):

- cue: is this token the head of an attribution cue (binary);
- content: which candidate span is the cue's content (softmax over candidates);
- source: which candidate is its source, or none (softmax over candidates).

The cue threshold is the one `--fold K` runs chose: each trains on four fifths
of polnear-train and scores the other fifth with the referee scorer at several
thresholds; `--gold-cues` scores polnear-dev with the shipped model handed the gold
cue heads (how far content and source choice go when the cues are right). The model
goes to src/newsgraph/data/attribution-model.json.gz. PolNeAR is research
data from published news; only the learned weights are written, no text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Token

from newsgraph.clean import analysis_text, layout
from newsgraph.nlp import paragraphs
from newsgraph.nlp.attribution.component import AttributionFinder
from newsgraph.nlp.attribution.content import content_candidates, content_feature_rows
from newsgraph.nlp.attribution.context import DocContext
from newsgraph.nlp.attribution.cues import cue_features, is_candidate
from newsgraph.nlp.attribution.detect import context_features, first_pass, nesting, read
from newsgraph.nlp.attribution.model import MODEL_FILE, AttributionModel, LinearScorer
from newsgraph.nlp.attribution.sources import source_candidates, source_features, source_span
from newsgraph.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "src" / "newsgraph" / "data" / MODEL_FILE
CACHE = ROOT / "out" / "train-attribution"
MIN_COUNT = 2
L2 = {"cue": 1e-4, "cue_in_context": 1e-4, "content": 3e-4, "source": 1e-4}
BASE_PARTS = ("cue", "content", "source")
PARTS = (*BASE_PARTS, "cue_in_context")
STEPS = 400
THRESHOLD = 0.40  # best mean held-out attribution and content-match F1 in `--fold` runs
FOLDS = 5


# --- reading and parsing -------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One document of a prepared set with its gold attributions."""

    id: str
    text: str
    title: str | None
    gold: list[dict[str, Any]]


def read_set(set_dir: Path) -> list[Item]:
    with (set_dir / "gold.jsonl").open(encoding="utf-8") as handle:
        gold = {d["id"]: d["attributions"] for d in map(json.loads, filter(str.strip, handle))}
    with (set_dir / "input.jsonl").open(encoding="utf-8") as handle:
        docs = [json.loads(line) for line in handle if line.strip()]
    return [
        Item(d["id"], d["text"], d.get("title"), gold[d["id"]]) for d in docs if d["id"] in gold
    ]


def parser(settings: Settings) -> Language:
    """spaCy plus the paragraph breaks, exactly what the attribution component reads."""
    import spacy

    import newsgraph.nlp.factories  # noqa: F401  (registers the factories)

    nlp = spacy.load(settings.model)
    nlp.add_pipe("newsgraph_paragraphs", before="parser")
    return nlp


def parse(nlp: Language, items: list[Item], cache: Path, processes: int = 1) -> list[Doc]:
    """Parsed documents (the text `analyze` would parse), cached under out/."""
    texts = [analysis_text(i.text, layout(i.text, i.title).boilerplate) for i in items]
    version = [nlp.meta["version"], paragraphs.RULES]
    key = hashlib.sha256("\0".join([*version, *texts]).encode()).hexdigest()[:16]
    path = cache / f"{key}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=32, n_process=processes))
    cache.mkdir(parents=True, exist_ok=True)
    bin_ = DocBin(docs=docs)
    bin_.to_disk(path)
    return docs


# --- gold alignment ------------------------------------------------------------


def tokens_in(doc: Doc, span: dict[str, Any] | None) -> frozenset[int]:
    if not span:
        return frozenset()
    start, end = span["start"], span["end"]
    first = max(0, bisect_right(_starts(doc), start) - 1)
    found = set()
    for token in doc[first:]:
        if token.idx >= end:
            break
        if token.idx + len(token.text) > start and not token.is_space:
            found.add(token.i)
    return frozenset(found)


def _starts(doc: Doc) -> list[int]:
    if "starts" not in doc.user_data:
        doc.user_data["starts"] = [t.idx for t in doc]
    starts: list[int] = doc.user_data["starts"]
    return starts


def head_of(doc: Doc, tokens: frozenset[int]) -> Token | None:
    """The token of a gold span whose head lies outside it; a word rather than a possessive
    marker or a determiner ("’s assertion": assertion)."""
    heads = [doc[i] for i in sorted(tokens) if doc[i].head.i not in tokens or doc[i].head.i == i]
    words = [t for t in heads if t.pos_ not in ("PART", "DET")]
    return (words or heads or [None])[0]


def overlap_f1(a: frozenset[int], b: frozenset[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def span_tokens(doc: Doc, start: int, end: int) -> frozenset[int]:
    return frozenset(i for i in range(start, end) if not doc[i].is_space)


# --- examples ------------------------------------------------------------------


@dataclass
class Examples:
    """Rows of features; `group` marks softmax groups (one per gold attribution)."""

    rows: list[list[str]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    group: list[int] = field(default_factory=list)

    def add_group(self, options: list[list[str]], best: int) -> None:
        number = self.group[-1] + 1 if self.group else 0
        for k, feats in enumerate(options):
            self.rows.append(feats)
            self.labels.append(int(k == best))
            self.group.append(number)

    def extend(self, other: Examples) -> None:
        offset = self.group[-1] + 1 if self.group else 0
        self.rows += other.rows
        self.labels += other.labels
        self.group += [g + offset for g in other.group]


@dataclass
class DocExamples:
    """What one training document contributes to each model."""

    context: DocContext
    heads: set[int]
    parts: dict[str, Examples]


def gold_heads(doc: Doc, item: Item) -> dict[int, list[dict[str, Any]]]:
    heads: dict[int, list[dict[str, Any]]] = {}
    for attribution in item.gold:
        head = head_of(doc, tokens_in(doc, attribution.get("cue")))
        if head is not None:
            heads.setdefault(head.i, []).append(attribution)
    return heads


def examples(doc: Doc, item: Item) -> DocExamples:
    parts = {"cue": Examples(), "content": Examples(), "source": Examples()}
    context = DocContext.of(doc)
    heads = gold_heads(doc, item)
    for token in doc:
        if is_candidate(token):
            parts["cue"].rows.append(cue_features(token, context))
            parts["cue"].labels.append(int(token.i in heads))
    for i, attributions in heads.items():
        for attribution in attributions:
            _content_group(doc[i], attribution, context, parts["content"])
            _source_group(doc[i], attribution, context, parts["source"])
    return DocExamples(context, set(heads), parts)


def merged(per_doc: list[DocExamples], part: str) -> Examples:
    out = Examples()
    for item in per_doc:
        out.extend(item.parts[part])
    return out


def _content_group(cue: Token, gold: dict[str, Any], context: DocContext, out: Examples) -> None:
    wanted = tokens_in(cue.doc, gold["content"])
    candidates = content_candidates(cue, context)
    scores = [overlap_f1(span_tokens(cue.doc, c.start, c.end), wanted) for c in candidates]
    if scores and max(scores) >= 0.5:
        out.add_group(content_feature_rows(cue, candidates, context), int(np.argmax(scores)))


def _source_group(cue: Token, gold: dict[str, Any], context: DocContext, out: Examples) -> None:
    wanted = tokens_in(cue.doc, gold.get("source"))
    candidates = source_candidates(cue, context)
    best = None
    for k, candidate in enumerate(candidates):
        if candidate.head is None:
            hit = not wanted
        else:
            start, end = source_span(candidate.head)
            hit = bool(wanted & span_tokens(cue.doc, start, end))
        if hit and best is None:
            best = k
    if best is not None:
        out.add_group([source_features(cue, c, context) for c in candidates], best)


def second_pass_examples(model: AttributionModel, per_doc: list[DocExamples]) -> Examples:
    """Rows for the in-context cue model, from a first pass that never saw these documents."""
    out = Examples()
    for item in per_doc:
        first = first_pass(model, item.context)
        cover, readings = nesting(model, item.context, first)
        for token, p in first:
            out.rows.append(context_features(token, p, cover, readings.get(token.i)))
            out.labels.append(int(token.i in item.heads))
    return out


# --- fitting -------------------------------------------------------------------


@dataclass
class Matrix:
    """A binary sparse matrix as (row, column) pairs, and the column names."""

    rows: np.ndarray
    cols: np.ndarray
    n_rows: int
    names: list[str]


def to_matrix(rows: list[list[str]]) -> Matrix:
    counts = Counter(f for feats in rows for f in set(feats))
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: k for k, f in enumerate(names)}
    r, c = [], []
    for number, feats in enumerate(rows):
        for f in set(feats):
            k = index.get(f)
            if k is not None:
                r.append(number)
                c.append(k)
    return Matrix(np.array(r, dtype=np.int64), np.array(c, dtype=np.int64), len(rows), names)


def _adam(gradient: Any, size: int, steps: int, rate: float = 0.05) -> np.ndarray:
    w = np.zeros(size)
    m = np.zeros(size)
    v = np.zeros(size)
    for step in range(1, steps + 1):
        g = gradient(w)
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= rate * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w


def _scores(x: Matrix, w: np.ndarray) -> np.ndarray:
    return np.bincount(x.rows, weights=w[x.cols], minlength=x.n_rows)


def fit_logistic(x: Matrix, y: np.ndarray, l2: float) -> np.ndarray:
    def gradient(w: np.ndarray) -> np.ndarray:
        p = 1 / (1 + np.exp(-np.clip(_scores(x, w), -30, 30)))
        g = np.bincount(x.cols, weights=(p - y)[x.rows], minlength=len(x.names))
        return g / x.n_rows + l2 * w

    return _adam(gradient, len(x.names), STEPS)


def fit_ranker(x: Matrix, y: np.ndarray, group: np.ndarray, l2: float) -> np.ndarray:
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    sizes = np.diff(np.r_[starts, len(group)])

    def gradient(w: np.ndarray) -> np.ndarray:
        s = _scores(x, w)
        e = np.exp(s - np.repeat(np.maximum.reduceat(s, starts), sizes))
        p = e / np.repeat(np.add.reduceat(e, starts), sizes)
        g = np.bincount(x.cols, weights=(p - y)[x.rows], minlength=len(x.names))
        return g / len(starts) + l2 * w

    return _adam(gradient, len(x.names), STEPS)


def fit_part(part: str, ex: Examples) -> LinearScorer:
    started = time.time()
    x = to_matrix(ex.rows)
    y = np.array(ex.labels, dtype=float)
    if part.startswith("cue"):
        w = fit_logistic(x, y, L2[part])
    else:
        w = fit_ranker(x, y, np.array(ex.group), L2[part])
    print(f"{part}: {x.n_rows} rows, {len(x.names)} features, {time.time() - started:.0f}s")
    return LinearScorer(dict(zip(x.names, map(float, w), strict=True)))


def fit(per_doc: list[DocExamples], parts: tuple[str, ...] = PARTS) -> dict[str, LinearScorer]:
    """Every model; the in-context cue model learns from a two-fold cross-fitted first pass."""
    scorers = {part: fit_part(part, merged(per_doc, part)) for part in parts if part in BASE_PARTS}
    if "cue_in_context" in parts:
        second = Examples()
        for fold in (0, 1):
            seen = [d for k, d in enumerate(per_doc) if k % 2 != fold]
            held = [d for k, d in enumerate(per_doc) if k % 2 == fold]
            half = {part: fit_part(part, merged(seen, part)) for part in BASE_PARTS}
            model = AttributionModel(cue_in_context=LinearScorer(), **half)
            second.extend(second_pass_examples(model, held))
        scorers["cue_in_context"] = fit_part("cue_in_context", second)
    return scorers


# --- cross-validation ----------------------------------------------------------


def write_fold(set_dir: Path, ids: set[str], out: Path) -> None:
    """The held-out documents as a set folder the referee scorer reads."""
    out.mkdir(parents=True, exist_ok=True)
    for name in ("input.jsonl", "gold.jsonl"):
        lines = (set_dir / name).read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [line for line in lines if line.strip() and json.loads(line)["id"] in ids]
        (out / name).write_text("".join(kept), encoding="utf-8")


def referee(scorer: Path, set_dir: Path, docs: list[Doc], items: list[Item], finder: Any) -> str:
    """The scorer's attribution figures for the finder's output on these documents."""
    predictions = set_dir / "predictions.jsonl"
    with predictions.open("w", encoding="utf-8") as handle:
        for doc, item in zip(docs, items, strict=True):
            found = finder(doc)._.newsgraph_attributions
            handle.write(json.dumps({"id": item.id, "text": item.text, "attributions": found}))
            handle.write("\n")
    args = [sys.executable, str(scorer), "attributions", str(set_dir), str(predictions), "--json"]
    figures = json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    return " ".join(
        f"{name} {figures[key]['f1']} (P {figures[key]['p']} R {figures[key]['r']})"
        for name, key in (
            ("attribution", "attribution"),
            ("content-match", "content_match"),
            ("source-overlap", "source_overlap"),
        )
    )


def cross_validate(
    docs: list[Doc], items: list[Item], fold: int, shared: Path, kept: Path | None = None
) -> None:
    """Train on every fold but `fold`, then score `fold` at several cue thresholds. With
    `kept`, the fold's model is read from that file if it is there, else written to it:
    a rule that runs after the model is then scored on the held-out fold in a minute."""
    seen = [k for k in range(len(items)) if k % FOLDS != fold]
    held = [k for k in range(len(items)) if k % FOLDS == fold]
    if kept is not None and kept.exists():
        model = AttributionModel.load(kept)
    else:
        model = AttributionModel(
            threshold=THRESHOLD, **fit([examples(docs[k], items[k]) for k in seen])
        )
        if kept is not None:
            model.save(kept)
    set_dir = CACHE / f"fold-{fold}"
    write_fold(shared / "eval" / "data" / "polnear-train", {items[k].id for k in held}, set_dir)
    scorer = shared / "eval" / "score.py"
    for threshold in (0.35, 0.40, 0.45, 0.50):
        finder = AttributionFinder(None, "cv", threshold, model)  # type: ignore[arg-type]
        figures = referee(
            scorer, set_dir, [docs[k] for k in held], [items[k] for k in held], finder
        )
        print(f"fold {fold} threshold {threshold:.2f}: {figures}", flush=True)


def gold_cue_ceiling(shared: Path) -> None:
    """Score polnear-dev with the shipped model handed the gold cue heads: what the
    content and source choice reach when the cues are right."""
    source_dir = shared / "eval" / "data" / "polnear-dev"
    items = read_set(source_dir)
    docs = parse(parser(Settings()), items, CACHE)
    set_dir = CACHE / "dev-gold-cues"
    write_fold(source_dir, {item.id for item in items}, set_dir)
    finder = AttributionFinder(None, "gold-cues")  # type: ignore[arg-type]
    heads = {id(doc): gold_heads(doc, item) for doc, item in zip(docs, items, strict=True)}

    def with_gold_cues(doc: Doc) -> Doc:
        context = DocContext.of(doc)
        readings = [(doc[i], read(finder.model, doc[i], context)) for i in sorted(heads[id(doc)])]
        return finder.annotate(context, [(cue, 1.0, r) for cue, r in readings if r is not None])

    figures = referee(shared / "eval" / "score.py", set_dir, docs, items, with_gold_cues)
    print(f"polnear-dev with the gold cue heads: {figures}")


def main(argv: list[str] | None = None) -> int:
    parser_ = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser_.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser_.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser_.add_argument("--processes", type=int, default=1, help="parser processes")
    parser_.add_argument(
        "--fold", type=int, help=f"score fold K of {FOLDS} instead (trained on the others)"
    )
    parser_.add_argument(
        "--fold-model",
        type=Path,
        help="with --fold: read the fold's model from this file, or write it there",
    )
    parser_.add_argument(
        "--gold-cues",
        action="store_true",
        help="score polnear-dev with the shipped model handed the gold cue heads instead",
    )
    args = parser_.parse_args(argv)
    data_dir = args.shared / "eval" / "data"
    if args.gold_cues:
        if not (data_dir / "polnear-dev" / "gold.jsonl").exists():
            print(f"{data_dir}/polnear-dev is absent: nothing to score.")
            return 1
        gold_cue_ceiling(args.shared)
        return 0
    if not (data_dir / "polnear-train" / "gold.jsonl").exists():
        print(f"{data_dir}/polnear-train is absent: nothing to train on.")
        return 1
    settings = Settings()
    nlp = parser(settings)
    train = read_set(data_dir / "polnear-train")
    started = time.time()
    docs = parse(nlp, train, CACHE, args.processes)
    print(f"parsed {len(docs)} training documents in {time.time() - started:.0f}s")
    if args.fold is not None:
        cross_validate(docs, train, args.fold, args.shared, args.fold_model)
        return 0
    scorers = fit([examples(doc, item) for doc, item in zip(docs, train, strict=True)])
    model = AttributionModel(threshold=THRESHOLD, **scorers)
    meta = {
        "trained_on": "PolNeAR polnear-train (networkdynamics/PolNeAR @ c3eee83)",
        "documents": len(train),
        "spacy_model": settings.model,
        "min_count": MIN_COUNT,
        "l2": L2,
        "steps": STEPS,
    }
    model.meta = meta
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
