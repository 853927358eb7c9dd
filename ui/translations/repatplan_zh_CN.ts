<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../commands.py" line="25" />
        <source>1 person</source>
        <translation>1 人</translation>
    </message>
    <message>
        <location filename="../commands.py" line="25" />
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <location filename="../commands.py" line="33" />
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../commands.py" line="71" />
        <source>Assign %1 to %2</source>
        <translation>将 %1 分配到 %2</translation>
    </message>
    <message>
        <location filename="../commands.py" line="73" />
        <source>Take %1 out of their batch</source>
        <translation>将 %1 移出所在批次</translation>
    </message>
    <message>
        <location filename="../commands.py" line="79" />
        <source>Mark %1 done for %2</source>
        <translation>为 %2 标记“%1”已完成</translation>
    </message>
    <message>
        <location filename="../commands.py" line="85" />
        <source>Strike %1</source>
        <translation>注销 %1</translation>
    </message>
    <message>
        <location filename="../commands.py" line="91" />
        <source>Keep %1 together (%2)</source>
        <translation>使 %1 同行（%2）</translation>
    </message>
    <message>
        <location filename="../commands.py" line="92" />
        <source>Release %1 from their group</source>
        <translation>解除 %1 的同行分组</translation>
    </message>
    <message>
        <location filename="../commands.py" line="98" />
        <source>Create batch %1</source>
        <translation>新建批次 %1</translation>
    </message>
    <message>
        <location filename="../commands.py" line="113" />
        <source>Split %1 into %2</source>
        <translation>将 %1 拆分出 %2</translation>
    </message>
    <message>
        <location filename="../commands.py" line="134" />
        <source>Merge %1 into %2</source>
        <translation>将 %1 并入 %2</translation>
    </message>
    <message>
        <location filename="../commands.py" line="153" />
        <source>Keep cases of %1 together</source>
        <translation>%1 同案人员同行</translation>
    </message>
    <message>
        <location filename="../commands.py" line="154" />
        <source>Allow splitting cases of %1</source>
        <translation>允许拆分 %1 的同案人员</translation>
    </message>
    <message>
        <location filename="../commands.py" line="171" />
        <source>Keep apart: %1</source>
        <translation>分开押送：%1</translation>
    </message>
    <message>
        <location filename="../commands.py" line="171" />
        <source>No longer keep apart: %1</source>
        <translation>取消分开押送：%1</translation>
    </message>
    <message>
        <location filename="../dialogs/errors.py" line="41" />
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../dialogs/errors.py" line="42" />
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../dialogs/errors.py" line="43" />
        <source>&lt;p&gt;&lt;b&gt;%1 %2&lt;/b&gt; was changed by someone else since you loaded it.&lt;/p&gt;&lt;p&gt;You saw version %3; it is now %4. &lt;b&gt;Nothing was written.&lt;/b&gt; Reload (F5) to see the current values, then make your change again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;自您载入以来，&lt;b&gt;%1 %2&lt;/b&gt; 已被他人修改。&lt;/p&gt;&lt;p&gt;您看到的是第 %3 版，现在是%4。&lt;b&gt;未写入任何内容。&lt;/b&gt;请重新载入（F5）查看当前数据，然后重新修改。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../dialogs/errors.py" line="50" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../dialogs/errors.py" line="51" />
        <source>Your change (version %1)</source>
        <translation>您的修改（第 %1 版）</translation>
    </message>
    <message>
        <location filename="../dialogs/errors.py" line="52" />
        <source>Stored now (%1)</source>
        <translation>当前存储（%1）</translation>
    </message>
    <message>
        <location filename="../dialogs/errors.py" line="66" />
        <location filename="../dialogs/errors.py" line="71" />
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../dialogs/errors.py" line="78" />
        <location filename="../dialogs/errors.py" line="84" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../dialogs/errors.py" line="78" />
        <source>&lt;p&gt;The change was not saved:&lt;/p&gt;</source>
        <translation>&lt;p&gt;修改未保存：&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../dialogs/errors.py" line="80" />
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <location filename="../dialogs/errors.py" line="81" />
        <source>&lt;p&gt;The status rules do not allow this:&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Nothing was changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;状态规则不允许此操作：&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;未做任何更改。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../dialogs/errors.py" line="86" />
        <source>Something went wrong</source>
        <translation>出现错误</translation>
    </message>
    <message>
        <location filename="../dialogs/errors.py" line="87" />
        <source>&lt;p&gt;The work stopped with an error; nothing of it was written.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;操作因错误中止，未写入任何内容。&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/people.py" line="39" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../widgets/people.py" line="40" />
        <source>Active (not struck or handed over)</source>
        <translation>在办（未注销、未移交）</translation>
    </message>
    <message>
        <location filename="../widgets/people.py" line="45" />
        <source>Any flags</source>
        <translation>不限标记</translation>
    </message>
    <message>
        <location filename="../widgets/people.py" line="46" />
        <source>No flags</source>
        <translation>无标记</translation>
    </message>
    <message>
        <location filename="../widgets/people.py" line="47" />
        <source>Any flag</source>
        <translation>有任一标记</translation>
    </message>
    <message>
        <location filename="../widgets/people.py" line="55" />
        <source>Any readiness</source>
        <translation>不限准备情况</translation>
    </message>
    <message>
        <location filename="../widgets/people.py" line="56" />
        <source>Ready (all steps done)</source>
        <translation>已就绪（全部步骤完成）</translation>
    </message>
    <message>
        <location filename="../widgets/people.py" line="57" />
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <location filename="../widgets/people.py" line="73" />
        <source>There are no people in this database yet.
Import a persons list with File › Import persons… (Ctrl+I), or open another database with File › Open database…</source>
        <translation>此数据库中还没有人员。
请通过“文件 › 导入人员…”（Ctrl+I）导入人员名单，或通过“文件 › 打开数据库…”打开其他数据库。</translation>
    </message>
    <message>
        <location filename="../widgets/people.py" line="77" />
        <source>Filter by reference, name, document, case or batch (Ctrl+F)</source>
        <translation>按编号、姓名、证件、案件或批次筛选（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="49" />
        <source>every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="85" />
        <location filename="../screens/network_tables.py" line="88" />
        <location filename="../screens/network_tables.py" line="96" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="85" />
        <location filename="../screens/network_tables.py" line="88" />
        <location filename="../screens/network_tables.py" line="96" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="85" />
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="85" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="86" />
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="86" />
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="86" />
        <source>Holding capacity</source>
        <translation>羁押容量</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="88" />
        <source>Side A</source>
        <translation>A 侧</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="88" />
        <source>Side B</source>
        <translation>B 侧</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="89" />
        <source>People a day</source>
        <translation>每日人数</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="89" />
        <source>Open days</source>
        <translation>开放日</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="89" />
        <source>Hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="90" />
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="91" />
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="91" />
        <source>Departs</source>
        <translation>起飞</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="91" />
        <source>Arrives</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="91" />
        <location filename="../screens/network_tables.py" line="94" />
        <source>From</source>
        <translation>出发地</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="91" />
        <location filename="../screens/network_tables.py" line="94" />
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="92" />
        <location filename="../widgets/people.py" line="80" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="92" />
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="92" />
        <source>Most detainees</source>
        <translation>最多被遣返人员</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="93" />
        <source>Charter cost</source>
        <translation>包机费用</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="94" />
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="94" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="95" />
        <source>People per vehicle</source>
        <translation>每车人数</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="95" />
        <source>Vehicles a day</source>
        <translation>每日车辆</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="96" />
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="97" />
        <source>Intake a day</source>
        <translation>每日接收量</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="97" />
        <source>Provinces</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../widgets/batches.py" line="28" />
        <source>There are no batches in this database yet.</source>
        <translation>此数据库中还没有批次。</translation>
    </message>
    <message>
        <location filename="../widgets/batches.py" line="30" />
        <source>Filter by reference, site or receiving point (Ctrl+F)</source>
        <translation>按编号、羁押点或接收点筛选（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../widgets/batches.py" line="32" />
        <location filename="../widgets/people.py" line="81" />
        <source>Holding site</source>
        <translation>羁押点</translation>
    </message>
    <message>
        <location filename="../widgets/batches.py" line="33" />
        <location filename="../widgets/batches.py" line="39" />
        <location filename="../widgets/people.py" line="82" />
        <location filename="../widgets/people.py" line="91" />
        <source>All sites</source>
        <translation>全部羁押点</translation>
    </message>
    <message>
        <location filename="../widgets/people.py" line="83" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../widgets/people.py" line="84" />
        <source>Readiness</source>
        <translation>准备情况</translation>
    </message>
    <message>
        <location filename="../widgets/people.py" line="86" />
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../widgets/people.py" line="87" />
        <location filename="../widgets/people.py" line="95" />
        <source>Any batch</source>
        <translation>不限批次</translation>
    </message>
    <message>
        <location filename="../widgets/people.py" line="95" />
        <source>No batch</source>
        <translation>无批次</translation>
    </message>
    <message>
        <location filename="../widgets/people.py" line="96" />
        <source>In a batch</source>
        <translation>已分批次</translation>
    </message>
    <message>
        <location filename="../screenshots.py" line="132" />
        <source>Li Na</source>
        <translation>李娜</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="35" />
        <source>Edit %1 %2</source>
        <translation>编辑%1 %2</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="57" />
        <source>Cancel flight %1</source>
        <translation>取消航班 %1</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="58" />
        <source>Confirm flight %1</source>
        <translation>确认航班 %1</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="59" />
        <source>Request flight %1</source>
        <translation>申请航班 %1</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="60" />
        <source>Propose flight %1</source>
        <translation>拟定航班 %1</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="76" />
        <source>Add flight %1</source>
        <translation>新增航班 %1</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="93" />
        <source>Close %1 %2–%3</source>
        <translation>关闭 %1（%2–%3）</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="79" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="99" />
        <source>road</source>
        <translation>公路</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="100" />
        <source>rail</source>
        <translation>铁路</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="62" />
        <source>Solver status</source>
        <translation>求解状态</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="63" />
        <source>People scheduled</source>
        <translation>已排期人数</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="64" />
        <source>Chunks</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="65" />
        <source>Flights operated</source>
        <translation>执飞航班</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="66" />
        <source>Unscheduled batches</source>
        <translation>未排期批次</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="67" />
        <source>Objective</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="68" />
        <source>Bound</source>
        <translation>界</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="69" />
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="71" />
        <source>Days in custody (weighted)</source>
        <translation>羁押天数（加权）</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="72" />
        <source>Charters operated</source>
        <translation>执飞包机</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="73" />
        <source>Escort seats</source>
        <translation>押解座位</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="74" />
        <source>Days late</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="81" />
        <location filename="../screens/plan_view.py" line="94" />
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="81" />
        <location filename="../screens/plan_view.py" line="94" />
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="82" />
        <location filename="../screens/plan_view.py" line="95" />
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="84" />
        <source>Plan %1 — %2 — %3</source>
        <translation>计划 %1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="99" />
        <source>the best possible plan is at most this much better</source>
        <translation>最优计划至多比此计划好这么多</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="101" />
        <source>no bound was proven for this run</source>
        <translation>本次运行未证明界</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="102" />
        <source>Plan %1 (%2)</source>
        <translation>计划 %1（%2）</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="103" />
        <source>Solver: %1</source>
        <translation>求解器：%1</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="129" />
        <source>%1 rule violations found by the independent check</source>
        <translation>独立校验发现 %1 处违反规则</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="133" />
        <source>%1 warnings</source>
        <translation>%1 条警告</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="198" />
        <source>moved</source>
        <translation>已调整</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="198" />
        <source>newly scheduled</source>
        <translation>新排期</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="199" />
        <source>no longer scheduled</source>
        <translation>不再排期</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="211" />
        <source>Pin %1</source>
        <translation>锁定 %1</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="211" />
        <source>Unpin %1</source>
        <translation>解除锁定 %1</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../dialogs/people_actions.py" line="50" />
        <source>Applies to the selected person.</source>
        <translation>适用于所选人员。</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="52" />
        <source>Applies to the %1 selected people.</source>
        <translation>适用于所选的 %1 人。</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../dialogs/people_actions.py" line="71" />
        <source>Assign to batch</source>
        <translation>分配到批次</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="75" />
        <source>(no batch)</source>
        <translation>（无批次）</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="76" />
        <source>&amp;Batch:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>BatchesWorkspace</name>
    <message>
        <location filename="../screens/batches.py" line="46" />
        <source>&amp;New batch…</source>
        <translation>新建批次(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../screens/batches.py" line="47" />
        <source>&amp;Split batch…</source>
        <translation>拆分批次(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../screens/batches.py" line="48" />
        <source>&amp;Merge another batch in…</source>
        <translation>并入其他批次(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../screens/batches.py" line="50" />
        <source>&amp;Keep cases together</source>
        <translation>同案人员同行(&amp;K)</translation>
    </message>
    <message>
        <location filename="../screens/batches.py" line="53" />
        <source>Actions</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <location filename="../screens/plan_dialogs.py" line="63" />
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../screens/plan_dialogs.py" line="93" />
        <source>Nothing to choose from.</source>
        <translation>没有可选项。</translation>
    </message>
    <message>
        <location filename="../screens/plan_dialogs.py" line="96" />
        <source>The last day is before the first day.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../table_models.py" line="90" />
        <source>Ref</source>
        <extracomment>the value the column sorts by tuple of (text, colour name) drawn by BadgeDelegate Colours of flag badges; text stays readable on them (white on a mid-dark fill). Strings translated where they are shown (pyside6-lupdate reads these markers).</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="91" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="92" />
        <source>Latin name</source>
        <translation>拉丁文姓名</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="93" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="94" />
        <source>Born (age)</source>
        <translation>出生日期（年龄）</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="95" />
        <source>Nat.</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="96" />
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="97" />
        <source>Site</source>
        <translation>羁押点</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="98" />
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="99" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="100" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="101" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="102" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="103" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="104" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="105" />
        <source>Legal deadline</source>
        <translation>法定期限</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="106" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="107" />
        <source>Receiving point</source>
        <translation>接收点</translation>
    </message>
</context>
<context>
    <name>DisruptionActions</name>
    <message>
        <location filename="../screens/plan_actions.py" line="26" />
        <source>Cancel a &amp;flight…</source>
        <translation>取消航班(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="28" />
        <source>&amp;Close a crossing for some days…</source>
        <translation>关闭口岸若干天(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="31" />
        <source>&amp;Delay a batch…</source>
        <translation>推迟批次(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="62" />
        <source> (in the plan)</source>
        <translation>（在计划中）</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="65" />
        <source>Cancel a flight</source>
        <translation>取消航班</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="66" />
        <source>The flight is marked cancelled (undo restores it), then the published plan is re-planned and the changes are listed.</source>
        <translation>该航班将被标记为已取消（撤销可恢复），随后基于已发布的计划重新规划并列出变更。</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="68" />
        <source>&amp;Flight:</source>
        <translation>航班(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="68" />
        <source>Cancel flight and re-plan</source>
        <translation>取消航班并重新规划</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="74" />
        <source>Another change is still being saved; try again in a moment.</source>
        <translation>另一项修改仍在保存，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="80" />
        <source>flight %1 cancelled</source>
        <translation>航班 %1 已取消</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="95" />
        <source>Close a crossing</source>
        <translation>关闭口岸</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="96" />
        <source>The crossing is closed on these days (undo reopens it), then the published plan is re-planned and the changes are listed.</source>
        <translation>该口岸在这些日期关闭（撤销可重新开放），随后基于已发布的计划重新规划并列出变更。</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="98" />
        <source>&amp;Crossing:</source>
        <translation>口岸(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="99" />
        <source>&amp;First day:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="100" />
        <source>&amp;Last day:</source>
        <translation>结束日期(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="101" />
        <source>Close and re-plan</source>
        <translation>关闭并重新规划</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="110" />
        <source>%1 closed %2 to %3</source>
        <translation>%1 于 %2 至 %3 关闭</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="127" />
        <source>Delay a batch</source>
        <translation>推迟批次</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="128" />
        <source>The batch may not leave before the day chosen (for this re-plan only); the published plan is re-planned and the changes are listed.</source>
        <translation>该批次在所选日期之前不得出发（仅用于本次重新规划）；将基于已发布的计划重新规划并列出变更。</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="130" />
        <source>&amp;Batch:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="131" />
        <source>&amp;Not before:</source>
        <translation>不早于(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="132" />
        <source>Delay and re-plan</source>
        <translation>推迟并重新规划</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="137" />
        <source>batch %1 delayed to %2</source>
        <translation>批次 %1 推迟至 %2</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../import_wizard.py" line="79" />
        <source>Choose a persons list</source>
        <translation>选择人员名单</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="80" />
        <source>A CSV or Excel file in the repatplan template (other column names can be matched on the next page).</source>
        <translation>repatplan 模板格式的 CSV 或 Excel 文件（列名不同可在下一页对应）。</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="83" />
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="84" />
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="99" />
        <source>Import persons</source>
        <translation>导入人员</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <location filename="../table_models.py" line="115" />
        <source>minor</source>
        <translation>未成年</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="116" />
        <source>medical</source>
        <translation>医疗</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="117" />
        <source>victim</source>
        <translation>受害人</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="118" />
        <source>pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="119" />
        <source>separate</source>
        <translation>单独押送</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <location filename="../widgets/gantt.py" line="140" />
        <source>closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../widgets/gantt.py" line="141" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../widgets/gantt.py" line="143" />
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../dialogs/people_actions.py" line="128" />
        <source>Keep together</source>
        <translation>同行</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="131" />
        <source>empty: no longer kept together</source>
        <translation>留空：不再同行</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="132" />
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../import_wizard.py" line="267" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="280" />
        <source>Importing… Cancel stops it and writes nothing.</source>
        <translation>正在导入……取消将中止导入且不写入任何内容。</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="291" />
        <source>Importing</source>
        <translation>导入中</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="299" />
        <source>Imported: %1 created, %2 updated, %3 unchanged.</source>
        <translation>已导入：新建 %1，更新 %2，未变 %3。</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="307" />
        <source>Import cancelled: nothing was written.</source>
        <translation>导入已取消：未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../import_wizard.py" line="323" />
        <source>Import persons</source>
        <translation>导入人员</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="102" />
        <source>Screens</source>
        <extracomment>a (re)load reached the screens</extracomment>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182" />
        <source>Operator: %1</source>
        <translation>操作员：%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="183" />
        <source>Operator: not set</source>
        <translation>操作员：未设置</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="225" />
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="243" />
        <source>Could not open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="244" />
        <source>The database
%1
could not be opened:

%2</source>
        <translation>无法打开数据库
%1
：

%2</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="285" />
        <source>Three wrong passphrases; the database stays closed.</source>
        <translation>口令错误三次，数据库保持关闭。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="319" />
        <source>Reading the database…</source>
        <translation>正在读取数据库…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="321" />
        <source>Could not read database</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="345" />
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="350" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="355" />
        <source>person</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="355" />
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="356" />
        <source>batch</source>
        <translation>个批次</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="356" />
        <source>batches</source>
        <translation>个批次</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="361" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="367" />
        <source>About repatplan</source>
        <translation>关于 repatplan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="369" />
        <source>&lt;p&gt;Planning of cross-border repatriation logistics.&lt;/p&gt;</source>
        <translation>&lt;p&gt;跨境遣返物流规划。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../import_wizard.py" line="122" />
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="123" />
        <source>Each template field and the column of your file it comes from. Required fields are marked *.</source>
        <translation>每个模板字段及其在您文件中的来源列。必填字段标有 *。</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="148" />
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="164" />
        <source>Still needed: %1</source>
        <translation>仍需对应：%1</translation>
    </message>
</context>
<context>
    <name>MenusMixin</name>
    <message>
        <location filename="../main_menus.py" line="64" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="65" />
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="67" />
        <source>&amp;Import persons…</source>
        <translation>导入人员(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="69" />
        <source>Check a persons list, then import it</source>
        <translation>检查人员名单，然后导入</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="70" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="76" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="77" />
        <location filename="../main_menus.py" line="141" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="80" />
        <location filename="../main_menus.py" line="143" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="86" />
        <source>&amp;Operator…</source>
        <translation>操作员(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="87" />
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="97" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="110" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="112" />
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="116" />
        <source>&amp;People</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="116" />
        <source>&amp;Batches</source>
        <translation>批次(&amp;B)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="123" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="124" />
        <source>&amp;About repatplan</source>
        <translation>关于 repatplan(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="128" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="140" />
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="142" />
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../dialogs/batch_actions.py" line="143" />
        <source>Merge into %1</source>
        <translation>并入 %1</translation>
    </message>
    <message>
        <location filename="../dialogs/batch_actions.py" line="147" />
        <source>Everyone of the chosen batch moves into %1; the chosen batch is deleted.</source>
        <translation>所选批次的全部人员将移入 %1，所选批次随后删除。</translation>
    </message>
    <message>
        <location filename="../dialogs/batch_actions.py" line="150" />
        <source>&amp;Batch to merge in:</source>
        <translation>要并入的批次(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../dialogs/batch_actions.py" line="153" />
        <source>No other batch at this holding site.</source>
        <translation>此羁押点没有其他批次。</translation>
    </message>
</context>
<context>
    <name>NetworkCommands</name>
    <message>
        <location filename="../screens/network_commands.py" line="23" />
        <source>location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="24" />
        <source>crossing</source>
        <translation>口岸通道</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="25" />
        <source>flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="26" />
        <source>leg</source>
        <translation>路段</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="27" />
        <source>receiving point</source>
        <translation>接收点</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <location filename="../screens/network_forms.py" line="32" />
        <location filename="../screens/network_forms.py" line="38" />
        <location filename="../screens/network_forms.py" line="64" />
        <source>Name</source>
        <extracomment>(field, label, type) per kind; types: str, int, int?, float, time, datetime, bool, mode</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="33" />
        <source>Local name</source>
        <translation>当地名称</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="34" />
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="35" />
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="36" />
        <source>Holding capacity</source>
        <translation>羁押容量</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="39" />
        <source>People a day</source>
        <translation>每日人数</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="40" />
        <source>Open weekdays (1=Mon)</source>
        <translation>开放星期（1=周一）</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="42" />
        <source>Opens</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="43" />
        <source>Closes</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="44" />
        <source>Handover minutes</source>
        <translation>交接分钟数</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="46" />
        <source>Flight number</source>
        <translation>航班号</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="47" />
        <source>Carrier</source>
        <translation>承运人</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="48" />
        <source>Departs (local)</source>
        <translation>起飞（当地时间）</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="50" />
        <source>Arrives (local)</source>
        <translation>到达（当地时间）</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="52" />
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="53" />
        <source>Most detainees</source>
        <translation>最多被遣返人员</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="54" />
        <source>Escorts per detainee</source>
        <translation>每名被遣返人员的押解人数</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="56" />
        <source>Charter cost</source>
        <translation>包机费用</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="57" />
        <source>The planner may choose it</source>
        <translation>规划器可选用</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="59" />
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="60" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="61" />
        <source>People per vehicle</source>
        <translation>每车人数</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="62" />
        <source>Vehicles a day</source>
        <translation>每日车辆</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="63" />
        <source>Cost per vehicle</source>
        <translation>每车费用</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="65" />
        <source>Intake a day</source>
        <translation>每日接收量</translation>
    </message>
</context>
<context>
    <name>NetworkMap</name>
    <message>
        <location filename="../widgets/map_view.py" line="93" />
        <source>Network map</source>
        <translation>网络地图</translation>
    </message>
    <message>
        <location filename="../widgets/map_view.py" line="114" />
        <source>%1 (outline approximate)</source>
        <translation>%1（轮廓为近似）</translation>
    </message>
    <message>
        <location filename="../widgets/map_view.py" line="146" />
        <source>%1 → %2: %3 min, %4 × %5 people a day</source>
        <translation>%1 → %2：%3 分钟，每日 %4 × %5 人</translation>
    </message>
    <message>
        <location filename="../widgets/map_view.py" line="160" />
        <source>Flights %1 → %2: %3</source>
        <translation>航班 %1 → %2：%3</translation>
    </message>
    <message>
        <location filename="../widgets/map_view.py" line="170" />
        <source>Crossing %1: %2 people a day, open days %3, %4–%5</source>
        <translation>口岸 %1：每日 %2 人，开放日 %3，%4–%5</translation>
    </message>
    <message>
        <location filename="../widgets/map_view.py" line="241" />
        <source>%1 people %2 → %3 (%4)</source>
        <translation>%1 人 %2 → %3（%4）</translation>
    </message>
    <message>
        <location filename="../widgets/map_view.py" line="276" />
        <source>Holding site</source>
        <translation>羁押点</translation>
    </message>
    <message>
        <location filename="../widgets/map_view.py" line="276" />
        <source>Staging</source>
        <translation>中转点</translation>
    </message>
    <message>
        <location filename="../widgets/map_view.py" line="277" />
        <source>Border checkpoint / crossing</source>
        <translation>边境检查站 / 口岸</translation>
    </message>
    <message>
        <location filename="../widgets/map_view.py" line="278" />
        <source>Airport</source>
        <translation>机场</translation>
    </message>
    <message>
        <location filename="../widgets/map_view.py" line="278" />
        <source>Receiving point</source>
        <translation>接收点</translation>
    </message>
    <message>
        <location filename="../widgets/map_view.py" line="282" />
        <source>road leg</source>
        <translation>公路路段</translation>
    </message>
    <message>
        <location filename="../widgets/map_view.py" line="282" />
        <source>flight route</source>
        <translation>航线</translation>
    </message>
    <message>
        <location filename="../widgets/map_view.py" line="286" />
        <source>moving on the day shown (width: people)</source>
        <translation>所示日期的移动（线宽：人数）</translation>
    </message>
    <message>
        <location filename="../widgets/map_view.py" line="288" />
        <source>Borders are approximate (a coarse hand-made outline). Scroll to zoom, drag to move; hover a line or a place for details.</source>
        <translation>边界为近似（粗略的手绘轮廓）。滚动缩放，拖动平移；悬停于线路或地点查看详情。</translation>
    </message>
</context>
<context>
    <name>NetworkScreen</name>
    <message>
        <location filename="../screens/network.py" line="86" />
        <source>Locations</source>
        <extracomment>the user chose to re-plan after a disruption here (the reason is passed)</extracomment>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="86" />
        <source>Crossings</source>
        <translation>口岸通道</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="87" />
        <source>Flights</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="87" />
        <source>Legs</source>
        <translation>路段</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="88" />
        <source>Receiving points</source>
        <translation>接收点</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="104" />
        <source>Plan on &amp;day:</source>
        <translation>计划日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="106" />
        <source>Whole region</source>
        <translation>整个区域</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="133" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="134" />
        <source>Change the selected row (double-click does the same)</source>
        <translation>修改所选行（双击亦可）</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="147" />
        <source>&amp;Close for some days…</source>
        <translation>关闭若干天(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="148" />
        <source>A disruption: the planner will avoid these days</source>
        <translation>干扰事件：规划器将避开这些日期</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="162" />
        <source>&amp;All days</source>
        <translation>全部日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="165" />
        <source>&amp;Add flight…</source>
        <translation>新增航班(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="167" />
        <source>Con&amp;firm</source>
        <translation>确认(&amp;F)</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="168" />
        <source>Mark the selected flight confirmed by the carrier</source>
        <translation>将所选航班标记为承运人已确认</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="170" />
        <source>Cancel flight</source>
        <translation>取消航班</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="171" />
        <source>A disruption: the flight is no longer available; you are offered a re-plan</source>
        <translation>干扰事件：该航班不再可用；系统将建议重新规划</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="215" />
        <source>No plan yet: the map shows the network only.</source>
        <translation>尚无计划：地图仅显示运输网络。</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="246" />
        <source>%1 flights shown</source>
        <translation>显示 %1 个航班</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="256" />
        <source>Plan %1 (%2) on %3: %4 people cross a border, %5 fly.</source>
        <translation>计划 %1（%2）%3：%4 人过境，%5 人乘机。</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="263" />
        <source>Not on the map (no coordinates): %1.</source>
        <translation>未在地图上显示（无坐标）：%1。</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="279" />
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="310" />
        <source>Add flight</source>
        <translation>新增航班</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="311" />
        <source>From</source>
        <translation>出发地</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="312" />
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="335" />
        <source>flight %1 cancelled</source>
        <translation>航班 %1 已取消</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="344" />
        <source>Close a crossing</source>
        <translation>关闭口岸</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="344" />
        <source>The planner will not use the crossing on these days; undo reopens it.</source>
        <translation>规划器在这些日期不使用该口岸；撤销即可重新开放。</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="346" />
        <source>&amp;Crossing:</source>
        <translation>口岸(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="347" />
        <source>&amp;First day:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="348" />
        <source>&amp;Last day:</source>
        <translation>结束日期(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="363" />
        <source>%1 closed %2 to %3</source>
        <translation>%1 于 %2 至 %3 关闭</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="371" />
        <source>Re-plan?</source>
        <translation>重新规划？</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="372" />
        <source>%1. Re-plan from the published plan now? Only what must move is moved; the changes are listed on the Plan screen.</source>
        <translation>%1。现在基于已发布的计划重新规划吗？只调整必须调整的部分；变更将列在“计划”界面。</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="376" />
        <source>Re-plan now</source>
        <translation>立即重新规划</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="377" />
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
</context>
<context>
    <name>NetworkTables</name>
    <message>
        <location filename="../screens/network_tables.py" line="31" />
        <source>holding site</source>
        <translation>羁押场所</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="32" />
        <source>border checkpoint</source>
        <translation>边境检查站</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="33" />
        <source>airport</source>
        <translation>机场</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="34" />
        <source>receiving point</source>
        <translation>接收点</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="35" />
        <source>staging</source>
        <translation>中转点</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="37" />
        <source>proposed</source>
        <translation>拟定</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="38" />
        <source>requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="39" />
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="40" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="41" />
        <source>road</source>
        <translation>公路</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="42" />
        <source>rail</source>
        <translation>铁路</translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <location filename="../dialogs/batch_actions.py" line="59" />
        <source>New batch</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <location filename="../dialogs/batch_actions.py" line="66" />
        <source>Legal deadline:</source>
        <translation>法定期限：</translation>
    </message>
    <message>
        <location filename="../dialogs/batch_actions.py" line="77" />
        <source>Keep people of one case together</source>
        <translation>同案人员同行</translation>
    </message>
    <message>
        <location filename="../dialogs/batch_actions.py" line="79" />
        <source>&amp;Reference:</source>
        <translation>编号(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../dialogs/batch_actions.py" line="80" />
        <source>Holding &amp;site:</source>
        <translation>羁押点(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../dialogs/batch_actions.py" line="82" />
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../dialogs/batch_actions.py" line="91" />
        <source>A reference is required.</source>
        <translation>必须填写编号。</translation>
    </message>
    <message>
        <location filename="../dialogs/batch_actions.py" line="93" />
        <source>Batch %1 already exists.</source>
        <translation>批次 %1 已存在。</translation>
    </message>
</context>
<context>
    <name>Nouns</name>
    <message>
        <location filename="../widgets/table_screen.py" line="40" />
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../widgets/table_screen.py" line="40" />
        <source>person</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../widgets/table_screen.py" line="41" />
        <source>batches</source>
        <translation>个批次</translation>
    </message>
    <message>
        <location filename="../widgets/table_screen.py" line="41" />
        <source>batch</source>
        <translation>个批次</translation>
    </message>
    <message>
        <location filename="../widgets/table_screen.py" line="42" />
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../widgets/table_screen.py" line="42" />
        <source>row</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>ObjectiveChart</name>
    <message>
        <location filename="../widgets/chart.py" line="34" />
        <source>Objective and bound over time</source>
        <translation>目标值与界随时间的变化</translation>
    </message>
    <message>
        <location filename="../widgets/chart.py" line="94" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../widgets/chart.py" line="123" />
        <source>Objective (best plan found)</source>
        <translation>目标值（已找到的最佳计划）</translation>
    </message>
    <message>
        <location filename="../widgets/chart.py" line="125" />
        <source>Bound (no plan can be better)</source>
        <translation>界（任何计划都不会更优）</translation>
    </message>
    <message>
        <location filename="../widgets/chart.py" line="134" />
        <source>Run the planner to see the search progress here.</source>
        <translation>运行规划器后，此处显示搜索进展。</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../dialogs/operator.py" line="23" />
        <source>Who is using repatplan?</source>
        <translation>谁在使用 repatplan？</translation>
    </message>
    <message>
        <location filename="../dialogs/operator.py" line="25" />
        <source>Every change you make is recorded with your name, ID and agency. You are asked once; change it later with Edit › Operator…</source>
        <translation>您所做的每项修改都会记录您的姓名、工号和单位。此信息只询问一次，之后可通过“编辑 › 操作员…”修改。</translation>
    </message>
    <message>
        <location filename="../dialogs/operator.py" line="34" />
        <source>e.g. Li Na</source>
        <translation>例如：李娜</translation>
    </message>
    <message>
        <location filename="../dialogs/operator.py" line="35" />
        <source>staff or badge number</source>
        <translation>工号或警号</translation>
    </message>
    <message>
        <location filename="../dialogs/operator.py" line="36" />
        <source>e.g. Immigration Bureau, Mae Sot</source>
        <translation>例如：湄索移民局</translation>
    </message>
    <message>
        <location filename="../dialogs/operator.py" line="38" />
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../dialogs/operator.py" line="39" />
        <source>&amp;ID:</source>
        <translation>工号(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../dialogs/operator.py" line="40" />
        <source>&amp;Agency:</source>
        <translation>单位(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../screens/overview.py" line="49" />
        <source>The day the next 7 days start from; ages and deadlines are judged on it</source>
        <translation>未来 7 天的起始日；年龄和期限均按此日计算</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="57" />
        <source>&amp;Today:</source>
        <translation>今天(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="64" />
        <location filename="../screens/overview.py" line="66" />
        <location filename="../screens/overview.py" line="71" />
        <source>Site</source>
        <translation>羁押点</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="65" />
        <source>Held / capacity</source>
        <translation>在押 / 容量</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="66" />
        <source>Identity verification</source>
        <translation>身份核实</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="67" />
        <source>Travel document</source>
        <translation>旅行证件</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="67" />
        <source>Exit clearance</source>
        <translation>出境许可</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="68" />
        <source>Fit to travel</source>
        <translation>适宜出行</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="69" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="69" />
        <source>Flights</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="69" />
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="70" />
        <source>Seats for detainees</source>
        <translation>被遣返人员座位</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="70" />
        <source>Handovers</source>
        <translation>移交人数</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="71" />
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="72" />
        <source>Legal deadline</source>
        <translation>法定期限</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="72" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="73" />
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="80" />
        <source>People by status and site</source>
        <translation>按状态和羁押点统计人员</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="81" />
        <source>Waiting for each readiness step (active people)</source>
        <translation>各准备步骤等待人数（在办人员）</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="83" />
        <source>Next 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="84" />
        <source>Batches with a legal deadline within 7 days</source>
        <translation>7 天内到法定期限的批次</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="86" />
        <source>Capacity and deadline warnings</source>
        <translation>容量与期限警告</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="144" />
        <source>&lt;b&gt;%1&lt;/b&gt; people held now · &lt;b&gt;%2&lt;/b&gt; cleared to travel · &lt;b&gt;%3&lt;/b&gt; scheduled · &lt;b&gt;%4&lt;/b&gt; handed over</source>
        <translation>当前在押 &lt;b&gt;%1&lt;/b&gt; 人 · 已放行 &lt;b&gt;%2&lt;/b&gt; 人 · 已排期 &lt;b&gt;%3&lt;/b&gt; 人 · 已移交 &lt;b&gt;%4&lt;/b&gt; 人</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="178" />
        <source>No batch is due within 7 days.</source>
        <translation>7 天内没有到期的批次。</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="188" />
        <source>… and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="192" />
        <source>No warnings.</source>
        <translation>没有警告。</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="196" />
        <source>%1: %2 people held, capacity %3</source>
        <translation>%1：羁押 %2 人，容量 %3</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="197" />
        <source>batch %1: legal deadline %2 has passed</source>
        <translation>批次 %1：法定期限 %2 已过</translation>
    </message>
    <message>
        <location filename="../screens/overview.py" line="198" />
        <source>batch %1: %2 of %3 people not ready, deadline %4</source>
        <translation>批次 %1：%3 人中有 %2 人未准备就绪，期限 %4</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../dialogs/passphrase.py" line="35" />
        <source>New database passphrase</source>
        <translation>新数据库口令</translation>
    </message>
    <message>
        <location filename="../dialogs/passphrase.py" line="36" />
        <source>Database passphrase</source>
        <translation>数据库口令</translation>
    </message>
    <message>
        <location filename="../dialogs/passphrase.py" line="37" />
        <source>The database
%1
will be encrypted. Choose a passphrase of at least %2 characters: without it nobody, you included, can read the file.</source>
        <translation>数据库
%1
将被加密。请设置至少 %2 个字符的口令：没有口令，任何人（包括您本人）都无法读取该文件。</translation>
    </message>
    <message>
        <location filename="../dialogs/passphrase.py" line="39" />
        <source>The database
%1
is encrypted. Enter its passphrase.</source>
        <translation>数据库
%1
已加密。请输入口令。</translation>
    </message>
    <message>
        <location filename="../dialogs/passphrase.py" line="53" />
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../dialogs/passphrase.py" line="57" />
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../dialogs/passphrase.py" line="59" />
        <source>&amp;Remember it in this computer's keychain</source>
        <translation>在本机钥匙串中记住口令(&amp;R)</translation>
    </message>
    <message>
        <location filename="../dialogs/passphrase.py" line="74" />
        <source>Enter the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <location filename="../dialogs/passphrase.py" line="76" />
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../dialogs/passphrase.py" line="78" />
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location filename="../widgets/people.py" line="22" />
        <source>Waiting for identity verification</source>
        <translation>等待身份核实</translation>
    </message>
    <message>
        <location filename="../widgets/people.py" line="23" />
        <source>Waiting for a travel document</source>
        <translation>等待旅行证件</translation>
    </message>
    <message>
        <location filename="../widgets/people.py" line="24" />
        <source>Waiting for exit clearance</source>
        <translation>等待出境许可</translation>
    </message>
    <message>
        <location filename="../widgets/people.py" line="25" />
        <source>Waiting for fit to travel</source>
        <translation>等待适宜出行证明</translation>
    </message>
</context>
<context>
    <name>PeopleWorkspace</name>
    <message>
        <location filename="../screens/people.py" line="49" />
        <source>&amp;Assign to batch…</source>
        <translation>分配到批次(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../screens/people.py" line="50" />
        <source>&amp;Mark readiness step done…</source>
        <translation>标记准备步骤完成(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../screens/people.py" line="52" />
        <source>&amp;Strike…</source>
        <translation>注销(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../screens/people.py" line="53" />
        <source>&amp;Keep together…</source>
        <translation>设为同行(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../screens/people.py" line="54" />
        <source>Keep &amp;apart (two people)</source>
        <translation>分开押送（两人）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../screens/people.py" line="56" />
        <source>Save person</source>
        <translation>保存人员</translation>
    </message>
    <message>
        <location filename="../screens/people.py" line="58" />
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../screens/people.py" line="59" />
        <source>Bulk actions on the selected people</source>
        <translation>对所选人员的批量操作</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../widgets/person_editor.py" line="52" />
        <location filename="../widgets/person_editor.py" line="198" />
        <source>Select a person to see and edit their details.</source>
        <translation>选择一名人员以查看和编辑详细信息。</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="63" />
        <source>Family name (native)</source>
        <translation>姓（本国文字）</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="64" />
        <source>Given name (native)</source>
        <translation>名（本国文字）</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="65" />
        <source>Latin name</source>
        <translation>拉丁文姓名</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="65" />
        <source>SURNAME Given, as in the document</source>
        <translation>姓 名，与证件一致（大写姓氏）</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="66" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="66" />
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="67" />
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="68" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="69" />
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="70" />
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="70" />
        <location filename="../widgets/person_editor.py" line="79" />
        <source>ISO code, e.g. CHN</source>
        <translation>ISO 代码，例如 CHN</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="71" />
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="72" />
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="73" />
        <source>Emergency travel certificate</source>
        <translation>紧急旅行证</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="75" />
        <source>National ID</source>
        <translation>身份证</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="76" />
        <source>No document</source>
        <translation>无证件</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="77" />
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="78" />
        <source>Document expiry</source>
        <translation>证件有效期至</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="79" />
        <source>Issuing country</source>
        <translation>签发国</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="86" />
        <source>Two lines of 44 characters (passport MRZ)</source>
        <translation>两行，每行 44 个字符（护照机读区）</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="87" />
        <source>MRZ</source>
        <translation>机读区</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="88" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="89" />
        <source>Keep-together group</source>
        <translation>同行分组</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="90" />
        <source>people sharing this travel together</source>
        <translation>分组相同的人员一同押送</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="91" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="92" />
        <source>Medical case</source>
        <translation>医疗情况</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="93" />
        <source>Pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="94" />
        <source>Travels separately</source>
        <translation>单独押送</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="97" />
        <source>Medical note</source>
        <translation>医疗备注</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="98" />
        <source>Trafficking screening</source>
        <translation>拐卖受害人甄别</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="99" />
        <source>Not screened</source>
        <translation>未甄别</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="100" />
        <source>Screened: suspect</source>
        <translation>已甄别：疑似</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="101" />
        <source>Screened: victim</source>
        <translation>已甄别：受害人</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="105" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="107" />
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="108" />
        <source>Save (Ctrl+S); undo with Ctrl+Z</source>
        <translation>保存（Ctrl+S）；用 Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="109" />
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="119" />
        <source>Readiness</source>
        <translation>准备情况</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="125" />
        <source>No longer keep apart</source>
        <translation>取消分开押送</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="127" />
        <source>Kept apart from</source>
        <translation>须分开押送的人员</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="133" />
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="133" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="133" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="134" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="136" />
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="208" />
        <source>Identity verified</source>
        <translation>身份已核实</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="209" />
        <source>Travel document issued</source>
        <translation>旅行证件已签发</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="210" />
        <source>Exit clearance</source>
        <translation>出境许可</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="211" />
        <source>Fit to travel</source>
        <translation>适宜出行</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="214" />
        <source>Site: %1 · Batch: %2</source>
        <translation>羁押点：%1 · 批次：%2</translation>
    </message>
</context>
<context>
    <name>PlanCompare</name>
    <message>
        <location filename="../screens/plan_compare.py" line="92" />
        <source>Co&amp;mpare</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="94" />
        <source>Choose two plan versions.</source>
        <translation>请选择两个计划版本。</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="95" />
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="95" />
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="100" />
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="100" />
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="100" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="100" />
        <source>In A</source>
        <translation>在 A 中</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="101" />
        <source>In B</source>
        <translation>在 B 中</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="105" />
        <source>Plan &amp;A:</source>
        <translation>计划 &amp;A：</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="107" />
        <source>Plan &amp;B:</source>
        <translation>计划 &amp;B：</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="151" />
        <source>Press Compare to compare the two versions chosen.</source>
        <translation>按“比较”以比较所选的两个版本。</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="166" />
        <source>Comparing plans…</source>
        <translation>正在比较计划…</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="176" />
        <source>Plan %1 (A) against plan %2 (B): %3 changes, %4 people on another itinerary or (un)scheduled.</source>
        <translation>计划 %1（A）与计划 %2（B）相比：%3 项变更，%4 人改换行程或排期变化。</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <location filename="../screens/plan.py" line="79" />
        <source>The plan version shown</source>
        <extracomment>a run (plan or re-plan) finished: its outcome, or None when it failed the plan shown changed (after a run, a choice of version, or a reload)</extracomment>
        <translation>当前显示的计划版本</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="85" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="86" />
        <source>How long the optimiser may search</source>
        <translation>优化器可搜索的时长</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="87" />
        <source>&amp;Run plan</source>
        <translation>运行规划(&amp;R)</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="88" />
        <source>Make a new plan for everyone ready (a draft)</source>
        <translation>为所有已就绪人员制定新计划（草稿）</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="90" />
        <source>Re-&amp;plan</source>
        <translation>重新规划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="92" />
        <source>Re-plan from the published plan, moving only what must move</source>
        <translation>基于已发布的计划重新规划，只调整必须调整的部分</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="94" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="95" />
        <source>Stop the search; the best plan found so far is kept as a draft (Esc)</source>
        <translation>停止搜索；目前找到的最佳计划保存为草稿（Esc）</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="100" />
        <source>&amp;Disruption</source>
        <translation>干扰事件(&amp;D)</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="104" />
        <source>P&amp;ublish</source>
        <translation>发布(&amp;U)</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="106" />
        <source>Publish the plan shown: people in it become scheduled</source>
        <translation>发布当前计划：其中人员变为已排期</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="112" />
        <source>P&amp;lan:</source>
        <translation>计划(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="114" />
        <source>&amp;Time limit:</source>
        <translation>时间限制(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="133" />
        <source>Search: objective and bound</source>
        <translation>搜索：目标值与界</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="137" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="242" />
        <source>Reading plan %1…</source>
        <translation>正在读取计划 %1…</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="252" />
        <source>&lt;p&gt;No plan yet.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Run plan&lt;/b&gt; to let the optimiser plan everyone who is ready; the plan is kept as a draft until you publish it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;尚无计划。&lt;/p&gt;&lt;p&gt;按&lt;b&gt;运行规划&lt;/b&gt;，由优化器为所有已就绪人员制定计划；在发布之前，计划保存为草稿。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="267" />
        <source>Unscheduled (%1)</source>
        <translation>未排期（%1）</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="309" />
        <source>Nothing to re-plan from</source>
        <translation>没有可据以重新规划的计划</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="310" />
        <source>There is no published plan yet. Run a plan and publish it first.</source>
        <translation>尚无已发布的计划。请先运行规划并发布。</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="322" />
        <source>Preparing the model…</source>
        <translation>正在准备模型…</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="333" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="344" />
        <source>Searching… %1 s</source>
        <translation>正在搜索… %1 秒</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="346" />
        <source>Cancelling… %1 s</source>
        <translation>正在取消… %1 秒</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="349" />
        <source>objective %1 · bound %2 · gap %3</source>
        <translation>目标值 %1 · 界 %2 · 差距 %3</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="359" />
        <source>Stopped by you after %1 s; the best plan found so far is kept as a draft.</source>
        <translation>您在 %1 秒后停止；目前找到的最佳计划已保存为草稿。</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="362" />
        <source>Finished in %1 s.</source>
        <translation>用时 %1 秒完成。</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="367" />
        <source>The chart shows the search; the result adds %1 for moves the disruption forces on every plan.</source>
        <translation>图表显示搜索过程；结果另加 %1，即干扰事件使任何计划都必须进行的调整。</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="371" />
        <source>Plan %1 — draft</source>
        <translation>计划 %1 — 草稿</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="382" />
        <source>The planner stopped with an error.</source>
        <translation>规划器因错误而停止。</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="383" />
        <source>Planning failed</source>
        <translation>规划失败</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="414" />
        <source>Publish plan</source>
        <translation>发布计划</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="415" />
        <source>Publish plan %1? The plan published now is superseded, and people in this plan are marked scheduled.</source>
        <translation>发布计划 %1？当前已发布的计划将被取代，本计划中的人员将标记为已排期。</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="425" />
        <source>Plan %1 published; %2 status changes recorded.</source>
        <translation>计划 %1 已发布；记录了 %2 项状态变更。</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="430" />
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
</context>
<context>
    <name>PlanTabs</name>
    <message>
        <location filename="../screens/plan_tabs.py" line="34" />
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="36" />
        <location filename="../screens/plan_tabs.py" line="55" />
        <location filename="../screens/plan_tabs.py" line="61" />
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="36" />
        <location filename="../screens/plan_tabs.py" line="55" />
        <location filename="../screens/plan_tabs.py" line="61" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="36" />
        <source>Leaves</source>
        <translation>出发</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="36" />
        <source>Arrives</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="37" />
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="37" />
        <source>Receiving point</source>
        <translation>接收点</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="37" />
        <source>Pinned</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="41" />
        <source>Pi&amp;n</source>
        <translation>锁定(&amp;N)</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="42" />
        <source>Keep the selected chunks as they are when re-planning</source>
        <translation>重新规划时保持所选分组不变</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="44" />
        <source>Un&amp;pin</source>
        <translation>解除锁定(&amp;P)</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="53" />
        <source>Chunks</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="55" />
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="59" />
        <source>Unscheduled</source>
        <translation>未排期</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="61" />
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="61" />
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="62" />
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="65" />
        <source>Changes appear here after a re-plan.</source>
        <translation>重新规划后，变更显示在此处。</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="71" />
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="73" />
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="79" />
        <source>Each day's bar: people handed over (crossings) or detainees flown (flights) against capacity — &lt;span style='color:#3d8f58'&gt;■&lt;/span&gt; under 50 % &lt;span style='color:#7cae3e'&gt;■&lt;/span&gt; under 80 % &lt;span style='color:#e08e0b'&gt;■&lt;/span&gt; under 100 % &lt;span style='color:#c0392b'&gt;■&lt;/span&gt; full · hatched: closed or cancelled. Hover a bar for the numbers.</source>
        <translation>每日的柱：移交人数（口岸）或乘机被遣返人数（航班）与容量之比 — &lt;span style='color:#3d8f58'&gt;■&lt;/span&gt; 低于 50 % &lt;span style='color:#7cae3e'&gt;■&lt;/span&gt; 低于 80 % &lt;span style='color:#e08e0b'&gt;■&lt;/span&gt; 低于 100 % &lt;span style='color:#c0392b'&gt;■&lt;/span&gt; 已满 · 斜线：关闭或取消。悬停于柱上查看数字。</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="92" />
        <source>Re-planned from plan %1</source>
        <translation>基于计划 %1 重新规划</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="94" />
        <source> after: %1</source>
        <translation>，原因：%1</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="95" />
        <source>Nothing had to change.</source>
        <translation>无需任何变更。</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="96" />
        <source>%1 changes, %2 people affected.</source>
        <translation>%1 项变更，涉及 %2 人。</translation>
    </message>
    <message>
        <location filename="../screens/plan_tabs.py" line="101" />
        <source>Changes (%1)</source>
        <translation>变更（%1）</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../screens/plan_view.py" line="65" />
        <source>optimal (proven: no better plan exists)</source>
        <translation>最优（已证明不存在更好的计划）</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="66" />
        <source>feasible (the best plan found; not proven optimal)</source>
        <translation>可行（已找到的最佳计划，未证明最优）</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="67" />
        <source>a quick plan only (no optimisation)</source>
        <translation>仅快速计划（未优化）</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="68" />
        <source>no plan satisfies every rule</source>
        <translation>没有计划能满足所有规则</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="71" />
        <source>People left unscheduled</source>
        <translation>未排期人员</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="72" />
        <source>Days in custody (weighted)</source>
        <translation>羁押天数（加权）</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="73" />
        <source>Days late after a legal deadline</source>
        <translation>超过法定期限的天数</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="74" />
        <source>Charter flights operated</source>
        <translation>执飞包机</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="75" />
        <source>Escort seats</source>
        <translation>押解座位</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="76" />
        <source>People moved against the published plan</source>
        <translation>相对已发布计划调整的人员</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../dialogs/preferences.py" line="22" />
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../dialogs/preferences.py" line="28" />
        <source>The language changes the next time repatplan starts.</source>
        <translation>界面语言将在下次启动 repatplan 时生效。</translation>
    </message>
    <message>
        <location filename="../dialogs/preferences.py" line="31" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../import_wizard.py" line="179" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="184" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="184" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="184" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="185" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="186" />
        <source>&amp;Export rejected rows…</source>
        <translation>导出被拒绝的行(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="203" />
        <source>Checking every row… nothing is written yet.</source>
        <translation>正在检查每一行……尚未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="207" />
        <source>Checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="216" />
        <source>%1 rows: %2 can be imported, %3 have problems (%4 issues). Nothing has been written.</source>
        <translation>共 %1 行：%2 行可导入，%3 行有问题（%4 处）。尚未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="222" />
        <source>Fix the rows in the file (export them with their errors) and choose it again; the import is all or nothing.</source>
        <translation>请在文件中修正这些行（可连同错误说明一起导出），然后重新选择该文件；导入要么全部成功，要么全部不写入。</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="247" />
        <source>Export rejected rows</source>
        <translation>导出被拒绝的行</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="256" />
        <source>%1 rejected rows written to %2 (with an errors column).</source>
        <translation>已将 %1 个被拒绝的行写入 %2（含错误说明列）。</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../dialogs/batch_actions.py" line="28" />
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../dialogs/batch_actions.py" line="28" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../dialogs/batch_actions.py" line="29" />
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../dialogs/batch_actions.py" line="29" />
        <source>Low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../workers.py" line="230" />
        <source>Cancel</source>
        <extracomment>Operations not finished yet (kept alive until their result reached the GUI thread).</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../workers.py" line="231" />
        <source>Stop this work; nothing is written (Esc)</source>
        <translation>停止此操作，不写入任何内容（Esc）</translation>
    </message>
    <message>
        <location filename="../workers.py" line="254" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../dialogs/people_actions.py" line="31" />
        <source>Released</source>
        <translation>已释放</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="32" />
        <source>Hospitalised</source>
        <translation>已住院</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="33" />
        <source>Other legal process</source>
        <translation>其他法律程序</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="34" />
        <source>Absconded</source>
        <translation>已潜逃</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="35" />
        <source>Deceased</source>
        <translation>已死亡</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="36" />
        <source>Duplicate record</source>
        <translation>重复记录</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../screens/__init__.py" line="44" />
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="45" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="46" />
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="47" />
        <source>Network</source>
        <translation>路网</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="48" />
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="49" />
        <source>Manifests</source>
        <translation>移交清单</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="50" />
        <source>Exports</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="51" />
        <source>Audit</source>
        <translation>审计</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../dialogs/batch_actions.py" line="109" />
        <source>Split batch %1</source>
        <translation>拆分批次 %1</translation>
    </message>
    <message>
        <location filename="../dialogs/batch_actions.py" line="111" />
        <source>A part of this &amp;size:</source>
        <translation>按人数拆分(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../dialogs/batch_actions.py" line="112" />
        <source>These &amp;people:</source>
        <translation>按所选人员拆分(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../dialogs/batch_actions.py" line="127" />
        <source>New batch &amp;reference:</source>
        <translation>新批次编号(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../table_models.py" line="108" />
        <source>Detained</source>
        <translation>羁押中</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="109" />
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="110" />
        <source>Cleared</source>
        <translation>已放行</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="111" />
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="112" />
        <source>In transit</source>
        <translation>途中</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="113" />
        <source>Handed over</source>
        <translation>已移交</translation>
    </message>
    <message>
        <location filename="../table_models.py" line="114" />
        <source>Struck</source>
        <translation>已注销</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../dialogs/people_actions.py" line="86" />
        <source>Mark a readiness step done</source>
        <translation>标记准备步骤完成</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="94" />
        <source>&amp;Step:</source>
        <translation>步骤(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="95" />
        <source>&amp;Done on:</source>
        <translation>完成日期(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../dialogs/people_actions.py" line="25" />
        <source>Identity verified</source>
        <translation>身份已核实</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="26" />
        <source>Travel document issued</source>
        <translation>旅行证件已签发</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="27" />
        <source>Exit clearance</source>
        <translation>出境许可</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="28" />
        <source>Fit to travel</source>
        <translation>适宜出行</translation>
    </message>
</context>
<context>
    <name>StrikeDialog</name>
    <message>
        <location filename="../dialogs/people_actions.py" line="106" />
        <source>Strike from the caseload</source>
        <translation>从案件中注销</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="112" />
        <source>Striking is final: the status rules allow no way back, so it cannot be undone.</source>
        <translation>注销是最终状态：状态规则不允许恢复，因此无法撤销。</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="116" />
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="117" />
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>TableScreen</name>
    <message>
        <location filename="../widgets/table_screen.py" line="280" />
        <source>Fit columns to contents</source>
        <extracomment>A choice of a combo filter: its label and the values it lets through (None = all). QSettings group for this screen's column layout ("" = not remembered) put the combo filters on a row of their own, under the text filter</extracomment>
        <translation>按内容调整列宽</translation>
    </message>
    <message>
        <location filename="../widgets/table_screen.py" line="339" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/table_screen.py" line="340" />
        <source>%3 of %1 %2</source>
        <translation>%3 / %1 %2</translation>
    </message>
</context>
</TS>