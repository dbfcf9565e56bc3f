"""The rules articles and sources must pass, shared by ``healthkb check`` and the build."""
