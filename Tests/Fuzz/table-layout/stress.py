"""A stress of the table layout (not part of `make test`: it takes minutes): N random datasets, each a table of 1–14
columns whose cells are empty, short, figures, long Chinese texts, unbreakable Latin runs or full-width digits, with
long captions, notes and issuers sometimes; each built with `--draft --force`. Every build must exit 0 (65 only for
check findings, which --force passes by). Usage: stress.py FOLIO N (run in an empty folder)."""
import random, json, subprocess, sys
folio = sys.argv[1]; n = int(sys.argv[2])
words = ["", "收入", "12,345.67", "农村人居环境整治提升五年行动（厕所革命、生活垃圾和污水治理）", "abcdefghijklmnopqrstuvwxyz0123456789", "—", "（", "项目绩效目标：" + "加强整治，推进治理，" * 40, "2021—2025年", "x"*80, "１２３", "合计"]
results = {}
for i in range(n):
    rnd = random.Random(i)
    cols = rnd.randint(1, 14)
    header = [rnd.choice(words) or f"列{c}" for c in range(cols)]
    rows = []
    for r in range(rnd.randint(1, 6)):
        rows.append([rnd.choice(words) for c in range(cols)])
    t = {"caption": rnd.choice(["表", "很长的表题" * rnd.randint(1, 30)]), "columns": header, "rows": rows}
    if rnd.random() < 0.5: t["note"] = "注：" + "说明文字" * rnd.randint(1, 80)
    if rnd.random() < 0.5: t["unit"] = "单位：万元"
    doc = {"report": {"title": "测试", "issuer": rnd.choice(["某机关", "中共某县委农村工作领导小组办公室某县乡村振兴局某镇人民政府" * rnd.randint(1, 3)]), "date": "2025-01-20"},
           "body": ["正文。", {"table": t}, "结束。"]}
    open(f"s{i}.yaml", "w").write(json.dumps(doc, ensure_ascii=False))
    p = subprocess.run([folio, "build", f"s{i}.yaml", "-o", f"s{i}.pdf", "--draft", "--force"], capture_output=True, text=True, timeout=120)
    results.setdefault(p.returncode, []).append(i)
    if p.returncode not in (0, 65):
        print(i, p.returncode, p.stderr[-500:])
print({k: len(v) for k, v in results.items()})
