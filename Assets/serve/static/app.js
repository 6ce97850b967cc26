// Folio 工作台: the little script the pages need (no library, no CDN). Every request that changes something
// carries the session's CSRF token in X-CSRF-Token.
"use strict";
const csrf = document.body.dataset.csrf || "";

function post(url, body, headers) {
  return fetch(url, {
    method: "POST", body: body, credentials: "same-origin",
    headers: Object.assign({ "X-CSRF-Token": csrf, "Accept": "application/json" }, headers || {}),
  });
}

// Forms that ask first (delete).
document.querySelectorAll("form.confirm").forEach((f) => {
  f.addEventListener("submit", (e) => { if (!confirm(f.dataset.confirm)) e.preventDefault(); });
});

// Import an uploaded .txt or .docx: the file's bytes as the body, its name in X-File-Name.
const importForm = document.getElementById("import");
if (importForm) {
  importForm.addEventListener("submit", async (e) => {
    e.preventDefault();
    const status = document.getElementById("import-status");
    const file = importForm.querySelector("input[type=file]").files[0];
    if (!file) return;
    status.textContent = "正在导入……";
    const r = await post("/reports/import", file, { "X-File-Name": encodeURIComponent(file.name) });
    const j = await r.json().catch(() => ({ error: "导入失败（" + r.status + "）" }));
    if (r.ok) { location.href = j.url; } else { status.textContent = j.error + " " + (j.details || []).join(" "); }
  });
}

// The editor: changed values are saved together; then the preview and the findings are refreshed.
const editor = document.querySelector("main.editor");
if (editor) {
  const report = editor.dataset.report;
  const status = document.getElementById("status");
  const saveButton = document.getElementById("save");
  const changed = new Set();
  editor.querySelectorAll(".edit").forEach((el) => {
    el.dataset.original = el.value;
    el.addEventListener("input", () => {
      if (el.value !== el.dataset.original) changed.add(el); else changed.delete(el);
      saveButton.disabled = changed.size === 0;
      status.textContent = changed.size ? "有 " + changed.size + " 处未保存的修改" : "";
    });
  });

  async function save() {
    const edits = [...changed].map((el) => ({
      line: +el.dataset.line, column: +el.dataset.column, kind: el.dataset.kind, value: el.value,
    }));
    status.textContent = "正在保存……";
    const r = await post("/reports/" + report + "/save.json", JSON.stringify({ base: editor.dataset.revision, edits }),
      { "Content-Type": "application/json" });
    const j = await r.json().catch(() => ({ error: "保存失败（" + r.status + "）" }));
    if (!r.ok) {
      status.innerHTML = "";
      const p = document.createElement("div");
      p.className = "refusal";
      p.textContent = j.error;
      const ul = document.createElement("ul");
      (j.details || []).forEach((d) => { const li = document.createElement("li"); li.textContent = d; ul.appendChild(li); });
      p.appendChild(ul);
      status.appendChild(p);
      return;
    }
    // The page is drawn again from the saved file: every place (line, column) is the file's new one.
    location.reload();
  }
  saveButton.addEventListener("click", save);

  async function refresh() {
    const t0 = performance.now();
    const r = await fetch("/reports/" + report + "/preview.json", { headers: { "Accept": "application/json" } });
    const j = await r.json();
    const pages = document.getElementById("pages");
    pages.innerHTML = "";
    j.pages.forEach((src, i) => {
      const img = document.createElement("img");
      img.src = src; img.alt = "第 " + (i + 1) + " 页"; img.className = "page";
      const map = (j.maps || [])[i];
      if (map) {
        img.title = pages.dataset.hint || "";
        img.addEventListener("click", (e) => {
          const line = lineAt(map, e.offsetX * map.width / img.clientWidth, e.offsetY * map.height / img.clientHeight);
          if (line) revealBlock(line);
        });
      }
      pages.appendChild(img);
    });
    const list = document.getElementById("findings");
    list.innerHTML = "";
    (j.problems || []).forEach((p) => { const li = document.createElement("li"); li.className = "错误"; li.textContent = p; list.appendChild(li); });
    j.findings.forEach((f) => {
      const li = document.createElement("li");
      li.className = f.severity;
      const a = document.createElement("a");
      a.href = "#"; a.textContent = "第 " + f.line + " 行 · " + f.severity + "：" + f.message;
      a.addEventListener("click", (e) => { e.preventDefault(); reveal(f.line); });
      li.appendChild(a);
      if (f.fix) { const s = document.createElement("div"); s.className = "fix"; s.textContent = f.fix; li.appendChild(s); }
      list.appendChild(li);
    });
    document.getElementById("finding-count").textContent = "（" + j.findings.length + "）";
    document.getElementById("preview-time").textContent =
      "（服务器 " + j.millis + " ms，共 " + Math.round(performance.now() - t0) + " ms）";
    editor.dataset.previewMillis = String(Math.round(performance.now() - t0));
    editor.dataset.previewRevision = j.revision;
  }

  // The dataset line of the paragraph or heading printed at (x, y), in points from the page's top-left corner.
  function lineAt(map, x, y) {
    const b = map.blocks.find((b) => x >= b.x && x < b.x + b.w && y >= b.y && y < b.y + b.h);
    return b ? b.line : 0;
  }

  // The paragraph, heading, table or image written at `line` (a click on a page): that block when the editor shows
  // it, else the nearest one before it; a chart placed there: its kind and title in the list of charts.
  function revealBlock(line) {
    let block = editor.querySelector('.block[data-line="' + line + '"]');
    if (!block) { reveal(line); return; }
    const placeholder = block.querySelector(".placeholder[data-chart]");
    const chart = placeholder && document.querySelector('.charts li[data-chart="' + placeholder.dataset.chart + '"]');
    if (chart) block = chart;
    block.scrollIntoView({ block: "center" });
    block.classList.add("flash");
    setTimeout(() => block.classList.remove("flash"), 1500);
    const input = block.querySelector(".edit");
    if (input) input.focus();
  }

  // The paragraph, heading or figure a finding is about: the nearest block starting at or before its line.
  function reveal(line) {
    let best = null;
    editor.querySelectorAll("[data-line]").forEach((el) => {
      const l = +el.dataset.line;
      if (l > 0 && l <= line && (!best || l >= +best.dataset.line)) best = el;
    });
    if (!best) return;
    best.scrollIntoView({ block: "center" });
    best.classList.add("flash");
    setTimeout(() => best.classList.remove("flash"), 1500);
    const input = best.matches(".edit") ? best : best.querySelector(".edit");
    if (input) input.focus();
  }
  refresh();
}
