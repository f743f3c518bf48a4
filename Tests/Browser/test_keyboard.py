"""Keyboard use of every page of a site with the built-in theme: the first Tab shows the skip
link and Enter moves focus to the main content; tabbing through the page reaches every link,
button and scrollable frame, and each shows a focus ring (an outline or a box shadow it does
not have unfocused, at least 2px, with 3:1 contrast against what is behind it)."""

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from browser import DESKTOP

# Records every focusable element's unfocused look, so a focused look can be compared with it.
RECORD_SCRIPT = r"""
const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
const parts = el => [getComputedStyle(el), getComputedStyle(el, '::before'), getComputedStyle(el, '::after')]
  .map(s => ({outline: s.outlineStyle === 'none' ? 'none' : `${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`,
              outlineWidth: parseFloat(s.outlineWidth), outlineColor: s.outlineColor, shadow: s.boxShadow}));
const canvas = document.createElement('canvas').getContext('2d', {willReadFrequently: true});
const rgb = colour => { canvas.clearRect(0, 0, 1, 1); canvas.fillStyle = '#000'; canvas.fillStyle = colour;
  canvas.fillRect(0, 0, 1, 1); return [...canvas.getImageData(0, 0, 1, 1).data]; };
const luminance = ([r, g, b]) => [r, g, b].map(v => v / 255)
  .map(v => v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
  .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
const behind = el => { for (let e = el.parentElement; e; e = e.parentElement) {
  const c = rgb(getComputedStyle(e).backgroundColor); if (c[3] > 0) return c; } return [255, 255, 255, 255]; };
const label = el => `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
const visible = el => { const r = el.getBoundingClientRect(), s = getComputedStyle(el);
  return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !el.disabled && !el.closest('[inert]'); };
window.__focus = {
  unfocused: new Map([...document.querySelectorAll(selector)].map(el => [el, parts(el)])),
  candidates: () => [...document.querySelectorAll(selector)].filter(visible),
  // The focused element's ring, or why it has none.
  ring(el) {
    const before = this.unfocused.get(el), after = parts(el), back = behind(el);
    if (!before) return {label: label(el), problem: 'is focusable but matches no focusable selector'};
    const rings = [];
    after.forEach((part, i) => {
      if (part.outline !== before[i].outline && part.outline !== 'none' && part.outlineWidth >= 2)
        rings.push(contrast(rgb(part.outlineColor), back));
      if (part.shadow !== before[i].shadow && part.shadow !== 'none') {
        const colour = part.shadow.match(/^(rgba?\([^)]*\)|color\([^)]*\)|#\w+|[a-z]+\([^)]*\))/);
        rings.push(colour ? contrast(rgb(colour[1]), back) : 3);
      }
    });
    if (!rings.length) return {label: label(el), problem: 'shows no focus ring (no outline or box shadow appears)'};
    const best = Math.max(...rings);
    if (best < 3) return {label: label(el), problem: `focus ring contrast ${best.toFixed(2)}:1 against its background (needs 3:1)`};
    return {label: label(el)};
  },
};
"""


def press(browser, key):
    ActionChains(browser.driver).send_keys(key).perform()


def test_skip_link_moves_focus_to_main(browser, page):
    browser.open(page.url, DESKTOP)
    press(browser, Keys.TAB)
    link = browser.run("""const a = document.activeElement, r = a.getBoundingClientRect();
        return {href: a.getAttribute('href'), text: a.textContent.trim(),
                shown: r.width > 1 && r.height > 1 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight}""")
    assert link["href"] == "#main", f"the first Tab lands on {link}, not the skip link"
    assert link["shown"], "the skip link stays off screen when focused"
    press(browser, Keys.ENTER)
    assert browser.run("return document.activeElement === document.querySelector('main#main')"), \
        "Enter on the skip link does not move focus to <main id=main>"
    press(browser, Keys.TAB)
    assert browser.run("""const main = document.querySelector('main'), el = document.activeElement;
        return main.contains(el) || !!(main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)"""), \
        "the Tab after the skip link goes back before the main content"


def test_every_focusable_element_shows_a_focus_ring(browser, page, scheme):
    browser.open(page.url, DESKTOP, scheme)
    browser.run(RECORD_SCRIPT)
    candidates = browser.run("return window.__focus.candidates().length")
    problems, reached = [], 0
    for _ in range(candidates + 3):
        press(browser, Keys.TAB)
        state = browser.run("""const el = document.activeElement;
            if (!el || el === document.body || el === document.documentElement) return null;
            if (el.dataset.tabbed) return {again: true};
            el.dataset.tabbed = '1';
            return window.__focus.ring(el);""")
        if state is None or state.get("again"):
            break
        reached += 1
        if "problem" in state:
            problems.append(f"{state['label']} {state['problem']}")
    missed = browser.run("return window.__focus.candidates().filter(el => !el.dataset.tabbed)"
                         ".map(el => el.outerHTML.slice(0, 120))")
    problems += [f"never reached with Tab: {html}" for html in missed]
    assert reached > 0, "Tab reaches nothing"
    assert not problems, f"{page.url} ({scheme}):\n  " + "\n  ".join(problems)
