class Version implements Comparable<Version> {
    int major
    int minor
    int compareTo(Version o) { major <=> o.major ?: minor <=> o.minor }
    String toString() { "${major}.${minor}" }
}
def v1 = new Version(major: 1, minor: 2)
def v2 = new Version(major: 1, minor: 2)
def v3 = new Version(major: 2, minor: 0)
println v1 == v2
println v1.equals(v2)
println v1 < v3
println v3 >= v1
println([v3, v1, v2].sort())
println([v3, v1].max())
