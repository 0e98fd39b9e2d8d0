// publish (phase package) validates first and fails the build: the finding as the CLI prints it
// (relative to the folder Maven runs in), the summary, a failure naming the count, no edition.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[tier-coverage]')
def finding = ~/\[ERROR\] (\S*\/)?src\/main\/standard\/standard\.norm:12:19: error: \[tier-coverage\] Point 'compile' has no criterion at tier 3 \(Expert\)/
assert finding.matcher(log).find() : "no finding line in build.log"
assert log.contains('[INFO] 1 role, 1 dimension, 1 point, 2 criteria: 1 error, 0 warnings')
assert log.contains('has 1 error: not published: see the findings above')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/editions').exists()
return true
