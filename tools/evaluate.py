"""`make eval`: newsgraph on every set in ../shared/eval, scored by the referee scorer.

Predictions go to out/eval/<set>.jsonl; the scorer is ../shared/eval/score.py, run
as a separate process exactly as the referee runs it. Sets that are missing are
reported and skipped; with no ../shared at all this says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from newsgraph.analyze import Analyzer
from newsgraph.document import ErrorRecord

OUT = Path(__file__).resolve().parent.parent / "out" / "eval"
console = Console()


@dataclass(frozen=True)
class EvalSet:
    name: str
    kind: str
    folder: str
    # (label, path into the scorer's JSON, target or None)
    figures: tuple[tuple[str, tuple[str, ...], float | None], ...]


SETS = (
    EvalSet(
        "article-extraction",
        "extraction",
        "html-set",
        (("body F1", ("f1",), 95.0),),
    ),
    EvalSet(
        "polnear-dev",
        "attributions",
        "data/polnear-dev",
        (
            ("attribution F1", ("attribution", "f1"), 75.0),
            ("content-match F1", ("content_match", "f1"), 80.0),
            ("source overlap F1", ("source_overlap", "f1"), 80.0),
        ),
    ),
    EvalSet(
        "timebank",
        "times",
        "data/timebank",
        (("value F1", ("value", "f1"), 80.0), ("relaxed F1", ("relaxed", "f1"), 88.0)),
    ),
    EvalSet(
        "aquaint",
        "times",
        "data/aquaint",
        (("value F1", ("value", "f1"), 80.0), ("relaxed F1", ("relaxed", "f1"), 88.0)),
    ),
    EvalSet(
        "conll-testa",
        "entities",
        "data/conll-testa",
        (("PER+ORG+LOC F1", ("PER+ORG+LOC", "f1"), None),),
    ),
)


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def count_lines(path: Path) -> int:
    with path.open(encoding="utf-8") as handle:
        return sum(1 for line in handle if line.strip())


def run_newsgraph(analyzer: Analyzer, set_dir: Path, out: Path) -> int:
    """Analyse a set's input.jsonl into out; returns how many documents failed."""
    errors = 0
    with out.open("w", encoding="utf-8") as handle, Progress(console=console) as progress:
        task = progress.add_task(set_dir.name, total=count_lines(set_dir / "input.jsonl"))
        for result in analyzer.stream(read_jsonl(set_dir / "input.jsonl")):
            errors += isinstance(result, ErrorRecord)
            handle.write(result.model_dump_json() + "\n")
            progress.advance(task)
    return errors


def run_bare_spacy(analyzer: Analyzer, set_dir: Path, out: Path) -> None:
    """The baseline: spaCy's own doc.ents, one entity per mention."""
    import spacy

    nlp = spacy.load(analyzer.settings.model)
    docs = list(read_jsonl(set_dir / "input.jsonl"))
    with out.open("w", encoding="utf-8") as handle:
        for item, doc in zip(docs, nlp.pipe(d["text"] for d in docs), strict=True):
            entities = [
                {
                    "id": f"E{i}",
                    "name": e.text,
                    "type": e.label_,
                    "mentions": [{"start": e.start_char, "end": e.end_char, "text": e.text}],
                }
                for i, e in enumerate(doc.ents)
            ]
            handle.write(
                json.dumps({"id": item["id"], "text": item["text"], "entities": entities}) + "\n"
            )


def score(shared: Path, kind: str, set_dir: Path, pred: Path) -> dict[str, Any]:
    command = [sys.executable, str(shared / "eval" / "score.py"), kind, str(set_dir), str(pred)]
    result = subprocess.run([*command, "--json"], capture_output=True, text=True, check=True)
    figures: dict[str, Any] = json.loads(result.stdout)
    return figures


def dig(figures: dict[str, Any], path: tuple[str, ...]) -> float:
    value: Any = figures
    for key in path:
        value = value[key]
    return float(value)


def prepare_html(shared: Path) -> Path:
    target = OUT / "html-set"
    if not (target / "gold.jsonl").exists():
        prepare = shared / "eval" / "prepare.py"
        source = shared / "eval" / "data" / "article-extraction"
        subprocess.run(
            [sys.executable, str(prepare), "html", str(source), str(target)],
            check=True,
            capture_output=True,
        )
    return target


def set_dir_of(shared: Path, item: EvalSet) -> Path | None:
    if item.kind == "extraction":
        source = shared / "eval" / "data" / "article-extraction"
        return prepare_html(shared) if source.exists() else None
    path = shared / "eval" / item.folder
    return path if (path / "input.jsonl").exists() else None


def evaluate(shared: Path, only: set[str]) -> Table:
    analyzer = Analyzer()
    table = Table(title="newsgraph on ../shared/eval (referee scorer)")
    for column in ("set", "system", "figure", "measured", "target", "met"):
        table.add_column(column)
    for item in SETS:
        if only and item.name not in only:
            continue
        set_dir = set_dir_of(shared, item)
        if set_dir is None:
            table.add_row(item.name, "-", "set not present: skipped", "", "", "")
            continue
        pred = OUT / f"{item.name}.jsonl"
        errors = run_newsgraph(analyzer, set_dir, pred)
        figures = score(shared, item.kind, set_dir, pred)
        (OUT / f"{item.name}.score.json").write_text(json.dumps(figures, indent=2))
        if item.kind == "entities":
            item = against_bare_spacy(shared, analyzer, item, set_dir, table)
        add_rows(table, item, "newsgraph", figures, errors)
    return table


def against_bare_spacy(
    shared: Path, analyzer: Analyzer, item: EvalSet, set_dir: Path, table: Table
) -> EvalSet:
    """Score bare spaCy in this same run; its figures become newsgraph's targets."""
    bare = OUT / f"{item.name}.bare-spacy.jsonl"
    run_bare_spacy(analyzer, set_dir, bare)
    bare_figures = score(shared, item.kind, set_dir, bare)
    add_rows(table, item, "bare spaCy", bare_figures, 0)
    targets = tuple((label, path, dig(bare_figures, path)) for label, path, _ in item.figures)
    return replace(item, figures=targets)


def add_rows(
    table: Table, item: EvalSet, system: str, figures: dict[str, Any], errors: int
) -> None:
    for label, path, target in item.figures:
        measured = dig(figures, path)
        met = "" if target is None else ("yes" if measured >= target else "NO")
        note = f" ({errors} failed)" if errors else ""
        table.add_row(
            item.name,
            system + note,
            label,
            f"{measured:.1f}",
            "" if target is None else f">= {target:.1f}",
            met,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--only", action="append", default=[], help="evaluate only this set")
    args = parser.parse_args(argv)
    if not (args.shared / "eval" / "score.py").exists():
        console.print(f"{args.shared}/eval is absent: no evaluation sets here, nothing measured.")
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    console.print(evaluate(args.shared, set(args.only)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
