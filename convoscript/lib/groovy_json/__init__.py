"""groovy.json classes: JsonOutput, JsonSlurper, JsonBuilder (with its JsonDelegate)."""
