"""Start-up cost of the commands: CPU seconds of a whole run, beside ``import click``.

Each command runs as a fresh process (``python -m toolkit``, this checkout's code), several
times; the table shows the least CPU time (user + system) of the runs, which is the least
disturbed by other work on the machine. "warm" runs find the glossary in tilmash's cache
(filled by a first run that is not counted); "cold" runs start from an empty cache folder each
time (Python's own bytecode caches are warm in both). The floor is ``python -c "import click"``:
the interpreter and the command-line library, which no command can avoid.

    python benchmarks/startup.py [--runs N]

Targets (issue 11): ``--help`` at most twice the floor; ``check`` of the example at most 0.8 s
warm and 1.5 s cold; ``glossary stats`` at most 0.5 s warm. The input is
``examples/article.{ru,en}.txt`` and the bundled glossary: nothing outside the repository.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHECK = ["check", "examples/article.ru.txt", "examples/article.en.txt"]


def cpu_seconds(args: list[str], env: dict[str, str]) -> float:
    """CPU time (user + system) of one run of ``python ARGS`` in the repository."""
    process = subprocess.Popen([sys.executable, *args], cwd=REPO, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    error = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # check exits 1: the example has planted errors
        raise SystemExit(f"python {' '.join(args)} failed with exit code {code}:\n{error}")
    return usage.ru_utime + usage.ru_stime


def best(args: list[str], env: dict[str, str], runs: int, cold: bool = False) -> float:
    times = []
    for _ in range(runs):
        if cold:
            with tempfile.TemporaryDirectory(prefix="tilmash-cold-") as empty:
                times.append(cpu_seconds(args, {**env, "TILMASH_CACHE_DIR": empty}))
        else:
            times.append(cpu_seconds(args, env))
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (default 5)")
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory(prefix="tilmash-warm-") as cache:
        env = {key: value for key, value in os.environ.items()
               if key not in ("TILMASH_GLOSSARY", "TILMASH_NO_CACHE", "TILMASH_LANG")}
        env.update({"PYTHONPATH": str(REPO), "TILMASH_CACHE_DIR": cache, "LANG": "C.UTF-8",
                    "NO_COLOR": "1", "COLUMNS": "120"})
        floor = best(["-c", "import click"], env, runs)
        tilmash = ["-m", "toolkit"]
        cpu_seconds([*tilmash, *CHECK], env)  # fills the cache for the warm runs
        rows = [
            ('python -c "import click" (floor)', floor, None),
            ("tilmash --help", best([*tilmash, "--help"], env, runs), 2 * floor),
            ("tilmash check (warm cache)", best([*tilmash, *CHECK], env, runs), 0.8),
            ("tilmash check (cold cache)", best([*tilmash, *CHECK], env, runs, cold=True), 1.5),
            ("tilmash glossary stats (warm cache)",
             best([*tilmash, "glossary", "stats"], env, runs), 0.5),
        ]
    print(f"Start-up: CPU seconds of a whole run, least of {runs} runs "
          f"(Python {sys.version.split()[0]}, {os.cpu_count()} CPUs)\n")
    print(f"| {'command':<38} | {'CPU s':>6} | {'x floor':>7} | {'target':>7} | {'':4} |")
    print(f"|{'-' * 40}|{'-' * 7}:|{'-' * 8}:|{'-' * 8}:|{'-' * 6}|")
    for name, seconds, target in rows:
        verdict = "" if target is None else ("ok" if seconds <= target else "OVER")
        shown_target = "" if target is None else f"{target:.3f}"
        print(f"| {name:<38} | {seconds:6.3f} | {seconds / floor:7.2f} | {shown_target:>7} "
              f"| {verdict:4} |")
    print("\ncheck: examples/article.ru.txt against examples/article.en.txt, bundled glossary.")


if __name__ == "__main__":
    main()
