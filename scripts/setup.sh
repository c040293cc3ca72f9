#!/usr/bin/env bash
# Set up everything milestones needs on a Debian machine with Python 3.11+:
# the Debian packages listed in packaging/, a virtual environment in .venv with
# the package installed (editable), and the compiled translations.
#   scripts/setup.sh         what the app needs
#   scripts/setup.sh --test  what the test suite needs too
set -euo pipefail
cd "$(dirname "$0")/.."

lists=(packaging/debian-run.txt)
extras=""
if [ "${1:-}" = "--test" ]; then
    lists+=(packaging/debian-test.txt)
    extras="[test]"
fi

missing=()
for pkg in $(grep -hv '^\s*#' "${lists[@]}"); do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)

if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
        echo "setup: these Debian packages are missing and I cannot install them without root: ${missing[*]}" >&2
        exit 1
    fi
    echo "setup: installing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
.venv/bin/python -m milestones.i18n build
# the package's bytecode, compiled once: an editable install has none, and where PYTHONDONTWRITEBYTECODE is set
# (as on shared machines) each start compiled some fifty modules from source again, 0.2 s a command
.venv/bin/python -m compileall -q src/milestones >/dev/null
