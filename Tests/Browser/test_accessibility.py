"""axe-core finds no serious or critical accessibility problem on any page of a site that uses
the built-in theme, in light mode on a phone and in dark mode on a desktop."""

BLOCKING = {"serious", "critical"}


def describe(violation: dict) -> str:
    nodes = violation["nodes"]
    lines = [f"{violation['impact']}: {violation['id']}: {violation['help']} ({len(nodes)} elements)"]
    for node in nodes[:4]:
        summary = " ".join(node.get("failureSummary", "").split())
        lines.append(f"    {' '.join(map(str, node['target']))}: {summary[:300]}")
    return "\n".join(lines)


def test_axe_finds_no_serious_violation(browser, page, look):
    viewport, scheme = look
    browser.open(page.url, viewport, scheme)
    results = browser.axe()
    assert "error" not in results, results.get("error")
    blocking = [v for v in results["violations"] if v["impact"] in BLOCKING]
    assert not blocking, f"{page.url} ({viewport.name}, {scheme}):\n" + "\n".join(map(describe, blocking))
