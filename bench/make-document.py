#!/usr/bin/env python3
"""A target document of any size in seed 002's layout (the same as tests/Jixiao.Data.Tests/Support/SyntheticDocument.cs):
seed 002's opening, then PROJECTS project tables of INDICATORS indicator rows each.
Usage: bench/make-document.py SEED002 PROJECTS INDICATORS > OUT.txt"""
import sys

seed, projects, indicators = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
text = open(seed, encoding="utf-8").read()
start = text.index("# 1.公共法律服务绩效目标表")
out = [text[:start]]
for i in range(1, projects + 1):
    name = f"项目{i}"
    out.append(f"# {i}.{name}绩效目标表\n\n315001 秦皇岛市抚宁区司法局本级\n\n单位：元\n\n")
    out.append(f"<b>项目编码</b>\t130306220{i:06d}\t\t<b>项目名称</b>\t{name}\t\t\n")
    out.append("<b>预算规模及 资金用途</b>\t<b>预算数</b>\t160000.00\t<b>其中：财政 资金</b>\t160000.00\t<b>其他资金</b>\t\n")
    out.append("\t用于法律援助经费\t\t\t\t\t\n")
    out.append("<b>资金支出计 划（%）</b>\t<b>3 月底</b>\t\t<b>6 月底</b>\t<b>10 月底</b>\t<b>12 月底</b>\t\n")
    out.append("\t20%\t\t40%\t70%\t100%\t\n")
    out.append("<b>绩效目标</b>\t1.应援优援，案件补贴到位\t\t\t\t\t\n")
    out.append("<b>一级指标</b>\t<b>二级指标</b>\t<b>三级指标</b>\t<b>绩效指标描述</b>\t<b>指标值</b>\t<b>指标值确定 依据</b>\t\n")
    for j in range(1, indicators + 1):
        level1 = "产出指标" if j == 1 else ""
        out.append(f"{level1}\t数量指标\t指标{j}\t法律援助咨询数\t≥{j} 件\t工作计划\t\n")
    out.append("\n")
sys.stdout.write("".join(out))
