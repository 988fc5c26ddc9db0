import groovy.json.JsonSlurper
def s = new JsonSlurper()
println s.parseText("[1, 2, 3]")
println s.parseText("[1, 2, 3]").sum()
println s.parseText('["x", null, true, 1.0]')
println s.parseText('[[1, [2]], []]')
println s.parseText('{"a": {"b": {"c": [1, {"d": "deep"}]}}}').a.b.c[1].d
println s.parseText('{"n": -0.5}').n
println s.parseText('{"n": 1e3}').n
println s.parseText('{"n": 1E-2}').n.class.simpleName
println s.parseText('{"s": "tab\\tquote\\"unicode\\u00e9"}').s
