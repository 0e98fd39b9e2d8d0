package org.normative.publish.view;

import java.util.Locale;
import java.util.Map;

/**
 * The fixed words that every printed edition (HTML, PDF, Word) puts around the standard's own
 * text: headings of the parts, column heads, names of relation kinds and statuses, in the
 * edition's language. English and Chinese are provided; any other language gets English. Every
 * format takes them from here ({@link EditionView#captions()}) so that the editions read alike.
 */
public final class Captions {

    private static final Captions ENGLISH = new Captions("en", Map.ofEntries(
            Map.entry("contents", "Contents"),
            Map.entry("version", "Version"),
            Map.entry("status", "Status"),
            Map.entry("issued", "Issued"),
            Map.entry("publisher", "Publisher"),
            Map.entry("license", "License"),
            Map.entry("identifier", "Identifier"),
            Map.entry("edition", "Edition"),
            Map.entry("language", "Language"),
            Map.entry("principles", "Principles"),
            Map.entry("tiers", "Tier scheme"),
            Map.entry("tier", "Tier"),
            Map.entry("level", "Level"),
            Map.entry("name", "Name"),
            Map.entry("description", "Description"),
            Map.entry("definition", "Core definition"),
            Map.entry("scope", "Scope"),
            Map.entry("criteria", "Criteria"),
            Map.entry("relations", "Relations"),
            Map.entry("profiles", "Profiles"),
            Map.entry("profile", "Profile"),
            Map.entry("role", "Role"),
            Map.entry("target", "Competency"),
            Map.entry("target-tier", "Target tier"),
            Map.entry("glossary", "Glossary"),
            Map.entry("term", "Term"),
            Map.entry("releases", "Release history"),
            Map.entry("date", "Date"),
            Map.entry("summary", "Summary"),
            Map.entry("deprecated", "Deprecated"),
            Map.entry("replaced-by", "Replaced by"),
            Map.entry("no-criteria", "No criteria at this tier."),
            Map.entry("radar", "Competency radar"),
            Map.entry("statistics", "%d roles, %d dimensions, %d key competency points, %d criteria"),
            Map.entry("changes", "Changes since %s"),
            Map.entry("changes.calls-for", "These changes call for a new %s version."),
            Map.entry("changes.major", "Breaking changes"),
            Map.entry("changes.minor", "Additions"),
            Map.entry("changes.patch", "Corrections"),
            Map.entry("changes.none", "Other changes"),
            Map.entry("semver.major", "major"),
            Map.entry("semver.minor", "minor"),
            Map.entry("semver.patch", "patch"),
            Map.entry("element", "Element"),
            Map.entry("change", "Change"),
            Map.entry("no-changes", "No changes."),
            Map.entry("relation.requires", "Requires"),
            Map.entry("relation.related", "Related to"),
            Map.entry("relation.aligns-with", "Aligns with"),
            Map.entry("status.draft", "Draft"),
            Map.entry("status.candidate", "Candidate"),
            Map.entry("status.approved", "Approved"),
            Map.entry("status.published", "Published"),
            Map.entry("status.superseded", "Superseded"),
            Map.entry("status.withdrawn", "Withdrawn"),
            Map.entry("status.active", "Active"),
            Map.entry("status.deprecated", "Deprecated")));

    private static final Captions CHINESE = new Captions("zh", Map.ofEntries(
            Map.entry("contents", "目录"),
            Map.entry("version", "版本"),
            Map.entry("status", "状态"),
            Map.entry("issued", "发布日期"),
            Map.entry("publisher", "发布机构"),
            Map.entry("license", "许可"),
            Map.entry("identifier", "标识"),
            Map.entry("edition", "版本说明"),
            Map.entry("language", "语言"),
            Map.entry("principles", "原则"),
            Map.entry("tiers", "等级体系"),
            Map.entry("tier", "等级"),
            Map.entry("level", "级别"),
            Map.entry("name", "名称"),
            Map.entry("description", "说明"),
            Map.entry("definition", "核心定义"),
            Map.entry("scope", "范围"),
            Map.entry("criteria", "评价标准"),
            Map.entry("relations", "关联"),
            Map.entry("profiles", "能力画像"),
            Map.entry("profile", "能力画像"),
            Map.entry("role", "角色"),
            Map.entry("target", "能力项"),
            Map.entry("target-tier", "目标等级"),
            Map.entry("glossary", "术语表"),
            Map.entry("term", "术语"),
            Map.entry("releases", "发布历史"),
            Map.entry("date", "日期"),
            Map.entry("summary", "摘要"),
            Map.entry("deprecated", "已废弃"),
            Map.entry("replaced-by", "替代为"),
            Map.entry("no-criteria", "此等级无评价标准。"),
            Map.entry("radar", "能力雷达图"),
            Map.entry("statistics", "%d 个角色，%d 个维度，%d 个关键能力点，%d 条评价标准"),
            Map.entry("changes", "自 %s 以来的变更"),
            Map.entry("changes.calls-for", "这些变更需要新的%s版本。"),
            Map.entry("changes.major", "不兼容的变更"),
            Map.entry("changes.minor", "新增"),
            Map.entry("changes.patch", "修正"),
            Map.entry("changes.none", "其他变更"),
            Map.entry("semver.major", "主"),
            Map.entry("semver.minor", "次"),
            Map.entry("semver.patch", "修订"),
            Map.entry("element", "条目"),
            Map.entry("change", "变更"),
            Map.entry("no-changes", "无变更。"),
            Map.entry("relation.requires", "前置要求"),
            Map.entry("relation.related", "相关"),
            Map.entry("relation.aligns-with", "对齐"),
            Map.entry("status.draft", "草案"),
            Map.entry("status.candidate", "候选"),
            Map.entry("status.approved", "已批准"),
            Map.entry("status.published", "已发布"),
            Map.entry("status.superseded", "已被取代"),
            Map.entry("status.withdrawn", "已撤销"),
            Map.entry("status.active", "有效"),
            Map.entry("status.deprecated", "已废弃")));

    private final String language;
    private final Map<String, String> words;

    private Captions(String language, Map<String, String> words) {
        this.language = language;
        this.words = words;
    }

    /** The captions for {@code language} (a BCP 47 tag): Chinese for {@code zh} and its variants, else English. */
    public static Captions of(String language) {
        String primary = language == null ? "" : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return primary.equals("zh") ? CHINESE : ENGLISH;
    }

    /** The language the captions are written in ({@code en} or {@code zh}). */
    public String language() {
        return language;
    }

    /** The caption named {@code key}; the key itself if there is none (a programming error, visible in the edition). */
    public String get(String key) {
        return words.getOrDefault(key, ENGLISH.words.getOrDefault(key, key));
    }

    /** The name of a relation kind ({@code requires}, {@code related}, {@code aligns-with}). */
    public String relation(String kind) {
        return get("relation." + kind);
    }

    /** The name of a standard's or a point's status ({@code published}, {@code deprecated}, ...). */
    public String status(String status) {
        return get("status." + status);
    }

    /** "Page 3 of 12" in the words of the language, with the numbers as given (e.g. CSS counters). */
    public String pageOf(String page, String pages) {
        return language.equals("zh") ? "第 " + page + " 页，共 " + pages + " 页" : "Page " + page + " of " + pages;
    }

    /** A figure's caption: its kind and what it shows ({@code Competency radar: 1 AI Product Manager}). */
    public String figure(String kind, String subject) {
        return get(kind) + (language.equals("zh") ? "：" : ": ") + subject;
    }

    /** "Changes since 1.0.0". */
    public String changesSince(String version) {
        return String.format(Locale.ROOT, get("changes"), version);
    }

    /** The size of the standard in words. */
    public String statistics(EditionView.Statistics statistics) {
        return String.format(Locale.ROOT, get("statistics"), statistics.roles(), statistics.dimensions(), statistics.points(),
                statistics.criteria());
    }
}
