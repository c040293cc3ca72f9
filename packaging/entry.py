"""The bundle's entry point: the same CLI as `milestones` (no arguments: the desktop app)."""
import multiprocessing
import sys

from milestones.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
