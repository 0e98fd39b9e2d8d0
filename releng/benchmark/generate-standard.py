#!/usr/bin/env python3
"""Writes a synthetic competency standard in the .norm language, for performance measurements.

The standard has the shape of examples/ai-competency-model, scaled up: one file `standard.norm`
(id bench.synthetic: metadata, sections, principles, the 3-tier scheme, terms, a release) and one
`part of bench.synthetic` file per role. Every point has a scope of 2-3 sentences and one
criterion per tier, each opening with a distinct observable verb; some points require earlier
points of their dimension (so the prerequisite graph is acyclic) and a few are related to a point
of another role. Role, dimension, section, principle, tier and term titles carry a Chinese
translation; point titles never do. The result validates with 0 errors and 0 warnings.

The output is deterministic: the same options always give the same files, byte for byte.

Usage:
    python3 releng/benchmark/generate-standard.py --points 10000 --out target/bench/synthetic
    python3 releng/benchmark/generate-standard.py --out target/bench/synthetic-next --mutate 1 --mutation-seed 1

The second writes a next version of the same standard with about 1 % of the points changed (see
mutate()), and the changes `normative diff` must report in target/bench/synthetic-next-changes.json.

With the defaults (10 roles x 10 dimensions x 100 points) the files total about 8 MB.
"""

import argparse
import json
import os
import random
import sys

STANDARD_ID = "bench.synthetic"

ROLES = [
    ("AIPM", "AI Product Manager", "AI产品经理"),
    ("AIE", "AI Engineer", "AI工程师"),
    ("DS", "Data Scientist", "数据科学家"),
    ("MLE", "Machine Learning Engineer", "机器学习工程师"),
    ("DE", "Data Engineer", "数据工程师"),
    ("MLOPS", "MLOps Engineer", "MLOps工程师"),
    ("AISA", "AI Solution Architect", "AI解决方案架构师"),
    ("AIQE", "AI Quality Engineer", "AI质量工程师"),
    ("AIGS", "AI Governance Specialist", "AI治理专家"),
    ("AIDM", "AI Delivery Manager", "AI交付经理"),
]

# Dimension titles are "<prefix> <area>", translated as "<前缀><领域>".
DIMENSION_PREFIXES = [
    ("Foundational", "基础"), ("Applied", "应用"), ("Strategic", "战略"), ("Operational", "运营"),
    ("Responsible", "负责任"), ("Collaborative", "协作"), ("Advanced", "高级"), ("Enterprise", "企业级"),
    ("Continuous", "持续"), ("Secure", "安全"), ("Data-Driven", "数据驱动"), ("Scalable", "可扩展"),
]
DIMENSION_AREAS = [
    ("Product Thinking", "产品思维"), ("Engineering Practice", "工程实践"), ("Data Management", "数据管理"),
    ("Model Evaluation", "模型评估"), ("System Architecture", "系统架构"), ("Risk Management", "风险管理"),
    ("Value Delivery", "价值交付"), ("Stakeholder Communication", "干系人沟通"), ("Quality Assurance", "质量保障"),
    ("Platform Operations", "平台运维"), ("Prompt Engineering", "提示工程"), ("Knowledge Management", "知识管理"),
    ("Compliance and Ethics", "合规与伦理"), ("Team Leadership", "团队领导力"), ("Experimentation", "实验设计"),
]

POINT_QUALIFIERS = [
    "Continuous", "Responsible", "Scalable", "Secure", "Automated", "Cross-Team", "Evidence-Based",
    "Incremental", "Cost-Aware", "User-Centred", "Resilient", "Transparent", "Multilingual", "Real-Time",
    "Privacy-Preserving", "Reproducible", "Observable", "Domain-Specific", "Federated", "Lean",
]
POINT_OBJECTS = [
    "Model", "Data Pipeline", "Prompt", "Feature", "Release", "Experiment", "Knowledge Base",
    "Agent Workflow", "API", "Dashboard", "Dataset", "Evaluation Suite", "Roadmap", "Stakeholder",
    "Incident", "Vendor", "Retrieval", "Annotation", "Inference Service", "Feedback Loop",
    "Cost Model", "Risk Register", "Test Harness", "Deployment",
]
POINT_PRACTICES = [
    "Design", "Monitoring", "Review", "Planning", "Governance", "Optimization", "Testing",
    "Documentation", "Integration", "Validation", "Analysis", "Management", "Onboarding", "Migration",
]

DOMAINS = [
    "banking", "insurance", "retail", "logistics", "healthcare", "manufacturing", "education",
    "public-sector", "telecommunications", "energy", "media", "travel",
]
ARTIFACTS = [
    "product", "service", "internal tool", "customer-facing assistant", "analytics platform",
    "mobile application", "back-office workflow", "decision-support system",
]
CONTEXTS = [
    "the full product lifecycle", "requirements, development, deployment and iteration",
    "discovery, delivery and operations", "pilot projects and production systems",
    "single teams and multi-team programmes", "regulated and unregulated environments",
    "greenfield products and legacy estates", "internal platforms and customer-facing products",
]
CONCERNS = [
    "latency", "cost per request", "accuracy", "fairness", "privacy", "traceability", "maintainability",
    "availability", "user satisfaction", "time to market", "auditability", "energy use", "robustness",
    "explainability", "security", "data quality", "reuse", "operational risk",
]
ASPECTS = [
    "goals and success metrics", "inputs and outputs", "roles and responsibilities", "failure modes",
    "acceptance criteria", "service-level objectives", "review checkpoints", "dependencies",
    "escalation paths", "budget constraints", "versioning rules", "hand-off points", "data lineage",
    "test coverage", "approval gates", "rollback plans",
]
EVIDENCE = [
    "records the decisions in a design note", "shows a measured improvement over the baseline",
    "documents the trade-offs for the team", "presents the results to the product owner",
    "tracks the outcome over one release", "keeps the evidence in the repository",
    "reports the residual risks to stakeholders", "links each change to a measurable goal",
]
ORG_SCOPES = [
    "several product teams", "the whole organization", "a portfolio of products", "business units",
    "partner organizations", "multiple delivery streams", "a programme of related projects",
]
ORG_ARTIFACTS = [
    "standards", "guidelines", "reference patterns", "review checklists", "training programmes",
    "quality gates", "operating procedures", "maturity assessments",
]
OUTCOMES = [
    "measurably reduce rework", "shorten delivery lead time", "lower the incident rate",
    "raise the adoption rate", "improve audit results", "cut operating cost",
    "increase customer satisfaction", "reduce the time to recover from failures",
]

# Each criterion opens with an observable verb; every verb belongs to one tier only, so the three
# criteria of a point always open with distinct verbs. The rest of the sentence fits its verb.
TIER1 = [
    ("Explains", "the purpose and pitfalls of {subject} {tail}"),
    ("Describes", "how {subject} works in {a_domain_artifact}"),
    ("Outlines", "the main steps of {subject} {tail}"),
    ("Summarizes", "the goals and known limitations of {subject} {tail}"),
    ("Identifies", "the {aspect} and the typical risks of {subject} in a given case study"),
    ("Illustrates", "{subject} with an example from {a_domain_artifact}"),
    ("Lists", "the inputs, outputs and roles of {subject}"),
    ("Distinguishes", "{subject} from related practices"),
]
TIER1_TAILS = [
    "using a worked example from {a_domain_artifact}",
    "in plain language to a non-specialist audience",
    "and relates them to {concern} and {concern2}",
    "with a diagram of the {aspect} involved",
]
TIER2 = [
    ("Applies", "{subject} {tail}"),
    ("Implements", "{subject} {tail}"),
    ("Performs", "{subject} {tail}"),
    ("Carries out", "{subject} {tail}"),
    ("Delivers", "{subject} {tail}"),
    ("Practises", "{subject} {tail}"),
    ("Runs", "{subject} {tail}"),
    ("Executes", "{subject} {tail}"),
]
TIER2_TAILS = [
    "for a real {domain} {artifact} and {evidence}",
    "on a live {artifact}, balancing {concern} against {concern2}",
    "within agreed {aspect} for {a_domain_artifact} and {evidence}",
    "end to end on a production {artifact} and {evidence}",
]
TIER3 = [
    ("Leads", "{org_scope} in adopting {subject}, with {org_artifact} that {outcome}"),
    ("Coaches", "{org_scope} in {subject} and reviews their results against shared {org_artifact}"),
    ("Establishes", "{org_artifact} for {subject} across {org_scope} that {outcome}"),
    ("Sets", "the direction of {subject} for {org_scope}, backed by {org_artifact} that {outcome}"),
    ("Governs", "{subject} across {org_scope} through {org_artifact}"),
    ("Champions", "{subject} across {org_scope} and publishes {org_artifact} that {outcome}"),
    ("Directs", "the {practice} work of {org_scope} and audits it against agreed {org_artifact}"),
    ("Institutionalizes", "{subject} across {org_scope} through {org_artifact} that {outcome}"),
]
SCOPE_FIRST = [
    "{Subject} across {context}, covering {aspect}, {aspect2} and {aspect3}.",
    "Planning and improving {subject} in {domain} settings, with attention to {concern} and {concern2}.",
    "The practices, tools and decisions behind {subject}, from initial framing to routine operation.",
    "Making {subject} dependable across {context}, with clear {aspect} and {aspect2}.",
]
SCOPE_MIDDLE = [
    "It includes defining {aspect} and agreeing {aspect2} with stakeholders.",
    "Practitioners balance {concern}, {concern2} and {concern3} explicitly.",
    "The work draws on user evidence, production telemetry and peer review.",
    "It spans {artifact}s from early prototypes to large systems.",
]
SCOPE_LAST = [
    "Typical evidence includes design notes, review records and measured results.",
    "It is assessed against observable outcomes such as {concern} and {concern2}.",
    "Mature practice turns lessons learned into shared {org_artifact}.",
    "It applies equally to in-house development and to work with external vendors.",
]

SECTIONS = [
    ("overview", "About this standard", "关于本标准", [
        "This synthetic standard exercises the Normative tool chain at scale. Its roles, dimensions and "
        "points are generated from fixed word lists with a fixed random seed, so every run produces the same text.",
        "Each role is structured into dimensions, each dimension into key competency points, and each point "
        "into tier-1, tier-2 and tier-3 criteria, as in the AI Professional Competency Model.",
    ]),
    ("use", "How to use the criteria", "如何使用评价标准", [
        "Tier-1 criteria describe what a candidate explains under guidance, tier-2 criteria what a practitioner "
        "does independently on real products, and tier-3 criteria what an expert leads across teams.",
    ]),
    ("benchmark", "Purpose of the benchmark", "基准测试的目的", [
        "The size of this standard is chosen to exceed any real committee standard by an order of magnitude, "
        "so that parsing, linking and validation times measured on it bound those of real work.",
    ]),
]
PRINCIPLES = [
    ("practical", "Practical Implementability", "实践可落地",
     "Each key competency point decomposes directly into tier-1, tier-2 and tier-3 criteria."),
    ("observable", "Observable Criteria", "可观察的标准",
     "Every criterion opens with a verb that names behaviour an assessor can observe."),
    ("traceable", "Traceable Progression", "可追溯的进阶",
     "Prerequisites between points make the order of learning explicit and free of cycles."),
]
TIERS = [
    (1, "Foundation", "基础级", "Explains the concepts and applies them under guidance."),
    (2, "Practitioner", "实践级", "Applies them independently on real products."),
    (3, "Expert", "专家级", "Leads, designs and teaches them across products and teams."),
]
TERMS = [
    ("RAG", "Retrieval-Augmented Generation", "检索增强生成",
     "A pattern that grounds a model's answer in documents retrieved at query time."),
    ("MCP", "Model Context Protocol", "模型上下文协议",
     "An open protocol through which AI applications connect models to tools and data sources."),
    ("SLO", "Service-level objective", "服务等级目标",
     "A target value for a measured property of a service, such as availability or latency."),
    ("value-stream", "Value stream", "价值流",
     "The sequence of activities through which a product delivers value to its users."),
]


def slug(title):
    return "-".join(title.lower().replace("-", " ").split())


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def capitalize(text):
    return text[:1].upper() + text[1:]


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    def pick(self, items, count=1):
        return self.rng.sample(items, count) if count > 1 else self.rng.choice(items)

    def fill(self, template, slots):
        concerns = self.pick(CONCERNS, 3)
        aspects = self.pick(ASPECTS, 3)
        values = {
            "domain": self.pick(DOMAINS), "artifact": self.pick(ARTIFACTS), "context": self.pick(CONTEXTS),
            "concern": concerns[0], "concern2": concerns[1], "concern3": concerns[2],
            "aspect": aspects[0], "aspect2": aspects[1], "aspect3": aspects[2],
            "evidence": self.pick(EVIDENCE), "org_scope": self.pick(ORG_SCOPES),
            "org_artifact": self.pick(ORG_ARTIFACTS), "outcome": self.pick(OUTCOMES),
        }
        domain, artifact = values["domain"], values["artifact"]
        values["a_domain_artifact"] = ("an " if domain[0] in "aeiou" else "a ") + domain + " " + artifact
        values.update(slots)
        return template.format(**values)

    def point_titles(self, count):
        """`count` distinct point titles (and so distinct ids) for one dimension."""
        titles, seen = [], set()
        while len(titles) < count:
            title = " ".join((self.pick(POINT_QUALIFIERS), self.pick(POINT_OBJECTS), self.pick(POINT_PRACTICES)))
            if slug(title) not in seen:
                seen.add(slug(title))
                titles.append(title)
        return titles

    def scope(self, subject):
        sentences = [capitalize(self.fill(self.pick(SCOPE_FIRST), {"subject": subject, "Subject": capitalize(subject)}))]
        sentences.append(self.fill(self.pick(SCOPE_MIDDLE), {}))
        if self.rng.random() < 0.3:
            sentences.append(self.fill(self.pick(SCOPE_LAST), {}))
        return " ".join(sentences)

    def criteria(self, subject, practice):
        lines = []
        for tier, table, tails in ((1, TIER1, TIER1_TAILS), (2, TIER2, TIER2_TAILS), (3, TIER3, None)):
            verb, body = self.pick(table)
            slots = {"subject": subject, "practice": practice}
            if tails:
                slots["tail"] = self.fill(self.pick(tails), {})
            lines.append((tier, verb + " " + self.fill(body, slots) + "."))
        return lines


def plan(points, roles, dimensions):
    """[(role index, [points per dimension])]: `points` spread evenly over roles x dimensions."""
    roles = max(1, min(roles, points))
    total_dims = max(roles, min(roles * dimensions, points))
    dims_per_role = [total_dims // roles + (1 if r < total_dims % roles else 0) for r in range(roles)]
    layout, dim_index = [], 0
    for r in range(roles):
        counts = []
        for _ in range(dims_per_role[r]):
            counts.append(points // total_dims + (1 if dim_index < points % total_dims else 0))
            dim_index += 1
        layout.append((r, counts))
    return layout


def role_identity(index):
    base_id, title, zh = ROLES[index % len(ROLES)]
    cycle = index // len(ROLES)
    if cycle == 0:
        return base_id, title, zh
    return f"{base_id}{cycle + 1}", f"{title} {cycle + 1}", f"{zh}{cycle + 1}"


def write_standard(out):
    lines = [
        "// A synthetic standard for performance measurements, written by releng/benchmark/generate-standard.py.",
        "// Do not edit: regenerate it instead.",
        "",
        f"standard {STANDARD_ID} version 1.0.0 {{",
        '    title "Synthetic Benchmark Competency Model" @zh "合成基准能力模型"',
        '    publisher "Normative Benchmark Suite"',
        "    status draft",
        "    issued 2026-01-15",
        "    languages en, zh",
        '    license "CC-BY-4.0"',
        "",
    ]
    for sid, title, zh, paragraphs in SECTIONS:
        lines.append(f"    section {sid} {quote(title)} @zh {quote(zh)} {{")
        lines.extend(f"        {quote(p)}" for p in paragraphs)
        lines.extend(["    }", ""])
    for pid, title, zh, body in PRINCIPLES:
        lines.append(f"    principle {pid} {quote(title)} @zh {quote(zh)}")
        lines.extend([f"        {quote(body)}", ""])
    lines.append("    tiers {")
    for level, name, zh, description in TIERS:
        lines.append(f"        tier {level} {quote(name)} @zh {quote(zh)} {quote(description)}")
    lines.extend(["    }", ""])
    for tid, title, zh, definition in TERMS:
        lines.append(f"    term {tid} {quote(title)} @zh {quote(zh)}")
        lines.extend([f"        {quote(definition)}", ""])
    lines.append('    release 1.0.0 2026-01-15 "Synthetic edition for benchmarks."')
    lines.append("}")
    path = os.path.join(out, "standard.norm")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return path


class Point:
    """A key competency point of the synthetic standard, before it is written out."""

    def __init__(self, pid, title, scope, criteria, requires, related):
        self.id = pid
        self.title = title
        self.scope = scope
        self.criteria = criteria  # [(tier, statement)]
        self.requires = requires  # ids of points of the same dimension
        self.related = related  # qualified id ROLE.dimension.point of another role's point, or None
        self.deprecated = False


class Dimension:
    def __init__(self, did, title, zh, definition, points):
        self.id = did
        self.title = title
        self.zh = zh
        self.definition = definition
        self.points = points


class Role:
    def __init__(self, rid, title, zh, description, dimensions):
        self.id = rid
        self.title = title
        self.zh = zh
        self.description = description
        self.dimensions = dimensions


def build(gen, points, roles, dimensions):
    """The roles of the standard, drawn from `gen` (the same draws in the same order as ever)."""
    layout = plan(points, roles, dimensions)
    dim_titles = [(p, a) for p in DIMENSION_PREFIXES for a in DIMENSION_AREAS]
    gen.rng.shuffle(dim_titles)
    # Every role's points, by qualified id, for the occasional cross-role 'related'.
    all_points = {}
    drafts = []
    dim_counter = 0
    for role_index, counts in layout:
        role_id, role_title, role_zh = role_identity(role_index)
        dims = []
        for d, count in enumerate(counts):
            (prefix_en, prefix_zh), (area_en, area_zh) = dim_titles[dim_counter % len(dim_titles)]
            dim_id = slug(f"{prefix_en} {area_en}".replace(" and ", " "))
            if dim_counter >= len(dim_titles):  # more dimensions than distinct titles: keep ids unique
                dim_id += f"-{dim_counter // len(dim_titles) + 1}"
            dim_counter += 1
            titles = gen.point_titles(count)
            dims.append((dim_id, f"{prefix_en} {area_en}", f"{prefix_zh}{area_zh}", area_en, titles))
            all_points.setdefault(role_id, []).extend(f"{role_id}.{dim_id}.{slug(t)}" for t in titles)
        drafts.append((role_id, role_title, role_zh, dims))

    result = []
    for role_id, role_title, role_zh, dims in drafts:
        description = gen.fill('Delivers value with AI across {context}, with particular care for {concern} and {concern2}.', {})
        role_dims = []
        for dim_id, dim_title, dim_zh, area_en, titles in dims:
            definition = gen.fill('The ' + area_en.lower() + ' capability of the role, applied across {context} and judged by {concern}, {concern2} and {concern3}.', {})
            ids = [slug(t) for t in titles]
            dim_points = []
            for i, title in enumerate(titles):
                practice = title.rsplit(" ", 1)[1].lower()
                subject = title.lower()
                scope = gen.scope(subject)
                criteria = gen.criteria(subject, practice)
                requires = []
                # about a third of the points require one or two earlier points of the dimension
                if i > 0 and gen.rng.random() < 0.35:
                    requires = [ids[t] for t in sorted(set(gen.rng.sample(range(i), min(i, gen.rng.choice((1, 1, 2))))))]
                # a few are related to a point of another role (a qualified reference across files)
                related = None
                others = [r for r in all_points if r != role_id]
                if others and gen.rng.random() < 0.05:
                    related = gen.pick(all_points[gen.pick(others)])
                dim_points.append(Point(ids[i], title, scope, criteria, requires, related))
            role_dims.append(Dimension(dim_id, dim_title, dim_zh, definition, dim_points))
        result.append(Role(role_id, role_title, role_zh, description, role_dims))
    return result


def render_role(role):
    lines = [
        f"// {role.title} ({role.id}): generated by releng/benchmark/generate-standard.py.",
        f"part of {STANDARD_ID}",
        "",
        f"role {role.id} {quote(role.title)} @zh {quote(role.zh)} {{",
        f"    description {quote(role.description)}",
    ]
    for dim in role.dimensions:
        lines.extend([
            "",
            f"    dimension {dim.id} {quote(dim.title)} @zh {quote(dim.zh)} {{",
            f"        definition {quote(dim.definition)}",
        ])
        for point in dim.points:
            lines.extend(["", f"        point {point.id} {quote(point.title)} {{"])
            if point.deprecated:
                lines.append("            status deprecated")
            lines.append(f"            scope {quote(point.scope)}")
            for tier, statement in point.criteria:
                lines.append(f"            criterion {tier} {quote(statement)}")
            for target in point.requires:
                lines.append(f"            requires {target}")
            if point.related:
                lines.append(f"            related {point.related}")
            lines.append("        }")
        lines.append("    }")
    lines.append("}")
    return "\n".join(lines) + "\n"


MUTATION_KINDS = ["added", "removed", "moved", "reordered", "renamed", "criterion-reworded", "deprecated"]


def mutate(roles, percent, seed):
    """Changes about `percent` % of the points, as a committee's next version would, and returns the
    changes that `normative diff` must report: [{"kind", "id", "to"?, "tier"?}], ids as id paths.

    A mix of MUTATION_KINDS in turn. Each point changes at most once. Removed, moved and deprecated
    points are ones that no other point refers to (and removed and moved ones refer to none), so
    that the new version still links and validates. A reordered point is moved to the front of its
    dimension from the fourth place or later, in a dimension that loses no point, so that exactly
    that point is out of order (moving a point one place would leave open which of two neighbours
    moved; points added or moved in do not count for the order).
    """
    rng = random.Random(seed)
    gen = Generator(seed)
    total = sum(len(d.points) for r in roles for d in r.dimensions)
    count = max(1, round(total * percent / 100))
    dims = [(r, d) for r in roles for d in r.dimensions]
    referenced = set()
    for r, d in dims:
        for p in d.points:
            referenced.update(f"{r.id}.{d.id}.{t}" for t in p.requires)
            if p.related:
                referenced.add(p.related)
    own_ids = {p.id for _, d in dims for p in d.points}
    candidates = [(r, d, p) for r, d in dims for p in d.points]
    rng.shuffle(candidates)
    touched = set()  # points (by object id) changed already
    lost = set()  # dimensions that lost a point (removed, moved out)
    reordered = set()  # dimensions with a reordered point
    changes = []

    def path(r, d, p):
        return f"{r.id}.{d.id}.{p.id}"

    def take(condition):
        for candidate in candidates:
            r, d, p = candidate
            if id(p) not in touched and condition(r, d, p):
                touched.add(id(p))
                return candidate
        raise SystemExit("generate-standard.py: not enough points to mutate; use a larger standard or a smaller --mutate")

    def free(r, d, p):
        return path(r, d, p) not in referenced

    for n in range(count):
        kind = MUTATION_KINDS[n % len(MUTATION_KINDS)]
        if kind == "added":
            r, d = rng.choice(dims)
            while True:
                title = " ".join((gen.pick(POINT_QUALIFIERS), gen.pick(POINT_OBJECTS), gen.pick(POINT_PRACTICES)))
                if slug(title) not in own_ids:
                    break
            own_ids.add(slug(title))
            subject = title.lower()
            point = Point(slug(title), title, gen.scope(subject), gen.criteria(subject, title.rsplit(" ", 1)[1].lower()), [], None)
            touched.add(id(point))
            d.points.insert(rng.randrange(len(d.points) + 1), point)
            changes.append({"kind": "added", "id": path(r, d, point)})
        elif kind == "removed":
            r, d, p = take(lambda r, d, p: free(r, d, p) and not p.requires and not p.related and id(d) not in reordered)
            d.points.remove(p)
            lost.add(id(d))
            changes.append({"kind": "removed", "id": path(r, d, p)})
        elif kind == "moved":
            r, d, p = take(lambda r, d, p: free(r, d, p) and not p.requires and not p.related and id(d) not in reordered)
            targets = [(r2, d2) for r2, d2 in dims if d2 is not d and all(q.id != p.id for q in d2.points)]
            r2, d2 = rng.choice(targets)
            old = path(r, d, p)
            d.points.remove(p)
            d2.points.insert(rng.randrange(len(d2.points) + 1), p)
            lost.add(id(d))
            changes.append({"kind": "moved", "id": old, "to": path(r2, d2, p)})
        elif kind == "reordered":
            r, d, p = take(lambda r, d, p: id(d) not in lost and id(d) not in reordered and d.points.index(p) >= 3)
            d.points.remove(p)
            d.points.insert(0, p)
            reordered.add(id(d))
            changes.append({"kind": "reordered", "id": path(r, d, p)})
        elif kind == "renamed":
            r, d, p = take(lambda r, d, p: True)
            p.title = "Applied " + p.title
            changes.append({"kind": "renamed", "id": path(r, d, p)})
        elif kind == "criterion-reworded":
            r, d, p = take(lambda r, d, p: True)
            index = rng.randrange(len(p.criteria))
            tier, statement = p.criteria[index]
            p.criteria[index] = (tier, statement[:-1] + ", with written evidence.")
            changes.append({"kind": "criterion-reworded", "id": path(r, d, p), "tier": tier})
        elif kind == "deprecated":
            r, d, p = take(lambda r, d, p: free(r, d, p) and not p.deprecated)
            p.deprecated = True
            changes.append({"kind": "deprecated", "id": path(r, d, p)})
    return changes


def main(argv=None):
    parser = argparse.ArgumentParser(description="Write a synthetic .norm standard for benchmarks.")
    parser.add_argument("--points", type=int, default=10000, help="number of points (default 10000)")
    parser.add_argument("--roles", type=int, default=10, help="number of roles, one file each (default 10)")
    parser.add_argument("--dimensions", type=int, default=10, help="dimensions per role (default 10)")
    parser.add_argument("--seed", type=int, default=20260115, help="random seed (default 20260115)")
    parser.add_argument("--out", default="target/bench/synthetic", help="output folder (default target/bench/synthetic)")
    parser.add_argument("--mutate", type=float, metavar="PERCENT",
                        help="write a next version instead: the same standard with about PERCENT %% of the points "
                             "changed (added, removed, moved to another dimension, reordered, renamed, a criterion "
                             "reworded, deprecated), and the changes expected from `normative diff` in --changes")
    parser.add_argument("--mutation-seed", type=int, default=1, help="random seed of the changes (default 1)")
    parser.add_argument("--changes", help="with --mutate: where to write the expected changes as JSON "
                                          "(default: OUT/../<OUT name>-changes.json)")
    args = parser.parse_args(argv)
    if args.points < 1 or args.roles < 1 or args.dimensions < 1:
        parser.error("--points, --roles and --dimensions must be positive")
    if args.mutate is not None and not 0 < args.mutate <= 10:
        parser.error("--mutate must be more than 0 and at most 10 (percent)")

    gen = Generator(args.seed)
    os.makedirs(args.out, exist_ok=True)
    # Remove the .norm files of an earlier run, so that a smaller standard leaves no stale roles behind.
    for name in os.listdir(args.out):
        if name.endswith(".norm"):
            os.remove(os.path.join(args.out, name))
    files = [write_standard(args.out)]

    roles = build(gen, args.points, args.roles, args.dimensions)
    changes = None
    if args.mutate is not None:
        changes = mutate(roles, args.mutate, args.mutation_seed)

    for role in roles:
        path = os.path.join(args.out, f"{role.id.lower()}.norm")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(render_role(role))
        files.append(path)

    points = [p for r in roles for d in r.dimensions for p in d.points]
    size = sum(os.path.getsize(f) for f in files)
    print(f"{args.out}: {len(files)} files, {len(roles)} roles, {sum(len(r.dimensions) for r in roles)} dimensions, "
          f"{len(points)} points, {sum(len(p.criteria) for p in points)} criteria, "
          f"{sum(len(p.requires) for p in points)} requires, {size / 1e6:.1f} MB ({size} bytes)")
    if changes is not None:
        target = args.changes or os.path.join(os.path.dirname(os.path.abspath(args.out)),
                                              os.path.basename(os.path.normpath(args.out)) + "-changes.json")
        with open(target, "w", encoding="utf-8", newline="\n") as f:
            json.dump({"percent": args.mutate, "seed": args.mutation_seed, "changes": changes}, f, indent=1)
            f.write("\n")
        kinds = {}
        for change in changes:
            kinds[change["kind"]] = kinds.get(change["kind"], 0) + 1
        print(f"{target}: {len(changes)} changes: " + ", ".join(f"{n} {k}" for k, n in kinds.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
