"""The one door: the allow-list registry, the overload fitter, dispatch and the `h_*` entry points
that generated code calls."""
