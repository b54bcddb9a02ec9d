"""Issue 14: what a fresh machine needs for `make test` is prepared by the
Makefile (Chromium for the browser tests), and the Python packages come
from tracked lock files with exact versions and hashes."""

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LOCKS = {"requirements.lock": (), "requirements-dev.lock": ("dev",)}
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+) \\$")


def locked(name: str) -> dict[str, tuple[str, int]]:
    """package -> (version, number of hashes) of one lock file; fails on any
    requirement that is not pinned exactly or has no hash."""
    packages: dict[str, tuple[str, int]] = {}
    current = None
    for line in (ROOT / name).read_text().splitlines():
        if not line or line.startswith("#") or line.lstrip().startswith("#"):
            continue
        if line.startswith(" "):
            assert line.strip().startswith("--hash=sha256:"), line
            assert current is not None
            version, hashes = packages[current]
            packages[current] = (version, hashes + 1)
            continue
        match = PIN.match(line)
        assert match, f"{name}: not an exact pin: {line!r}"
        current = match.group(1).lower().replace("_", "-")
        packages[current] = (match.group(2), 0)
    return packages


def declared(extras: tuple[str, ...]) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = list(project["dependencies"])
    for extra in extras:
        requirements += project["optional-dependencies"][extra]
    return {re.split(r"[\[<>=~!; ]", r, maxsplit=1)[0].lower() for r in requirements}


@pytest.mark.parametrize(("name", "extras"), LOCKS.items())
def test_lock_files_pin_every_declared_package_with_hashes(name, extras):
    packages = locked(name)
    assert declared(extras) <= set(packages)
    assert all(hashes >= 1 for _version, hashes in packages.values())
    tracked = subprocess.run(
        ["git", "ls-files", "--error-unmatch", name], cwd=ROOT, capture_output=True
    )
    assert tracked.returncode == 0, f"{name} is not tracked by git"


def test_the_site_lock_agrees_with_the_dev_lock():
    site, dev = locked("requirements.lock"), locked("requirements-dev.lock")
    assert {name: site[name][0] for name in site} == {name: dev[name][0] for name in site}


def test_the_makefile_installs_only_from_the_lock_files():
    makefile = (ROOT / "Makefile").read_text()
    assert "pip install --quiet --require-hashes -r requirements-dev.lock" in makefile
    assert "pip install --quiet --no-deps -e ." in makefile
    assert '-e ".[dev]"' not in makefile


def fake_tools(tmp_path, uid):
    """`id` answering ``uid`` and an `apt-get` that logs its arguments and,
    on install, puts an executable at $FAKE_CHROMIUM: the Makefile's logic
    without touching the machine."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "id").write_text(f"#!/bin/sh\necho {uid}\n")
    (bin_dir / "apt-get").write_text(
        '#!/bin/sh\necho "$@" >> "$APT_LOG"\n'
        'case "$1" in install) printf "#!/bin/sh\\n" > "$FAKE_CHROMIUM"; '
        'chmod +x "$FAKE_CHROMIUM";; esac\n'
    )
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    return bin_dir


def make_chromium(tmp_path, uid):
    bin_dir = fake_tools(tmp_path, uid)
    chromium = tmp_path / "chromium"
    env = {
        "PATH": f"{bin_dir}:/usr/bin:/bin",
        "APT_LOG": str(tmp_path / "apt.log"),
        "FAKE_CHROMIUM": str(chromium),
    }
    result = subprocess.run(
        [shutil.which("make"), "-s", "chromium", f"CHROMIUM={chromium}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    log = (tmp_path / "apt.log").read_text() if (tmp_path / "apt.log").exists() else ""
    return result, log, chromium


def test_make_test_installs_chromium_with_apt_get_as_root(tmp_path):
    result, log, chromium = make_chromium(tmp_path, 0)
    assert result.returncode == 0, result.stderr
    assert "install -y -qq chromium chromium-driver" in log
    assert chromium.exists()


def test_make_test_without_root_stops_with_one_line_saying_what_to_install(tmp_path):
    result, log, chromium = make_chromium(tmp_path, 1000)
    assert result.returncode != 0
    assert log == ""  # apt-get never tried
    message = [line for line in result.stderr.splitlines() if not line.startswith("make:")]
    assert len(message) == 1
    assert "apt-get install chromium chromium-driver" in message[0]
    assert str(chromium) in message[0]
