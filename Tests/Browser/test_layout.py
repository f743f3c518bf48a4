"""Every page of a site with the built-in theme fits a 390×844 phone and a 1280×800 desktop, in
light and dark mode: nothing scrolls sideways, the main navigation takes at most two lines on the
phone, a table wider than the screen scrolls in its own frame with a fixed first column and a
visible cue, and role cards have no empty bands. Each case saves its picture of the page under
.build-browser/screenshots/."""

import re

from browser import DESKTOP, PHONE

# Returns the problems of the current page's layout as sentences, and the right-edge probes of
# every table that scrolls in its frame (checked in pixels by `cue_problems`).
LAYOUT_SCRIPT = r"""
const [maxNavLines] = arguments;
const problems = [], scrollers = [];
const root = document.documentElement, width = root.clientWidth;
const label = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
  + [...el.classList].map(c => '.' + c).join('');
const visible = el => { const r = el.getBoundingClientRect(), s = getComputedStyle(el);
  return r.width > 0 && r.height > 0 && s.visibility !== 'hidden'; };
const clips = el => { for (let e = el.parentElement; e && e !== document.body; e = e.parentElement)
  if (getComputedStyle(e).overflowX !== 'visible') return true; return false; };

// 1. Nothing scrolls sideways: name the outermost elements that stick out.
if (root.scrollWidth > width) {
  const out = [...document.body.querySelectorAll('*')].filter(el => {
    const r = el.getBoundingClientRect();
    return (r.right > width + 1 || r.left < -1) && !clips(el)
      && !(el.parentElement.getBoundingClientRect().right > width + 1);
  });
  problems.push(`the page scrolls sideways: ${root.scrollWidth}px wide on a ${width}px screen; sticking out: `
    + out.slice(0, 5).map(el => `${label(el)} (${Math.round(el.getBoundingClientRect().right)}px)`).join(', '));
}

// 2. The main navigation takes at most maxNavLines lines.
const nav = document.querySelector('nav[aria-label="Main"]') || document.querySelector('header nav');
if (nav && maxNavLines) {
  const tops = [...nav.querySelectorAll('a')].filter(visible).map(a => a.getBoundingClientRect().top).sort((a, b) => a - b);
  const lines = tops.filter((top, i) => i === 0 || top - tops[i - 1] > 4).length;
  if (lines > maxNavLines) problems.push(`the main navigation wraps onto ${lines} lines (at most ${maxNavLines})`);
}

// 3. A table wider than the screen is stacked, or scrolls in its own frame with a fixed first column.
document.querySelectorAll('table').forEach((table, index) => {
  const name = `table ${index + 1} (${table.caption ? table.caption.textContent.trim().slice(0, 40) : label(table)})`;
  let frame = table;
  while (frame && frame !== document.body && !['auto', 'scroll'].includes(getComputedStyle(frame).overflowX)) frame = frame.parentElement;
  if (!frame || frame === document.body) {
    const r = table.getBoundingClientRect();
    if (r.right > width + 1 || r.left < -1)
      problems.push(`${name} is ${Math.round(r.width)}px wide on a ${width}px screen, neither stacked nor in a frame that scrolls`);
    return;
  }
  if (frame.scrollWidth <= frame.clientWidth + 1) return;  // it fits
  const r = frame.getBoundingClientRect();
  if (r.right > width + 1 || r.left < -1) problems.push(`${name}: its scrolling frame is wider than the screen`);
  // The first column stays in place while the frame scrolls; the last moves.
  frame.scrollLeft = 0;
  const rows = [...table.rows].filter(row => row.cells.length > 1);
  const before = rows.map(row => [row.cells[0].getBoundingClientRect().left, row.cells[row.cells.length - 1].getBoundingClientRect().left]);
  frame.scrollLeft = 80;
  const moved = rows.findIndex((row, i) => Math.abs(row.cells[0].getBoundingClientRect().left - before[i][0]) > 0.5);
  const stuck = rows.findIndex((row, i) => Math.abs(row.cells[row.cells.length - 1].getBoundingClientRect().left - before[i][1]) < 1);
  if (moved >= 0) problems.push(`${name}: the first column scrolls away (row ${moved + 1}); it should stay in place`);
  if (stuck >= 0) problems.push(`${name}: its last column does not scroll (row ${stuck + 1})`);
  const opaque = rows.findIndex(row => { const c = getComputedStyle(row.cells[0]).backgroundColor;
    return c === 'transparent' || c.endsWith(', 0)'); });
  if (opaque >= 0) problems.push(`${name}: the fixed first column is transparent (row ${opaque + 1}), so the columns scrolling under it show through`);
  frame.scrollLeft = 0;
  frame.scrollIntoView({block: 'center'});
  const box = frame.getBoundingClientRect(), inset = 12;
  const probe = (x) => ({x: x + scrollX, y: box.top + frame.clientTop + inset + scrollY, width: 8,
                         height: Math.max(1, frame.clientHeight - 2 * inset)});
  const inner = box.left + frame.clientLeft;
  frame.dataset.cueFrame = scrollers.length;
  scrollers.push({name, index: scrollers.length,
                  edge: probe(inner + frame.clientWidth - 8), middle: probe(inner + frame.clientWidth / 2 - 4)});
});

// 4. Role cards: no empty band below an item of a column, and no empty main column beside the facts.
document.querySelectorAll('.role-card').forEach(card => {
  const title = card.querySelector('.card-title');
  const name = `card "${(title ? title.textContent : label(card)).trim().slice(0, 40)}"`;
  const items = [...card.children].filter(visible).map(el => ({el, r: el.getBoundingClientRect()}));
  const overlapX = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1;
  for (const item of items) {
    const below = items.filter(o => o !== item && o.r.top >= item.r.bottom - 1 && overlapX(o.r, item.r));
    if (!below.length) continue;
    const gap = Math.min(...below.map(o => o.r.top)) - item.r.bottom;
    if (gap > 20) problems.push(`${name}: an empty band of ${Math.round(gap)}px below its ${label(item.el)}`);
  }
  const head = items.find(o => o.el === title);
  const beside = head && items.filter(o => !overlapX(o.r, head.r) && o.r.left >= head.r.right);
  if (beside && beside.length && !card.querySelector('.card-summary'))
    problems.push(`${name}: no summary, yet its facts sit in a column beside an empty body`);
});
return {problems, scrollers};
"""

HIDE_CONTENT = """
const [index, hide] = arguments, frame = document.querySelector(`[data-cue-frame="${index}"]`);
frame.toggleAttribute('data-cue-probe', hide);
if (!document.getElementById('cue-probe-style')) {
  const style = document.createElement('style');
  style.id = 'cue-probe-style';
  style.textContent = '[data-cue-probe] * { visibility: hidden !important; }';
  document.head.append(style);
}
frame.scrollLeft = hide === 'end' ? frame.scrollWidth : 0;
"""


def mean_colour(image):
    pixels = list(image.getdata())
    return [sum(channel) / len(pixels) for channel in zip(*pixels)]


def difference(a, b):
    return max(abs(x - y) for x, y in zip(a, b))


def cue_problems(browser, scroller) -> list[str]:
    """The frame itself (its content hidden) must paint a cue at its right edge while columns are
    hidden there, and none once scrolled to the end, so the cue is not mere decoration."""
    problems = []
    browser.run(HIDE_CONTENT, scroller["index"], "start")
    background = mean_colour(browser.image(scroller["middle"]))
    at_start = difference(mean_colour(browser.image(scroller["edge"])), background)
    browser.run(HIDE_CONTENT, scroller["index"], "end")
    at_end = difference(mean_colour(browser.image(scroller["edge"])), background)
    browser.run(HIDE_CONTENT, scroller["index"], False)
    if at_start < 12:
        problems.append(f"{scroller['name']}: scrolls sideways with no visible cue at its right edge "
                        f"(edge differs from its background by {at_start:.0f}/255)")
    if at_end > 4:
        problems.append(f"{scroller['name']}: still shows its cue when scrolled to the end "
                        f"(edge differs by {at_end:.0f}/255)")
    return problems


def test_page_fits_the_screen(browser, page, viewport, scheme, screenshot_path):
    browser.open(page.url, viewport, scheme)
    browser.save_screenshot(screenshot_path(page, viewport.name, scheme))
    result = browser.run(LAYOUT_SCRIPT, 2 if viewport == PHONE else 0)
    problems = result["problems"]
    for scroller in result["scrollers"]:
        problems += cue_problems(browser, scroller)
    assert not problems, f"{page.url} ({viewport.name}, {scheme}):\n  " + "\n  ".join(problems)


def test_roles_page_states_the_count_once(browser, themed_site):
    """The head of /roles/ gives the number of open roles once, not in the lead and again below."""
    site = themed_site
    browser.open(site.url + "roles/")
    cards = browser.run("return document.querySelectorAll('main .role-card').length")
    head = browser.run("return document.querySelector('main .page-head').innerText")
    said = re.findall(rf"(?<![\d,.]){cards}(?![\d,.])", head)
    assert len(said) == 1, f"{site.url}roles/ head says {cards} {len(said)} times:\n{head}"


ACCENT_COLOURS = """
const rgb = (element, property) => getComputedStyle(element)[property].match(/\\d+/g).slice(0, 3).map(Number);
const link = document.querySelector('main a[href]:not(.button)');
return {link: rgb(link, 'color')};
"""


def test_dark_mode_keeps_the_sites_accent(browser):
    """A site's own accent colour (the crowded site's red, #b4233c) shows in light and in dark
    mode: dark mode derives a lighter red, never the theme's default blue."""
    from conftest import all_sites
    site = next(site for site in all_sites() if site.name == "crowded")
    for scheme in ("light", "dark"):
        browser.open(site.url, DESKTOP, scheme)
        red, green, blue = browser.run(ACCENT_COLOURS)["link"]
        assert red > blue + 60 and red > green + 40, f"{scheme}: links are rgb({red}, {green}, {blue}), not the site's red"
