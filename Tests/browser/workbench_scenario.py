#!/usr/bin/env python3
"""The workbench in a real browser (issue 20): Playwright (PyPI) driving Debian's headless chromium.

Starts `folio serve` on a new data folder and a free loopback port, then as a clerk would: sets up the administrator
with the code the server printed, imports the seed text (Tests/Fixtures/seed/), sees the findings, fixes one, changes
a figure and sees the sentence and the preview pages change, starts next period's report, downloads the PDF of a
report and compares its bytes with `folio build`, clicks a line of a preview page and lands in its paragraph, changes
the password, and disables a new clerk, whose login is then refused. A screenshot of each step goes into --output. Exits 0 when every
step passed; prints what failed otherwise. Run by FolioServeTests (BrowserScenarioTests) and by hand:

    python3 Tests/browser/workbench_scenario.py --folio .build/debug/folio --output output/serve
"""
import argparse
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright, expect

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "Tests/Fixtures/seed/xx-town-work-report-2016-2020.txt"
OUT = Path("output/serve")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(folio, folder, port):
    env = dict(os.environ, FOLIO_ASSETS=str(ROOT / "Assets"))
    env.pop("SOURCE_DATE_EPOCH", None)
    log = open(folder / "server.log", "w+")
    proc = subprocess.Popen([folio, "serve", str(folder / "data"), "--port", str(port)], stderr=log, stdout=log, env=env)
    code = None
    for _ in range(300):   # bounded: 30 s
        time.sleep(0.1)
        log.seek(0)
        m = re.search(r"设置码 (\S+) ", log.read())
        if m:
            code = m.group(1)
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=2)
                break
            except OSError:
                continue
        if proc.poll() is not None:
            break
    if code is None:
        log.seek(0)
        raise SystemExit("the server did not start:\n" + log.read())
    return proc, code


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--folio", required=True)
    ap.add_argument("--output", required=True)
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()
    global OUT
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    OUT = out
    work = Path(tempfile.mkdtemp(prefix="folio-browser-"))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc, code = start_server(args.folio, work, port)
    steps = []

    def step(name):
        steps.append(name)
        print("step:", name, flush=True)

    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, headless=True,
                                        args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
            # Generous, not timed: a loaded CI machine draws a preview in seconds, not milliseconds.
            page.set_default_timeout(180000)
            expect.set_options(timeout=180000)

            step("set-up: the administrator and the first unit")
            page.goto(base + "/")
            expect(page).to_have_url(base + "/setup")
            page.fill("input[name=code]", code)
            page.fill("input[name=name]", "管理员")
            page.fill("input[name=password]", "admin-pass-1")
            page.fill("input[name=unitName]", "XX镇人民政府")
            page.fill("input[name=unitFolder]", "xx-town")
            page.screenshot(path=out / "01-setup.png")
            page.click("button[type=submit]")
            expect(page).to_have_url(base + "/reports")

            step("log out and log in again")
            page.click("header form button")
            expect(page).to_have_url(base + "/login")
            page.fill("input[name=name]", "管理员")
            page.fill("input[name=password]", "wrong-password")
            page.click("button[type=submit]")
            expect(page.locator(".refusal")).to_contain_text("用户名或密码不正确")
            page.fill("input[name=password]", "admin-pass-1")
            page.screenshot(path=out / "02-login.png")
            page.click("button[type=submit]")
            expect(page).to_have_url(base + "/reports")

            step("import the seed text")
            page.set_input_files("#import input[type=file]", str(SEED))
            page.click("#import button")
            page.wait_for_url(re.compile(r".*/reports/.*\.yaml$"))
            report_url = page.url

            step("see the findings")
            expect(page.locator("#findings li").first).to_be_visible()
            expect(page.locator("#pages img").first).to_be_visible()
            findings_before = page.locator("#findings li").count()
            page.screenshot(path=out / "03-imported-findings.png", full_page=False)
            print("findings after import:", findings_before, flush=True)

            step("fix one finding: follow its link to the paragraph, correct it, save")
            before = revision(page)
            fixed = fix_one(page)
            saved_and_refreshed(page, before)
            expect(page.locator("#pages img").first).to_be_visible()
            findings_after = page.locator("#findings li").count()
            print("fixed:", fixed, "; findings now:", findings_after, flush=True)
            assert findings_after < findings_before, f"findings {findings_before} → {findings_after}"
            page.screenshot(path=out / "04-finding-fixed.png")

            step("change a figure and see the sentence and the preview change")
            change_figure(page, out)

            step("next period's report")
            page.goto(base + "/reports")
            page.screenshot(path=out / "06-list.png")
            row = page.locator("tr", has=page.locator("a.report-link")).first
            row.locator("button", has_text="生成下一期").click()
            page.wait_for_url(re.compile(r".*/reports/.*\.yaml$"))
            assert page.url != report_url, "the next year's report is a new file"
            expect(page.locator("input.todo").first).to_be_visible()
            page.wait_for_function("() => document.querySelector('main.editor').dataset.previewRevision !== undefined")
            page.screenshot(path=out / "07-next-year.png")

            step("生成PDF: download and compare with folio build")
            page.goto(base + "/reports")
            page.select_option("select[name=template]", "xx-town-2016-2020.yaml")
            page.fill("input[name=name]", "bundled")
            page.click("form[action='/reports/new'] button")
            page.wait_for_url(base + "/reports/bundled.yaml")
            with page.expect_download() as info:
                page.click("#pdf")
            downloaded = work / "downloaded.pdf"
            info.value.save_as(downloaded)
            reference = work / "reference.pdf"
            env = dict(os.environ, FOLIO_ASSETS=str(ROOT / "Assets"))
            env.pop("SOURCE_DATE_EPOCH", None)
            subprocess.run([args.folio, "build", str(work / "data/units/xx-town/bundled.yaml"), "-o", str(reference)],
                           check=True, env=env, capture_output=True)
            a, b = downloaded.read_bytes(), reference.read_bytes()
            assert a == b, f"PDF bytes differ: {len(a)} vs {len(b)}"
            print(f"PDF identical to folio build: {len(a)} bytes", flush=True)
            page.screenshot(path=out / "08-bundled.png")

            step("click a line of page 1's preview: its paragraph's text box is focused")
            click_on_page(page, "2016年以来")
            page.screenshot(path=out / "09-page-clicked.png")
            step("click the first chart on its preview page: that chart's kind is focused in the list of charts")
            click_on_chart(page)
            page.screenshot(path=out / "09a-chart-clicked.png")

            step("change the first chart's kind and title, save: the page comes back with them")
            kind = page.locator("select[aria-label='图表类型']").first
            kind.scroll_into_view_if_needed()
            old_kind = kind.input_value()
            new_kind = "line" if old_kind != "line" else "bars"
            kind.select_option(new_kind)
            page.locator("input[aria-label='图表标题']").first.fill("图表标题（工作台修改）")
            before = revision(page)
            page.click("#save")
            saved_and_refreshed(page, before)
            kind = page.locator("select[aria-label='图表类型']").first
            assert kind.input_value() == new_kind, f"chart kind after saving: {kind.input_value()}"
            assert page.locator("input[aria-label='图表标题']").first.input_value() == "图表标题（工作台修改）"
            kind.scroll_into_view_if_needed()
            page.screenshot(path=out / "13-chart-edited.png")

            step("change one's password; add a clerk, disable them: their login is refused")
            page.goto(base + "/account")
            page.fill("input[name=old]", "admin-pass-1")
            page.fill("input[name=new]", "admin-pass-2")
            page.fill("input[name=repeat]", "admin-pass-2")
            page.click("main button[type=submit]")
            expect(page.locator(".done")).to_contain_text("密码已修改")
            page.screenshot(path=out / "10-password-changed.png")
            page.goto(base + "/admin")
            page.fill("form[action='/admin/users'] input[name=name]", "录入员")
            page.fill("form[action='/admin/users'] input[name=password]", "clerk-pass-1")
            page.click("form[action='/admin/users'] button")
            row = page.locator("tr[data-user='录入员']")
            expect(row).to_contain_text("正常")
            page.once("dialog", lambda d: d.accept())
            row.locator("button", has_text="停用").click()
            expect(row).to_contain_text("已停用")
            page.screenshot(path=out / "11-user-disabled.png")
            other = browser.new_page(viewport={"width": 900, "height": 500})
            other.goto(base + "/login")
            other.fill("input[name=name]", "录入员")
            other.fill("input[name=password]", "clerk-pass-1")
            other.click("button[type=submit]")
            expect(other.locator(".refusal")).to_contain_text("已被管理员停用")
            other.screenshot(path=out / "12-disabled-login.png")
            browser.close()
    except Exception as e:
        print(f"FAILED at step “{steps[-1] if steps else '?'}”: {e}", flush=True)
        print(f"0 passed, 1 failed")
        return 1
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    print(f"{len(steps)} steps; 1 passed, 0 failed")
    return 0


def saved_and_refreshed(page, before):
    """Waits until the page was drawn again from a new revision of the file and its preview came back."""
    page.wait_for_function(
        "(r) => { const e = document.querySelector('main.editor');"
        " return e && e.dataset.revision !== r && e.dataset.previewRevision === e.dataset.revision; }",
        arg=before)


def revision(page):
    return page.evaluate("document.querySelector('main.editor').dataset.revision")


def fix_one(page):
    """Follows the link of a doubled-word finding (repeat.word: 发展发展) to its paragraph, which the page focuses,
    corrects the text there and saves."""
    data = page.evaluate("""async () => {
        const r = await fetch(location.pathname + '/preview.json', {headers: {Accept: 'application/json'}});
        const j = await r.json(); return {findings: j.findings, problems: j.problems.length}; }""")
    for index, f in enumerate(data["findings"]):
        excerpt = f.get("excerpt", "")
        if f["rule"] != "repeat.word" or len(excerpt) < 2 or len(excerpt) % 2:
            continue
        page.locator("#findings li a").nth(data["problems"] + index).click()
        focused = page.evaluate("document.activeElement.value || ''")
        assert excerpt in focused, f"the finding's link led to “{focused[:40]}”, not to “{excerpt}”"
        page.screenshot(path=OUT / "04a-finding-followed.png")
        page.locator(":focus").fill(focused.replace(excerpt, excerpt[: len(excerpt) // 2], 1))
        page.click("#save")
        return f["rule"] + " " + excerpt
    raise AssertionError("no repeat.word finding: " + "; ".join(x["rule"] for x in data["findings"]))


def click_on_page(page, opening):
    """Clicks the preview's first page on the first printed line of the paragraph starting with `opening` (where the
    page's map says it is), and checks that the text box focused is that paragraph's."""
    page.wait_for_function("() => document.querySelector('main.editor').dataset.previewRevision !== undefined")
    line = page.evaluate("""(opening) => { const t = [...document.querySelectorAll('.block textarea.edit')]
        .find((e) => e.value.startsWith(opening)); return t ? +t.dataset.line : 0; }""", opening)
    assert line, f"no text box starting with “{opening}”"
    spot = page.evaluate("""async (line) => {
        const r = await fetch(location.pathname + '/preview.json', {headers: {Accept: 'application/json'}});
        const map = (await r.json()).maps[0];
        const b = map.blocks.find((b) => b.line === line);
        return b && {x: (b.x + b.w / 3) / map.width, y: (b.y + b.h / 2) / map.height}; }""", line)
    assert spot, f"page 1's map has no block for line {line}"
    image = page.locator("#pages img").first
    expect(image).to_be_visible()
    image.scroll_into_view_if_needed()
    box = image.bounding_box()
    page.evaluate("document.activeElement && document.activeElement.blur()")
    image.click(position={"x": spot["x"] * box["width"], "y": spot["y"] * box["height"]})
    focused = page.evaluate("document.activeElement.value || ''")
    assert focused.startswith(opening), f"the click led to “{focused[:40]}”, not to “{opening}…”"
    print(f"clicked page 1 at line {line}: focused “{focused[:20]}…”", flush=True)


def click_on_chart(page):
    """Clicks the first chart the body places, on the preview page that draws it (where that page's map says it
    is), and checks that the focused control is that chart's kind in the list of charts."""
    chart = page.evaluate("""() => { const p = document.querySelector('.block .placeholder[data-chart]');
        return p && {id: p.dataset.chart, line: +p.closest('.block').dataset.line}; }""")
    assert chart, "the editor shows no chart in the body"
    spot = page.evaluate("""async (line) => {
        const r = await fetch(location.pathname + '/preview.json', {headers: {Accept: 'application/json'}});
        const maps = (await r.json()).maps;
        for (let i = 0; i < maps.length; i++) {
            const b = maps[i].blocks.find((b) => b.line === line);
            if (b) return {page: i, x: (b.x + b.w / 2) / maps[i].width, y: (b.y + b.h / 2) / maps[i].height};
        }
        return null; }""", chart["line"])
    assert spot, f"no preview page maps line {chart['line']} (chart {chart['id']})"
    image = page.locator("#pages img").nth(spot["page"])
    image.scroll_into_view_if_needed()
    expect(image).to_be_visible()
    box = image.bounding_box()
    page.evaluate("document.activeElement && document.activeElement.blur()")
    image.click(position={"x": spot["x"] * box["width"], "y": spot["y"] * box["height"]})
    focused = page.evaluate("""() => { const e = document.activeElement, li = e && e.closest('.charts li');
        return {label: e ? e.getAttribute('aria-label') : null, chart: li ? li.dataset.chart : null}; }""")
    assert focused == {"label": "图表类型", "chart": chart["id"]}, f"the click on chart {chart['id']} led to {focused}"
    print(f"clicked chart {chart['id']} on page {spot['page'] + 1}: its kind is focused", flush=True)


def change_figure(page, out):
    """Changes the first editable figure that a chip prints, and checks the printed sentence and the pages."""
    pages_before = page.locator("#pages img").first.get_attribute("src")
    chips = page.locator(".chip:not(.bad)")
    inputs = page.locator("input.edit.num:not(.todo)")
    for i in range(inputs.count()):
        box = inputs.nth(i)
        value = box.input_value()
        if not value or not re.fullmatch(r"\d+(\.\d+)?", value):
            continue
        shown = f"{int(float(value)):,}" if "." not in value else value
        has = page.locator(".chip", has_text=re.compile("^" + re.escape(value) + "$|^" + re.escape(shown) + "$"))
        if has.count() == 0:
            continue
        new = str(int(float(value)) + 1234) if "." not in value else value + "1"
        box.scroll_into_view_if_needed()
        box.fill(new)
        page.screenshot(path=out / "05a-figure-edited.png")
        before = revision(page)
        page.click("#save")
        saved_and_refreshed(page, before)
        new_shown = f"{int(new):,}" if "." not in new else new
        found = page.locator(".chip", has_text=re.compile("^(" + re.escape(new) + "|" + re.escape(new_shown) + ")$"))
        expect(found.first).to_be_visible()
        found.first.scroll_into_view_if_needed()
        pages_after = page.locator("#pages img").first.get_attribute("src")
        assert pages_after != pages_before, "the preview pages were drawn again"
        took = page.evaluate("document.querySelector('main.editor').dataset.previewMillis")
        print(f"figure {value} → {new}; preview refreshed in {took} ms", flush=True)
        page.screenshot(path=out / "05b-sentence-changed.png")
        return
    raise AssertionError("no figure with a chip to change")


if __name__ == "__main__":
    sys.exit(main())
