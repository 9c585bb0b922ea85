"""The tour of the window (``kuzet gui --tour``): every screen captured with its texts."""
