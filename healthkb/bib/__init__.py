"""The bibliography: read ``references.bib``, keep it between builds, print it in NLM style, add sources."""
