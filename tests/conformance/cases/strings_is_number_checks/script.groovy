def inputs = ["42", "-7", "3.14", "1e3", "0x1F", "12abc", "", " 5", "007", "99999999999", "NaN", "+3"]
inputs.each { s ->
    println "'${s}': isNumber=${s.isNumber()} isInteger=${s.isInteger()} isLong=${s.isLong()} isDouble=${s.isDouble()} isBigDecimal=${s.isBigDecimal()}"
}
