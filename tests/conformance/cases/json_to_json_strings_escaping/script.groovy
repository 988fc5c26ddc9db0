import groovy.json.JsonOutput
println JsonOutput.toJson("he said \"hi\"")
println JsonOutput.toJson("back\\slash")
println JsonOutput.toJson("line1\nline2\ttab")
println JsonOutput.toJson("café ñ")
println JsonOutput.toJson("</script>")
println JsonOutput.toJson("emoji-free ascii")
println JsonOutput.toJson([msg: "it's"])
println JsonOutput.toJson("slash/forward")
