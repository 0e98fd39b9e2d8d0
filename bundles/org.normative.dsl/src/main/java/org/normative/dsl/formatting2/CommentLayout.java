package org.normative.dsl.formatting2;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.CommentReplacer;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;

/**
 * The layout of the whitespace around comments, replacing Xtext's defaults, which change the text
 * of comments (exactly one space after {@code //}, {@code " * "} put at the start of the lines of a
 * block comment), keep {@code //} comments of column 0 at column 0 whatever the indentation, and
 * indent a comment that precedes a closing brace like the brace instead of like the block's content.
 * <ul>
 * <li>The text of a comment is never changed.</li>
 * <li>A comment that follows a token on the same line stays there, after one space.</li>
 * <li>A comment on a line of its own is indented like the line that follows it (or like the block's
 * content, before a closing brace); the blank lines before the next declaration go before its
 * comments, and at most one blank line is kept between or after such comments (none before a
 * closing brace).</li>
 * <li>A token that follows a comment of a line of its own on the same line moves to the next line.</li>
 * </ul>
 */
final class CommentLayout {

    private CommentLayout() {
    }

    /** Keeps the comment's text as it is; the whitespace around it is set by {@link HiddenRegion}. */
    static final class VerbatimComment extends CommentReplacer {

        VerbatimComment(IComment comment) {
            super(comment);
        }

        @Override
        public ITextReplacerContext createReplacements(ITextReplacerContext context) {
            return context;
        }

        @Override
        public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
        }
    }

    /** A hidden region with comments: the whitespace parts between them laid out as described above. */
    static final class HiddenRegion extends HiddenRegionReplacer {

        HiddenRegion(IHiddenRegion region, IHiddenRegionFormatting formatting) {
            super(region, formatting);
        }

        @Override
        protected void applyHiddenRegionFormatting(List<ITextReplacer> replacers) {
            IHiddenRegionFormatting region = getFormatting();
            // replacers alternate: whitespace, comment, whitespace, ..., comment, whitespace
            List<WhitespaceReplacer> spaces = new ArrayList<>();
            List<IComment> comments = new ArrayList<>();
            for (ITextReplacer replacer : replacers) {
                if (replacer instanceof WhitespaceReplacer space) {
                    spaces.add(space);
                } else {
                    comments.add(((CommentReplacer) replacer).getComment());
                }
            }
            int count = comments.size();
            // the first comment on a line of its own, or count if all comments follow a token on its line
            int firstOwnLine = count;
            for (int i = 0; i < count; i++) {
                ITextSegment before = spaces.get(i).getRegion();
                boolean ownLine = before.getOffset() == 0 || before.getText().indexOf('\n') >= 0
                        || (i > 0 && endsLine(comments.get(i - 1)));
                if (ownLine) {
                    firstOwnLine = i;
                    break;
                }
            }
            ISemanticRegion next = getRegion().getNextSemanticRegion();
            boolean beforeClosingBrace = next != null && "}".equals(next.getText());

            for (int i = 0; i <= count; i++) {
                IHiddenRegionFormatting space = spaces.get(i).getFormatting();
                space.setPriority(region.getPriority());
                ITextSegment text = spaces.get(i).getRegion();
                if (text.getOffset() == 0) {
                    // the start of the file
                    lines(space, 0);
                    space.setSpace("");
                } else if (i < firstOwnLine) {
                    // before a comment at the end of a line
                    lines(space, 0);
                    space.setSpace(" ");
                } else if (i == firstOwnLine && i < count) {
                    // the line break before the first comment of a line of its own: the region's own
                    lines(space, Math.max(1, firstNonNull(region.getNewLineMin(), region.getNewLineDefault(), 1)));
                } else if (i == count && firstOwnLine == count) {
                    // after comments that all end lines of tokens: the region's own layout
                    space.setNewLinesMin(region.getNewLineMin());
                    space.setNewLinesDefault(region.getNewLineDefault());
                    space.setNewLinesMax(region.getNewLineMax());
                    space.setSpace(region.getSpace());
                } else {
                    // between or after comments of lines of their own: at most one blank line
                    int newLines = text.getLineCount() - 1 + (endsLine(comments.get(i - 1)) ? 1 : 0);
                    lines(space, i == count && beforeClosingBrace ? 1 : Math.min(2, Math.max(1, newLines)));
                }
            }

            // indentation: the block's content starts at the first whitespace; a closing brace gets
            // back to its block's indentation only after the comments that precede it
            Integer increase = region.getIndentationIncrease();
            if (increase != null) {
                spaces.get(0).getFormatting().setIndentationIncrease(increase);
            }
            Integer decrease = region.getIndentationDecrease();
            if (decrease != null) {
                int atEnd = beforeClosingBrace ? 1 : 0;
                if (decrease - atEnd > 0) {
                    spaces.get(Math.min(firstOwnLine, count)).getFormatting().setIndentationDecrease(decrease - atEnd);
                }
                if (atEnd > 0) {
                    spaces.get(count).getFormatting().setIndentationDecrease(atEnd);
                }
            }
        }

        private static boolean endsLine(IComment comment) {
            return comment.getText().endsWith("\n");
        }

        private static void lines(IHiddenRegionFormatting space, int newLines) {
            space.setNewLinesMin(newLines);
            space.setNewLinesDefault(newLines);
            space.setNewLinesMax(newLines);
        }

        private static int firstNonNull(Integer first, Integer second, int otherwise) {
            return first != null ? first : second != null ? second : otherwise;
        }
    }
}
