// The Word, HTML and PDF redline editions sit beside the clean ones and mark the reworded tier-2 criterion:
// Word as tracked changes, HTML (and the PDF made from the same XHTML) with <del> and <ins>.
import java.util.zip.ZipFile

def editions = new File(basedir, 'target/editions')
for (ext in ['docx', 'html', 'pdf']) {
    assert new File(editions, "acme.demo-1.0.0.${ext}").isFile() : "no edition .${ext}"
    assert new File(editions, "acme.demo-1.0.0-redline.${ext}").isFile() : "no redline edition .${ext}"
}
def clean = new File(editions, 'acme.demo-1.0.0.docx')
def redline = new File(editions, 'acme.demo-1.0.0-redline.docx')
def xml = { File f -> def zip = new ZipFile(f); try { zip.getInputStream(zip.getEntry('word/document.xml')).getText('UTF-8') } finally { zip.close() } }
def marked = xml(redline)
def deletions = (marked =~ /<w:del [^>]*w:author="Demo Committee"[^>]*>(.*?)<\/w:del>/).collect { it[1] }
def insertions = (marked =~ /<w:ins [^>]*w:author="Demo Committee"[^>]*>(.*?)<\/w:ins>/).collect { it[1] }
assert deletions.any { it.contains('<w:delText') && it.contains('flowchart') } : deletions
assert insertions.any { it.contains('clickable') } : insertions
assert !deletions.any { it.contains('<w:t>') || it.contains('<w:t ') }
assert !xml(clean).contains('<w:del ')

def html = new File(editions, 'acme.demo-1.0.0-redline.html').getText('UTF-8')
assert html.contains('<del datetime="2026-01-15">a flowchart</del>') : 'the deleted words in <del>'
assert html.contains('<ins datetime="2026-01-15">user flows</ins>') : 'the inserted words in <ins>'
assert html.contains('class="redline-legend"')
assert !new File(editions, 'acme.demo-1.0.0.html').getText('UTF-8').contains('<del')
assert new File(editions, 'acme.demo-1.0.0-redline.pdf').bytes.length > 1000
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('acme.demo-1.0.0-redline.pdf')
assert log.contains('BUILD SUCCESS')
return true
