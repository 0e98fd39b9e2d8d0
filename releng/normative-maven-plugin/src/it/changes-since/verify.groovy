// The JSON edition ends with the annex: one reworded tier-2 criterion, referring to its point.
import groovy.json.JsonSlurper

def edition = new File(basedir, 'target/editions/acme.demo-1.0.0.json')
assert edition.isFile() : "no edition ${edition}"
def json = new JsonSlurper().parse(edition, 'UTF-8')
assert json.changes.since == '1.0.0'
assert json.changes.semver == 'patch'
assert json.changes.changes.size() == 1
def change = json.changes.changes[0]
assert change.kind == 'criterion-reworded'
assert change.tier == 2
assert change.headline == 'Tier 2 criterion reworded'
assert change.target.id == 'PM.foundations.core-product'
assert change.after.contains('clickable prototype')
assert new File(basedir, 'build.log').getText('UTF-8').contains('BUILD SUCCESS')
return true
