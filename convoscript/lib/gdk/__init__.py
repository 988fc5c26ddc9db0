"""Groovy's GDK methods by receiver (Object, String, collections, maps, numbers, closures)."""
