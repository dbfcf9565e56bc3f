"""``make serve``: one long-lived process that keeps the Sphinx application warm.

Design (measured, see ``benchmarks/README.md``): one Sphinx application is built once
and its incremental build is called again on each save, so the imported code, the
loaded environment, the parsed bibliography and the templates stay in memory.  A
change to ``conf.py``, the templates or the extension's code starts a new application.
"""
