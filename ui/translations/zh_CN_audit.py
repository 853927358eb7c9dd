"""Simplified Chinese of the Audit screen (merged into `zh_CN.ZH_CN`).
Keep %1, %2 … and the & of keyboard accelerators."""

AUDIT: dict[str, str] = {
    # screen, actions, messages
    "&Verify chain": "校验哈希链(&V)",
    "Recompute every entry's hash and link: finds any edited, inserted or deleted entry":
        "重新计算每条记录的哈希和链接：找出任何被修改、插入或删除的记录",
    "&Export the filtered trail…": "导出筛选后的审计记录(&E)…",
    "The entries shown, to a CSV file; the export is recorded in the trail":
        "将显示的记录导出为 CSV 文件；导出本身也记入审计日志",
    "Could not read the audit trail": "无法读取审计日志",
    "Audit entries, newest first": "审计记录（最新在前）",
    "%1 entries, newest first": "共 %1 条记录，最新在前",
    "No audit entries yet.": "尚无审计记录。",
    "%1 entries match the filters": "%1 条记录符合筛选条件",
    "No entry matches these filters.": "没有符合这些筛选条件的记录。",
    "Checking the audit chain…": "正在校验审计哈希链…",
    "Could not check the audit chain": "无法校验审计哈希链",
    "Export the filtered trail": "导出筛选后的审计记录",
    "CSV files (*.csv)": "CSV 文件 (*.csv)",
    "Say who you are first (Edit ▸ Operator…): every export is recorded in the audit trail "
    "with the operator's name.":
        "请先填写操作员身份（编辑 ▸ 操作员…）：每次导出都会以操作员姓名记入审计日志。",
    "Not exported": "未导出",
    "Exported %1 entries to %2 (recorded as entry #%3).":
        "已将 %1 条记录导出到 %2（记为第 #%3 条审计记录）。",
    "Export cancelled: no file was written.": "已取消导出：未写入任何文件。",
    "Could not export the audit trail": "无法导出审计日志",
    "Exporting the audit trail…": "正在导出审计日志…",
    # detail pane
    "Values of the entry": "记录的字段值",
    "Select an entry to see what it changed.": "选择一条记录以查看其变更内容。",
    "<b>%1</b> by %2": "<b>%1</b>，操作员：%2",
    "Field": "字段",
    "Before": "之前",
    "After": "之后",
    "Value (deleted)": "值（已删除）",
    "Value": "值",
    "hash %1\nprevious %2": "哈希 %1\n前一条 %2",
    "yes": "是",
    "no": "否",
    # filters
    "Reference or name": "编号或姓名",
    "Batch reference": "批次编号",
    "Manifest number": "交接清单编号",
    "Any plan": "任意计划",
    "Any operator": "任意操作员",
    "Any action": "任意操作",
    "Clear filters": "清除筛选",
    "Person": "人员",
    "Batch": "批次",
    "Plan": "计划",
    "Manifest": "交接清单",
    "Operator": "操作员",
    "Action": "操作",
    "From (UTC day)": "起始日（UTC）",
    "To (UTC day)": "截止日（UTC）",
    "&Person": "人员(&P)",
    "&Batch": "批次(&B)",
    "P&lan": "计划(&L)",
    "&Manifest": "交接清单(&M)",
    "&Operator": "操作员(&O)",
    "&Action": "操作(&A)",
    "&From": "起始(&F)",
    "&To": "截止(&T)",
    "any": "不限",
    # table columns and kinds of record
    "When (UTC)": "时间（UTC）",
    "Agency": "机构",
    "Record": "对象",
    "Changes": "变更",
    "Plan assignment": "计划分配",
    "Export": "导出",
    "Audit trail": "审计日志",
    "Location": "地点",
    "Crossing": "口岸通道",
    "Crossing closure": "口岸关闭",
    "Flight": "航班",
    "Leg": "路段",
    "Receiving point": "接收点",
    "Receiving province": "接收省份",
    "Separation": "分开押送",
    "Import": "导入",
    "Status event": "状态变更",
    # People and Batches screens: "History in the audit trail" (lines the lead adds there)
    "&History in the audit trail": "审计日志中的历史(&H)",
    "Every change, export and print of this record, in the Audit screen":
        "在审计界面中查看此对象的每次变更、导出和打印",
    # verify
    "Problems found in the audit chain": "审计哈希链中发现的问题",
    "The audit chain is intact:": "审计哈希链完整：",
    "%1 entries, every hash and link checked. Head hash %2 — write it down to compare later.":
        "共 %1 条记录，每个哈希和链接均已校验。链头哈希 %2——请记下以便日后比对。",
    "The audit chain is BROKEN:": "审计哈希链已被破坏：",
    "%1 problem(s) in %2 entries. Click one to show its entry.":
        "%2 条记录中有 %1 个问题。点击某个问题可显示对应记录。",
    "The check was cancelled before the end: nothing is known about the entries it did not "
    "reach.": "校验在完成前被取消：未校验到的记录状态未知。",
    "<b>This entry is missing</b>: it was deleted from the trail, which <b>Verify chain</b> "
    "reports as a break.":
        "<b>此条目缺失</b>：它已从审计记录中被删除，<b>校验链</b>会将其报告为断裂。",
    "entry %1 is missing": "条目 %1 缺失",
    "missing": "缺失",
}
