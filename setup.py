"""Only what pyproject.toml cannot say: compile the translations into the wheel.

The .qm files are built from resources/i18n/*.ts by PySide6's lrelease (a
build requirement), so a wheel always carries the English interface and no
compiled file is ever committed.
"""
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

sys.path.insert(0, str(Path(__file__).resolve().parent / "packaging"))
from translations import compile_translations  # noqa: E402


class BuildWithTranslations(build_py):
    def run(self) -> None:
        compile_translations()
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
