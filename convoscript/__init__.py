"""convoscript: run Groovy conversation-flow scripts (Amelia-style BPN script tasks) in a sandbox."""

__version__ = "0.1.0"
