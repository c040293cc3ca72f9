#!/usr/bin/env bash
# Build the one-folder bundle (dist/milestones/) and the wheel (dist/*.whl).
# Needs the environment scripts/setup.sh makes (PyInstaller comes with the test extras).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" packaging/make_icons.py build/icons >/dev/null
"$PY" packaging/translations.py >/dev/null
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/milestones.spec
install -m 644 packaging/milestones.desktop dist/milestones/milestones.desktop
cp build/icons/milestones-256.png dist/milestones/milestones.png
"$PY" -m build --wheel --outdir dist . >/dev/null
du -sh dist/milestones | awk '{print "bundle: " $1 " in dist/milestones"}'
ls dist/*.whl
