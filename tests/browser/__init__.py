"""Browser tests: the built shipped site in Debian's Chromium (a package, so its conftest
does not shadow tests/conftest.py)."""
