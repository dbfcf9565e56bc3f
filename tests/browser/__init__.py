"""Browser tests: the built shipped site in Debian's Chromium.

A package, so its conftest does not shadow tests/conftest.py.
"""
