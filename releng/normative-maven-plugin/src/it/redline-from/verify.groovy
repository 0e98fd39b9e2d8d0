// The Word redline edition sits beside the clean one and marks the reworded tier-2 criterion as tracked changes.
import java.util.zip.ZipFile

def clean = new File(basedir, 'target/editions/acme.demo-1.0.0.docx')
def redline = new File(basedir, 'target/editions/acme.demo-1.0.0-redline.docx')
assert clean.isFile() : "no edition ${clean}"
assert redline.isFile() : "no redline edition ${redline}"
def xml = { File f -> def zip = new ZipFile(f); try { zip.getInputStream(zip.getEntry('word/document.xml')).getText('UTF-8') } finally { zip.close() } }
def marked = xml(redline)
def deletions = (marked =~ /<w:del [^>]*w:author="Demo Committee"[^>]*>(.*?)<\/w:del>/).collect { it[1] }
def insertions = (marked =~ /<w:ins [^>]*w:author="Demo Committee"[^>]*>(.*?)<\/w:ins>/).collect { it[1] }
assert deletions.any { it.contains('<w:delText') && it.contains('flowchart') } : deletions
assert insertions.any { it.contains('clickable') } : insertions
assert !deletions.any { it.contains('<w:t>') || it.contains('<w:t ') }
assert !xml(clean).contains('<w:del ')
assert new File(basedir, 'build.log').getText('UTF-8').contains('BUILD SUCCESS')
return true
