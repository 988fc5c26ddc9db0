"""Groovy semantics over the value model: text, equality and ordering, keys, hashing, closures,
casts, regexes. Imports only runtime.numbers and runtime.model below it."""
