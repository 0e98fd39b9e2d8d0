package org.normative.publish.docx;

/**
 * The styles, fonts and page geometry of the Word edition. The headings carry Word's built-in
 * style names ({@code heading 1} to {@code heading 3}) and outline levels, so that Word's
 * navigation pane, LibreOffice's navigator and the table of contents find them; the table of
 * contents uses the built-in {@code toc 1} to {@code toc 3}.
 */
final class Styles {

    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    static final String TOC_HEADING = "TOCHeading";
    static final String TOC_1 = "TOC1";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEAD = "TableHead";
    static final String CAPTION = "Caption";
    static final String FIGURE = "Figure";
    static final String COVER_META = "CoverMeta";
    static final String NOTE = "Note";

    /** The Latin font (LibreOffice uses the metric-compatible Carlito where Calibri is missing). */
    static final String FONT = "Calibri";
    /** The East Asian font, with names Word knows on systems without it (see the font table). */
    static final String EAST_ASIAN_FONT = "Noto Sans SC";
    static final String[] EAST_ASIAN_ALTERNATIVES = {"Microsoft YaHei", "SimSun"};

    /** A4 in twentieths of a point, with 2.5 cm margins. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN = 1418;
    static final int HEADER_DISTANCE = 709;
    /** The width of the text between the margins. */
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    private static final String DARK = "1F3864";
    private static final String MID = "2F5496";
    private static final String GREY = "595959";

    private Styles() {
    }

    /** The heading style of outline level 1 to 3. */
    static String heading(int level) {
        return "Heading" + level;
    }

    static String toc(int level) {
        return "TOC" + level;
    }

    /**
     * {@code styles.xml}: the document defaults (fonts, size, the languages of the text) and every
     * style the edition uses. {@code eastAsianLanguage} is {@code zh-CN} for a Chinese edition, else {@code null}.
     */
    static String stylesXml(String language, String eastAsianLanguage) {
        StringBuilder lang = new StringBuilder("<w:lang");
        if (language != null) {
            lang.append(" w:val=\"").append(language).append('"');
        }
        if (eastAsianLanguage != null) {
            lang.append(" w:eastAsia=\"").append(eastAsianLanguage).append('"');
        }
        lang.append("/>");
        return """
                <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                <w:docDefaults>
                <w:rPrDefault><w:rPr><w:rFonts w:ascii="%1$s" w:hAnsi="%1$s" w:eastAsia="%2$s" w:cs="%1$s"/>\
                <w:sz w:val="21"/><w:szCs w:val="21"/>%3$s</w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
                </w:docDefaults>
                <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
                <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>\
                <w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
                <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>\
                <w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>\
                <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
                <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>\
                <w:semiHidden/><w:unhideWhenUsed/></w:style>
                <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
                <w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:pBdr><w:top w:val="single" w:sz="24" w:space="18" w:color="%4$s"/></w:pBdr>\
                <w:spacing w:before="0" w:after="360" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/><w:outlineLvl w:val="9"/></w:pPr><w:rPr><w:b/><w:color w:val="%4$s"/><w:kern w:val="28"/>\
                <w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
                <w:uiPriority w:val="11"/><w:qFormat/><w:pPr><w:spacing w:after="720"/><w:jc w:val="left"/></w:pPr><w:rPr>\
                <w:color w:val="%5$s"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
                <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\
                <w:pBdr><w:bottom w:val="single" w:sz="8" w:space="4" w:color="%5$s"/></w:pBdr>\
                <w:spacing w:before="480" w:after="240" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/><w:outlineLvl w:val="0"/></w:pPr>\
                <w:rPr><w:b/><w:color w:val="%4$s"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>\
                <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\
                <w:spacing w:before="400" w:after="160" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/><w:outlineLvl w:val="1"/></w:pPr>\
                <w:rPr><w:b/><w:color w:val="%5$s"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>\
                <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\
                <w:spacing w:before="320" w:after="120" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/><w:outlineLvl w:val="2"/></w:pPr>\
                <w:rPr><w:b/><w:color w:val="%4$s"/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/>\
                <w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
                <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
                <w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="%6$d"/></w:tabs>\
                <w:spacing w:before="160" w:after="40"/><w:jc w:val="left"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
                <w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
                <w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="%6$d"/></w:tabs>\
                <w:spacing w:after="20"/><w:ind w:left="284"/><w:jc w:val="left"/></w:pPr></w:style>
                <w:style w:type="paragraph" w:styleId="TOC3"><w:name w:val="toc 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
                <w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="%6$d"/></w:tabs>\
                <w:spacing w:after="0"/><w:ind w:left="567"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>\
                <w:unhideWhenUsed/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="A6A6A6"/></w:pBdr>\
                <w:tabs><w:tab w:val="right" w:pos="%6$d"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>\
                <w:jc w:val="left"/></w:pPr><w:rPr><w:color w:val="%7$s"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>\
                <w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>\
                <w:rPr><w:color w:val="%7$s"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>\
                <w:qFormat/><w:pPr><w:spacing w:before="0" w:after="60" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr>\
                <w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableHead"><w:name w:val="Table Heading"/><w:basedOn w:val="TableText"/>\
                <w:qFormat/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:color w:val="%4$s"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:customStyle="1" w:styleId="CoverMeta"><w:name w:val="Cover Metadata"/><w:basedOn w:val="Normal"/>\
                <w:pPr><w:spacing w:before="0" w:after="80" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr>\
                <w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:customStyle="1" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/>\
                <w:pPr><w:spacing w:before="60" w:after="60"/><w:jc w:val="left"/></w:pPr><w:rPr><w:color w:val="%7$s"/>\
                <w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
                <w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr>\
                <w:rPr><w:i/><w:color w:val="%7$s"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:customStyle="1" w:styleId="Figure"><w:name w:val="Figure"/><w:basedOn w:val="Normal"/>\
                <w:next w:val="Caption"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="60" w:line="240" w:lineRule="auto"/>\
                <w:jc w:val="center"/></w:pPr></w:style>
                <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/>\
                <w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="%5$s"/></w:rPr></w:style>
                </w:styles>
                """.formatted(FONT, EAST_ASIAN_FONT, lang, DARK, MID, TEXT_WIDTH, GREY);
    }

    /**
     * {@code fontTable.xml}: the fonts with their families and character sets, and for the East
     * Asian font the names of Chinese fonts that Word has where it is not installed.
     */
    static String fontTableXml() {
        return """
                <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                <w:font w:name="%1$s"><w:panose1 w:val="020F0502020204030204"/><w:charset w:val="00"/><w:family w:val="swiss"/>\
                <w:pitch w:val="variable"/></w:font>
                <w:font w:name="%2$s"><w:altName w:val="%3$s"/><w:charset w:val="86"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>
                <w:font w:name="%4$s"><w:charset w:val="86"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>
                <w:font w:name="%5$s"><w:altName w:val="宋体"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>
                </w:fonts>
                """.formatted(FONT, EAST_ASIAN_FONT, String.join(",", EAST_ASIAN_ALTERNATIVES), EAST_ASIAN_ALTERNATIVES[0],
                EAST_ASIAN_ALTERNATIVES[1]);
    }
}
