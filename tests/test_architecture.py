"""Services never import each other; the contract package imports no server code."""

from __future__ import annotations

import os
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import hearth_contract

ROOT = Path(__file__).resolve().parents[1]


def _service_packages() -> list[str]:
    return sorted(
        f"hearth_{path.name}"
        for path in (ROOT / "services").iterdir()
        if (path / "pyproject.toml").exists()
    )


def _run_import_linter(
    tmp_path: Path, config: str, *, packages_first: Path | None = None
) -> subprocess.CompletedProcess:
    config_file = tmp_path / ".importlinter"
    config_file.write_text(config)
    env = dict(os.environ)
    if packages_first is not None:
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(packages_first), env.get("PYTHONPATH")])
        )
    return subprocess.run(
        [
            str(Path(sys.executable).with_name("lint-imports")),
            "--config",
            str(config_file),
            "--no-cache",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )


def _listing(names: list[str]) -> str:
    return "".join(f"\n    {name}" for name in names)


def _contracts(services: list[str]) -> str:
    return (
        "[importlinter]\n"
        f"root_packages =\n    hearth_contract\n    hearth_kit{_listing(services)}\n"
        "include_external_packages = True\n\n"
        "[importlinter:contract:services-independent]\n"
        "name = Services never import each other\n"
        "type = independence\n"
        f"modules ={_listing(services)}\n\n"
        "[importlinter:contract:contract-standalone]\n"
        "name = The contract package needs no server code\n"
        "type = forbidden\n"
        "source_modules =\n    hearth_contract\n"
        f"forbidden_modules ={_listing(['hearth_kit', 'fastapi', 'sqlalchemy', *services])}\n"
        "allow_indirect_imports = False\n"
    )


def test_services_are_independent_and_the_contract_stands_alone(tmp_path):
    services = _service_packages()
    assert {"hearth_referrals", "hearth_vacancies"} <= set(services)
    result = _run_import_linter(tmp_path, _contracts(services))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout


def test_the_linter_catches_a_service_importing_another(tmp_path):
    """The contract above is live: a module that breaks it makes the linter fail.

    The rogue modules go into copies of the two packages, put first on the
    linter's path: the source tree is never written, so the tests that read it
    at the same time (ruff, in another worker) never see them.
    """
    packages = tmp_path / "packages"
    referrals = ROOT / "services/referrals/src/hearth_referrals"
    contract = Path(hearth_contract.__file__).parent
    for package in (referrals, contract):
        shutil.copytree(
            package, packages / package.name, ignore=shutil.ignore_patterns("__pycache__")
        )
    (packages / "hearth_referrals/_rogue_import_check.py").write_text("import hearth_vacancies\n")
    (packages / "hearth_contract/_rogue_import_check.py").write_text("import hearth_kit.app\n")
    result = _run_import_linter(tmp_path, _contracts(_service_packages()), packages_first=packages)
    assert result.returncode != 0
    assert "broken" in result.stdout
    assert "hearth_referrals._rogue_import_check" in result.stdout
    assert "hearth_contract._rogue_import_check" in result.stdout
    assert not list(ROOT.glob("**/_rogue_import_check.py"))


def test_every_contract_module_imports_without_server_packages():
    blocked = "import sys\nfor name in ('fastapi', 'sqlalchemy', 'hearth_kit'):\n    sys.modules[name] = None\n"
    modules = [
        m.name
        for m in pkgutil.walk_packages(hearth_contract.__path__, "hearth_contract.")
        if ".mocks" not in m.name
    ]
    script = blocked + "".join(f"import {m}\n" for m in modules)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
