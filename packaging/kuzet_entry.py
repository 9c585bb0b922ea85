"""The frozen app's entry point (PyInstaller runs this as ``__main__``)."""

import multiprocessing
import sys

from kuzet.app import main

if __name__ == "__main__":
    # Large imports are checked in a second process (registers/mining/import_checker.py),
    # started with "spawn": in a frozen bundle that process is this executable again,
    # and freeze_support() turns it into the worker instead of a second Kuzet.
    multiprocessing.freeze_support()
    sys.exit(main())
