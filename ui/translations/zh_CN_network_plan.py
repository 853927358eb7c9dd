"""Simplified Chinese of the Network and Plan screens (merged into `zh_CN.ZH_CN`).
Keep %1, %2 … and the & of keyboard accelerators."""

NETWORK_PLAN: dict[str, str] = {
    # undo commands of network edits
    "Edit %1 %2": "编辑%1 %2",
    "location": "地点",
    "crossing": "口岸通道",
    "flight": "航班",
    "leg": "路段",
    "receiving point": "接收点",
    "Cancel flight %1": "取消航班 %1",
    "Confirm flight %1": "确认航班 %1",
    "Request flight %1": "申请航班 %1",
    "Propose flight %1": "拟定航班 %1",
    "Add flight %1": "新增航班 %1",
    "Close %1 %2–%3": "关闭 %1（%2–%3）",
    "Pin %1": "锁定 %1",
    "Unpin %1": "解除锁定 %1",
    # network forms and tables
    "none": "无",
    "road": "公路",
    "rail": "铁路",
    "every day": "每天",
    "Code": "代码",
    "Country": "国家",
    "Kind": "类型",
    "Latitude": "纬度",
    "Longitude": "经度",
    "Holding capacity": "羁押容量",
    "Side A": "A 侧",
    "Side B": "B 侧",
    "People a day": "每日人数",
    "Open days": "开放日",
    "Hours": "开放时间",
    "Closed": "关闭",
    "Flight": "航班",
    "Departs": "起飞",
    "Arrives": "到达",
    "From": "出发地",
    "To": "目的地",
    "Seats": "座位",
    "Most detainees": "最多被遣返人员",
    "Charter cost": "包机费用",
    "Mode": "方式",
    "Minutes": "分钟",
    "People per vehicle": "每车人数",
    "Vehicles a day": "每日车辆",
    "Location": "地点",
    "Intake a day": "每日接收量",
    "Provinces": "省份",
    "holding site": "羁押场所",
    "border checkpoint": "边境检查站",
    "airport": "机场",
    "staging": "中转点",
    "proposed": "拟定",
    "requested": "已申请",
    "confirmed": "已确认",
    "cancelled": "已取消",
    "Local name": "当地名称",
    "Open weekdays (1=Mon)": "开放星期（1=周一）",
    "Opens": "开放",
    "Closes": "关闭",
    "Handover minutes": "交接分钟数",
    "Flight number": "航班号",
    "Carrier": "承运人",
    "Departs (local)": "起飞（当地时间）",
    "Arrives (local)": "到达（当地时间）",
    "Escorts per detainee": "每名被遣返人员的押解人数",
    "The planner may choose it": "规划器可选用",
    "Cost per vehicle": "每车费用",
    # network screen
    "Locations": "地点",
    "Crossings": "口岸通道",
    "Legs": "路段",
    "Receiving points": "接收点",
    "Plan on &day:": "计划日期(&D)：",
    "Whole region": "整个区域",
    "&Edit…": "编辑(&E)…",
    "Change the selected row (double-click does the same)": "修改所选行（双击亦可）",
    "&Close for some days…": "关闭若干天(&C)…",
    "A disruption: the planner will avoid these days": "干扰事件：规划器将避开这些日期",
    "&All days": "全部日期(&A)",
    "&Add flight…": "新增航班(&A)…",
    "Con&firm": "确认(&F)",
    "Mark the selected flight confirmed by the carrier": "将所选航班标记为承运人已确认",
    "Cancel flight": "取消航班",
    "A disruption: the flight is no longer available; you are offered a re-plan":
        "干扰事件：该航班不再可用；系统将建议重新规划",
    "No plan yet: the map shows the network only.": "尚无计划：地图仅显示运输网络。",
    "%1 flights shown": "显示 %1 个航班",
    "Plan %1 (%2) on %3: %4 people cross a border, %5 fly.":
        "计划 %1（%2）%3：%4 人过境，%5 人乘机。",
    "Not on the map (no coordinates): %1.": "未在地图上显示（无坐标）：%1。",
    "Add flight": "新增航班",
    "The planner will not use the crossing on these days; undo reopens it.":
        "规划器在这些日期不使用该口岸；撤销即可重新开放。",
    "Re-plan?": "重新规划？",
    "%1. Re-plan from the published plan now? Only what must move is moved; the changes are "
    "listed on the Plan screen.":
        "%1。现在基于已发布的计划重新规划吗？只调整必须调整的部分；变更将列在“计划”界面。",
    "Re-plan now": "立即重新规划",
    "Not now": "暂不",
    # map
    "Network map": "网络地图",
    "%1 (outline approximate)": "%1（轮廓为近似）",
    "%1 → %2: %3 min, %4 × %5 people a day": "%1 → %2：%3 分钟，每日 %4 × %5 人",
    "Flights %1 → %2: %3": "航班 %1 → %2：%3",
    "Crossing %1: %2 people a day, open days %3, %4–%5": "口岸 %1：每日 %2 人，开放日 %3，%4–%5",
    "%1 people %2 → %3 (%4)": "%1 人 %2 → %3（%4）",
    "Staging": "中转点",
    "Border checkpoint / crossing": "边境检查站 / 口岸",
    "Airport": "机场",
    "road leg": "公路路段",
    "flight route": "航线",
    "moving on the day shown (width: people)": "所示日期的移动（线宽：人数）",
    "Borders are approximate (a coarse hand-made outline). Scroll to zoom, drag to move; "
    "hover a line or a place for details.":
        "边界为近似（粗略的手绘轮廓）。滚动缩放，拖动平移；悬停于线路或地点查看详情。",
    # chart and timeline
    "Objective and bound over time": "目标值与界随时间的变化",
    "%1 s": "%1 秒",
    "Objective (best plan found)": "目标值（已找到的最佳计划）",
    "Bound (no plan can be better)": "界（任何计划都不会更优）",
    "Run the planner to see the search progress here.": "运行规划器后，此处显示搜索进展。",
    "closed": "关闭",
    "%1 of %2 (%3%)": "%1 / %2（%3%）",
    # plan view
    "Solver status": "求解状态",
    "People scheduled": "已排期人数",
    "Chunks": "分组",
    "Flights operated": "执飞航班",
    "People not scheduled": "未排期人数",
    "Batches not fully scheduled": "未完全排期的批次",
    "Objective": "目标值",
    "Bound": "界",
    "Gap": "差距",
    "Days in custody (weighted)": "羁押天数（加权）",
    "Charters operated": "执飞包机",
    "Escort seats": "押解座位",
    "Days late": "超期天数",
    "draft": "草稿",
    "published": "已发布",
    "superseded": "已被取代",
    "Plan %1 — %2 — %3": "计划 %1 — %2 — %3",
    "the best possible plan is at most this much better": "最优计划至多比此计划好这么多",
    "no bound was proven for this run": "本次运行未证明界",
    "Plan %1 (%2)": "计划 %1（%2）",
    "Solver: %1": "求解器：%1",
    "%1 rule violations found by the independent check": "独立校验发现 %1 处违反规则",
    "%1 warnings": "%1 条警告",
    "moved": "已调整",
    "newly scheduled": "新排期",
    "no longer scheduled": "不再排期",
    "handed over or struck": "已移交或已除名",
    "optimal (proven: no better plan exists)": "最优（已证明不存在更好的计划）",
    "feasible (the best plan found; not proven optimal)": "可行（已找到的最佳计划，未证明最优）",
    "a quick plan only (no optimisation)": "仅快速计划（未优化）",
    "no plan satisfies every rule": "没有计划能满足所有规则",
    "Ready people left out": "未排期的就绪人员",
    "Days planned": "计划日期",
    "for any reason (not ready, no route, no room, past a deadline): see the Unscheduled "
    "tab":
        "任何原因（未就绪、无路线、无容量、超过期限）：见“未排期”标签页",
    "Objective by term (points)": "目标值分项（分）",
    "Ready people left out counts only people who could have gone; it is 0 when every one of "
    "them is scheduled.":
        "“未排期的就绪人员”只计算本可出行的人员；他们全部排期时为 0。",
    "No plan yet: crossings and flights by day appear here after a run.":
        "尚无计划：运行后此处按日显示口岸和航班。",
    "%1 people whose transfer in the published plan was before today (%2) were moved or left "
    "out: the planner does not plan days already past; check them on the Changes tab.":
        "已发布计划中 %1 人的转移日期早于今天（%2），已被调整或移出：规划器不安排已过去的日期；"
        "请在“变更”标签页核对。",
    "Days late after a legal deadline": "超过法定期限的天数",
    "Charter flights operated": "执飞包机",
    "People moved against the published plan": "相对已发布计划调整的人员",
    # disruption dialogs
    "Reason:": "原因：",
    "Nothing to choose from.": "没有可选项。",
    "The last day is before the first day.": "结束日期早于开始日期。",
    "Cancel a &flight…": "取消航班(&F)…",
    "&Close a crossing for some days…": "关闭口岸若干天(&C)…",
    "&Delay a batch…": "推迟批次(&D)…",
    " (in the plan)": "（在计划中）",
    "Cancel a flight": "取消航班",
    "The flight is marked cancelled (undo restores it), then the published plan is "
    "re-planned and the changes are listed.":
        "该航班将被标记为已取消（撤销可恢复），随后基于已发布的计划重新规划并列出变更。",
    "&Flight:": "航班(&F)：",
    "Cancel flight and re-plan": "取消航班并重新规划",
    "The flight is marked cancelled (undo restores it). There is no published plan to "
    "re-plan; the next plan will not use it.":
        "该航班将被标记为已取消（撤销可恢复）。没有可重新规划的已发布计划；下一次规划不会使用该航班。",
    "%1: saved. There is no published plan to re-plan; the next plan respects it.":
        "%1：已保存。没有可重新规划的已发布计划；下一次规划将遵循此项。",
    "Re-plan the published plan with a batch held back": "在推迟某批次的情况下重新规划已发布的计划",
    "Needs a published plan: a delay only shapes a re-plan": "需要已发布的计划：推迟仅用于重新规划",
    "Another change is still being saved; try again in a moment.":
        "另一项修改仍在保存，请稍后再试。",
    "flight %1 cancelled": "航班 %1 已取消",
    "Close a crossing": "关闭口岸",
    "The crossing is closed on these days (undo reopens it), then the published plan is "
    "re-planned and the changes are listed.":
        "该口岸在这些日期关闭（撤销可重新开放），随后基于已发布的计划重新规划并列出变更。",
    "&Crossing:": "口岸(&C)：",
    "&First day:": "开始日期(&F)：",
    "&Last day:": "结束日期(&L)：",
    "Close and re-plan": "关闭并重新规划",
    "The crossing is closed on these days (undo reopens it). There is no published plan to "
    "re-plan; the next plan respects the closure.":
        "该口岸在这些日期关闭（撤销可重新开放）。没有可重新规划的已发布计划；下一次规划将遵循此关闭。",
    "Close crossing": "关闭口岸",
    "%1 closed %2 to %3": "%1 于 %2 至 %3 关闭",
    "Delay a batch": "推迟批次",
    "The batch may not leave before the day chosen (for this re-plan only); the published "
    "plan is re-planned and the changes are listed.":
        "该批次在所选日期之前不得出发（仅用于本次重新规划）；将基于已发布的计划重新规划并列出变更。",
    "&Not before:": "不早于(&N)：",
    "Delay and re-plan": "推迟并重新规划",
    "batch %1 delayed to %2": "批次 %1 推迟至 %2",
    # compare
    "Co&mpare": "比较(&M)",
    "Choose two plan versions.": "请选择两个计划版本。",
    "Press Compare to compare the two versions chosen.": "按“比较”以比较所选的两个版本。",
    "Figure": "指标",
    "B − A": "B − A",
    "Change": "变更",
    "In A": "在 A 中",
    "In B": "在 B 中",
    "Plan &A:": "计划 &A：",
    "Plan &B:": "计划 &B：",
    "Comparing plans…": "正在比较计划…",
    "Plan %1 (A) against plan %2 (B): %3 changes, %4 people on another itinerary or "
    "(un)scheduled.":
        "计划 %1（A）与计划 %2（B）相比：%3 项变更，%4 人改换行程或排期变化。",
    # plan screen
    "The plan version shown": "当前显示的计划版本",
    " s": " 秒",
    "How long the optimiser may search": "优化器可搜索的时长",
    "&Run plan": "运行规划(&R)",
    "Make a new plan for everyone ready (a draft)": "为所有已就绪人员制定新计划（草稿）",
    "Re-&plan": "重新规划(&P)",
    "Re-plan from the published plan, moving only what must move":
        "基于已发布的计划重新规划，只调整必须调整的部分",
    "Stop the search; the best plan found so far is kept as a draft (Esc)":
        "停止搜索；目前找到的最佳计划保存为草稿（Esc）",
    "&Disruption": "干扰事件(&D)",
    "P&ublish": "发布(&U)",
    "Publish the plan shown: people in it become scheduled": "发布当前计划：其中人员变为已排期",
    "P&lan:": "计划(&L)：",
    "&Time limit:": "时间限制(&T)：",
    "Search: objective and bound": "搜索：目标值与界",
    "Result": "结果",
    "Timeline": "时间轴",
    "Leaves": "出发",
    "Route": "路线",
    "Pinned": "已锁定",
    "Pi&n": "锁定(&N)",
    "Keep the selected chunks as they are when re-planning": "重新规划时保持所选分组不变",
    "Un&pin": "解除锁定(&P)",
    "Reasons": "原因",
    "Unscheduled": "未排期",
    "Before": "之前",
    "After": "之后",
    "Changes appear here after a re-plan.": "重新规划后，变更显示在此处。",
    "Changes": "变更",
    "Compare": "比较",
    "Each day's bar: people handed over (crossings) or detainees flown (flights) against "
    "capacity — <span style='color:#3d8f58'>■</span> under 50 % <span "
    "style='color:#7cae3e'>■</span> under 80 % <span style='color:#e08e0b'>■</span> under "
    "100 % <span style='color:#c0392b'>■</span> full · hatched: closed or cancelled. Hover a "
    "bar for the numbers.":
        "每日的柱：移交人数（口岸）或乘机被遣返人数（航班）与容量之比 — "
        "<span style='color:#3d8f58'>■</span> 低于 50 % <span style='color:#7cae3e'>■</span> "
        "低于 80 % <span style='color:#e08e0b'>■</span> 低于 100 % "
        "<span style='color:#c0392b'>■</span> 已满 · 斜线：关闭或取消。悬停于柱上查看数字。",
    "Reading plan %1…": "正在读取计划 %1…",
    "<p>No plan yet.</p><p>Press <b>Run plan</b> to let the optimiser plan everyone who is "
    "ready; the plan is kept as a draft until you publish it.</p>":
        "<p>尚无计划。</p><p>按<b>运行规划</b>，由优化器为所有已就绪人员制定计划；"
        "在发布之前，计划保存为草稿。</p>",
    "Unscheduled (%1)": "未排期（%1）",
    "Nothing to re-plan from": "没有可据以重新规划的计划",
    "There is no published plan yet. Run a plan and publish it first.":
        "尚无已发布的计划。请先运行规划并发布。",
    "Preparing the model…": "正在准备模型…",
    "Searching… %1 s": "正在搜索… %1 秒",
    "Cancelling… %1 s": "正在取消… %1 秒",
    "objective %1 · bound %2 · gap %3": "目标值 %1 · 界 %2 · 差距 %3",
    "Stopped by you after %1 s; the best plan found so far is kept as a draft.":
        "您在 %1 秒后停止；目前找到的最佳计划已保存为草稿。",
    "Finished in %1 s.": "用时 %1 秒完成。",
    "The chart shows the search; the result adds %1 for moves the disruption forces on every "
    "plan.":
        "图表显示搜索过程；结果另加 %1，即干扰事件使任何计划都必须进行的调整。",
    "Plan %1 — draft": "计划 %1 — 草稿",
    "The planner stopped with an error.": "规划器因错误而停止。",
    "Planning failed": "规划失败",
    "Re-planned from plan %1": "基于计划 %1 重新规划",
    " after: %1": "，原因：%1",
    "Nothing had to change.": "无需任何变更。",
    "%1 changes, %2 people affected.": "%1 项变更，涉及 %2 人。",
    "Changes (%1)": "变更（%1）",
    "Publish plan": "发布计划",
    "Publish plan %1? The plan published now is superseded, and people in this plan are "
    "marked scheduled.":
        "发布计划 %1？当前已发布的计划将被取代，本计划中的人员将标记为已排期。",
    "Plan %1 published; %2 status changes recorded.": "计划 %1 已发布；记录了 %2 项状态变更。",
    "Publishing…": "正在发布…",
    # adding, deleting and importing network rows
    "Import &network…": "导入路网(&N)…",
    "Check a network file (JSON), then import it": "检查路网文件（JSON），然后导入",
    "&Delete": "删除(&D)",
    "Delete the selected row if nothing uses it (Del); undo puts it back":
        "删除所选行（若无任何数据使用它）(Del)；撤销可恢复",
    "Import network…": "导入路网…",
    "&Add…": "新增(&A)…",
    "A new row; the form checks it as you type": "新增一行；表单会在输入时进行检查",
    "&Reopen…": "重新开放(&R)…",
    "Remove a closure of the selected crossing": "取消所选口岸通道的一次关闭",
    "Reopen a crossing": "重新开放口岸通道",
    "The closure is removed: the planner may use the crossing on those days again; undo "
    "closes it again.": "取消该关闭：规划器可在这些日期再次使用该口岸通道；撤销将再次关闭。",
    "&Closure:": "关闭时段(&C)：",
    "The selected crossing has no closures.": "所选口岸通道没有关闭记录。",
    "No crossing is closed on any day.": "没有任何口岸通道在任何日期关闭。",
    "Add location": "新增地点",
    "Add border crossing": "新增口岸通道",
    "Add leg": "新增路段",
    "Add receiving point": "新增接收点",
    "— choose —": "— 请选择 —",
    "e.g. MYW-KKP (capitals, digits, - and _)": "例如 MYW-KKP（大写字母、数字、- 和 _）",
    "Side A (dispatching)": "A 侧（移交方）",
    "Side B (receiving)": "B 侧（接收方）",
    "Where people are received": "接收人员的地点",
    "Add %1 %2": "新增%1 %2",
    "Delete %1 %2": "删除%1 %2",
    "Reopen %1 %2–%3": "重新开放 %1（%2–%3）",
    "Time zone": "时区",
    "Provinces served": "服务省份",
    "names separated by commas": "名称之间用逗号分隔",
    "degrees, e.g. 16.6; empty: not on the map": "度数，例如 16.6；留空：不在地图上显示",
    # validation messages of network rows (shown next to the field)
    "must not be negative": "不能为负数",
    "required": "必填",
    "between -90 and 90": "须在 -90 到 90 之间",
    "between -180 and 180": "须在 -180 到 180 之间",
    "not a time zone of the time-zone database (e.g. Asia/Yangon)":
        "不是时区数据库中的时区（例如 Asia/Yangon）",
    "ISO weekdays 1 (Monday) to 7 (Sunday), each once":
        "ISO 星期 1（周一）至 7（周日），每个只出现一次",
    "must be after the opening time": "须晚于开放时间",
    "before the departure": "早于起飞时间",
    "more detainees than seats": "被遣返人员多于座位",
    "the same airport as the origin": "与出发机场相同",
    "at least 1": "至少为 1",
    "road or rail": "公路或铁路",
    "distinct names of 1 to 64 characters, separated by commas":
        "互不相同、长度 1 到 64 个字符的名称，用逗号分隔",
    "1 to 32 capital letters, digits, - or _": "1 到 32 个大写字母、数字、- 或 _",
    "already used by another row of this kind": "已被同类的另一行使用",
    "not an ISO 3166-1 alpha-3 country code (e.g. MMR)":
        "不是 ISO 3166-1 三字母国家代码（例如 MMR）",
    "choose what the place is": "请选择地点类型",
    "choose a place": "请选择地点",
    "must be a border checkpoint": "必须是边境检查站",
    "the same place as the other end": "与另一端是同一地点",
    "this leg (same ends and mode) already exists": "该路段（相同两端和方式）已存在",
    "a number of degrees, or empty": "度数，或留空",
    # Import network dialog
    "Import network": "导入路网",
    "Network file (JSON) to import": "要导入的路网文件（JSON）",
    "&Check": "检查(&C)",
    "Look for every problem; nothing is written": "查找所有问题；不写入任何数据",
    "Locations, crossings, legs, receiving points and flights are added, or updated when their "
    "code is already there; nothing is deleted. The whole file is checked first: with any "
    "problem, nothing is imported.":
        "地点、口岸通道、路段、接收点和航班将被新增；代码已存在的则更新；不会删除任何数据。"
        "先检查整个文件：只要有一个问题，就不导入任何数据。",
    "&Import": "导入(&I)",
    "nothing": "无内容",
    "Where": "位置",
    "Checking %1… nothing is written.": "正在检查 %1…尚未写入任何数据。",
    "locations": "地点",
    "crossings": "口岸通道",
    "legs": "路段",
    "receiving points": "接收点",
    "flights": "航班",
    "Imported.": "已导入。",
    "The file has problems now; nothing was imported.": "文件现在有问题；未导入任何数据。",
    "%1 problems found; nothing has been imported. Fix the file and check it again (the "
    "import is all or nothing).":
        "发现 %1 个问题；未导入任何数据。请修改文件后再次检查（导入要么全部成功，"
        "要么全部不导入）。",
    "No problems. The file has %1. Import writes it in one go.":
        "没有问题。文件包含 %1。导入将一次性写入。",
    "(the file)": "（文件本身）",
    "Nothing was imported.": "未导入任何数据。",
    "%1: %2 added, %3 updated, %4 unchanged": "%1：新增 %2，更新 %3，未变 %4",
    # People screen: the detail read off the GUI thread
    "Reading the person…": "正在读取人员信息…",
    "Could not read the person": "无法读取人员信息",
    "Reading %1…": "正在读取 %1…",
    "%1. There is no published plan to re-plan; the next plan respects it.":
        "%1。没有可重新规划的已发布计划；下一次规划将遵循此项。",
    "Saved": "已保存",
}
