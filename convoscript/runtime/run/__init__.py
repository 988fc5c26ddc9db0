"""One run of one compiled script: frame, binding, boundary hygiene, execution and traceback
translation."""
