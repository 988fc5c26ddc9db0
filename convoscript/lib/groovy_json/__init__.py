"""groovy.json classes: JsonBuilder, and the shape check before JsonSlurper parses."""
