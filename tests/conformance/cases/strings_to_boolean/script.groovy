["true", "TRUE", "True", "y", "Y", "1", "yes", "false", "0", "no", "", " true ", "on"].each {
    println "'${it}'.toBoolean() = ${it.toBoolean()}"
}
println Boolean.parseBoolean("yes")
println Boolean.parseBoolean("TRUE")
