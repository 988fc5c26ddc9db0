"""The value model: how Groovy values, throwables, the run budget and the per-run context are
represented in Python. Imports nothing first-party above errors."""
