"""`make bench`: newsgraph's cost over a bare spaCy parse, each pipeline stage's share of
it, and its memory on a long stream.

Throughput is measured as a ratio within one run (these machines are noisy):
newsgraph and bare `nlp.pipe` with the same model take turns on the same chunks
of the same texts. Memory is the peak RSS of a child `newsgraph analyze` process
streaming a generated JSONL corpus in which every article carries words never
seen before, so a pipeline whose string store grows would show it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsgraph.analyze import Analyzer

ROOT = Path(__file__).resolve().parent.parent
console = Console()


@dataclass
class Meter:
    seconds: float = 0.0
    docs: int = 0
    words: int = 0
    samples: list[float] = field(default_factory=list)

    def rate(self, what: str) -> float:
        return (self.docs if what == "docs" else self.words) / self.seconds if self.seconds else 0.0


def corpus(shared: Path) -> tuple[list[str], str]:
    """The 840 PolNeAR train articles when present, else our own examples repeated."""
    path = shared / "eval" / "data" / "polnear-train" / "input.jsonl"
    if path.exists():
        with path.open(encoding="utf-8") as handle:
            texts = [json.loads(line)["text"] for line in handle if line.strip()]
        return texts, f"{len(texts)} PolNeAR train articles ({path})"
    console.print(f"[yellow]{path} is absent: using a corpus generated from examples/[/]")
    own = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    texts = [own[i % len(own)] for i in range(200)]
    return texts, f"{len(texts)} documents generated from examples/*.txt"


def timed_chunks(texts: list[str], chunk: int) -> Iterator[list[str]]:
    for start in range(0, len(texts), chunk):
        yield texts[start : start + chunk]


def throughput(analyzer: Analyzer, texts: list[str], chunk: int) -> tuple[Meter, Meter]:
    """Alternate bare spaCy and newsgraph over the same chunks; return both meters."""
    import spacy

    bare_nlp = spacy.load(analyzer.settings.model)
    bare, ours = Meter(), Meter()
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (closed below)
    for part in timed_chunks(texts, chunk):
        words = sum(len(t.split()) for t in part)
        started = time.perf_counter()
        for _ in bare_nlp.pipe(part, batch_size=analyzer.settings.batch_size):
            pass
        add(bare, time.perf_counter() - started, len(part), words)
        started = time.perf_counter()
        for result in analyzer.stream({"id": str(i), "text": t} for i, t in enumerate(part)):
            sink.write(result.model_dump_json() + "\n")
        add(ours, time.perf_counter() - started, len(part), words)
        console.print(f"  chunk of {len(part)}: ratio {bare.samples[-1] / ours.samples[-1]:.2f}")
    sink.close()
    return bare, ours


OURS = "newsgraph_"  # our components' prefix: every other stage is spaCy's parse
ATTRIBUTION_STAGES = ("newsgraph_attributions", "newsgraph_coref")


def stage_seconds(analyzer: Analyzer, texts: list[str]) -> dict[str, float]:
    """Seconds each pipeline component takes over all texts, run stage by stage in batches
    (as `nlp.pipe` batches them), so one component's cost is read on its own."""
    nlp = analyzer.nlp
    docs = [nlp.make_doc(text) for text in texts]
    seconds: dict[str, float] = {}
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=analyzer.settings.batch_size))
        else:
            docs = [component(doc) for doc in docs]
        seconds[name] = time.perf_counter() - started
    return seconds


def layer_report(seconds: dict[str, float], label: str) -> Table:
    """What the attribution and coreference layers add to spaCy's own parse."""
    parse = sum(t for name, t in seconds.items() if not name.startswith(OURS))
    table = Table(title=f"pipeline stages: {label}")
    for column in ("stage", "seconds", "% of spaCy parse"):
        table.add_column(column, justify="right")
    for name, spent in seconds.items():
        table.add_row(name, f"{spent:.2f}", f"{100 * spent / parse:.1f}" if parse else "-")
    layers = sum(seconds.get(name, 0.0) for name in ATTRIBUTION_STAGES)
    share = 100 * layers / parse if parse else 0.0
    table.caption = (
        f"attribution + coreference = {share:.1f}% of spaCy's parse ({layers:.2f} s against "
        f"{parse:.2f} s; target <= 20%)"
    )
    return table


def add(meter: Meter, seconds: float, docs: int, words: int) -> None:
    meter.seconds += seconds
    meter.docs += docs
    meter.words += words
    meter.samples.append(seconds)


def stream_file(texts: list[str], n_docs: int, target: Path) -> None:
    """n_docs articles, each with a few made-up words no other article has."""
    rng = random.Random(7)
    with target.open("w", encoding="utf-8") as handle:
        for i in range(n_docs):
            fresh = " ".join(f"Zorvak{i}x{j} Quellin{rng.randrange(10**9)}" for j in range(3))
            text = f"{texts[i % len(texts)]}\n\nReported by {fresh}."
            handle.write(json.dumps({"id": f"bench-{i}", "text": text}) + "\n")


def peak_rss_mb(command: list[str]) -> float:
    """Run a child to completion and return its peak resident memory in MB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(before, after) / 1024


def memory(texts: list[str], n_docs: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stream.jsonl"
        stream_file(texts, n_docs, path)
        newsgraph = [str(Path(sys.executable).parent / "newsgraph"), "analyze", str(path)]
        return peak_rss_mb([*newsgraph, "-f", "jsonl", "-o", os.devnull, "-q"])


def report(label: str, bare: Meter, ours: Meter, rss: float | None, n_stream: int) -> Table:
    table = Table(title=f"newsgraph bench: {label}")
    for column in ("system", "docs/s", "words/s", "seconds"):
        table.add_column(column, justify="right")
    for name, meter in (("bare spaCy nlp.pipe", bare), ("newsgraph analyze", ours)):
        table.add_row(
            name, f"{meter.rate('docs'):.2f}", f"{meter.rate('words'):.0f}", f"{meter.seconds:.1f}"
        )
    ratio = ours.rate("docs") / bare.rate("docs") if bare.rate("docs") else 0.0
    table.caption = f"throughput ratio newsgraph/spaCy = {ratio:.2f} (target >= 0.80)"
    if rss is not None:
        table.caption += (
            f"; peak RSS streaming {n_stream:,} articles = {rss:.0f} MB "
            "(target < 1024 MB for 10,000)"
        )
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="newsgraph throughput and memory benchmark")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--docs", type=int, default=0, help="limit the throughput corpus")
    parser.add_argument("--chunk", type=int, default=60, help="documents per alternation")
    parser.add_argument(
        "--stream-docs",
        type=int,
        default=2000,
        help="articles in the memory stream (the target is set for 10,000)",
    )
    parser.add_argument(
        "--stage-docs", type=int, default=100, help="documents timed stage by stage"
    )
    args = parser.parse_args(argv)
    texts, label = corpus(args.shared)
    if args.docs:
        texts, label = texts[: args.docs], f"first {args.docs} of {label}"
    console.print(f"throughput on {label}")
    analyzer = Analyzer()
    bare, ours = throughput(analyzer, texts, args.chunk)
    rss = memory(texts, args.stream_docs) if args.stream_docs else None
    console.print(report(label, bare, ours, rss, args.stream_docs))
    sample = texts[: args.stage_docs]
    seconds = stage_seconds(analyzer, sample)
    console.print(layer_report(seconds, f"{len(sample)} of {label}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
