"""Conversation state persistence: the embedded default store and the store interface."""

from .memory import MemoryStore

__all__ = ["MemoryStore"]
