"""The code passes the project's linter (ruff, rules in pyproject.toml)."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from conftest import ROOT


def test_ruff_passes():
    ruff = shutil.which("ruff") or str(ROOT / ".venv/bin/ruff")
    if not shutil.which(ruff):
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    result = subprocess.run([ruff, "check", "generator", "tests", "benchmarks/score_all.py", "benchmarks/speed.py"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert sys.version_info >= (3, 11)
