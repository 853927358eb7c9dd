"""Simplified Chinese of the Exports screen (merged into `zh_CN.ZH_CN`).
Keep %1, %2 … and the & of keyboard accelerators."""

EXPORTS: dict[str, str] = {
    # undo commands of partner profiles
    "Only %1 flights for %2": "%2 仅接收 %1 的航班",
    "Flights of every carrier for %2": "%2 接收所有承运人的航班",
    "%1 gets %2": "%1 接收%2",
    "%1 no longer gets %2": "%1 不再接收%2",
    "%1 does not get %2": "%1 不接收%2",
    # profile fields and event kinds
    "Names (Chinese and Latin)": "姓名（中文及拉丁字母）",
    "Date of birth": "出生日期",
    "Sex": "性别",
    "Nationality": "国籍",
    "Travel document": "旅行证件",
    "Case reference": "案件编号",
    "Batch": "批次",
    "Province": "省份",
    "Flags (minor, victim, pregnant, separate)": "标记（未成年、受害人、孕妇、单独押送）",
    "Medical flag and note": "医疗标记及说明",
    "Crossing handovers": "口岸移交",
    "Flights": "航班",
    # formats
    "Excel workbook (XLSX)": "Excel 工作簿（XLSX）",
    "CSV (UTF-8)": "CSV（UTF-8）",
    "Calendar (iCalendar, no personal data)": "日历（iCalendar，不含个人信息）",
    "Plan document (JSON)": "计划文档（JSON）",
    "Passenger list (UN/EDIFACT PAXLST)": "旅客名单（UN/EDIFACT PAXLST）",
    # the new-export form
    "&Encrypt with a password": "使用密码加密(&E)",
    "at least %1 characters": "至少 %1 个字符",
    "&Save as…": "另存为(&S)…",
    "&Plan:": "计划(&P)：",
    "&Recipient:": "接收方(&R)：",
    "&Format:": "格式(&F)：",
    "&Only:": "仅限(&O)：",
    "Pass&word:": "密码(&W)：",
    "A&gain:": "再次输入(&G)：",
    "internal — the whole plan (JSON only)": "内部 — 完整计划（仅 JSON）",
    "every day": "每天",
    "every flight": "所有航班",
    "There is no plan yet: make one on the Plan screen.": "尚无计划：请在“计划”页面制定。",
    "Choose a recipient.": "请选择接收方。",
    "The whole plan goes out as JSON only; choose a recipient for other formats.":
        "完整计划只能导出为 JSON；其他格式请选择接收方。",
    "A passenger list needs names, which %1 does not get.":
        "旅客名单需要姓名，而 %1 不接收姓名。",
    "The password needs at least %1 characters.": "密码至少需要 %1 个字符。",
    "The password must not be only spaces.": "密码不能只由空格组成。",
    "The two passwords differ.": "两次输入的密码不一致。",
    "%1 gets medical data: its files are always encrypted": "%1 接收医疗信息：其文件一律加密",
    "Excel and LibreOffice ask for the password when they open the workbook.":
        "Excel 和 LibreOffice 打开该工作簿时会要求输入密码。",
    "The file goes into a 7-Zip archive (.7z, AES-256) that 7-Zip, p7zip or Keka open with "
    "the password.":
        "文件将放入 7-Zip 压缩包（.7z，AES-256），可用 7-Zip、p7zip 或 Keka 凭密码打开。",
    "Our own systems: the engine's whole plan document.":
        "供本方系统使用：优化引擎的完整计划文档。",
    "A calendar: places, times, manifest numbers and head counts only.":
        "日历：仅含地点、时间、名单编号和人数。",
    "Head counts only, one row per handover.": "仅人数，每次移交一行。",
    "<b>%1</b> gets the person reference and: %2": "<b>%1</b> 接收人员编号以及：%2",
    # the profiles table
    "Kind: %1": "类型：%1",
    "Version %1": "第 %1 版",
    "No person fields: head counts only": "无人员字段：仅人数",
    "Only carrier": "仅限承运人",
    "Nobody gets medical data unless it is ticked here; exports to a recipient who gets it "
    "must be encrypted":
        "除非在此勾选，任何接收方都不会收到医疗信息；发给接收医疗信息的接收方的导出文件必须加密",
    "Only this carrier's flights (empty: every carrier)": "仅此承运人的航班（留空：所有承运人）",
    "The recipient hears of these handovers": "接收方会获知这些移交",
    "The person reference is always given": "人员编号始终提供",
    "Double-click to change": "双击修改",
    # the screen
    "New export": "新建导出",
    "Partner profiles: what each recipient gets": "合作方配置：各接收方获得的信息",
    "Tick a box to give a field; double-click a carrier to change it. Every change can be "
    "undone (Ctrl+Z) and is audited. New profiles: <tt>repatplan partner set</tt>.":
        "勾选即提供该字段；双击承运人可修改。每项修改均可撤销（Ctrl+Z）并记入审计。"
        "新建配置：<tt>repatplan partner set</tt>。",
    "When (UTC)": "时间（UTC）",
    "Who": "操作人",
    "Recipient": "接收方",
    "Format": "格式",
    "Plan": "计划",
    "File": "文件",
    "Rows": "行数",
    "Encrypted": "加密",
    "Fields given": "提供的字段",
    "Exports made": "已完成的导出",
    "&Save export as…": "导出另存为(&S)…",
    "7-Zip archive (*.7z)": "7-Zip 压缩包 (*.7z)",
    "Save export as": "导出另存为",
    "Exporting…": "正在导出…",
    ", encrypted": "，已加密",
    "Written: <b>%1</b> for %2 (%3 rows, %4 people%5).":
        "已写入：<b>%1</b>，接收方 %2（%3 行，%4 人%5）。",
    "Cancelled: nothing was written.": "已取消：未写入任何内容。",
    "The export failed; nothing was written.": "导出失败；未写入任何内容。",
    "Export failed": "导出失败",
    "yes: Office password (AES-256)": "是：Office 密码（AES-256）",
    "yes: 7-Zip archive (AES-256)": "是：7-Zip 压缩包（AES-256）",
    "no": "否",
    "none (a calendar)": "无（日历）",
    "head counts only": "仅人数",
    ", ": "、",
}
