#!/usr/bin/env python3
"""Write the Markdown equivalent of a JSON edition (normative publish --format json), for the
publishing benchmark: the same document as our Word edition (title, front matter, roles >
dimensions > points with scope and a criteria table by tier, glossary, releases), which pandoc
then turns into .docx. Only the benchmark uses it; it is not a Normative format."""
import argparse
import json
import sys


def text(value, language):
    if value is None:
        return ""
    return value.get(language) or next(iter(value.values()), "")


def cell(value):
    return value.replace("|", "\\|").replace("\n", " ")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("edition", help="the JSON edition")
    parser.add_argument("--out", help="the Markdown file (default: stdout)")
    args = parser.parse_args()
    with open(args.edition, encoding="utf-8") as f:
        edition = json.load(f)
    lang = edition["language"]
    tiers = {t["level"]: text(t["name"], lang) for t in edition["tiers"]}
    lines = []
    meta = edition["metadata"]
    lines += ["---", "title: " + json.dumps(text(meta.get("title"), lang), ensure_ascii=False),
              "subtitle: " + json.dumps("Version " + edition["version"] + ", " + meta["status"]), "---", ""]
    for section in edition["sections"]:
        lines += ["# " + text(section["title"], lang), ""]
        for paragraph in section["paragraphs"]:
            lines += [text(paragraph, lang), ""]
    if edition["principles"]:
        lines += ["# Principles", ""]
        for principle in edition["principles"]:
            lines += ["**" + text(principle["title"], lang) + ".** " + text(principle.get("body"), lang), ""]
    for role in edition["roles"]:
        lines += ["# " + role["number"] + " " + text(role["title"], lang), ""]
        if role.get("description"):
            lines += [text(role["description"], lang), ""]
        for dimension in role["dimensions"]:
            lines += ["## " + dimension["number"] + " " + text(dimension["title"], lang), ""]
            if dimension.get("definition"):
                lines += ["*Core definition.* " + text(dimension["definition"], lang), ""]
            for point in dimension["points"]:
                lines += ["### " + point["number"] + " " + text(point["title"], lang), ""]
                if point.get("scope"):
                    lines += ["*Scope.* " + text(point["scope"], lang), ""]
                lines += ["| Tier | Criterion |", "| --- | --- |"]
                for criterion in point["criteria"]:
                    tier = criterion["tier"]
                    lines.append("| " + cell(str(tier) + " " + tiers.get(tier, "")) + " | "
                                 + cell(text(criterion["statement"], lang)) + " |")
                lines.append("")
    if edition["glossary"]:
        lines += ["# Glossary", ""]
        for term in edition["glossary"]:
            lines += ["**" + text(term["title"], lang) + "**: " + text(term.get("definition"), lang), ""]
    if edition["releases"]:
        lines += ["# Release history", "", "| Version | Date | Summary |", "| --- | --- | --- |"]
        for release in edition["releases"]:
            lines.append("| " + release["version"] + " | " + release["date"] + " | "
                         + cell(text(release.get("summary"), lang)) + " |")
        lines.append("")
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    out.write("\n".join(lines))
    if args.out:
        out.close()


if __name__ == "__main__":
    main()
