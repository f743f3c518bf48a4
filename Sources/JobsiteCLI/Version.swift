/// The jobsite release, printed by `jobsite --version`. The one place it is written: a release
/// is tagged `v<version>` from it.
public let jobsiteVersion = "0.3.0"
