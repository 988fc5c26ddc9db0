// java.util.Arrays' range overloads and their checks, and copyOf's padding.
def t(String id, Closure c) {
    try { println "$id: ${c()}" } catch (e) { println "$id: ${e.class.simpleName}: ${e.message}" }
}
int[] nums = [5, 3, 9, 1, 7]
Arrays.sort(nums, 1, 4)
println nums
String[] words = ["pear", "fig", "apple", "kiwi"]
Arrays.sort(words, 0, 3, { a, b -> a.size() <=> b.size() } as Comparator)
println words
Arrays.fill(nums, 3, 5, 0)
println nums
t("fill bad") { Arrays.fill(nums, 4, 2, 0) }
t("fill neg") { Arrays.fill(nums, -1, 2, 0) }
t("fill end") { Arrays.fill(nums, 0, 9, 0) }
t("equals range") { Arrays.equals(nums, 0, 2, [5, 1] as int[], 0, 2) }
t("equals cmp") { Arrays.equals(["A"] as String[], ["a"] as String[], String.CASE_INSENSITIVE_ORDER) }
t("search range") { Arrays.binarySearch([1, 3, 5, 7] as int[], 1, 4, 5) }
t("search cmp") { Arrays.binarySearch(["a", "bb", "ccc"] as String[], "zz", { a, b -> a.size() <=> b.size() } as Comparator) }
t("copyOf long") { Arrays.copyOf([1L, 2L] as long[], 4) }
t("copyOf boolean") { Arrays.copyOf([true] as boolean[], 3) }
t("copyOf double") { Arrays.copyOf([2.5d] as double[], 2) }
t("copyOf char") { Arrays.copyOf("ab".toCharArray(), 3).length }
