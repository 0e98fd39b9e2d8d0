// The editions are written by the publish goal (phase package), and the standard is validated
// twice (by publish, then by validate in phase verify), each time ending with the CLI's summary line.
def editions = new File(basedir, 'target/editions')
def edition = new File(editions, 'apd.ai-competency-1.0.0.json')
assert edition.isFile() : "no edition ${edition}"
assert new File(editions, 'apd.ai-competency-1.0.0-zh.json').isFile()
assert new File(editions, 'normative-edition.schema.json').isFile()
// the Word editions too
assert new File(editions, 'apd.ai-competency-1.0.0.docx').isFile()
assert new File(editions, 'apd.ai-competency-1.0.0-zh.docx').isFile()
assert edition.getText('UTF-8').contains('apd.ai-competency.AIPM.foundations.core-product')

def log = new File(basedir, 'build.log').getText('UTF-8')
def summary = '[INFO] 2 roles, 14 dimensions, 69 points, 207 criteria: 0 errors, 0 warnings'
assert log.contains(summary) : "no summary line in build.log"
assert log.count(summary) == 2 : "expected the summary of publish and of validate"
assert log.contains(':publish (publish) @ publish-example ---')
assert log.contains(':validate (validate) @ publish-example ---')
assert log.contains('[INFO] Wrote ') && log.contains('apd.ai-competency-1.0.0-zh.json')
assert log.contains('BUILD SUCCESS')
// POI's Log4j API finds its provider (log4j-to-slf4j): no complaint in the build's log
assert !log.contains('could not find a logging provider')
return true
