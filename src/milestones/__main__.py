import logging
import os
import sys

from . import cli

code = cli.main()
if cli.command_ran:
    # A headless command has finished and closed its files and database: hand
    # the memory back whole instead of freeing an import's million objects one
    # by one (a tenth of a second after the work is done). The desktop app
    # exits normally, so that Qt saves its settings.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, OSError):  # `milestones import --json … | head`
            pass
    logging.shutdown()
    os._exit(code or 0)
sys.exit(code)
