"""GDK method implementations, one module per receiver family; `allowlist.py` names them."""
