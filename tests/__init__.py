"""The test suite (a package so that `python -m tests.golden.regenerer` runs from the repository root)."""
