"""A ladder level page prints as a clean one-page level card: on A4, without the site's header,
footer and skip link, without the links around the level (neighbours, comparisons) and without
URLs printed after links."""

import base64
import re

from browser import DESKTOP

# `ladders/<ladder>/<level>/`, not a compare page (`ladders/<ladder>/compare/<a>-vs-<b>/`).
LEVEL_PAGE = re.compile(r"^ladders/[^/]+/(?!compare/)[^/]+/$")

# What a printed level card leaves out, as [selector, …]; each must not be displayed.
HIDDEN = [".site-header", ".site-footer", ".skip-link", ".level-nav", ".compare-links", ".level-changes"]

PRINT_CHECK = r"""
const [hidden] = arguments, problems = [];
for (const selector of hidden) document.querySelectorAll(selector).forEach(el => {
  if (getComputedStyle(el).display !== 'none') problems.push(`${selector} is printed`);
});
document.querySelectorAll('a').forEach(a => {
  const after = getComputedStyle(a, '::after').content;
  if (after && after !== 'none' && after !== 'normal' && after.includes('http'))
    problems.push(`a link prints its URL: ${a.textContent.trim().slice(0, 30)}`);
});
return problems;
"""


def level_pages(site):
    return [page for page in site.pages if LEVEL_PAGE.match(page.path)]


def test_a_level_page_prints_as_one_a4_page(browser, themed_site):
    problems = []
    if themed_site.name in ("sample", "ladders"):
        assert level_pages(themed_site), "the site's ladder has level pages"
    for page in level_pages(themed_site):
        browser.open(page.url, DESKTOP)
        browser.cdp("Emulation.setEmulatedMedia", media="print")
        try:
            problems += [f"{page.id}: {problem}" for problem in browser.run(PRINT_CHECK, HIDDEN)]
        finally:
            browser.cdp("Emulation.setEmulatedMedia", media="")
            browser._emulation = None  # the next `open` sets its emulation again
        pdf = base64.b64decode(browser.cdp("Page.printToPDF", paperWidth=8.27, paperHeight=11.69,
                                           preferCSSPageSize=True)["data"])
        pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
        if pages != 1:
            problems.append(f"{page.id}: prints on {pages} A4 pages, not one")
    assert not problems, "\n".join(problems)
