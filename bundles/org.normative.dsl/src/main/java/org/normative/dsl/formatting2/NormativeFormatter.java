package org.normative.dsl.formatting2;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.normative.model.Criterion;
import org.normative.model.Dimension;
import org.normative.model.Point;
import org.normative.model.Principle;
import org.normative.model.Profile;
import org.normative.model.ProfileTarget;
import org.normative.model.Relation;
import org.normative.model.Release;
import org.normative.model.Role;
import org.normative.model.Section;
import org.normative.model.Standard;
import org.normative.model.StandardPart;
import org.normative.model.Term;
import org.normative.model.Text;
import org.normative.model.Tier;
import org.normative.model.TierScheme;
import org.normative.model.Translation;

/**
 * The canonical layout of a {@code .norm} file, as in the language's sample: one statement per
 * line, blocks indented by one level, a blank line between declarations (sections, principles,
 * tiers, roles, dimensions, points, profiles, terms, releases; consecutive releases form one list),
 * the body of a principle or term on a continuation line one level deeper, single spaces between
 * the tokens of a line ({@code "Title" @zh "标题"}, {@code languages en, zh}). Comments are kept as
 * written, laid out as described in {@link CommentLayout}; strings are never changed. Formatting is
 * idempotent.
 */
public class NormativeFormatter extends AbstractJavaFormatter {

    protected void format(Standard standard, IFormattableDocument doc) {
        startAndEndOfFile(standard, doc);
        spaceTokens(standard, doc);
        block(standard, doc);
        for (String keyword : new String[] {"title", "publisher", "status", "issued", "languages", "license"}) {
            regionFor(standard).keywords(keyword).forEach(region -> newLine(region, doc));
        }
        regionFor(standard).keywords(",").forEach(comma -> doc.prepend(comma, it -> it.noSpace()));
        standard.getSections().forEach(child -> declaration(child, doc));
        standard.getPrinciples().forEach(child -> declaration(child, doc));
        declaration(standard.getTierScheme(), doc);
        standard.getRoles().forEach(child -> declaration(child, doc));
        standard.getProfiles().forEach(child -> declaration(child, doc));
        standard.getTerms().forEach(child -> declaration(child, doc));
        for (Release release : standard.getReleases()) {
            // consecutive releases form one list; the first one starts a paragraph
            IHiddenRegion before = getTextRegionAccess().regionForEObject(release).getPreviousHiddenRegion();
            ISemanticRegion previous = before.getPreviousSemanticRegion();
            if (previous != null && EcoreUtil2.getContainerOfType(previous.getSemanticElement(), Release.class) != null) {
                statement(release, doc);
            } else {
                declaration(release, doc);
            }
        }
        formatChildren(standard, doc);
    }

    protected void format(StandardPart part, IFormattableDocument doc) {
        startAndEndOfFile(part, doc);
        spaceTokens(part, doc);
        part.getRoles().forEach(child -> declaration(child, doc));
        part.getProfiles().forEach(child -> declaration(child, doc));
        part.getTerms().forEach(child -> declaration(child, doc));
        formatChildren(part, doc);
    }

    protected void format(Section section, IFormattableDocument doc) {
        block(section, doc);
        section.getParagraphs().forEach(paragraph -> statement(paragraph, doc));
        formatChildren(section, doc);
    }

    protected void format(Principle principle, IFormattableDocument doc) {
        continuation(principle.getBody(), doc);
        formatChildren(principle, doc);
    }

    protected void format(Term term, IFormattableDocument doc) {
        continuation(term.getDefinition(), doc);
        formatChildren(term, doc);
    }

    protected void format(TierScheme scheme, IFormattableDocument doc) {
        block(scheme, doc);
        scheme.getTiers().forEach(tier -> statement(tier, doc));
        formatChildren(scheme, doc);
    }

    protected void format(Role role, IFormattableDocument doc) {
        block(role, doc);
        regionFor(role).keywords("description").forEach(region -> newLine(region, doc));
        role.getDimensions().forEach(child -> declaration(child, doc));
        formatChildren(role, doc);
    }

    protected void format(Dimension dimension, IFormattableDocument doc) {
        block(dimension, doc);
        regionFor(dimension).keywords("definition").forEach(region -> newLine(region, doc));
        dimension.getPoints().forEach(child -> declaration(child, doc));
        formatChildren(dimension, doc);
    }

    protected void format(Point point, IFormattableDocument doc) {
        block(point, doc);
        for (String keyword : new String[] {"status", "replaced-by", "scope"}) {
            regionFor(point).keywords(keyword).forEach(region -> newLine(region, doc));
        }
        point.getCriteria().forEach(criterion -> statement(criterion, doc));
        point.getRelations().forEach(relation -> statement(relation, doc));
        formatChildren(point, doc);
    }

    protected void format(Profile profile, IFormattableDocument doc) {
        block(profile, doc);
        profile.getTargets().forEach(target -> statement(target, doc));
        formatChildren(profile, doc);
    }

    protected void format(Text text, IFormattableDocument doc) {
        formatChildren(text, doc);
    }

    protected void format(Translation translation, IFormattableDocument doc) {
        // "Title" @zh "标题": no space between '@' and the language (the '@' is the translation's)
        regionFor(translation).keywords("@").forEach(at -> doc.append(at, it -> it.noSpace()));
    }

    protected void format(Criterion criterion, IFormattableDocument doc) {
        formatChildren(criterion, doc);
    }

    protected void format(Tier tier, IFormattableDocument doc) {
        formatChildren(tier, doc);
    }

    protected void format(Release release, IFormattableDocument doc) {
        formatChildren(release, doc);
    }

    protected void format(Relation relation, IFormattableDocument doc) {
    }

    protected void format(ProfileTarget target, IFormattableDocument doc) {
    }

    // ------------------------------------------------------------------ comments

    /** Comments are kept as they are written; see {@link CommentLayout}. */
    @Override
    public ITextReplacer createCommentReplacer(IComment comment) {
        return new CommentLayout.VerbatimComment(comment);
    }

    /** The whitespace around comments; see {@link CommentLayout}. */
    @Override
    public ITextReplacer createHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
        return new CommentLayout.HiddenRegion(region, formatting);
    }

    // ------------------------------------------------------------------ layout helpers

    /**
     * The file starts with its first comment or token, without blank lines or indentation before
     * it, and ends with a line break (also when a model is saved formatted).
     */
    private void startAndEndOfFile(EObject root, IFormattableDocument doc) {
        IEObjectRegion region = getTextRegionAccess().regionForEObject(root);
        IHiddenRegion start = region.getPreviousHiddenRegion();
        if (start != null && start.getPreviousSemanticRegion() == null) {
            doc.set(start, it -> it.noSpace());
        }
        IHiddenRegion end = region.getNextHiddenRegion();
        if (end != null && end.getNextSemanticRegion() == null) {
            doc.set(end, it -> it.newLine());
        }
    }

    /** Single spaces between all tokens, unless a more specific rule says otherwise. */
    private void spaceTokens(EObject root, IFormattableDocument doc) {
        IEObjectRegion region = getTextRegionAccess().regionForEObject(root);
        for (ISemanticRegion token : region.getAllSemanticRegions()) {
            if (token.getNextSemanticRegion() != null) {
                doc.append(token, it -> {
                    it.oneSpace();
                    it.lowPriority();
                });
            }
        }
    }

    /** Content between '{' and '}' indented, each brace ending or starting a line. */
    private void block(EObject object, IFormattableDocument doc) {
        ISemanticRegion open = regionFor(object).keyword("{");
        ISemanticRegion close = regionFor(object).keyword("}");
        if (open == null || close == null) {
            return;
        }
        doc.interior(open, close, it -> it.indent());
        doc.append(open, it -> it.newLine());
        doc.prepend(close, it -> it.newLine());
    }

    /** A declaration starts a new paragraph: a blank line before it, unless it opens a block. */
    private void declaration(EObject object, IFormattableDocument doc) {
        if (object == null) {
            return;
        }
        IHiddenRegion before = getTextRegionAccess().regionForEObject(object).getPreviousHiddenRegion();
        ISemanticRegion previous = before.getPreviousSemanticRegion();
        if (previous == null) {
            return;
        }
        if ("{".equals(previous.getText())) {
            doc.set(before, it -> it.newLine());
        } else {
            doc.set(before, it -> it.setNewLines(2));
        }
    }

    /** A statement starts a line of its own. */
    private void statement(EObject object, IFormattableDocument doc) {
        if (object == null) {
            return;
        }
        IHiddenRegion before = getTextRegionAccess().regionForEObject(object).getPreviousHiddenRegion();
        if (before.getPreviousSemanticRegion() != null && !"{".equals(before.getPreviousSemanticRegion().getText())) {
            doc.set(before, it -> it.newLine());
        }
    }

    private void newLine(ISemanticRegion keyword, IFormattableDocument doc) {
        if (keyword.getPreviousSemanticRegion() != null && !"{".equals(keyword.getPreviousSemanticRegion().getText())) {
            doc.prepend(keyword, it -> it.newLine());
        }
    }

    /** A long text that continues its declaration on the next line, one level deeper. */
    private void continuation(Text text, IFormattableDocument doc) {
        if (text == null) {
            return;
        }
        IEObjectRegion region = getTextRegionAccess().regionForEObject(text);
        doc.set(region.getPreviousHiddenRegion(), it -> it.newLine());
        doc.set(region.getPreviousHiddenRegion(), region.getNextHiddenRegion(), it -> it.indent());
    }

    private void formatChildren(EObject object, IFormattableDocument doc) {
        for (EObject child : object.eContents()) {
            doc.format(child);
        }
    }
}
