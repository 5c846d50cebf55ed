"""Start ``phoihop serve`` as a subprocess for the serve tests, and build their stores."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "serve"
FACTS = FIXTURES / "facts.jsonl"
SHARED_GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "dev" / "gold"

# A join of many copies of "every quad": far more rows than any limit lets finish, on any store.
RUNAWAY_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(8)) + " }"


def build_store(folder: Path, facts_paths) -> Path:
    """A store folder holding the facts files' articles (through the store API)."""
    from phoihop.facts import read_facts
    from phoihop.graph.store import open_store

    with open_store(folder) as store:
        for path in facts_paths:
            store.replace_articles(read_facts(path))
    return folder


def children_of(pid: int) -> list[int]:
    """The ids of the live processes whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


class ServeProcess:
    """``phoihop serve --store DIR --port 0 ...`` running until :meth:`stop`."""

    def __init__(self, store: Path, *extra: str, timeout: float = 20.0, env: dict[str, str] | None = None):
        env = dict(os.environ, PYTHONUNBUFFERED="1", **(env or {}))
        self.argv = [sys.executable, "-m", "phoihop", "serve", "--store", str(store), "--port", "0", *extra]
        self.proc = subprocess.Popen(self.argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        self.lines: list[str] = []
        self._lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()
        self.url = ""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._lines.get(timeout=0.2)
            except queue.Empty:
                if self.proc.poll() is not None:
                    break
                continue
            if line is None:
                break
            if "press Ctrl-C" in line:
                break
            if line.startswith("phoihop serve: http"):
                self.url = line.split(": ", 1)[1].strip()
        if not self.url:
            self.proc.kill()
            raise RuntimeError(f"phoihop serve did not start: {self.proc.stderr.read()}")
        self.endpoint = self.url + "sparql"

    def _pump(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            self._lines.put(line)
        self._lines.put(None)

    @property
    def banner(self) -> str:
        return "\n".join(self.lines)

    def stop(self, signum: int = signal.SIGINT) -> int:
        """Signal the server and wait for it; returns its exit status."""
        if self.proc.poll() is None:
            self.proc.send_signal(signum)
        try:
            return self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise

    def __enter__(self) -> ServeProcess:
        return self

    def __exit__(self, *exc) -> None:
        if self.proc.poll() is None:
            self.stop()
