"""The wheel carries the glossary and the catalogs, and works installed, from any folder."""

from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

import toolkit
from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # --no-build-isolation: hatchling comes with the test extra, so no network is needed here.
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(out), str(REPO)], check=True)
    (path,) = out.glob("tilmash-*.whl")
    return path


def test_wheel_contains_glossary_and_catalogs(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert wheel.name.startswith(f"tilmash-{toolkit.__version__}-")  # one version, read by hatch
    for kind_file in ("titles", "people", "places", "organisations", "events", "other"):
        assert f"toolkit/_bundled/glossary/{kind_file}.yaml" in names
    for lang in ("kk", "ru", "en"):
        assert f"toolkit/_bundled/locales/{lang}/LC_MESSAGES/tilmash.po" in names
    assert "toolkit/cli/main.py" in names
    for lang in ("kk", "ru", "en", "latin"):  # the segmenter's abbreviation lists
        assert f"toolkit/text/data/abbreviations.{lang}.txt" in names
    for lang in ("ru", "en"):  # Moses' non-breaking prefixes, copied from sacremoses
        assert f"toolkit/text/data/moses.{lang}.txt" in names
    for part in ("general", "topics", "more"):  # the aligner's dictionary of everyday news words
        assert f"toolkit/align/data/dictionary-{part}.tsv" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "tilmash = toolkit.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_installed_wheel_uses_the_bundled_glossary_from_any_folder(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    # An isolated venv that sees neither the source tree nor this interpreter's packages: the
    # wheel must bring its dependencies itself (pip takes them from its cache or local index).
    venv.EnvBuilder(system_site_packages=False, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                    str(wheel)], check=True)
    deps = subprocess.run([str(python), "-c", "import polib, pymorphy3, yaml; print(polib.__file__,"
                           " pymorphy3.__file__, yaml.__file__)"],
                          capture_output=True, text=True, check=True)
    assert all(path.startswith(str(env_dir)) for path in deps.stdout.split())  # installed with it
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "TILMASH_GLOSSARY")}
    env.update({"NO_COLOR": "1", "COLUMNS": "120", "LANG": "C.UTF-8"})
    where = subprocess.run([str(python), "-c", "import toolkit; print(toolkit.__file__)"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, check=True)
    assert str(env_dir) in where.stdout  # the installed copy, not the repository
    done = subprocess.run([str(env_dir / "bin" / "tilmash"), "--lang", "kk", "glossary", "show",
                           "Кошербаев"], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Yermek Kosherbayev" in done.stdout and "қазақ тілі" in done.stdout
    done = subprocess.run([str(env_dir / "bin" / "tilmash"), "glossary", "fmt"],
                          cwd=elsewhere, env=env, capture_output=True, text=True)
    assert done.returncode == 2 and "read-only" in done.stderr


def test_public_names_exist():
    for module_info in pkgutil.walk_packages(toolkit.__path__, "toolkit."):
        module = importlib.import_module(module_info.name)
        for name in getattr(module, "__all__", ()):
            assert hasattr(module, name), f"{module_info.name}.__all__ lists missing {name!r}"


def test_a_public_name_means_one_thing_across_the_package():
    # Each command module's `register(cli)` is the same hook by design; any other public name
    # (`Severity`, `Report`, `write_xlsx`, ...) names one object wherever it is exported.
    meanings: dict[str, dict[int, str]] = {}
    for module_info in pkgutil.walk_packages(toolkit.__path__, "toolkit."):
        module = importlib.import_module(module_info.name)
        for name in getattr(module, "__all__", ()):
            meanings.setdefault(name, {})[id(getattr(module, name))] = module_info.name
    twofold = {name: sorted(where.values()) for name, where in meanings.items()
               if len(where) > 1 and name != "register"}
    assert twofold == {}
    from toolkit.check.base import Severity as finding_severity
    from toolkit.glossary.validate import Severity as problem_severity

    assert finding_severity is problem_severity
