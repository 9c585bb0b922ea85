"""The frozen app's entry point (PyInstaller runs this as ``__main__``)."""

import sys

from kuzet.app import main

if __name__ == "__main__":
    sys.exit(main())
