// Generated from tests/unit/test_numbers.py CASES; run with Groovy 2.4:
//   groovy tests/unit/numbers_oracle.groovy
// Each line of output: case number, result class (or !Exception), toString (or message).
def d(x) { x }
def q(s) { s == null ? 'null' : s.toString().replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t') }
def run(int i, Closure c) {
    try { def v = c(); println "$i\t${v == null ? 'null' : v.getClass().simpleName}\t${q(v)}" }
    catch (Throwable t) { println "$i\t!${t.getClass().simpleName}\t${q(t.message)}" }
}
def part0() {
    run(0) { d(1) + d(2) }
    run(1) { d(2147483647) + d(1) }
    run(2) { d(-2147483648) + d(-1) }
    run(3) { d(2147483647) + d(1L) }
    run(4) { d(9223372036854775807L) + d(1) }
    run(5) { d(1G) + d(1) }
    run(6) { d(1.5) + d(1) }
    run(7) { d(1.5) + d(1d) }
    run(8) { d(1.5f) + d(1.5f) }
    run(9) { d(1.1f) + d(0) }
    run(10) { d(0.1d) + d(0.2d) }
    run(11) { d(1.1) + d(1.1f) }
    run(12) { d(1G) + d(1.5) }
    run(13) { d(1.50) + d(1) }
    run(14) { Double.POSITIVE_INFINITY + Double.NEGATIVE_INFINITY }
    run(15) { d(1e3) + d(1) }
    run(16) { d(-1.5) + d(1.5) }
    run(17) { d(1e3) + d(1e-3) }
    run(18) { d(9223372036854775807L) + d(1G) }
    run(19) { Double.NaN + d(1) }
    run(20) { d(-2147483648) - d(1) }
    run(21) { d(1.50) - d(0.5) }
    run(22) { d(1.5) - d(1.50) }
    run(23) { d(1) - d(0.9d) }
    run(24) { d(-9223372036854775808L) - d(1) }
    run(25) { d(5G) - d(7) }
    run(26) { d(1.1f) - d(0.1f) }
    run(27) { d(1) - d(1e-5) }
    run(28) { d(0) - d(2147483648) }
    run(29) { d(1.5) - d(1.5) }
    run(30) { d(2147483647) * d(2) }
    run(31) { d(46341) * d(46341) }
    run(32) { d(65536) * d(65536) }
    run(33) { d(-2147483648) * d(-1) }
    run(34) { d(3000000000L) * d(3000000000L) }
    run(35) { d(9223372036854775807L) * d(2) }
    run(36) { d(1.5) * d(1.5) }
    run(37) { d(0.0) * d(-1) }
    run(38) { d(-1.5) * d(0) }
    run(39) { d(1.1f) * d(3) }
    run(40) { d(1.1) * d(1.1d) }
    run(41) { d(12345678901234567890G) * d(98765432109876543210G) }
    run(42) { d(2.50) * d(4) }
    run(43) { d(1e3) * d(1e-3) }
    run(44) { d(65536) * d(65536L) }
    run(45) { d(1e308d) * d(10) }
    run(46) { d(1) / d(3) }
    run(47) { d(2) / d(3) }
    run(48) { d(10) / d(4) }
    run(49) { d(1.0) / d(3) }
    run(50) { d(100) / d(7) }
    run(51) { d(1) / d(8) }
    run(52) { d(10) / d(5) }
    run(53) { d(1.50) / d(3) }
    run(54) { d(7) / d(2) }
    run(55) { d(-7) / d(2) }
    run(56) { d(-1) / d(3) }
    run(57) { d(2) / d(-3) }
    run(58) { d(1) / d(0) }
    run(59) { d(0) / d(0) }
    run(60) { d(1.0) / d(0) }
    run(61) { d(0.0) / d(0) }
    run(62) { d(0) / d(0.0) }
    run(63) { d(1.0d) / d(0) }
    run(64) { d(0.0d) / d(0) }
    run(65) { d(1) / d(0.0d) }
    run(66) { d(-1) / d(0.0d) }
    run(67) { d(1) / (-d(0.0d)) }
    run(68) { d(1.5f) / d(2) }
    run(69) { d(1.5f) / d(0) }
    run(70) { d(1) / d(3d) }
    run(71) { d(1G) / d(3) }
    run(72) { d(1L) / d(3) }
    run(73) { d(1G) / d(0) }
    run(74) { d(1.000) / d(3) }
    run(75) { d(1) / d(3.000000000000) }
    run(76) { d(12345678901234567890) / d(7) }
    run(77) { d(1) / d(7.0) }
    run(78) { d(22) / d(7.00) }
    run(79) { d(1e3) / d(3) }
    run(80) { d(1e-20) / d(3) }
    run(81) { d(1) / d(1e20) }
    run(82) { d(3) / d(1e20) }
    run(83) { d(1) / d(3e20) }
    run(84) { d(-1) / d(3e20) }
    run(85) { d(2.0) / d(1e-5) }
    run(86) { d(100) / d(1e2) }
    run(87) { d(1e2) / d(1) }
    run(88) { d(1e2) / d(2) }
    run(89) { d(0) / d(5) }
    run(90) { d(0.00) / d(5) }
    run(91) { d(0) / d(5.00) }
    run(92) { d(-2147483648) / d(-1) }
    run(93) { d(-9223372036854775808L) / d(-1) }
    run(94) { d(1.23456789012) / d(7) }
    run(95) { d(1) / d(1024) }
    run(96) { d(1) / d(1099511627776) }
    run(97) { d(10) / d(3298534883328) }
    run(98) { d(-1.5) / d(-0.5) }
    run(99) { d(5) / d(0.5) }
    run(100) { d(0.05) / d(5) }
    run(101) { d(99.99) / d(3) }
    run(102) { d(2) / d(7.000000000000000000000) }
    run(103) { d(1e-15) / d(3) }
    run(104) { d(-0.0001) / d(3) }
    run(105) { d(1.1f) / d(3) }
    run(106) { d(2) / d(3.0) }
    run(107) { d(1) / d(9) }
    run(108) { d(5) / d(6) }
    run(109) { d(1) / d(6) }
    run(110) { d(2) / d(0.3) }
    run(111) { d(123456789) / d(1000) }
    run(112) { Double.NaN / d(0) }
    run(113) { d(0.1d) / d(3) }
    run(114) { d(355) / d(113) }
    run(115) { d(1) / d(999999999999) }
    run(116) { d(7).intdiv(d(2)) }
    run(117) { d(-7).intdiv(d(2)) }
    run(118) { d(7).intdiv(d(-2)) }
    run(119) { d(1).intdiv(d(0)) }
    run(120) { d(7).intdiv(d(2L)) }
    run(121) { d(5).intdiv(d(0L)) }
    run(122) { d(-2147483648).intdiv(d(-1)) }
    run(123) { d(-9223372036854775808L).intdiv(d(-1)) }
    run(124) { d(5L).intdiv(d(2G)) }
    run(125) { d(-7G).intdiv(d(2)) }
    run(126) { d(1G).intdiv(d(0)) }
    run(127) { d(1.5).intdiv(d(1)) }
    run(128) { d(5).intdiv(d(2.0)) }
    run(129) { d(1.5d).intdiv(d(1)) }
    run(130) { d(5f).intdiv(d(2)) }
    run(131) { d(5).intdiv(d(2d)) }
    run(132) { d(7) % d(3) }
    run(133) { d(-7) % d(3) }
    run(134) { d(7) % d(-3) }
    run(135) { d(-7) % d(-3) }
    run(136) { d(1) % d(0) }
    run(137) { d(1L) % d(0) }
    run(138) { d(1G) % d(0) }
    run(139) { d(-7G) % d(3) }
    run(140) { d(7G) % d(-3) }
    run(141) { d(-7L) % d(3) }
    run(142) { d(5) % d(2L) }
    run(143) { d(5L) % d(2G) }
    run(144) { d(5.5) % d(2) }
    run(145) { d(5) % d(5.5) }
    run(146) { d(5G) % d(5.5) }
    run(147) { d(5.5d) % d(2) }
    run(148) { d(5) % d(2.5d) }
    run(149) { d(-7.5d) % d(2) }
    run(150) { d(1.0d) % d(0) }
    run(151) { d(5) % d(2f) }
    run(152) { d(5.5f) % d(2) }
    run(153) { d(-2147483648) % d(-1) }
    run(154) { d(-9223372036854775808L) % d(-1L) }
    run(155) { Double.POSITIVE_INFINITY % d(2) }
    run(156) { d(5d) % Double.POSITIVE_INFINITY }
    run(157) { d(-0.5d) % d(1) }
    run(158) { d(5.5d) % Double.NaN }
    run(159) { d(2) ** d(31) }
    run(160) { d(2) ** d(10) }
    run(161) { d(2) ** d(-1) }
    run(162) { d(2.5) ** d(2) }
    run(163) { d(2) ** d(0.5) }
    run(164) { d(4) ** d(0.5) }
    run(165) { d(10L) ** d(20) }
    run(166) { d(10L) ** d(2) }
    run(167) { d(2) ** d(3L) }
    run(168) { d(2d) ** d(2) }
    run(169) { d(2.5d) ** d(2) }
    run(170) { d(2G) ** d(3) }
    run(171) { d(2G) ** d(-1) }
    run(172) { d(2.5) ** d(-1) }
    run(173) { d(2) ** d(2G) }
    run(174) { d(2G) ** d(2G) }
    run(175) { d(0) ** d(0) }
    run(176) { d(0) ** d(-1) }
    run(177) { d(2) ** d(63) }
    run(178) { d(2L) ** d(62) }
    run(179) { d(2L) ** d(63) }
    run(180) { d(-2) ** d(31) }
    run(181) { d(1.5f) ** d(2) }
    run(182) { d(2) ** d(1.5) }
    run(183) { d(2.0) ** d(0.5) }
    run(184) { d(2) ** d(40d) }
    run(185) { d(10) ** d(-2) }
    run(186) { d(1) ** d(-1) }
    run(187) { d(-1) ** d(-1) }
    run(188) { d(1.0) ** d(-1) }
    run(189) { d(2.5) ** d(2L) }
    run(190) { d(2.5) ** d(0) }
    run(191) { d(2.50) ** d(2) }
    run(192) { d(2) ** d(100G) }
    run(193) { d(2G) ** d(100L) }
    run(194) { d(2L) ** d(100L) }
    run(195) { d(2L) ** d(3L) }
    run(196) { d(2G) ** d(-1L) }
    run(197) { d(2G) ** d(-2G) }
    run(198) { d(2) ** d(31.0) }
    run(199) { d(2) ** d(63.0) }
    run(200) { d(2) ** d(64.0) }
    run(201) { d(-2) ** d(63.0) }
    run(202) { d(-8) ** d(0.5d) }
    run(203) { Double.NaN ** d(0) }
    run(204) { d(1) ** Double.NaN }
    run(205) { d(-1) ** Double.POSITIVE_INFINITY }
    run(206) { d(0.0d) ** d(-1) }
    run(207) { (-d(0.0d)) ** d(-1) }
    run(208) { d(-2d) ** d(3) }
    run(209) { d(0) ** d(-1L) }
    run(210) { d(4G) ** d(0.5) }
    run(211) { d(1.1) ** d(3) }
    run(212) { d(0.1) ** d(-2) }
    run(213) { d(2) ** d(2147483648L) }
    run(214) { d(1) ** d(2147483648L) }
    run(215) { d(1G) ** d(1099511627776G) }
    run(216) { d(2G) ** d(1099511627776G) }
    run(217) { d(3) ** d(20) }
    run(218) { d(2) ** d(0.5f) }
    run(219) { d(1.5) ** d(2G) }
    run(220) { d(-2G) ** d(3) }
    run(221) { d(0G) ** d(0) }
    run(222) { d(10) ** d(9) }
    run(223) { d(10) ** d(10) }
    run(224) { d(2.5) ** d(3.0) }
    run(225) { Double.POSITIVE_INFINITY ** d(-1) }
    run(226) { d(-8) ** d(1.0) }
    run(227) { d(2) ** d(100) }
    run(228) { d(2.5) ** d(100) }
    run(229) { d(-1) ** d(0.5d) }
    run(230) { d(1.0) ** d(10) }
    run(231) { d(1.00) ** d(3) }
    run(232) { d(2.5) ** d(3L) }
    run(233) { -d(5) }
    run(234) { -d(-2147483648) }
    run(235) { -d(-9223372036854775808L) }
    run(236) { -d(1.5f) }
    run(237) { -d(0.0d) }
    run(238) { -d(0.0) }
    run(239) { -d(0G) }
    run(240) { -d(1.50) }
    run(241) { -d(5G) }
    run(242) { -Double.NaN }
    run(243) { -d(-0.0) }
    run(244) { -Double.POSITIVE_INFINITY }
    run(245) { +d(-5) }
    run(246) { +d(1.5d) }
    run(247) { +d(-1.5f) }
    run(248) { ~d(5) }
    run(249) { ~d(5L) }
    run(250) { ~d(5G) }
    run(251) { ~d(1.5) }
    run(252) { ~d(1.5d) }
    run(253) { ~d(1.5f) }
    run(254) { ~d(-2147483648) }
    run(255) { d(5) & d(3) }
    run(256) { d(5) & d(3L) }
    run(257) { d(5G) & d(3) }
    run(258) { d(5.0) & d(3) }
    run(259) { d(5d) & d(3) }
    run(260) { d(5) & d(2.0) }
    run(261) { d(5) & d(-1L) }
    run(262) { d(5) | d(3) }
    run(263) { d(-1) | d(0L) }
    run(264) { d(5) | d(2d) }
    run(265) { d(5) ^ d(3) }
    run(266) { d(-1G) ^ d(5) }
    run(267) { d(5L) ^ d(3L) }
    run(268) { d(-1G) & d(255) }
    run(269) { d(1) << d(32) }
    run(270) { d(1) << d(31) }
    run(271) { d(1L) << d(64) }
    run(272) { d(1) << d(33L) }
    run(273) { d(1G) << d(1) }
    run(274) { d(1) << d(1.5) }
    run(275) { d(1.5) << d(1) }
    run(276) { d(1.5d) << d(1) }
    run(277) { d(1) << d(-1) }
    run(278) { d(1) << d(2G) }
    run(279) { d(1L) << d(2G) }
    run(280) { d(1) << d(63L) }
    run(281) { d(1) << d(0.5d) }
    run(282) { d(1L) << d(63) }
    run(283) { d(3) << d(30) }
    run(284) { d(-16) >> d(2) }
    run(285) { d(-16G) >> d(2) }
    run(286) { d(5) >> d(33) }
    run(287) { d(-5L) >> d(65) }
    run(288) { d(8) >> d(2G) }
    run(289) { d(-16) >>> d(2) }
    run(290) { d(-16L) >>> d(2) }
    run(291) { d(-16G) >>> d(2) }
    run(292) { d(-1) >>> d(1L) }
    run(293) { d(-1L) >>> d(1) }
    run(294) { d(-5) >>> d(32) }
    run(295) { d(-5) >>> d(0) }
    run(296) { d(-1) >>> d(2G) }
    run(297) { d(1) <=> d(2) }
    run(298) { d(2) <=> d(1) }
    run(299) { d(1) <=> d(1L) }
    run(300) { d(1) <=> d(2L) }
    run(301) { d(1) <=> d(1.5d) }
    run(302) { d(2G) <=> d(1.5) }
    run(303) { d(1.5f) <=> d(1.5) }
    run(304) { d(1.1f) <=> d(1.1) }
    run(305) { Double.NaN <=> d(1) }
    run(306) { Double.NaN <=> Double.NaN }
    run(307) { d(0.0d) <=> (-d(0.0d)) }
    run(308) { d(1.0) <=> d(1.00) }
    run(309) { d(9007199254740993L) <=> d(9007199254740992d) }
    run(310) { Double.POSITIVE_INFINITY <=> d(1e400) }
    run(311) { d(1e400) <=> d(1.7976931348623157e308d) }
    run(312) { d(-1) <=> Double.NaN }
    run(313) { Double.NEGATIVE_INFINITY <=> d(-1e400) }
    run(314) { d(2147483648) <=> d(2147483647) }
    run(315) { d(1) == d(1L) }
    run(316) { d(1) == d(1.0) }
    run(317) { d(1.0) == d(1.00) }
    run(318) { d(0.1d) == d(0.1) }
    run(319) { d(0.1f) == d(0.1) }
    run(320) { d(0.1f) == d(0.1d) }
    run(321) { Double.NaN == Double.NaN }
    run(322) { d(0.0d) == (-d(0.0d)) }
    run(323) { d(0.0) == (-d(0.0d)) }
    run(324) { d(1G) == d(1.0d) }
    run(325) { d(1L) == d(1G) }
    run(326) { d(1.0) == d(1G) }
    run(327) { d(1) == d(1.0f) }
    run(328) { d(1.1f) == d(1.1f) }
    run(329) { Double.POSITIVE_INFINITY == Double.POSITIVE_INFINITY }
    run(330) { Double.NaN == d(1) }
    run(331) { d(9007199254740993L) == d(9007199254740992d) }
    run(332) { d(2147483648) == d(2147483648L) }
    run(333) { d(1.5) == d(1.5d) }
    run(334) { Float.NaN == Double.NaN }
    run(335) { d(1) == d(2) }
    run(336) { Double.NaN != Double.NaN }
    run(337) { d(1) != d(1.0) }
    run(338) { d(0.0d) != (-d(0.0d)) }
    run(339) { Double.NaN < d(1) }
    run(340) { Double.NaN > d(1) }
    run(341) { Double.NaN <= d(1) }
    run(342) { Double.NaN >= d(1) }
    run(343) { d(1) < Double.NaN }
    run(344) { d(1) > Double.NaN }
    run(345) { Double.NaN >= Double.NaN }
    run(346) { Double.NaN <= Double.NaN }
    run(347) { Double.NaN > Double.NaN }
    run(348) { (-d(0.0d)) < d(0.0d) }
    run(349) { Float.NaN <= Float.NaN }
    run(350) { Float.NaN < d(1f) }
    run(351) { d(1) < d(2) }
    run(352) { d(2) < d(1L) }
    run(353) { d(1.0) >= d(1) }
    run(354) { d(1) < d(1.5) }
    run(355) { d(2G) > d(1.99999999999999999999) }
    run(356) { Double.NaN < Double.POSITIVE_INFINITY }
    run(357) { Double.NaN > d(1.5) }
    run(358) { d(0.0) < (-d(0.0d)) }
    run(359) { d(0.0) > (-d(0.0d)) }
    run(360) { d(2147483647) <= d(2147483648) }
    run(361) { d(-1L) >= d(-1) }
    run(362) { d(1.0d).toString() }
    run(363) { d(0.1d).toString() }
    run(364) { d(1e10d).toString() }
    run(365) { d(1e-5d).toString() }
    run(366) { d(123456.789d).toString() }
    run(367) { d(1.2345678e7d).toString() }
    run(368) { (-d(0.0d)).toString() }
    run(369) { Double.NaN.toString() }
    run(370) { Double.POSITIVE_INFINITY.toString() }
    run(371) { Double.NEGATIVE_INFINITY.toString() }
    run(372) { d(0.001d).toString() }
    run(373) { d(0.0001d).toString() }
    run(374) { d(1e7d).toString() }
    run(375) { d(9999999d).toString() }
    run(376) { d(12345678.9d).toString() }
    run(377) { d(4.9e-324d).toString() }
    run(378) { d(1.7976931348623157e308d).toString() }
    run(379) { d(100d).toString() }
    run(380) { d(1e21d).toString() }
    run(381) { d(1e22d).toString() }
    run(382) { d(1e23d).toString() }
    run(383) { d(2e23d).toString() }
    run(384) { d(0.30000000000000004d).toString() }
    run(385) { d(2.0014080846294872e16d).toString() }
    run(386) { d(5.6971711285192496e16d).toString() }
    run(387) { d(-1.5d).toString() }
    run(388) { d(0.1f).toString() }
    run(389) { d(1.1f).toString() }
    run(390) { d(1e10f).toString() }
    run(391) { d(1.0e-5f).toString() }
    run(392) { d(123456789.123f).toString() }
    run(393) { d(3.4028235e38f).toString() }
    run(394) { d(1.4e-45f).toString() }
    run(395) { d(16777216f).toString() }
    run(396) { d(0.3f).toString() }
    run(397) { (-d(0.0f)).toString() }
    run(398) { Float.NaN.toString() }
    run(399) { d(2.50).toString() }
}
def part1() {
    run(400) { d(1e3).toString() }
    run(401) { d(0.00001).toString() }
    run(402) { d(0.000010).toString() }
    run(403) { d(1e-7).toString() }
    run(404) { d(0.0000001).toString() }
    run(405) { d(100.0e-2).toString() }
    run(406) { d(-1.5).toString() }
    run(407) { d(0e3).toString() }
    run(408) { d(123456789012345678901234567890.123).toString() }
    run(409) { d(1.23e-10).toString() }
    run(410) { d(0.0).toString() }
    run(411) { d(1E+10).toString() }
    run(412) { d(2147483648).toString() }
    run(413) { d(-9223372036854775808).toString() }
    run(414) { d(12345678901234567890123G).toString() }
    run(415) { d(-2147483648).toString() }
    run(416) { d(0).toString() }
    run(417) { Double.toString(Double.longBitsToDouble(new BigInteger('99ad162676b90e0a', 16).longValue())) }
    run(418) { Double.toString(Double.longBitsToDouble(new BigInteger('40c080d99999999a', 16).longValue())) }
    run(419) { Double.toString(Double.longBitsToDouble(new BigInteger('c18499a6e8cccccd', 16).longValue())) }
    run(420) { Double.toString(Double.longBitsToDouble(new BigInteger('41df1649c619ea0a', 16).longValue())) }
    run(421) { Double.toString(Double.longBitsToDouble(new BigInteger('caaf92f3882f29f7', 16).longValue())) }
    run(422) { Double.toString(Double.longBitsToDouble(new BigInteger('bf7954293365b1f4', 16).longValue())) }
    run(423) { Double.toString(Double.longBitsToDouble(new BigInteger('f1e45e0d28c73432', 16).longValue())) }
    run(424) { Double.toString(Double.longBitsToDouble(new BigInteger('c182bf7f36db7907', 16).longValue())) }
    run(425) { Double.toString(Double.longBitsToDouble(new BigInteger('b21a30cc93484239', 16).longValue())) }
    run(426) { Double.toString(Double.longBitsToDouble(new BigInteger('561293eb394b873c', 16).longValue())) }
    run(427) { Double.toString(Double.longBitsToDouble(new BigInteger('130f646d5fd4847b', 16).longValue())) }
    run(428) { Double.toString(Double.longBitsToDouble(new BigInteger('f0e2c72ece2e445f', 16).longValue())) }
    run(429) { Double.toString(Double.longBitsToDouble(new BigInteger('46559675f6ff03db', 16).longValue())) }
    run(430) { Double.toString(Double.longBitsToDouble(new BigInteger('c1a3ddc72eaaaaab', 16).longValue())) }
    run(431) { Double.toString(Double.longBitsToDouble(new BigInteger('4084dddc28a0002d', 16).longValue())) }
    run(432) { Double.toString(Double.longBitsToDouble(new BigInteger('afa01284383a86fe', 16).longValue())) }
    run(433) { Double.toString(Double.longBitsToDouble(new BigInteger('22a08af285af4a82', 16).longValue())) }
    run(434) { Double.toString(Double.longBitsToDouble(new BigInteger('3e43956d0a381d2c', 16).longValue())) }
    run(435) { Double.toString(Double.longBitsToDouble(new BigInteger('3c63e59ce04b419c', 16).longValue())) }
    run(436) { Double.toString(Double.longBitsToDouble(new BigInteger('42673bb913a0c6f4', 16).longValue())) }
    run(437) { Double.toString(Double.longBitsToDouble(new BigInteger('467d30172aa1a2ee', 16).longValue())) }
    run(438) { Double.toString(Double.longBitsToDouble(new BigInteger('406b800000000000', 16).longValue())) }
    run(439) { Double.toString(Double.longBitsToDouble(new BigInteger('42cb3d471c6c0000', 16).longValue())) }
    run(440) { Double.toString(Double.longBitsToDouble(new BigInteger('5f650a28f407df47', 16).longValue())) }
    run(441) { Double.toString(Double.longBitsToDouble(new BigInteger('3bbc1904730e4c3c', 16).longValue())) }
    run(442) { Double.toString(Double.longBitsToDouble(new BigInteger('4351c6acd4d65bd6', 16).longValue())) }
    run(443) { Double.toString(Double.longBitsToDouble(new BigInteger('4370519076dc6b24', 16).longValue())) }
    run(444) { Double.toString(Double.longBitsToDouble(new BigInteger('1', 16).longValue())) }
    run(445) { Double.toString(Double.longBitsToDouble(new BigInteger('a', 16).longValue())) }
    run(446) { Double.toString(Double.longBitsToDouble(new BigInteger('44b52d02c7e14af6', 16).longValue())) }
    run(447) { Double.toString(Double.longBitsToDouble(new BigInteger('43e2a7fd5e5a6e3b', 16).longValue())) }
    run(448) { Double.toString(Double.longBitsToDouble(new BigInteger('3f50624dd2f1a9fc', 16).longValue())) }
    run(449) { Double.toString(Double.longBitsToDouble(new BigInteger('7fefffffffffffff', 16).longValue())) }
    run(450) { Double.toString(Double.longBitsToDouble(new BigInteger('10000000000000', 16).longValue())) }
    run(451) { Double.toString(Double.longBitsToDouble(new BigInteger('3ff0000000000001', 16).longValue())) }
    run(452) { Float.toString(Float.intBitsToFloat(new BigInteger('bb9addc9', 16).intValue())) }
    run(453) { Float.toString(Float.intBitsToFloat(new BigInteger('4799eb91', 16).intValue())) }
    run(454) { Float.toString(Float.intBitsToFloat(new BigInteger('a5a4063', 16).intValue())) }
    run(455) { Float.toString(Float.intBitsToFloat(new BigInteger('43520000', 16).intValue())) }
    run(456) { Float.toString(Float.intBitsToFloat(new BigInteger('584c36a1', 16).intValue())) }
    run(457) { Float.toString(Float.intBitsToFloat(new BigInteger('4b165848', 16).intValue())) }
    run(458) { Float.toString(Float.intBitsToFloat(new BigInteger('3ee2586a', 16).intValue())) }
    run(459) { Float.toString(Float.intBitsToFloat(new BigInteger('55be575b', 16).intValue())) }
    run(460) { Float.toString(Float.intBitsToFloat(new BigInteger('3c14138e', 16).intValue())) }
    run(461) { Float.toString(Float.intBitsToFloat(new BigInteger('335d7eea', 16).intValue())) }
    run(462) { Float.toString(Float.intBitsToFloat(new BigInteger('3b9ce320', 16).intValue())) }
    run(463) { Float.toString(Float.intBitsToFloat(new BigInteger('cb367fa7', 16).intValue())) }
    run(464) { Float.toString(Float.intBitsToFloat(new BigInteger('cb29de1d', 16).intValue())) }
    run(465) { Float.toString(Float.intBitsToFloat(new BigInteger('60854a40', 16).intValue())) }
    run(466) { Float.toString(Float.intBitsToFloat(new BigInteger('3b1d1133', 16).intValue())) }
    run(467) { Float.toString(Float.intBitsToFloat(new BigInteger('1', 16).intValue())) }
    run(468) { Float.toString(Float.intBitsToFloat(new BigInteger('7f7fffff', 16).intValue())) }
    run(469) { Float.toString(Float.intBitsToFloat(new BigInteger('800000', 16).intValue())) }
    run(470) { Float.toString(Float.intBitsToFloat(new BigInteger('3dcccccd', 16).intValue())) }
    run(471) { Float.toString(Float.intBitsToFloat(new BigInteger('4b800001', 16).intValue())) }
    run(472) { d(1).getClass().simpleName }
    run(473) { d(2147483648).getClass().simpleName }
    run(474) { d(1G).getClass().simpleName }
    run(475) { d(1.5).getClass().simpleName }
    run(476) { d(1.5d).getClass().simpleName }
    run(477) { d(1.5f).getClass().simpleName }
    run(478) { d(-2147483648).getClass().simpleName }
    run(479) { d(9223372036854775808).getClass().simpleName }
    run(480) { d(1.5).intValue() }
    run(481) { d(1e10d).intValue() }
    run(482) { d(-1e10d).intValue() }
    run(483) { Double.NaN.intValue() }
    run(484) { d(4294967297L).intValue() }
    run(485) { d(1e10).intValue() }
    run(486) { d(1e64).intValue() }
    run(487) { d(-2.7).intValue() }
    run(488) { d(-2.7d).intValue() }
    run(489) { d(5.7f).intValue() }
    run(490) { d(18446744073709551621G).intValue() }
    run(491) { Double.POSITIVE_INFINITY.intValue() }
    run(492) { d(2147483648).intValue() }
    run(493) { d(-2147483649).intValue() }
    run(494) { d(1e-300).intValue() }
    run(495) { Double.NaN.longValue() }
    run(496) { d(1e30d).longValue() }
    run(497) { d(1e64).longValue() }
    run(498) { d(5.5).longValue() }
    run(499) { d(18446744073709551621G).longValue() }
    run(500) { d(-1e30d).longValue() }
    run(501) { d(1e19).longValue() }
    run(502) { d(-9.99).longValue() }
    run(503) { d(1e1000).longValue() }
    run(504) { d(5).doubleValue() }
    run(505) { d(1.5).doubleValue() }
    run(506) { d(9007199254740993L).doubleValue() }
    run(507) { d(1e400).doubleValue() }
    run(508) { d(1e-400).doubleValue() }
    run(509) { d(18446744073709551621G).doubleValue() }
    run(510) { d(1.5f).doubleValue() }
    run(511) { d(0.1f).doubleValue() }
    run(512) { d(13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376G).doubleValue() }
    run(513) { d(0.1).doubleValue() }
    run(514) { d(-7).doubleValue() }
    run(515) { d(0.1).floatValue() }
    run(516) { d(0.1d).floatValue() }
    run(517) { d(1e300d).floatValue() }
    run(518) { d(16777217L).floatValue() }
    run(519) { d(9007199254740993L).floatValue() }
    run(520) { d(1.1).floatValue() }
    run(521) { d(3.4028235677973366e38d).floatValue() }
    run(522) { d(3.4028236e38).floatValue() }
    run(523) { d(1e-50).floatValue() }
    run(524) { Double.NaN.floatValue() }
    run(525) { d(33554435).floatValue() }
    run(526) { d(0.1f).floatValue() }
    run(527) { d(1e-46d).floatValue() }
    run(528) { d(1.4e-45).floatValue() }
    run(529) { d(1.2345678901234567e30d) as BigInteger }
    run(530) { d(1.5d) as BigInteger }
    run(531) { d(-1.5d) as BigInteger }
    run(532) { d(1e20d) as BigInteger }
    run(533) { Double.NaN as BigInteger }
    run(534) { d(1.5f) as BigInteger }
    run(535) { d(1e10) as BigInteger }
    run(536) { d(123456789.987) as BigInteger }
    run(537) { Double.POSITIVE_INFINITY as BigInteger }
    run(538) { d(-7.9) as BigInteger }
    run(539) { d(5) as BigInteger }
    run(540) { d(0.1d) as BigDecimal }
    run(541) { d(0.1f) as BigDecimal }
    run(542) { d(1e20d) as BigDecimal }
    run(543) { d(1d) as BigDecimal }
    run(544) { Double.NaN as BigDecimal }
    run(545) { d(5) as BigDecimal }
    run(546) { d(5G) as BigDecimal }
    run(547) { Double.NEGATIVE_INFINITY as BigDecimal }
    run(548) { d(1.5) as BigDecimal }
    run(549) { d(1e-5d) as BigDecimal }
    run(550) { d(100.0d) as BigDecimal }
    run(551) { d(3.4028235e38f) as BigDecimal }
    run(552) { d(1e-3d) as BigDecimal }
    run(553) { d(2147483648) as BigDecimal }
    run(554) { d(-5).abs() }
    run(555) { d(-2147483648).abs() }
    run(556) { d(-5L).abs() }
    run(557) { d(-9223372036854775808L).abs() }
    run(558) { d(-5G).abs() }
    run(559) { d(-1.5).abs() }
    run(560) { d(-1.5d).abs() }
    run(561) { d(-1.5f).abs() }
    run(562) { (-d(0.0d)).abs() }
    run(563) { (-d(0.0f)).abs() }
    run(564) { d(5).abs() }
    run(565) { d(2.5d).round() }
    run(566) { d(-2.5d).round() }
    run(567) { d(2.5f).round() }
    run(568) { d(-1.5f).round() }
    run(569) { d(1e20d).round() }
    run(570) { Double.NaN.round() }
    run(571) { d(0.49999999999999994d).round() }
    run(572) { d(-0.5d).round() }
    run(573) { d(4503599627370497d).round() }
    run(574) { d(1e10f).round() }
    run(575) { d(2.5).round() }
    run(576) { d(5).round() }
    run(577) { d(5L).round() }
    run(578) { d(5G).round() }
    run(579) { d(-2.5).round() }
    run(580) { d(0.5f).round() }
    run(581) { d(-1e20d).round() }
    run(582) { Float.NaN.round() }
    run(583) { d(3.14159d).round(2) }
    run(584) { d(3.14159f).round(2) }
    run(585) { d(1.005d).round(2) }
    run(586) { d(1.005f).round(2) }
    run(587) { d(2.5d).round(0) }
    run(588) { d(-2.5d).round(0) }
    run(589) { d(1234.5678d).round(-2) }
    run(590) { d(1e300d).round(2) }
    run(591) { Double.NaN.round(2) }
    run(592) { d(0.285d).round(2) }
    run(593) { d(1.25f).round(1) }
    run(594) { d(0.125f).round(2) }
    run(595) { d(2.675f).round(2) }
    run(596) { d(3.14159).round(2) }
    run(597) { d(5).round(2) }
    run(598) { d(5L).round(2) }
    run(599) { d(5G).round(2) }
    run(600) { d(2.345d).round(2) }
    run(601) { d(-2.345d).round(1) }
    run(602) { d(2.5).setScale(0, java.math.RoundingMode.HALF_UP) }
    run(603) { d(2.5).setScale(0, java.math.RoundingMode.HALF_EVEN) }
    run(604) { d(2.555).setScale(2, BigDecimal.ROUND_HALF_UP) }
    run(605) { d(25.5).setScale(-1, java.math.RoundingMode.HALF_UP) }
    run(606) { d(2.5).setScale(0, 9) }
    run(607) { d(2.5).setScale(0, java.math.RoundingMode.UNNECESSARY) }
    run(608) { d(2.50).setScale(1, java.math.RoundingMode.UNNECESSARY) }
    run(609) { d(-2.5).setScale(0, java.math.RoundingMode.HALF_DOWN) }
    run(610) { d(-2.5).setScale(0, java.math.RoundingMode.CEILING) }
    run(611) { d(-2.5).setScale(0, java.math.RoundingMode.FLOOR) }
    run(612) { d(-2.5).setScale(0, java.math.RoundingMode.UP) }
    run(613) { d(-2.5).setScale(0, java.math.RoundingMode.DOWN) }
    run(614) { d(-0.4).setScale(0, java.math.RoundingMode.HALF_UP) }
    run(615) { d(1e3).setScale(1, java.math.RoundingMode.HALF_UP) }
    run(616) { d(2.345).setScale(2, 4) }
    run(617) { d(2.345).setScale(2, 6) }
    run(618) { d(2.345).setScale(2, BigDecimal.ROUND_HALF_EVEN) }
    run(619) { d(123.456).setScale(-2, java.math.RoundingMode.HALF_UP) }
    run(620) { d(5).setScale(2, java.math.RoundingMode.HALF_UP) }
    run(621) { d(2.555).setScale(2) }
    run(622) { d(2.5).setScale(3) }
    run(623) { d(5).setScale(2) }
    run(624) { d(2.5d).setScale(2) }
    run(625) { d(1.50).setScale(1) }
    run(626) { d(5L).setScale(2) }
    run(627) { Integer.parseInt('42') }
    run(628) { Integer.parseInt('+5') }
    run(629) { Integer.parseInt('-0') }
    run(630) { Integer.parseInt(' 42') }
    run(631) { Integer.parseInt('42 ') }
    run(632) { Integer.parseInt('') }
    run(633) { Integer.parseInt('x') }
    run(634) { Integer.parseInt('2147483648') }
    run(635) { Integer.parseInt('-2147483648') }
    run(636) { Integer.parseInt('1_000') }
    run(637) { Integer.parseInt('0x10') }
    run(638) { Integer.parseInt('\u0664\u0662') }
    run(639) { Integer.parseInt('1.0') }
    run(640) { Integer.parseInt('+') }
    run(641) { Integer.parseInt('-') }
    run(642) { Integer.parseInt('007') }
    run(643) { Integer.parseInt('\uff11\uff12') }
    run(644) { Integer.parseInt((String) null) }
    run(645) { Integer.parseInt('-2147483649') }
    run(646) { Integer.parseInt('00000000000000000000000000000000042') }
    run(647) { Integer.parseInt('ff', 16) }
    run(648) { Integer.parseInt('FF', 16) }
    run(649) { Integer.parseInt('zz', 16) }
    run(650) { Integer.parseInt('z', 36) }
    run(651) { Integer.parseInt('1', 37) }
    run(652) { Integer.parseInt('1', 1) }
    run(653) { Integer.parseInt('-80000000', 16) }
    run(654) { Integer.parseInt('80000000', 16) }
    run(655) { Integer.parseInt('', 16) }
    run(656) { Integer.parseInt('101', 2) }
    run(657) { Integer.parseInt('7fffffff', 16) }
    run(658) { Integer.parseInt('\uff46\uff46', 16) }
    run(659) { Long.parseLong('9223372036854775807') }
    run(660) { Long.parseLong('9223372036854775808') }
    run(661) { Long.parseLong('-9223372036854775808') }
    run(662) { Long.parseLong('12L') }
    run(663) { Long.parseLong(' 1') }
    run(664) { Long.parseLong((String) null) }
    run(665) { Long.parseLong('42') }
    run(666) { Double.parseDouble('1e3') }
    run(667) { Double.parseDouble(' 1.5 ') }
    run(668) { Double.parseDouble('NaN') }
    run(669) { Double.parseDouble('-Infinity') }
    run(670) { Double.parseDouble('+Infinity') }
    run(671) { Double.parseDouble('inf') }
    run(672) { Double.parseDouble('nan') }
    run(673) { Double.parseDouble('1.5d') }
    run(674) { Double.parseDouble('1.5f') }
    run(675) { Double.parseDouble('0x1p3') }
    run(676) { Double.parseDouble('0x1.8p1') }
    run(677) { Double.parseDouble('1.') }
    run(678) { Double.parseDouble('.5') }
    run(679) { Double.parseDouble('.') }
    run(680) { Double.parseDouble('') }
    run(681) { Double.parseDouble(' ') }
    run(682) { Double.parseDouble('1e') }
    run(683) { Double.parseDouble('1_000') }
    run(684) { Double.parseDouble('x') }
    run(685) { Double.parseDouble('1e400') }
    run(686) { Double.parseDouble('1e-400') }
    run(687) { Double.parseDouble('-0') }
    run(688) { Double.parseDouble('+.5e-1') }
    run(689) { Double.parseDouble('1.5e+2f') }
    run(690) { Double.parseDouble('\u00092\n') }
    run(691) { Double.parseDouble('1,5') }
    run(692) { Double.parseDouble('\u0661') }
    run(693) { Double.parseDouble('0x10') }
    run(694) { Double.parseDouble('  NaN  ') }
    run(695) { Double.parseDouble('Infinityd') }
    run(696) { Double.parseDouble('1.5dd') }
    run(697) { Double.parseDouble((String) null) }
    run(698) { Double.parseDouble(' x ') }
    run(699) { Double.parseDouble('-') }
    run(700) { Double.parseDouble('+NaN') }
    run(701) { Double.parseDouble('0x1p3d') }
    run(702) { Double.parseDouble('0x1') }
    run(703) { Double.parseDouble('1e99999999999') }
    run(704) { Double.parseDouble('0.1') }
    run(705) { Double.parseDouble('-0x1.8p-1') }
    run(706) { Double.parseDouble('0x1p-1074') }
    run(707) { Double.parseDouble('0x1p-1075') }
    run(708) { Double.parseDouble('0x1.fffffffffffff8p1023') }
    run(709) { Double.parseDouble('2.2250738585072011e-308') }
    run(710) { Double.parseDouble('0x.8p1') }
    run(711) { Double.parseDouble('1e-99999999999') }
    run(712) { Float.parseFloat('1.1') }
    run(713) { Float.parseFloat('3.4028236e38') }
    run(714) { Float.parseFloat('3.4028235e38') }
    run(715) { Float.parseFloat('1e-46') }
    run(716) { Float.parseFloat('1.4e-45') }
    run(717) { Float.parseFloat('0x1p-149') }
    run(718) { Float.parseFloat('NaN') }
    run(719) { Float.parseFloat('0.1') }
    run(720) { Float.parseFloat('16777217') }
    run(721) { Float.parseFloat('x') }
    run(722) { Float.parseFloat('1.00000017881393432617187499') }
    run(723) { Float.parseFloat('-0') }
    run(724) { Float.parseFloat('0x1.000001p0') }
    run(725) { new BigDecimal('1.5') }
    run(726) { new BigDecimal('1e3') }
    run(727) { new BigDecimal('1E+3') }
    run(728) { new BigDecimal('-0') }
    run(729) { new BigDecimal('-0.0') }
    run(730) { new BigDecimal('+1.50') }
    run(731) { new BigDecimal(' 1') }
    run(732) { new BigDecimal('1 ') }
    run(733) { new BigDecimal('') }
    run(734) { new BigDecimal('x') }
    run(735) { new BigDecimal('1.5x') }
    run(736) { new BigDecimal('.5') }
    run(737) { new BigDecimal('5.') }
    run(738) { new BigDecimal('.') }
    run(739) { new BigDecimal('1e') }
    run(740) { new BigDecimal('e3') }
    run(741) { new BigDecimal('1e+') }
    run(742) { new BigDecimal('\u0664\u0662') }
    run(743) { new BigDecimal('1_0') }
    run(744) { new BigDecimal('0.000001') }
    run(745) { new BigDecimal('0.0000001') }
    run(746) { new BigDecimal('1e-7') }
    run(747) { new BigDecimal('123456789012345678901234567890.123') }
    run(748) { new BigDecimal('1e2147483648') }
    run(749) { new BigDecimal('1e-2147483648') }
    run(750) { new BigDecimal('1e2147483647') }
    run(751) { new BigDecimal('NaN') }
    run(752) { new BigDecimal('1.5d') }
    run(753) { new BigDecimal('+-1') }
    run(754) { new BigDecimal('--1') }
    run(755) { new BigDecimal('0x10') }
    run(756) { new BigDecimal('00012.5000') }
    run(757) { new BigDecimal('1e5x') }
    run(758) { new BigDecimal('1e00000000000005') }
    run(759) { new BigDecimal('1e12345678901') }
    run(760) { new BigDecimal('1.2.3') }
    run(761) { new BigDecimal('12345678901234567890x') }
    run(762) { new BigDecimal('12345678901234567890.5.5') }
    run(763) { new BigDecimal('1234567890123456789012345e5') }
    run(764) { new BigDecimal('1e5.5') }
    run(765) { new BigDecimal('1e-') }
    run(766) { new BigDecimal('-') }
    run(767) { new BigDecimal('+') }
    run(768) { new BigDecimal('-.') }
    run(769) { new BigDecimal('0.1e-2147483647') }
    run(770) { new BigDecimal('10e2147483647') }
    run(771) { new BigDecimal('1e\u0663') }
    run(772) { new BigDecimal('1E+03') }
    run(773) { new BigDecimal('-0.000') }
    run(774) { new BigDecimal('0E+3') }
    run(775) { new BigDecimal('1e+2147483648') }
    run(776) { new BigDecimal('\u0661.\u0665') }
    run(777) { new BigDecimal((String) null) }
    run(778) { new BigDecimal('1e-2147483647') }
    run(779) { new BigInteger('42') }
    run(780) { new BigInteger('-0012') }
    run(781) { new BigInteger('0x10') }
    run(782) { new BigInteger('') }
    run(783) { new BigInteger('-') }
    run(784) { new BigInteger('1-2') }
    run(785) { new BigInteger('+-1') }
    run(786) { new BigInteger('12345678901234567890x') }
    run(787) { new BigInteger('12345678901234567890123') }
    run(788) { new BigInteger('1.5') }
    run(789) { new BigInteger('+7') }
    run(790) { new BigInteger('\u0664\u0662') }
    run(791) { '42'.toInteger() }
    run(792) { '42'.toLong() }
    run(793) { '42'.toDouble() }
    run(794) { '42'.toFloat() }
    run(795) { '42'.toBigDecimal() }
    run(796) { '42'.toBigInteger() }
    run(797) { '42'.isNumber() }
    run(798) { '42'.isInteger() }
    run(799) { '42'.isLong() }
}
def part2() {
    run(800) { '42'.isDouble() }
    run(801) { '42'.isFloat() }
    run(802) { '42'.isBigDecimal() }
    run(803) { '42'.isBigInteger() }
    run(804) { ' 42 '.toInteger() }
    run(805) { ' 42 '.toLong() }
    run(806) { ' 42 '.toDouble() }
    run(807) { ' 42 '.toFloat() }
    run(808) { ' 42 '.toBigDecimal() }
    run(809) { ' 42 '.toBigInteger() }
    run(810) { ' 42 '.isNumber() }
    run(811) { ' 42 '.isInteger() }
    run(812) { ' 42 '.isLong() }
    run(813) { ' 42 '.isDouble() }
    run(814) { ' 42 '.isFloat() }
    run(815) { ' 42 '.isBigDecimal() }
    run(816) { ' 42 '.isBigInteger() }
    run(817) { '42.0'.toInteger() }
    run(818) { '42.0'.toLong() }
    run(819) { '42.0'.toDouble() }
    run(820) { '42.0'.toFloat() }
    run(821) { '42.0'.toBigDecimal() }
    run(822) { '42.0'.toBigInteger() }
    run(823) { '42.0'.isNumber() }
    run(824) { '42.0'.isInteger() }
    run(825) { '42.0'.isLong() }
    run(826) { '42.0'.isDouble() }
    run(827) { '42.0'.isFloat() }
    run(828) { '42.0'.isBigDecimal() }
    run(829) { '42.0'.isBigInteger() }
    run(830) { 'x'.toInteger() }
    run(831) { 'x'.toLong() }
    run(832) { 'x'.toDouble() }
    run(833) { 'x'.toFloat() }
    run(834) { 'x'.toBigDecimal() }
    run(835) { 'x'.toBigInteger() }
    run(836) { 'x'.isNumber() }
    run(837) { 'x'.isInteger() }
    run(838) { 'x'.isLong() }
    run(839) { 'x'.isDouble() }
    run(840) { 'x'.isFloat() }
    run(841) { 'x'.isBigDecimal() }
    run(842) { 'x'.isBigInteger() }
    run(843) { ''.toInteger() }
    run(844) { ''.toLong() }
    run(845) { ''.toDouble() }
    run(846) { ''.toFloat() }
    run(847) { ''.toBigDecimal() }
    run(848) { ''.toBigInteger() }
    run(849) { ''.isNumber() }
    run(850) { ''.isInteger() }
    run(851) { ''.isLong() }
    run(852) { ''.isDouble() }
    run(853) { ''.isFloat() }
    run(854) { ''.isBigDecimal() }
    run(855) { ''.isBigInteger() }
    run(856) { '1e3'.toInteger() }
    run(857) { '1e3'.toLong() }
    run(858) { '1e3'.toDouble() }
    run(859) { '1e3'.toFloat() }
    run(860) { '1e3'.toBigDecimal() }
    run(861) { '1e3'.toBigInteger() }
    run(862) { '1e3'.isNumber() }
    run(863) { '1e3'.isInteger() }
    run(864) { '1e3'.isLong() }
    run(865) { '1e3'.isDouble() }
    run(866) { '1e3'.isFloat() }
    run(867) { '1e3'.isBigDecimal() }
    run(868) { '1e3'.isBigInteger() }
    run(869) { '+5'.toInteger() }
    run(870) { '+5'.toLong() }
    run(871) { '+5'.toDouble() }
    run(872) { '+5'.toFloat() }
    run(873) { '+5'.toBigDecimal() }
    run(874) { '+5'.toBigInteger() }
    run(875) { '+5'.isNumber() }
    run(876) { '+5'.isInteger() }
    run(877) { '+5'.isLong() }
    run(878) { '+5'.isDouble() }
    run(879) { '+5'.isFloat() }
    run(880) { '+5'.isBigDecimal() }
    run(881) { '+5'.isBigInteger() }
    run(882) { '0x10'.toInteger() }
    run(883) { '0x10'.toLong() }
    run(884) { '0x10'.toDouble() }
    run(885) { '0x10'.toFloat() }
    run(886) { '0x10'.toBigDecimal() }
    run(887) { '0x10'.toBigInteger() }
    run(888) { '0x10'.isNumber() }
    run(889) { '0x10'.isInteger() }
    run(890) { '0x10'.isLong() }
    run(891) { '0x10'.isDouble() }
    run(892) { '0x10'.isFloat() }
    run(893) { '0x10'.isBigDecimal() }
    run(894) { '0x10'.isBigInteger() }
    run(895) { '2147483648'.toInteger() }
    run(896) { '2147483648'.toLong() }
    run(897) { '2147483648'.toDouble() }
    run(898) { '2147483648'.toFloat() }
    run(899) { '2147483648'.toBigDecimal() }
    run(900) { '2147483648'.toBigInteger() }
    run(901) { '2147483648'.isNumber() }
    run(902) { '2147483648'.isInteger() }
    run(903) { '2147483648'.isLong() }
    run(904) { '2147483648'.isDouble() }
    run(905) { '2147483648'.isFloat() }
    run(906) { '2147483648'.isBigDecimal() }
    run(907) { '2147483648'.isBigInteger() }
    run(908) { '\u00097\n'.toInteger() }
    run(909) { '\u00097\n'.toLong() }
    run(910) { '\u00097\n'.toDouble() }
    run(911) { '\u00097\n'.toFloat() }
    run(912) { '\u00097\n'.toBigDecimal() }
    run(913) { '\u00097\n'.toBigInteger() }
    run(914) { '\u00097\n'.isNumber() }
    run(915) { '\u00097\n'.isInteger() }
    run(916) { '\u00097\n'.isLong() }
    run(917) { '\u00097\n'.isDouble() }
    run(918) { '\u00097\n'.isFloat() }
    run(919) { '\u00097\n'.isBigDecimal() }
    run(920) { '\u00097\n'.isBigInteger() }
    run(921) { '1.5'.toInteger() }
    run(922) { '1.5'.toLong() }
    run(923) { '1.5'.toDouble() }
    run(924) { '1.5'.toFloat() }
    run(925) { '1.5'.toBigDecimal() }
    run(926) { '1.5'.toBigInteger() }
    run(927) { '1.5'.isNumber() }
    run(928) { '1.5'.isInteger() }
    run(929) { '1.5'.isLong() }
    run(930) { '1.5'.isDouble() }
    run(931) { '1.5'.isFloat() }
    run(932) { '1.5'.isBigDecimal() }
    run(933) { '1.5'.isBigInteger() }
    run(934) { 'NaN'.toInteger() }
    run(935) { 'NaN'.toLong() }
    run(936) { 'NaN'.toDouble() }
    run(937) { 'NaN'.toFloat() }
    run(938) { 'NaN'.toBigDecimal() }
    run(939) { 'NaN'.toBigInteger() }
    run(940) { 'NaN'.isNumber() }
    run(941) { 'NaN'.isInteger() }
    run(942) { 'NaN'.isLong() }
    run(943) { 'NaN'.isDouble() }
    run(944) { 'NaN'.isFloat() }
    run(945) { 'NaN'.isBigDecimal() }
    run(946) { 'NaN'.isBigInteger() }
    run(947) { '1.5d'.toInteger() }
    run(948) { '1.5d'.toLong() }
    run(949) { '1.5d'.toDouble() }
    run(950) { '1.5d'.toFloat() }
    run(951) { '1.5d'.toBigDecimal() }
    run(952) { '1.5d'.toBigInteger() }
    run(953) { '1.5d'.isNumber() }
    run(954) { '1.5d'.isInteger() }
    run(955) { '1.5d'.isLong() }
    run(956) { '1.5d'.isDouble() }
    run(957) { '1.5d'.isFloat() }
    run(958) { '1.5d'.isBigDecimal() }
    run(959) { '1.5d'.isBigInteger() }
    run(960) { '-0'.toInteger() }
    run(961) { '-0'.toLong() }
    run(962) { '-0'.toDouble() }
    run(963) { '-0'.toFloat() }
    run(964) { '-0'.toBigDecimal() }
    run(965) { '-0'.toBigInteger() }
    run(966) { '-0'.isNumber() }
    run(967) { '-0'.isInteger() }
    run(968) { '-0'.isLong() }
    run(969) { '-0'.isDouble() }
    run(970) { '-0'.isFloat() }
    run(971) { '-0'.isBigDecimal() }
    run(972) { '-0'.isBigInteger() }
    run(973) { 'Infinity'.toInteger() }
    run(974) { 'Infinity'.toLong() }
    run(975) { 'Infinity'.toDouble() }
    run(976) { 'Infinity'.toFloat() }
    run(977) { 'Infinity'.toBigDecimal() }
    run(978) { 'Infinity'.toBigInteger() }
    run(979) { 'Infinity'.isNumber() }
    run(980) { 'Infinity'.isInteger() }
    run(981) { 'Infinity'.isLong() }
    run(982) { 'Infinity'.isDouble() }
    run(983) { 'Infinity'.isFloat() }
    run(984) { 'Infinity'.isBigDecimal() }
    run(985) { 'Infinity'.isBigInteger() }
    run(986) { '1e400'.toInteger() }
    run(987) { '1e400'.toLong() }
    run(988) { '1e400'.toDouble() }
    run(989) { '1e400'.toFloat() }
    run(990) { '1e400'.toBigDecimal() }
    run(991) { '1e400'.toBigInteger() }
    run(992) { '1e400'.isNumber() }
    run(993) { '1e400'.isInteger() }
    run(994) { '1e400'.isLong() }
    run(995) { '1e400'.isDouble() }
    run(996) { '1e400'.isFloat() }
    run(997) { '1e400'.isBigDecimal() }
    run(998) { '1e400'.isBigInteger() }
    run(999) { '.5'.toInteger() }
    run(1000) { '.5'.toLong() }
    run(1001) { '.5'.toDouble() }
    run(1002) { '.5'.toFloat() }
    run(1003) { '.5'.toBigDecimal() }
    run(1004) { '.5'.toBigInteger() }
    run(1005) { '.5'.isNumber() }
    run(1006) { '.5'.isInteger() }
    run(1007) { '.5'.isLong() }
    run(1008) { '.5'.isDouble() }
    run(1009) { '.5'.isFloat() }
    run(1010) { '.5'.isBigDecimal() }
    run(1011) { '.5'.isBigInteger() }
    run(1012) { '5.'.toInteger() }
    run(1013) { '5.'.toLong() }
    run(1014) { '5.'.toDouble() }
    run(1015) { '5.'.toFloat() }
    run(1016) { '5.'.toBigDecimal() }
    run(1017) { '5.'.toBigInteger() }
    run(1018) { '5.'.isNumber() }
    run(1019) { '5.'.isInteger() }
    run(1020) { '5.'.isLong() }
    run(1021) { '5.'.isDouble() }
    run(1022) { '5.'.isFloat() }
    run(1023) { '5.'.isBigDecimal() }
    run(1024) { '5.'.isBigInteger() }
    run(1025) { '1_000'.toInteger() }
    run(1026) { '1_000'.toLong() }
    run(1027) { '1_000'.toDouble() }
    run(1028) { '1_000'.toFloat() }
    run(1029) { '1_000'.toBigDecimal() }
    run(1030) { '1_000'.toBigInteger() }
    run(1031) { '1_000'.isNumber() }
    run(1032) { '1_000'.isInteger() }
    run(1033) { '1_000'.isLong() }
    run(1034) { '1_000'.isDouble() }
    run(1035) { '1_000'.isFloat() }
    run(1036) { '1_000'.isBigDecimal() }
    run(1037) { '1_000'.isBigInteger() }
    run(1038) { Eval.me('42') }
    run(1039) { Eval.me('2147483647') }
    run(1040) { Eval.me('2147483648') }
    run(1041) { Eval.me('9223372036854775807') }
    run(1042) { Eval.me('9223372036854775808') }
    run(1043) { Eval.me('-9223372036854775808') }
    run(1044) { Eval.me('-9223372036854775809') }
    run(1045) { Eval.me('-2147483648') }
    run(1046) { Eval.me('-2147483649') }
    run(1047) { Eval.me('10L') }
    run(1048) { Eval.me('10l') }
    run(1049) { Eval.me('10G') }
    run(1050) { Eval.me('10g') }
    run(1051) { Eval.me('10i') }
    run(1052) { Eval.me('0x1F') }
    run(1053) { Eval.me('0X1f') }
    run(1054) { Eval.me('0xFFFFFFFF') }
    run(1055) { Eval.me('0xFFFFFFFFi') }
    run(1056) { Eval.me('0x7FFFFFFF') }
    run(1057) { Eval.me('0x80000000') }
    run(1058) { Eval.me('0xFFFFFFFFFFFFFFFF') }
    run(1059) { Eval.me('0xFFFFFFFFFFFFFFFFL') }
    run(1060) { Eval.me('0x1FL') }
    run(1061) { Eval.me('0x1FG') }
    run(1062) { Eval.me('0b101') }
    run(1063) { Eval.me('0B101L') }
    run(1064) { Eval.me('017') }
    run(1065) { Eval.me('017L') }
    run(1066) { Eval.me('00') }
    run(1067) { Eval.me('0') }
    run(1068) { Eval.me('1_000_000') }
    run(1069) { Eval.me('0x1_F') }
    run(1070) { Eval.me('1.5') }
    run(1071) { Eval.me('1.50') }
    run(1072) { Eval.me('1.5d') }
    run(1073) { Eval.me('1.5D') }
    run(1074) { Eval.me('1d') }
    run(1075) { Eval.me('1D') }
    run(1076) { Eval.me('1f') }
    run(1077) { Eval.me('1.5f') }
    run(1078) { Eval.me('1.5F') }
    run(1079) { Eval.me('0.1f') }
    run(1080) { Eval.me('1e3') }
    run(1081) { Eval.me('1E-2') }
    run(1082) { Eval.me('1.5e3') }
    run(1083) { Eval.me('1.5e+3') }
    run(1084) { Eval.me('1.5G') }
    run(1085) { Eval.me('1.5g') }
    run(1086) { Eval.me('1e3d') }
    run(1087) { Eval.me('1e3f') }
    run(1088) { Eval.me('1e3G') }
    run(1089) { Eval.me('1_0.5_0') }
    run(1090) { Eval.me('017d') }
    run(1091) { Eval.me('09d') }
    run(1092) { Eval.me('09.5') }
    run(1093) { Eval.me('0.0') }
    run(1094) { Eval.me('1e400d') }
    run(1095) { Eval.me('1e-400d') }
    run(1096) { Eval.me('-1.5') }
    run(1097) { Eval.me('-0.0') }
    run(1098) { Eval.me('-0.0f') }
    run(1099) { Eval.me('-0.0d') }
    run(1100) { Eval.me('-1.5f') }
    run(1101) { Eval.me('100.0e-2') }
    run(1102) { Eval.me('123456789.123f') }
    run(1103) { Eval.me('3.4028235e38f') }
    run(1104) { Eval.me('1e-50f') }
    run(1105) { Eval.me('1.7976931348623157e308d') }
    run(1106) { Eval.me('1.7976931348623158e308d') }
    run(1107) { Eval.me('4.9e-324d') }
    run(1108) { Eval.me('1e39f') }
    run(1109) { Eval.me('3.4028236e38f') }
    run(1110) { Eval.me('1.4e-45f') }
    run(1111) { Eval.me('1e-46f') }
    run(1112) { Eval.me('2147483648i') }
    run(1113) { Eval.me('0x100000000i') }
    run(1114) { Eval.me('0x1_') }
    run(1115) { Eval.me('1__0') }
    run(1116) { Eval.me('0x') }
    run(1117) { Eval.me('08') }
    run(1118) { Eval.me('0b2') }
    run(1119) { Eval.me('1e') }
    run(1120) { Eval.me('1.5dd') }
    run(1121) { Eval.me('1.5L') }
    run(1122) { Eval.me('0xFFFFFFFFFFFFFFFFFFFFL') }
    run(1123) { Eval.me('9223372036854775808L') }
    run(1124) { Eval.me('-0x80000000') }
    run(1125) { Eval.me('-0x80000001') }
    run(1126) { Eval.me('-0b1') }
    run(1127) { Eval.me('0.5e-1_0') }
    run(1128) { Eval.me('1_e3') }
    run(1129) { Eval.me('-017') }
    run(1130) { Eval.me('1e2147483648') }
    run(1131) { Eval.me('12345678901234567890123456789012345678901234567890') }
}
part0()
part1()
part2()
