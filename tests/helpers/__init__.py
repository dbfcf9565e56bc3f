"""What tests share besides fixtures: site copies, runs, servers and input cases.

Imported as ``helpers.<module>`` (pytest puts ``tests/`` on the path: see
``pythonpath`` in pyproject.toml)."""
