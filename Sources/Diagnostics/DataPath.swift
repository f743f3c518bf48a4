/// How messages name a place in a YAML or JSON document: keys joined with `.`, list items by
/// their index from 0 in brackets (`locations[0].country` is the first location's country), as
/// yq and jq paths and JSON Pointer count them (`yq '.locations[0].country' file` reads it,
/// with the leading `.` those tools ask for).
/// Every message that names an item of a list makes its path here.
public enum DataPath {
    /// `key` inside the mapping at `path` (`salary` + `min` → `salary.min`; the top is `""`).
    public static func key(_ key: String, in path: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    /// The item at `index` (0 for the first) of the list at `path`: `locations[0]`.
    public static func item(_ index: Int, in path: String) -> String {
        "\(path)[\(index)]"
    }
}
