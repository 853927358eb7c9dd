"""Simplified Chinese of the Manifests screen, printing and the record handover dialog (merged
into `zh_CN.ZH_CN`). Keep %1, %2 … and the & of keyboard accelerators."""

MANIFESTS: dict[str, str] = {
    # screen
    "Filter: number, place…": "筛选：清单编号、地点…",
    "Print pre&view…": "打印预览(&V)…",
    "&Print…": "打印(&P)…",
    "&Save as PDF…": "另存为 PDF(&S)…",
    "&Record handover…": "登记移交(&R)…",
    "C&orrect handover…": "更正移交记录(&O)…",
    "Print &all of the day…": "打印当天全部清单(&A)…",
    "Save all of the day as P&DFs…": "将当天全部清单存为 PDF(&D)…",
    "&Day": "当天(&D)",
    "P&lan:": "计划(&L)：",
    "Da&y:": "日期(&Y)：",
    "&Handovers": "移交(&H)",
    "Re&conciliation": "核对(&C)",
    "Reading manifests…": "正在读取清单…",
    "Could not read the manifests": "无法读取清单",
    "All days": "全部日期",
    "No plan yet: make and publish one on the Plan screen.": "尚无计划：请在“计划”页面制定并发布。",
    "No handovers on this day.": "当天没有移交。",
    "handover recorded, frozen": "移交已登记，清单已冻结",
    "printed as shown": "与已打印的一致",
    "not issued yet: printing issues this revision": "尚未签发：打印时签发此版本",
    "%1 people · %2 pages": "%1 人 · %2 页",
    "Rendering %1…": "正在生成 %1…",
    "Rendering…": "正在生成…",
    "Could not render: %1": "无法生成：%1",
    "Print or save the manifest first: the handover is recorded against the printed list.":
        "请先打印或保存清单：移交按已打印的清单登记。",
    "Print preview — %1 r%2": "打印预览 — %1 第 %2 版",
    "Print %1": "打印 %1",
    "Print all manifests of %1": "打印 %1 的全部清单",
    "Save manifest %1 as PDF": "将清单 %1 存为 PDF",
    "PDF files (*.pdf)": "PDF 文件 (*.pdf)",
    "Folder for the manifests of %1": "存放 %1 清单的文件夹",
    "the manifests of %1": "%1 的清单",
    "Printing %1…": "正在打印 %1…",
    "Saving %1…": "正在保存 %1…",
    "%1 — %2 of %3": "%1 — 第 %2 份，共 %3 份",
    "1 manifest (%2 pages) sent to %3.": "1 份清单（%2 页）已发送到 %3。",
    "%1 manifests (%2 pages) sent to %3, as one job.":
        "%1 份清单（%2 页）已作为一个打印任务发送到 %3。",
    "1 manifest (%2 pages) saved to %3.": "1 份清单（%2 页）已保存到 %3。",
    "%1 manifests (%2 pages) saved to %3.": "%1 份清单（%2 页）已保存到 %3。",
    "Cancelled: nothing was printed or saved, and no print was recorded.":
        "已取消：没有打印或保存任何内容，也未登记打印。",
    "Printing failed": "打印失败",
    "Reading %1…": "正在读取 %1…",
    "Cannot record this handover": "无法登记此次移交",
    "%1 r%2: handover recorded, %3 handed over, %4 struck; the manifest is frozen.":
        "%1 第 %2 版：移交已登记，移交 %3 人，除名 %4 人；清单已冻结。",
    "Handover not recorded": "移交未登记",
    "Recording the handover…": "正在登记移交…",
    # tables
    "Manifest number": "清单编号",
    "Time": "时间",
    "Place": "地点",
    "Note": "备注",
    "Revision": "版本",
    "Printed": "已打印",
    "Handover": "移交",
    "Planned": "计划",
    "Manifested": "列入清单",
    "Handed over": "已移交",
    "Struck off": "除名",
    "Unaccounted": "去向不明",
    "People unaccounted for": "去向不明人员",
    "not issued": "未签发",
    "✓ %1, frozen": "✓ %1，已冻结",
    "not recorded": "未登记",
    "Flight %1": "航班 %1",
    "Crossing": "陆路口岸",
    "no longer in the plan": "已不在计划中",
    "%1×": "%1 次",
    "No manifest issued yet: printing or saving issues revision 1.":
        "尚未签发清单：打印或保存时签发第 1 版。",
    "The plan changed since r%1 was printed: printing now issues r%2.":
        "第 %1 版打印后计划有变：现在打印将签发第 %2 版。",
    "The handover is recorded: this revision is frozen. A correction makes a new revision.":
        "移交已登记：此版本已冻结。更正将生成新版本。",
    "Per day and batch": "按日期和批次",
    "Per batch (all days shown)": "按批次（所显示的全部日期）",
    "&Rows:": "行(&R)：",
    "Total: %1 planned · %2 manifested · %3 handed over · %4 struck":
        "合计：计划 %1 · 列入清单 %2 · 已移交 %3 · 除名 %4",
    "UNACCOUNTED FOR (%1): %2": "去向不明（%1 人）：%2",
    "Select a handover to see its manifest.": "选择一次移交以查看其清单。",
    # record handover dialog
    "Struck: not present": "除名：未到场",
    "Struck: refused by receiving side": "除名：接收方拒收",
    "Struck: medical hold": "除名：因病滞留",
    "Struck: other (say why)": "除名：其他（请说明）",
    "No.": "序号",
    "Reference": "编号",
    "Outcome": "结果",
    "Strike for good as": "永久注销原因",
    "Correct the handover of %1": "更正 %1 的移交记录",
    "Record the handover of %1": "登记 %1 的移交",
    "land border crossing": "陆路口岸移交",
    "<b>%1</b> r%2 · %3 at %4 · planned %5 %6 · %7 on the manifest":
        "<b>%1</b> 第 %2 版 · %4 %3 · 计划 %5 %6 · 清单 %7 人",
    "This handover is recorded and its manifest is frozen. A correction is recorded on a new "
    "revision r%1 of the manifest; the recorded revision is kept as it is.":
        "此次移交已登记，清单已冻结。更正将记录在清单的新版本（第 %1 版）上；"
        "已登记的版本保持不变。",
    "Recording freezes this revision of the manifest. Everyone not struck is handed over; "
    "statuses change accordingly.":
        "登记后此版本清单即冻结。未除名的人员均视为已移交，其状态随之更新。",
    "Officers": "执行人员",
    "ID number": "证件号码",
    "&Dispatching officer:": "移交方人员(&D)：",
    "&Receiving officer:": "接收方人员(&R)：",
    "&Witness (optional):": "见证人（可选）(&W)：",
    "&Actual time (local):": "实际时间（当地）(&A)：",
    "N&ote:": "备注(&O)：",
    "Find a person by reference or name…": "按编号或姓名查找人员…",
    "Record correction": "登记更正",
    "Record handover": "登记移交",
    "People on the manifest: who was struck, and why": "清单人员：谁被除名，原因是什么",
    "— (back to cleared)": "—（退回“已放行”，重新安排）",
    "%1 handed over · %2 struck": "移交 %1 人 · 除名 %2 人",
    "the dispatching officer's name": "移交方人员姓名",
    "the dispatching officer's ID number": "移交方人员证件号码",
    "the receiving officer's name": "接收方人员姓名",
    "the receiving officer's ID number": "接收方人员证件号码",
    "Fill in %1.": "请填写%1。",
    "%1 is struck for another reason: say why in the note.":
        "%1 因其他原因除名：请在备注中说明原因。",
    # escorts (ui/dialogs/escorts.py, ui/screens/manifests_escorts.py)
    "Escor&ts…": "押解人员(&T)…",
    "ID or badge number": "证件号或警号",
    "Role": "职责",
    "Escorts of %1": "%1 的押解人员",
    "The handover of this manifest is recorded: its escorts are part of the record and cannot "
    "be changed.": "此清单的移交已登记：押解人员属于记录的一部分，不能再修改。",
    "This manifest is not issued yet: saving the escorts issues revision r%1 (nothing is "
    "printed).": "此清单尚未签发：保存押解人员将签发第 %1 版（不打印）。",
    "The escorts are printed on the manifest and carried into its later revisions.":
        "押解人员打印在清单上，并带入清单以后的各个版本。",
    "&Add escort": "添加押解人员(&A)",
    "&Remove": "删除(&R)",
    "<b>%1 of %2 required</b>": "<b>已列 %1 人，要求 %2 人</b>",
    "Fewer escorts than the plan required.": "押解人员少于计划要求。",
    "Fewer escorts than the plan requires: the manifest prints a warning. You can still save.":
        "押解人员少于计划要求：清单上将打印警示。仍可保存。",
    "<b>%1 listed</b>": "<b>已列 %1 人</b>",
    "The plan requires no escorts here.": "计划对此未要求押解人员。",
    "Cannot read the escorts": "无法读取押解人员",
    "%1 r%2: %3 escorts saved.": "%1 第 %2 版：已保存 %3 名押解人员。",
    "%1 r%2: %3 escorts saved, %4 required by the plan.":
        "%1 第 %2 版：已保存 %3 名押解人员，计划要求 %4 名。",
    "Escorts not saved": "押解人员未保存",
    "Saving the escorts…": "正在保存押解人员…",
    # signing (ui/dialogs/signing.py, ui/screens/manifests_signing.py)
    "Sign the manifests": "为清单签名",
    "%1 will be signed with the agency's certificate:": "%1 将使用本机构的证书签名：",
    "Valid until %1 · file %2": "有效期至 %1 · 文件 %2",
    "The certificate file is missing: signing will fail. Ask the administrator, or save "
    "unsigned this time.": "证书文件不存在：签名将失败。请联系管理员，或本次不签名保存。",
    "Certificate &password:": "证书密码(&P)：",
    "Asked once while the app runs: the opened certificate stays in memory until you quit. "
    "The password is never saved.":
        "程序运行期间只询问一次：打开的证书保留在内存中，直到退出程序。密码从不保存。",
    "&Sign": "签名(&S)",
    "&Don't sign this time": "本次不签名(&D)",
    "Not signed (no certificate configured)": "不签名（未配置证书）",
    "Saved PDFs are not signed. An administrator sets the agency's certificate with: "
    "repatplan manifest signer set --p12 FILE":
        "保存的 PDF 不签名。管理员可用以下命令设置本机构的证书："
        "repatplan manifest signer set --p12 FILE",
    "Saved PDFs are signed (PAdES) with this certificate, valid until %1; file %2. Printing on "
    "paper is not signed.":
        "保存的 PDF 使用此证书签名（PAdES），有效期至 %1；文件 %2。纸质打印不签名。",
    "Signing certificate missing: %1": "签名证书不存在：%1",
    "Signed with: %1": "签名证书：%1",
    "Cannot use the signing certificate": "无法使用签名证书",
    "Opening the signing certificate…": "正在打开签名证书…",
    "The manifests of %1": "%1 的清单",
    "Signed by %1.": "签名者：%1。",
    # a cancelled flight or a crossing closed that day, before the re-plan
    "flight cancelled": "航班已取消",
    "crossing closed": "口岸关闭",
    "do not use: re-plan": "请勿使用：请重新规划",
    "Flight %1 on %2 is cancelled: re-plan, then print the new manifest and record its "
    "handover. This manifest is not to be printed, saved or recorded.":
        "航班 %1（%2）已取消：请重新规划，然后打印新的清单并登记其移交。"
        "本清单不得打印、保存或登记移交。",
    "Crossing %1 is closed on %2: re-plan, then print the new manifest and record its "
    "handover. This manifest is not to be printed, saved or recorded.":
        "口岸 %1 于 %2 关闭：请重新规划，然后打印新的清单并登记其移交。"
        "本清单不得打印、保存或登记移交。",
}
