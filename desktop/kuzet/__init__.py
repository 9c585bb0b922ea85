"""Kuzet: an offline compliance desk for licensed crypto firms and miners in Kazakhstan."""

__version__ = "0.1.0"
