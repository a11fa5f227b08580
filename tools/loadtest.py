"""A bounded load test of `newsgraph serve` on loopback: latency and errors of the reads.

An ingested corpus (the 840 PolNeAR train articles when ../shared is there, else one
generated from examples/) is served by a `newsgraph serve` child process; a fixed
number of requests from a fixed number of concurrent clients then read `/quotes`
(with and without filters) and `/articles/{id}`. Nothing leaves 127.0.0.1.
`make bench` calls `loadtest()`; run this file alone for the serve figures only.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import random
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx
from rich.console import Console
from rich.table import Table

from newsgraph.read import read_paths
from newsgraph.store import StoreSettings, open_store
from newsgraph.store import queries as q
from newsgraph.store.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-c", "from newsgraph.cli import main; main()"]
TARGET_P99_MS = 200.0
console = Console()


@dataclass
class Endpoint:
    """Latencies (milliseconds) and failures of one kind of request."""

    name: str
    latencies: list[float] = field(default_factory=list)
    errors: int = 0

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


@dataclass(frozen=True)
class Report:
    corpus: str
    requests: int
    concurrency: int
    seconds: float
    endpoints: list[Endpoint]

    @property
    def everything(self) -> Endpoint:
        merged = Endpoint("all reads")
        for endpoint in self.endpoints:
            merged.latencies += endpoint.latencies
            merged.errors += endpoint.errors
        return merged

    @property
    def passed(self) -> bool:
        total = self.everything
        return total.errors == 0 and total.percentile(0.99) < TARGET_P99_MS


def _corpus_file(shared: Path) -> tuple[Path, str]:
    path = shared / "eval" / "data" / "polnear-train" / "input.jsonl"
    if path.exists():
        return path, f"PolNeAR train articles ({path})"
    console.print(f"[yellow]{path} is absent: using a corpus generated from examples/[/]")
    generated = ROOT / "out" / "loadtest" / "examples.jsonl"
    generated.parent.mkdir(parents=True, exist_ok=True)
    story = (ROOT / "examples" / "wire_story.txt").read_text(encoding="utf-8")
    lines = [
        json.dumps(
            {
                "id": f"example-{n}",
                "published": f"2025-03-{1 + n % 28:02d}",
                "text": f"{story}\nUpdate {n}: the story was revised.",
            }
        )
        for n in range(120)
    ]
    generated.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return generated, "120 articles generated from examples/wire_story.txt"


def _pipeline_digest() -> bytes:
    """The analysis code: a corpus ingested by an older pipeline is ingested again."""
    sources = sorted((ROOT / "src" / "newsgraph").rglob("*.py"))
    skip = ("web", "cli")
    wanted = [p for p in sources if p.relative_to(ROOT / "src" / "newsgraph").parts[0] not in skip]
    return b"".join(p.read_bytes() for p in wanted)


def corpus_db(shared: Path) -> tuple[Path, str]:
    """Ingest the corpus once into out/loadtest/, keyed by the input and the pipeline code."""
    source, label = _corpus_file(shared)
    digest = hashlib.sha256(source.read_bytes() + _pipeline_digest()).hexdigest()[:12]
    db = ROOT / "out" / "loadtest" / f"corpus-{digest}.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    with open_store(str(db)) as store:
        if q.stats(store).articles == 0:
            for old in db.parent.glob("corpus-*.db*"):
                if not old.name.startswith(db.name):
                    old.unlink()
            console.print(f"ingesting {label} into {db} (once; later runs reuse it)")
            summary = ingest(store, read_paths([source], 5_000_000), StoreSettings())
            console.print(f"ingested {summary.ingested}, failed {len(summary.failed)}")
        stats = q.stats(store)
    return db, f"{stats.articles} {label}, {stats.attributions} quotes"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(db: Path, wait: float = 60.0) -> Iterator[str]:
    """`newsgraph serve` on a free loopback port until the block ends."""
    port = _free_port()
    process = subprocess.Popen([*CLI, "serve", "--db", str(db), "--port", str(port)])
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                httpx.get(f"{base}/stats", timeout=1.0).raise_for_status()
                break
            except httpx.HTTPError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"newsgraph serve did not start on {base}") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(10)


def _plan(base: str, requests: int, seed: int) -> list[tuple[str, str]]:
    """Half article reads, half quote lists (plain, by speaker, about, by words)."""
    ids = [a["id"] for a in httpx.get(f"{base}/articles?limit=200").json()["items"]]
    people = [e["name"] for e in httpx.get(f"{base}/entities?type=PERSON&limit=20").json()["items"]]
    words = ["president", "said", "election", "campaign", "police", "economy", "tax", "war"]
    rng = random.Random(seed)
    quote_urls = ["/quotes", "/quotes?limit=50"]
    quote_urls += [f"/quotes?speaker={p}" for p in people[:10]]
    quote_urls += [f"/quotes?about={p}" for p in people[:5]]
    quote_urls += [f"/quotes?q={w}" for w in words]
    plan = []
    for n in range(requests):
        if n % 2 and ids:
            plan.append(("/articles/{id}", f"/articles/{rng.choice(ids)}"))
        else:
            plan.append(("/quotes", rng.choice(quote_urls)))
    return plan


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    """One GET on a kept-alive connection: plain HTTP/1.1, so the client costs little CPU.

    (httpx spent more CPU per request than the server on these two shared cores.)
    """
    writer.write(f"GET {quote(path, safe='/?=&')} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.lower().split(":", 1) for line in lines[1:] if ":" in line)
    await reader.readexactly(int(headers["content-length"]))
    return int(lines[0].split(" ", 2)[1])


async def _drive(base: str, plan: list[tuple[str, str]], concurrency: int) -> list[Endpoint]:
    endpoints = {name: Endpoint(name) for name, _ in plan}
    queue: asyncio.Queue[tuple[str, str]] = asyncio.Queue()
    for item in plan:
        queue.put_nowait(item)
    port = int(base.rsplit(":", 1)[1])

    async def worker() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while not queue.empty():
            name, url = queue.get_nowait()
            start = time.perf_counter()
            try:
                ok = await _get(reader, writer, url) == 200
            except (OSError, asyncio.IncompleteReadError, KeyError, ValueError):
                ok = False
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            endpoints[name].latencies.append((time.perf_counter() - start) * 1000)
            endpoints[name].errors += not ok
        writer.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return list(endpoints.values())


def loadtest(
    shared: Path = Path("../shared"), requests: int = 2000, concurrency: int = 20, seed: int = 6
) -> Report:
    """Serve an ingested corpus and measure `requests` reads from `concurrency` clients."""
    db, label = corpus_db(shared)
    with serving(db) as base:
        plan = _plan(base, requests, seed)
        asyncio.run(_drive(base, plan[: concurrency * 2], concurrency))
        start = time.perf_counter()
        endpoints = asyncio.run(_drive(base, plan, concurrency))
        seconds = time.perf_counter() - start
    return Report(label, requests, concurrency, seconds, endpoints)


def table(report: Report) -> Table:
    title = (
        f"newsgraph serve: {report.requests} reads, {report.concurrency} concurrent clients, "
        f"{report.corpus}; {report.requests / report.seconds:.0f} requests/s"
    )
    out = Table(title=title)
    for column in ("endpoint", "requests", "p50 ms", "p99 ms", "max ms", "errors"):
        out.add_column(column, justify="left" if column == "endpoint" else "right")
    for endpoint in [*report.endpoints, report.everything]:
        out.add_row(
            endpoint.name,
            str(len(endpoint.latencies)),
            f"{endpoint.percentile(0.5):.1f}",
            f"{endpoint.percentile(0.99):.1f}",
            f"{max(endpoint.latencies, default=0.0):.1f}",
            str(endpoint.errors),
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="bounded load test of newsgraph serve")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=20)
    args = parser.parse_args(argv)
    report = loadtest(args.shared, args.requests, args.concurrency)
    console.print(table(report))
    verdict = "[green]met[/]" if report.passed else "[red]missed[/]"
    console.print(f"target (no errors, p99 < {TARGET_P99_MS:.0f} ms): {verdict}")
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
