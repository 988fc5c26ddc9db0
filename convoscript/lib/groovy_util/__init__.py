"""groovy.util classes scripts may use: OrderBy."""
