#!/bin/sh
# Checks the PDF the example wrote (`make example`): its page count, and the figures as its prose prints them —
# typed Swift numbers with no ".0", a growth rate computed from the series, the chart's caption and source.
set -eu
pdf=$1
fail() { echo "example: $*" >&2; exit 1; }
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
[ "$pages" = 2 ] || fail "$pdf has ${pages:-no} pages, expected 2"
text=$(pdftotext "$pdf" - | tr -d ' \n')
for expected in "XX镇2024年财政工作情况报告" "一般公共预算收入12500万元" "支出的78.6%" "可支配收入19630元，比上年增长6.6%" \
  "比2020年增加4510元" "图12020—2024年农村居民人均可支配收入" "数据来源：XX镇统计站" "高标准农田2687.8亩"; do
  case "$text" in *"$expected"*) ;; *) fail "$pdf lacks “$expected”" ;; esac
done
case "$text" in *12500.0*) fail "$pdf prints 12500.0" ;; esac
echo "example: $pdf has $pages pages and the expected text"
