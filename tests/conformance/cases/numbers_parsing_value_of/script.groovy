println Integer.parseInt("42")
println Integer.valueOf("42").class.simpleName
println Integer.parseInt("-0017")
println Integer.parseInt("ff", 16)
println Long.parseLong("9000000000")
println Long.valueOf(5).class.simpleName
println Double.parseDouble("2.5e3")
println Double.valueOf("3").class.simpleName
println Boolean.parseBoolean("TrUe")
println Boolean.valueOf("nope")
println new BigDecimal("12.340")
println new BigDecimal("1e3")
println new BigDecimal(0.1)
println BigDecimal.valueOf(0.1)
println new BigInteger("123456789012345678901234567890")
println Integer.toString(255, 2)
println Integer.toHexString(255)
