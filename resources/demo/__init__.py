"""Demo content: the texts live in content/*.yaml, loader.py turns them into pages."""

from .loader import load

__all__ = ["load"]
