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
        <location filename="../commands.py" line="83" />
        <source>Assign %1 to %2</source>
        <translation>将 %1 分配到 %2</translation>
    </message>
    <message>
        <location filename="../commands.py" line="85" />
        <source>Take %1 out of their batch</source>
        <translation>将 %1 移出所在批次</translation>
    </message>
    <message>
        <location filename="../commands.py" line="91" />
        <location filename="../commands.py" line="95" />
        <source>Mark %1 done for %2</source>
        <translation>为 %2 标记“%1”已完成</translation>
    </message>
    <message>
        <location filename="../commands.py" line="100" />
        <source>Mark %1 done: nobody changed (%2 had it done already)</source>
        <translation>标记“%1”已完成：无人变更（%2 已完成）</translation>
    </message>
    <message>
        <location filename="../commands.py" line="102" />
        <source>(%1 kept their dates)</source>
        <translation>（%1 人保留原日期）</translation>
    </message>
    <message>
        <location filename="../commands.py" line="109" />
        <source>Strike %1</source>
        <translation>注销 %1</translation>
    </message>
    <message>
        <location filename="../commands.py" line="115" />
        <source>Keep %1 together (%2)</source>
        <translation>使 %1 同行（%2）</translation>
    </message>
    <message>
        <location filename="../commands.py" line="116" />
        <source>Release %1 from their group</source>
        <translation>解除 %1 的同行分组</translation>
    </message>
    <message>
        <location filename="../commands.py" line="122" />
        <source>Create batch %1</source>
        <translation>新建批次 %1</translation>
    </message>
    <message>
        <location filename="../commands.py" line="137" />
        <source>Split %1 into %2</source>
        <translation>将 %1 拆分出 %2</translation>
    </message>
    <message>
        <location filename="../commands.py" line="158" />
        <source>Merge %1 into %2</source>
        <translation>将 %1 并入 %2</translation>
    </message>
    <message>
        <location filename="../commands.py" line="177" />
        <source>Keep cases of %1 together</source>
        <translation>%1 同案人员同行</translation>
    </message>
    <message>
        <location filename="../commands.py" line="178" />
        <source>Allow splitting cases of %1</source>
        <translation>允许拆分 %1 的同案人员</translation>
    </message>
    <message>
        <location filename="../commands.py" line="195" />
        <source>Keep apart: %1</source>
        <translation>分开押送：%1</translation>
    </message>
    <message>
        <location filename="../commands.py" line="195" />
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
        <location filename="../screens/exports_form.py" line="69" />
        <source>&amp;Encrypt with a password</source>
        <extracomment>the choice of plan changed: load its days and flights (plan id)</extracomment>
        <translation>使用密码加密(&amp;E)</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="72" />
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="81" />
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="87" />
        <source>&amp;Plan:</source>
        <translation>计划(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="88" />
        <source>&amp;Recipient:</source>
        <translation>接收方(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="90" />
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="94" />
        <source>&amp;Only:</source>
        <translation>仅限(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="98" />
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="99" />
        <source>A&amp;gain:</source>
        <translation>再次输入(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="134" />
        <source>internal — the whole plan (JSON only)</source>
        <translation>内部 — 完整计划（仅 JSON）</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="149" />
        <location filename="../screens/network_tables.py" line="50" />
        <source>every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="150" />
        <source>every flight</source>
        <translation>所有航班</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="196" />
        <source>There is no plan yet: make one on the Plan screen.</source>
        <translation>尚无计划：请在“计划”页面制定。</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="198" />
        <source>Choose a recipient.</source>
        <translation>请选择接收方。</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="200" />
        <source>The whole plan goes out as JSON only; choose a recipient for other formats.</source>
        <translation>完整计划只能导出为 JSON；其他格式请选择接收方。</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="205" />
        <source>A passenger list needs names, which %1 does not get.</source>
        <translation>旅客名单需要姓名，而 %1 不接收姓名。</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="210" />
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="213" />
        <source>The password must not be only spaces.</source>
        <translation>密码不能只由空格组成。</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="215" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="239" />
        <source>%1 gets medical data: its files are always encrypted</source>
        <translation>%1 接收医疗信息：其文件一律加密</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="246" />
        <source>Excel and LibreOffice ask for the password when they open the workbook.</source>
        <translation>Excel 和 LibreOffice 打开该工作簿时会要求输入密码。</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="248" />
        <source>The file goes into a 7-Zip archive (.7z, AES-256) that 7-Zip, p7zip or Keka open with the password.</source>
        <translation>文件将放入 7-Zip 压缩包（.7z，AES-256），可用 7-Zip、p7zip 或 Keka 凭密码打开。</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="262" />
        <source>Our own systems: the engine's whole plan document.</source>
        <translation>供本方系统使用：优化引擎的完整计划文档。</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="267" />
        <source>A calendar: places, times, manifest numbers and head counts only.</source>
        <translation>日历：仅含地点、时间、名单编号和人数。</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="269" />
        <source>Head counts only, one row per handover.</source>
        <translation>仅人数，每次移交一行。</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="270" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="273" />
        <source>&lt;b&gt;%1&lt;/b&gt; gets the person reference and: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 接收人员编号以及：%2</translation>
    </message>
    <message>
        <location filename="../screens/network_add.py" line="81" />
        <location filename="../screens/network_add.py" line="85" />
        <location filename="../screens/network_add.py" line="94" />
        <location filename="../screens/network_tables.py" line="86" />
        <location filename="../screens/network_tables.py" line="89" />
        <location filename="../screens/network_tables.py" line="97" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="89" />
        <source>Correct the handover of %1</source>
        <extracomment>the checked answer; the screen writes it and then calls accept()</extracomment>
        <translation>更正 %1 的移交记录</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="90" />
        <source>Record the handover of %1</source>
        <translation>登记 %1 的移交</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="92" />
        <source>flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="92" />
        <source>land border crossing</source>
        <translation>陆路口岸移交</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="94" />
        <source>&lt;b&gt;%1&lt;/b&gt; r%2 · %3 at %4 · planned %5 %6 · %7 on the manifest</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 第 %2 版 · %4 %3 · 计划 %5 %6 · 清单 %7 人</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="104" />
        <source>This handover is recorded and its manifest is frozen. A correction is recorded on a new revision r%1 of the manifest; the recorded revision is kept as it is.</source>
        <translation>此次移交已登记，清单已冻结。更正将记录在清单的新版本（第 %1 版）上；已登记的版本保持不变。</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="109" />
        <source>Recording freezes this revision of the manifest. Everyone not struck is handed over; statuses change accordingly.</source>
        <translation>登记后此版本清单即冻结。未除名的人员均视为已移交，其状态随之更新。</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="127" />
        <source>Officers</source>
        <translation>执行人员</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="129" />
        <location filename="../screens/network_tables.py" line="86" />
        <location filename="../screens/network_tables.py" line="89" />
        <location filename="../screens/network_tables.py" line="97" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="130" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="132" />
        <source>&amp;Dispatching officer:</source>
        <translation>移交方人员(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="133" />
        <source>&amp;Receiving officer:</source>
        <translation>接收方人员(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="134" />
        <source>&amp;Witness (optional):</source>
        <translation>见证人（可选）(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="141" />
        <source>&amp;Actual time (local):</source>
        <translation>实际时间（当地）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="142" />
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="145" />
        <source>Find a person by reference or name…</source>
        <translation>按编号或姓名查找人员…</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="159" />
        <source>Record correction</source>
        <translation>登记更正</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="159" />
        <source>Record handover</source>
        <translation>登记移交</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="168" />
        <source>People on the manifest: who was struck, and why</source>
        <translation>清单人员：谁被除名，原因是什么</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="212" />
        <source>— (back to cleared)</source>
        <translation>—（退回“已放行”，重新安排）</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="243" />
        <source>%1 handed over · %2 struck</source>
        <translation>移交 %1 人 · 除名 %2 人</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="267" />
        <source>the dispatching officer's name</source>
        <translation>移交方人员姓名</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="268" />
        <source>the dispatching officer's ID number</source>
        <translation>移交方人员证件号码</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="269" />
        <source>the receiving officer's name</source>
        <translation>接收方人员姓名</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="270" />
        <source>the receiving officer's ID number</source>
        <translation>接收方人员证件号码</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="272" />
        <source>Fill in %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="276" />
        <source>%1 is struck for another reason: say why in the note.</source>
        <translation>%1 因其他原因除名：请在备注中说明原因。</translation>
    </message>
    <message>
        <location filename="../screens/network_add.py" line="41" />
        <source>Add location</source>
        <extracomment>What the form of a new row starts from.</extracomment>
        <translation>新增地点</translation>
    </message>
    <message>
        <location filename="../screens/network_add.py" line="41" />
        <source>Add border crossing</source>
        <translation>新增口岸通道</translation>
    </message>
    <message>
        <location filename="../screens/network_add.py" line="42" />
        <source>Add leg</source>
        <translation>新增路段</translation>
    </message>
    <message>
        <location filename="../screens/network_add.py" line="42" />
        <source>Add receiving point</source>
        <translation>新增接收点</translation>
    </message>
    <message>
        <location filename="../screens/network_add.py" line="50" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../screens/network_add.py" line="60" />
        <source>e.g. MYW-KKP (capitals, digits, - and _)</source>
        <translation>例如 MYW-KKP（大写字母、数字、- 和 _）</translation>
    </message>
    <message>
        <location filename="../screens/network_add.py" line="81" />
        <location filename="../screens/network_tables.py" line="86" />
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../screens/network_add.py" line="82" />
        <location filename="../screens/network_tables.py" line="86" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../screens/network_add.py" line="86" />
        <source>Side A (dispatching)</source>
        <translation>A 侧（移交方）</translation>
    </message>
    <message>
        <location filename="../screens/network_add.py" line="87" />
        <source>Side B (receiving)</source>
        <translation>B 侧（接收方）</translation>
    </message>
    <message>
        <location filename="../screens/network_add.py" line="95" />
        <source>Where people are received</source>
        <translation>接收人员的地点</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="87" />
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="87" />
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="87" />
        <source>Holding capacity</source>
        <translation>羁押容量</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="89" />
        <source>Side A</source>
        <translation>A 侧</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="89" />
        <source>Side B</source>
        <translation>B 侧</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="90" />
        <source>People a day</source>
        <translation>每日人数</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="90" />
        <source>Open days</source>
        <translation>开放日</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="90" />
        <source>Hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="91" />
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="92" />
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="92" />
        <source>Departs</source>
        <translation>起飞</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="92" />
        <source>Arrives</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../screens/network_add.py" line="90" />
        <location filename="../screens/network_tables.py" line="92" />
        <location filename="../screens/network_tables.py" line="95" />
        <source>From</source>
        <translation>出发地</translation>
    </message>
    <message>
        <location filename="../screens/network_add.py" line="91" />
        <location filename="../screens/network_tables.py" line="92" />
        <location filename="../screens/network_tables.py" line="95" />
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="93" />
        <location filename="../widgets/people.py" line="80" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="93" />
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="93" />
        <source>Most detainees</source>
        <translation>最多被遣返人员</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="94" />
        <source>Charter cost</source>
        <translation>包机费用</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="95" />
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="95" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="96" />
        <source>People per vehicle</source>
        <translation>每车人数</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="96" />
        <source>Vehicles a day</source>
        <translation>每日车辆</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="97" />
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="98" />
        <source>Intake a day</source>
        <translation>每日接收量</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="98" />
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
        <location filename="../screens/network_commands.py" line="52" />
        <source>Edit %1 %2</source>
        <extracomment>The version each row had after this app's last edit of it, by (database, kind, id): an undo of an older command meets the version the later commands (and their undos) left, not the one it remembers. Versions only grow, so the larger of this and the command's own is right; a colleague's edit in between still makes the undo a conflict, as it should.</extracomment>
        <translation>编辑%1 %2</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="77" />
        <source>Cancel flight %1</source>
        <translation>取消航班 %1</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="78" />
        <source>Confirm flight %1</source>
        <translation>确认航班 %1</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="79" />
        <source>Request flight %1</source>
        <translation>申请航班 %1</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="80" />
        <source>Propose flight %1</source>
        <translation>拟定航班 %1</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="101" />
        <source>Add flight %1</source>
        <translation>新增航班 %1</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="120" />
        <source>Close %1 %2–%3</source>
        <translation>关闭 %1（%2–%3）</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="139" />
        <source>Add %1 %2</source>
        <translation>新增%1 %2</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="167" />
        <source>Delete %1 %2</source>
        <translation>删除%1 %2</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="187" />
        <source>Reopen %1 %2–%3</source>
        <translation>重新开放 %1（%2–%3）</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="117" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="135" />
        <source>names separated by commas</source>
        <translation>名称之间用逗号分隔</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="136" />
        <source>degrees, e.g. 16.6; empty: not on the map</source>
        <translation>度数，例如 16.6；留空：不在地图上显示</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="142" />
        <source>road</source>
        <translation>公路</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="143" />
        <source>rail</source>
        <translation>铁路</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="64" />
        <source>Solver status</source>
        <translation>求解状态</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="65" />
        <location filename="../screens/plan_view.py" line="106" />
        <source>People scheduled</source>
        <translation>已排期人数</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="66" />
        <source>Chunks</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="67" />
        <location filename="../screens/plan_view.py" line="111" />
        <source>Flights operated</source>
        <translation>执飞航班</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="68" />
        <location filename="../screens/plan_view.py" line="107" />
        <source>People not scheduled</source>
        <translation>未排期人数</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="70" />
        <location filename="../screens/plan_view.py" line="108" />
        <source>Batches not fully scheduled</source>
        <translation>未完全排期的批次</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="71" />
        <location filename="../screens/plan_view.py" line="111" />
        <source>Objective</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="72" />
        <location filename="../screens/plan_view.py" line="112" />
        <source>Bound</source>
        <translation>界</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="73" />
        <location filename="../screens/plan_view.py" line="112" />
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="75" />
        <source>Days in custody (weighted)</source>
        <translation>羁押天数（加权）</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="76" />
        <source>Charters operated</source>
        <translation>执飞包机</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="77" />
        <source>Escort seats</source>
        <translation>押解座位</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="78" />
        <source>Days late</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="82" />
        <location filename="../screens/plan_view.py" line="95" />
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="82" />
        <location filename="../screens/plan_view.py" line="95" />
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="83" />
        <location filename="../screens/plan_view.py" line="96" />
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="85" />
        <source>Plan %1 — %2 — %3</source>
        <translation>计划 %1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="100" />
        <source>the best possible plan is at most this much better</source>
        <translation>最优计划至多比此计划好这么多</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="102" />
        <source>no bound was proven for this run</source>
        <translation>本次运行未证明界</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="103" />
        <source>Plan %1 (%2)</source>
        <translation>计划 %1（%2）</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="104" />
        <source>Solver: %1</source>
        <translation>求解器：%1</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="106" />
        <source>Days planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="109" />
        <source>for any reason (not ready, no route, no room, past a deadline): see the Unscheduled tab</source>
        <translation>任何原因（未就绪、无路线、无容量、超过期限）：见“未排期”标签页</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="113" />
        <source>Objective by term (points)</source>
        <translation>目标值分项（分）</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="114" />
        <source>Ready people left out counts only people who could have gone; it is 0 when every one of them is scheduled.</source>
        <translation>“未排期的就绪人员”只计算本可出行的人员；他们全部排期时为 0。</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="147" />
        <source>%1 rule violations found by the independent check</source>
        <translation>独立校验发现 %1 处违反规则</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="151" />
        <source>%1 warnings</source>
        <translation>%1 条警告</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="184" />
        <source>moved</source>
        <translation>已调整</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="184" />
        <source>newly scheduled</source>
        <translation>新排期</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="185" />
        <source>no longer scheduled</source>
        <translation>不再排期</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="186" />
        <source>handed over or struck</source>
        <translation>已移交或已除名</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="195" />
        <source>Pin %1</source>
        <translation>锁定 %1</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="195" />
        <source>Unpin %1</source>
        <translation>解除锁定 %1</translation>
    </message>
    <message>
        <location filename="../screens/exports_data.py" line="136" />
        <source>Only %1 flights for %2</source>
        <translation>%2 仅接收 %1 的航班</translation>
    </message>
    <message>
        <location filename="../screens/exports_data.py" line="137" />
        <source>Flights of every carrier for %2</source>
        <translation>%2 接收所有承运人的航班</translation>
    </message>
    <message>
        <location filename="../screens/exports_data.py" line="140" />
        <location filename="../screens/exports_profiles.py" line="117" />
        <source>%1 gets %2</source>
        <translation>%1 接收%2</translation>
    </message>
    <message>
        <location filename="../screens/exports_data.py" line="140" />
        <source>%1 no longer gets %2</source>
        <translation>%1 不再接收%2</translation>
    </message>
    <message>
        <location filename="../screens/exports_profiles.py" line="72" />
        <source>Kind: %1</source>
        <extracomment>(profile, row key, new value: bool for a box, str for the carrier)</extracomment>
        <translation>类型：%1</translation>
    </message>
    <message>
        <location filename="../screens/exports_profiles.py" line="73" />
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../screens/exports_profiles.py" line="77" />
        <source>No person fields: head counts only</source>
        <translation>无人员字段：仅人数</translation>
    </message>
    <message>
        <location filename="../screens/exports_profiles.py" line="84" />
        <source>Only carrier</source>
        <translation>仅限承运人</translation>
    </message>
    <message>
        <location filename="../screens/exports_profiles.py" line="89" />
        <source>Nobody gets medical data unless it is ticked here; exports to a recipient who gets it must be encrypted</source>
        <translation>除非在此勾选，任何接收方都不会收到医疗信息；发给接收医疗信息的接收方的导出文件必须加密</translation>
    </message>
    <message>
        <location filename="../screens/exports_profiles.py" line="92" />
        <source>Only this carrier's flights (empty: every carrier)</source>
        <translation>仅此承运人的航班（留空：所有承运人）</translation>
    </message>
    <message>
        <location filename="../screens/exports_profiles.py" line="94" />
        <source>The recipient hears of these handovers</source>
        <translation>接收方会获知这些移交</translation>
    </message>
    <message>
        <location filename="../screens/exports_profiles.py" line="95" />
        <source>The person reference is always given</source>
        <translation>人员编号始终提供</translation>
    </message>
    <message>
        <location filename="../screens/exports_profiles.py" line="112" />
        <source>Double-click to change</source>
        <translation>双击修改</translation>
    </message>
    <message>
        <location filename="../screens/exports_profiles.py" line="117" />
        <source>%1 does not get %2</source>
        <translation>%1 不接收%2</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="82" />
        <source>Filter: number, place…</source>
        <translation>筛选：清单编号、地点…</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="91" />
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="93" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="95" />
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="97" />
        <location filename="../screens/manifests.py" line="366" />
        <source>&amp;Record handover…</source>
        <translation>登记移交(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="99" />
        <source>Escor&amp;ts…</source>
        <translation>押解人员(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="100" />
        <source>Print &amp;all of the day…</source>
        <translation>打印当天全部清单(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="102" />
        <source>Save all of the day as P&amp;DFs…</source>
        <translation>将当天全部清单存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="111" />
        <source>&amp;Day</source>
        <translation>当天(&amp;D)</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="124" />
        <source>P&amp;lan:</source>
        <translation>计划(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="124" />
        <source>Da&amp;y:</source>
        <translation>日期(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="145" />
        <source>&amp;Handovers</source>
        <translation>移交(&amp;H)</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="146" />
        <source>Re&amp;conciliation</source>
        <translation>核对(&amp;C)</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="218" />
        <source>Reading manifests…</source>
        <translation>正在读取清单…</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="220" />
        <source>Could not read the manifests</source>
        <translation>无法读取清单</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="232" />
        <source>All days</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="271" />
        <source>No plan yet: make and publish one on the Plan screen.</source>
        <translation>尚无计划：请在“计划”页面制定并发布。</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="272" />
        <source>No handovers on this day.</source>
        <translation>当天没有移交。</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="319" />
        <source>handover recorded, frozen</source>
        <translation>移交已登记，清单已冻结</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="320" />
        <source>printed as shown</source>
        <translation>与已打印的一致</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="321" />
        <source>not issued yet: printing issues this revision</source>
        <translation>尚未签发：打印时签发此版本</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="324" />
        <source>do not use: re-plan</source>
        <translation>请勿使用：请重新规划</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="328" />
        <source>%1 people · %2 pages</source>
        <translation>%1 人 · %2 页</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="333" />
        <source>Rendering %1…</source>
        <translation>正在生成 %1…</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="334" />
        <source>Rendering…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="336" />
        <source>Could not render: %1</source>
        <translation>无法生成：%1</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="365" />
        <source>C&amp;orrect handover…</source>
        <translation>更正移交记录(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../screens/manifests.py" line="369" />
        <source>Print or save the manifest first: the handover is recorded against the printed list.</source>
        <translation>请先打印或保存清单：移交按已打印的清单登记。</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="101" />
        <source>Print preview — %1 r%2</source>
        <extracomment>a job or a handover record was written (the screen reloads)</extracomment>
        <translation>打印预览 — %1 第 %2 版</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="121" />
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="122" />
        <source>Print all manifests of %1</source>
        <translation>打印 %1 的全部清单</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="136" />
        <source>Save manifest %1 as PDF</source>
        <translation>将清单 %1 存为 PDF</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="138" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="151" />
        <source>Folder for the manifests of %1</source>
        <translation>存放 %1 清单的文件夹</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="157" />
        <source>The manifests of %1</source>
        <translation>%1 的清单</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="205" />
        <location filename="../screens/manifests_actions.py" line="237" />
        <source>the manifests of %1</source>
        <translation>%1 的清单</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="206" />
        <source>Printing %1…</source>
        <translation>正在打印 %1…</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="238" />
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="243" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="245" />
        <source>Manifests</source>
        <translation>移交清单</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="255" />
        <source>%1 — %2 of %3</source>
        <translation>%1 — 第 %2 份，共 %3 份</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="260" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="281" />
        <source>1 manifest (%2 pages) sent to %3.</source>
        <translation>1 份清单（%2 页）已发送到 %3。</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="282" />
        <source>%1 manifests (%2 pages) sent to %3, as one job.</source>
        <translation>%1 份清单（%2 页）已作为一个打印任务发送到 %3。</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="284" />
        <source>1 manifest (%2 pages) saved to %3.</source>
        <translation>1 份清单（%2 页）已保存到 %3。</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="285" />
        <source>%1 manifests (%2 pages) saved to %3.</source>
        <translation>%1 份清单（%2 页）已保存到 %3。</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="289" />
        <source>Signed by %1.</source>
        <translation>签名者：%1。</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="294" />
        <source>Cancelled: nothing was printed or saved, and no print was recorded.</source>
        <translation>已取消：没有打印或保存任何内容，也未登记打印。</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="297" />
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="313" />
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="316" />
        <source>Cannot record this handover</source>
        <translation>无法登记此次移交</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="342" />
        <source>%1 r%2: handover recorded, %3 handed over, %4 struck; the manifest is frozen.</source>
        <translation>%1 第 %2 版：移交已登记，移交 %3 人，除名 %4 人；清单已冻结。</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="353" />
        <source>Handover not recorded</source>
        <translation>移交未登记</translation>
    </message>
    <message>
        <location filename="../screens/manifests_actions.py" line="355" />
        <source>Recording the handover…</source>
        <translation>正在登记移交…</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="61" />
        <source>not issued</source>
        <translation>未签发</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="67" />
        <source>flight cancelled</source>
        <translation>航班已取消</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="67" />
        <source>crossing closed</source>
        <translation>口岸关闭</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="73" />
        <source>Flight %1 on %2 is cancelled: re-plan, then print the new manifest and record its handover. This manifest is not to be printed, saved or recorded.</source>
        <translation>航班 %1（%2）已取消：请重新规划，然后打印新的清单并登记其移交。本清单不得打印、保存或登记移交。</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="76" />
        <source>Crossing %1 is closed on %2: re-plan, then print the new manifest and record its handover. This manifest is not to be printed, saved or recorded.</source>
        <translation>口岸 %1 于 %2 关闭：请重新规划，然后打印新的清单并登记其移交。本清单不得打印、保存或登记移交。</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="89" />
        <source>✓ %1, frozen</source>
        <translation>✓ %1，已冻结</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="90" />
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="94" />
        <source>Flight %1</source>
        <translation>航班 %1</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="94" />
        <source>Crossing</source>
        <translation>口岸通道</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="96" />
        <source>no longer in the plan</source>
        <translation>已不在计划中</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="97" />
        <source>%1×</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="106" />
        <source>No manifest issued yet: printing or saving issues revision 1.</source>
        <translation>尚未签发清单：打印或保存时签发第 1 版。</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="108" />
        <source>The plan changed since r%1 was printed: printing now issues r%2.</source>
        <translation>第 %1 版打印后计划有变：现在打印将签发第 %2 版。</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="111" />
        <source>The handover is recorded: this revision is frozen. A correction makes a new revision.</source>
        <translation>移交已登记：此版本已冻结。更正将生成新版本。</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="146" />
        <source>Per day and batch</source>
        <translation>按日期和批次</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="147" />
        <source>Per batch (all days shown)</source>
        <translation>按批次（所显示的全部日期）</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="160" />
        <source>&amp;Rows:</source>
        <translation>行(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="186" />
        <source>Total: %1 planned · %2 manifested · %3 handed over · %4 struck</source>
        <translation>合计：计划 %1 · 列入清单 %2 · 已移交 %3 · 除名 %4</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="191" />
        <source>UNACCOUNTED FOR (%1): %2</source>
        <translation>去向不明（%1 人）：%2</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="212" />
        <source>Select a handover to see its manifest.</source>
        <translation>选择一次移交以查看其清单。</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="109" />
        <source>%1 is required</source>
        <translation>%1为必填项</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="122" />
        <source>(looks like %1)</source>
        <translation>（似乎是 %1）</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="125" />
        <source>These columns will be ignored: %1</source>
        <translation>以下列将被忽略：%1</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="129" />
        <source>Use the suggested matches, or go Back and match the columns.</source>
        <translation>请采用建议的对应，或返回上一页对应这些列。</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../dialogs/people_actions.py" line="56" />
        <source>Applies to the selected person.</source>
        <translation>适用于所选人员。</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="58" />
        <source>Applies to the %1 selected people.</source>
        <translation>适用于所选的 %1 人。</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../dialogs/people_actions.py" line="77" />
        <source>Assign to batch</source>
        <translation>分配到批次</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="81" />
        <source>(no batch)</source>
        <translation>（无批次）</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="82" />
        <source>&amp;Batch:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>AuditColumns</name>
    <message>
        <location filename="../screens/audit_model.py" line="75" />
        <source>When (UTC)</source>
        <extracomment>Kinds of record (table names) as people say them. Strings translated where they are shown (pyside6-lupdate reads these markers).</extracomment>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="76" />
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="77" />
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="78" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="79" />
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="80" />
        <source>Changes</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../screens/audit_detail.py" line="40" />
        <source>Values of the entry</source>
        <translation>记录的字段值</translation>
    </message>
    <message>
        <location filename="../screens/audit_detail.py" line="68" />
        <source>Select an entry to see what it changed.</source>
        <translation>选择一条记录以查看其变更内容。</translation>
    </message>
    <message>
        <location filename="../screens/audit_detail.py" line="76" />
        <source>&lt;b&gt;This entry is missing&lt;/b&gt;: it was deleted from the trail, which &lt;b&gt;Verify chain&lt;/b&gt; reports as a break.</source>
        <translation>&lt;b&gt;此条目缺失&lt;/b&gt;：它已从审计记录中被删除，&lt;b&gt;校验链&lt;/b&gt;会将其报告为断裂。</translation>
    </message>
    <message>
        <location filename="../screens/audit_detail.py" line="85" />
        <source>&lt;b&gt;%1&lt;/b&gt; by %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，操作员：%2</translation>
    </message>
    <message>
        <location filename="../screens/audit_detail.py" line="90" />
        <location filename="../screens/audit_detail.py" line="92" />
        <location filename="../screens/audit_detail.py" line="94" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../screens/audit_detail.py" line="90" />
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../screens/audit_detail.py" line="90" />
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../screens/audit_detail.py" line="92" />
        <source>Value (deleted)</source>
        <translation>值（已删除）</translation>
    </message>
    <message>
        <location filename="../screens/audit_detail.py" line="94" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../screens/audit_detail.py" line="115" />
        <source>hash %1
previous %2</source>
        <translation>哈希 %1
前一条 %2</translation>
    </message>
    <message>
        <location filename="../screens/audit_detail.py" line="120" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../screens/audit_detail.py" line="120" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <location filename="../screens/audit_filters.py" line="37" />
        <source>Reference or name</source>
        <extracomment>the date edit's minimum, shown as "any"</extracomment>
        <translation>编号或姓名</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="38" />
        <source>Batch reference</source>
        <translation>批次编号</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="43" />
        <source>Manifest number</source>
        <translation>交接清单编号</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="45" />
        <location filename="../screens/audit_filters.py" line="169" />
        <source>Any plan</source>
        <translation>任意计划</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="52" />
        <source>Any operator</source>
        <translation>任意操作员</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="57" />
        <location filename="../screens/audit_filters.py" line="167" />
        <source>Any action</source>
        <translation>任意操作</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="61" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="63" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="63" />
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="64" />
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="65" />
        <source>Manifest</source>
        <translation>交接清单</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="66" />
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="67" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="68" />
        <source>From (UTC day)</source>
        <translation>起始日（UTC）</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="69" />
        <source>To (UTC day)</source>
        <translation>截止日（UTC）</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="75" />
        <source>&amp;Person</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="75" />
        <source>&amp;Batch</source>
        <translation>批次(&amp;B)</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="76" />
        <source>P&amp;lan</source>
        <translation>计划(&amp;L)</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="76" />
        <source>&amp;Manifest</source>
        <translation>交接清单(&amp;M)</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="77" />
        <source>&amp;Operator</source>
        <translation>操作员(&amp;O)</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="77" />
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="78" />
        <source>&amp;From</source>
        <translation>起始(&amp;F)</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="78" />
        <source>&amp;To</source>
        <translation>截止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../screens/audit_filters.py" line="100" />
        <source>any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>AuditKinds</name>
    <message>
        <location filename="../screens/audit_model.py" line="81" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="82" />
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="83" />
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="84" />
        <source>Plan assignment</source>
        <translation>计划分配</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="85" />
        <source>Manifest</source>
        <translation>交接清单</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="86" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="87" />
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="88" />
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="89" />
        <source>Crossing</source>
        <translation>口岸通道</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="90" />
        <source>Crossing closure</source>
        <translation>口岸关闭</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="91" />
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="92" />
        <source>Leg</source>
        <translation>路段</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="93" />
        <source>Receiving point</source>
        <translation>接收点</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="94" />
        <source>Receiving province</source>
        <translation>接收省份</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="95" />
        <source>Separation</source>
        <translation>分开押送</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="96" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="97" />
        <source>Status event</source>
        <translation>状态变更</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../screens/audit.py" line="64" />
        <source>&amp;Verify chain</source>
        <extracomment>kind of record → the filter that shows its history</extracomment>
        <translation>校验哈希链(&amp;V)</translation>
    </message>
    <message>
        <location filename="../screens/audit.py" line="65" />
        <source>Recompute every entry's hash and link: finds any edited, inserted or deleted entry</source>
        <translation>重新计算每条记录的哈希和链接：找出任何被修改、插入或删除的记录</translation>
    </message>
    <message>
        <location filename="../screens/audit.py" line="67" />
        <source>&amp;Export the filtered trail…</source>
        <translation>导出筛选后的审计记录(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../screens/audit.py" line="69" />
        <source>The entries shown, to a CSV file; the export is recorded in the trail</source>
        <translation>将显示的记录导出为 CSV 文件；导出本身也记入审计日志</translation>
    </message>
    <message>
        <location filename="../screens/audit.py" line="109" />
        <location filename="../screens/audit.py" line="189" />
        <location filename="../screens/audit.py" line="211" />
        <source>Could not read the audit trail</source>
        <translation>无法读取审计日志</translation>
    </message>
    <message>
        <location filename="../screens/audit.py" line="117" />
        <source>Audit entries, newest first</source>
        <translation>审计记录（最新在前）</translation>
    </message>
    <message>
        <location filename="../screens/audit.py" line="242" />
        <source>%1 entries, newest first</source>
        <translation>共 %1 条记录，最新在前</translation>
    </message>
    <message>
        <location filename="../screens/audit.py" line="243" />
        <source>No audit entries yet.</source>
        <translation>尚无审计记录。</translation>
    </message>
    <message>
        <location filename="../screens/audit.py" line="245" />
        <source>%1 entries match the filters</source>
        <translation>%1 条记录符合筛选条件</translation>
    </message>
    <message>
        <location filename="../screens/audit.py" line="246" />
        <source>No entry matches these filters.</source>
        <translation>没有符合这些筛选条件的记录。</translation>
    </message>
    <message>
        <location filename="../screens/audit.py" line="303" />
        <source>Checking the audit chain…</source>
        <translation>正在校验审计哈希链…</translation>
    </message>
    <message>
        <location filename="../screens/audit.py" line="314" />
        <source>Could not check the audit chain</source>
        <translation>无法校验审计哈希链</translation>
    </message>
    <message>
        <location filename="../screens/audit.py" line="318" />
        <source>Export the filtered trail</source>
        <translation>导出筛选后的审计记录</translation>
    </message>
    <message>
        <location filename="../screens/audit.py" line="319" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../screens/audit.py" line="330" />
        <source>Say who you are first (Edit ▸ Operator…): every export is recorded in the audit trail with the operator's name.</source>
        <translation>请先填写操作员身份（编辑 ▸ 操作员…）：每次导出都会以操作员姓名记入审计日志。</translation>
    </message>
    <message>
        <location filename="../screens/audit.py" line="331" />
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <location filename="../screens/audit.py" line="342" />
        <source>Exported %1 entries to %2 (recorded as entry #%3).</source>
        <translation>已将 %1 条记录导出到 %2（记为第 #%3 条审计记录）。</translation>
    </message>
    <message>
        <location filename="../screens/audit.py" line="350" />
        <source>Export cancelled: no file was written.</source>
        <translation>已取消导出：未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../screens/audit.py" line="352" />
        <source>Could not export the audit trail</source>
        <translation>无法导出审计日志</translation>
    </message>
    <message>
        <location filename="../screens/audit.py" line="355" />
        <source>Exporting the audit trail…</source>
        <translation>正在导出审计日志…</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <location filename="../screens/audit_model.py" line="132" />
        <source>entry %1 is missing</source>
        <extracomment>reference of each batch_id in the entry</extracomment>
        <translation>条目 %1 缺失</translation>
    </message>
    <message>
        <location filename="../screens/audit_model.py" line="137" />
        <source>missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>BatchesWorkspace</name>
    <message>
        <location filename="../screens/batches.py" line="47" />
        <source>&amp;New batch…</source>
        <translation>新建批次(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../screens/batches.py" line="48" />
        <source>&amp;Split batch…</source>
        <translation>拆分批次(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../screens/batches.py" line="49" />
        <source>&amp;Merge another batch in…</source>
        <translation>并入其他批次(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../screens/batches.py" line="51" />
        <source>&amp;Keep cases together</source>
        <translation>同案人员同行(&amp;K)</translation>
    </message>
    <message>
        <location filename="../screens/batches.py" line="54" />
        <source>&amp;History in the audit trail</source>
        <translation>审计日志中的历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../screens/batches.py" line="56" />
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
        <location filename="../caseload_models.py" line="65" />
        <source>Ref</source>
        <extracomment>Colours of flag badges; text stays readable on them (white on a mid-dark fill). Strings translated where they are shown (pyside6-lupdate reads these markers).</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="66" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="67" />
        <source>Latin name</source>
        <translation>拉丁文姓名</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="68" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="69" />
        <source>Born (age)</source>
        <translation>出生日期（年龄）</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="70" />
        <source>Nat.</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="71" />
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="72" />
        <source>Site</source>
        <translation>羁押点</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="73" />
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="74" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="75" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="76" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="77" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="78" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="79" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="80" />
        <source>Legal deadline</source>
        <translation>法定期限</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="81" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="82" />
        <source>Receiving point</source>
        <translation>接收点</translation>
    </message>
</context>
<context>
    <name>DatabaseMixin</name>
    <message>
        <location filename="../main_database.py" line="105" />
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../main_database.py" line="123" />
        <source>Could not open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../main_database.py" line="124" />
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
        <location filename="../main_database.py" line="165" />
        <source>Three wrong passphrases; the database stays closed.</source>
        <translation>口令错误三次，数据库保持关闭。</translation>
    </message>
    <message>
        <location filename="../main_database.py" line="199" />
        <source>Reading the database…</source>
        <translation>正在读取数据库…</translation>
    </message>
    <message>
        <location filename="../main_database.py" line="201" />
        <source>Could not read database</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <location filename="../main_database.py" line="225" />
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location filename="../main_database.py" line="230" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../main_database.py" line="235" />
        <source>person</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../main_database.py" line="235" />
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../main_database.py" line="236" />
        <source>batch</source>
        <translation>个批次</translation>
    </message>
    <message>
        <location filename="../main_database.py" line="236" />
        <source>batches</source>
        <translation>个批次</translation>
    </message>
    <message>
        <location filename="../main_database.py" line="241" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
</context>
<context>
    <name>DisruptionActions</name>
    <message>
        <location filename="../screens/plan_actions.py" line="28" />
        <source>Cancel a &amp;flight…</source>
        <translation>取消航班(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="30" />
        <source>&amp;Close a crossing for some days…</source>
        <translation>关闭口岸若干天(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="33" />
        <source>&amp;Delay a batch…</source>
        <translation>推迟批次(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="81" />
        <source> (in the plan)</source>
        <translation>（在计划中）</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="91" />
        <source>Cancel a flight</source>
        <translation>取消航班</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="84" />
        <source>The flight is marked cancelled (undo restores it), then the published plan is re-planned and the changes are listed.</source>
        <translation>该航班将被标记为已取消（撤销可恢复），随后基于已发布的计划重新规划并列出变更。</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="91" />
        <source>&amp;Flight:</source>
        <translation>航班(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="86" />
        <source>Cancel flight and re-plan</source>
        <translation>取消航班并重新规划</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="97" />
        <source>Another change is still being saved; try again in a moment.</source>
        <translation>另一项修改仍在保存，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="103" />
        <source>flight %1 cancelled</source>
        <translation>航班 %1 已取消</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="127" />
        <source>Close a crossing</source>
        <translation>关闭口岸</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="118" />
        <source>The crossing is closed on these days (undo reopens it), then the published plan is re-planned and the changes are listed.</source>
        <translation>该口岸在这些日期关闭（撤销可重新开放），随后基于已发布的计划重新规划并列出变更。</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="128" />
        <source>&amp;Crossing:</source>
        <translation>口岸(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="129" />
        <source>&amp;First day:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="130" />
        <source>&amp;Last day:</source>
        <translation>结束日期(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="120" />
        <source>Close and re-plan</source>
        <translation>关闭并重新规划</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="45" />
        <source>Re-plan the published plan with a batch held back</source>
        <translation>在推迟某批次的情况下重新规划已发布的计划</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="46" />
        <source>Needs a published plan: a delay only shapes a re-plan</source>
        <translation>需要已发布的计划：推迟仅用于重新规划</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="58" />
        <source>%1: saved. There is no published plan to re-plan; the next plan respects it.</source>
        <translation>%1：已保存。没有可重新规划的已发布计划；下一次规划将遵循此项。</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="88" />
        <source>The flight is marked cancelled (undo restores it). There is no published plan to re-plan; the next plan will not use it.</source>
        <translation>该航班将被标记为已取消（撤销可恢复）。没有可重新规划的已发布计划；下一次规划不会使用该航班。</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="90" />
        <source>Cancel flight</source>
        <translation>取消航班</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="122" />
        <source>The crossing is closed on these days (undo reopens it). There is no published plan to re-plan; the next plan respects the closure.</source>
        <translation>该口岸在这些日期关闭（撤销可重新开放）。没有可重新规划的已发布计划；下一次规划将遵循此关闭。</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="125" />
        <source>Close crossing</source>
        <translation>关闭口岸</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="140" />
        <source>%1 closed %2 to %3</source>
        <translation>%1 于 %2 至 %3 关闭</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="157" />
        <source>Delay a batch</source>
        <translation>推迟批次</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="158" />
        <source>The batch may not leave before the day chosen (for this re-plan only); the published plan is re-planned and the changes are listed.</source>
        <translation>该批次在所选日期之前不得出发（仅用于本次重新规划）；将基于已发布的计划重新规划并列出变更。</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="160" />
        <source>&amp;Batch:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="161" />
        <source>&amp;Not before:</source>
        <translation>不早于(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="162" />
        <source>Delay and re-plan</source>
        <translation>推迟并重新规划</translation>
    </message>
    <message>
        <location filename="../screens/plan_actions.py" line="167" />
        <source>batch %1 delayed to %2</source>
        <translation>批次 %1 推迟至 %2</translation>
    </message>
</context>
<context>
    <name>EscortActions</name>
    <message>
        <location filename="../screens/manifests_escorts.py" line="47" />
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../screens/manifests_escorts.py" line="50" />
        <source>Cannot read the escorts</source>
        <translation>无法读取押解人员</translation>
    </message>
    <message>
        <location filename="../screens/manifests_escorts.py" line="76" />
        <source>%1 r%2: %3 escorts saved.</source>
        <translation>%1 第 %2 版：已保存 %3 名押解人员。</translation>
    </message>
    <message>
        <location filename="../screens/manifests_escorts.py" line="77" />
        <source>%1 r%2: %3 escorts saved, %4 required by the plan.</source>
        <translation>%1 第 %2 版：已保存 %3 名押解人员，计划要求 %4 名。</translation>
    </message>
    <message>
        <location filename="../screens/manifests_escorts.py" line="86" />
        <source>Escorts not saved</source>
        <translation>押解人员未保存</translation>
    </message>
    <message>
        <location filename="../screens/manifests_escorts.py" line="88" />
        <source>Saving the escorts…</source>
        <translation>正在保存押解人员…</translation>
    </message>
</context>
<context>
    <name>EscortsDialog</name>
    <message>
        <location filename="../dialogs/escorts.py" line="40" />
        <source>Name</source>
        <extracomment>the table's columns: Escort field and header</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../dialogs/escorts.py" line="41" />
        <source>ID or badge number</source>
        <translation>证件号或警号</translation>
    </message>
    <message>
        <location filename="../dialogs/escorts.py" line="42" />
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../dialogs/escorts.py" line="43" />
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../dialogs/escorts.py" line="59" />
        <source>Escorts of %1</source>
        <extracomment>the escorts to save (tuple[Escort, ...]); the screen writes them and then calls accept()</extracomment>
        <translation>%1 的押解人员</translation>
    </message>
    <message>
        <location filename="../dialogs/escorts.py" line="61" />
        <source>flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../dialogs/escorts.py" line="61" />
        <source>land border crossing</source>
        <translation>陆路口岸移交</translation>
    </message>
    <message>
        <location filename="../dialogs/escorts.py" line="67" />
        <source>The handover of this manifest is recorded: its escorts are part of the record and cannot be changed.</source>
        <translation>此清单的移交已登记：押解人员属于记录的一部分，不能再修改。</translation>
    </message>
    <message>
        <location filename="../dialogs/escorts.py" line="71" />
        <source>This manifest is not issued yet: saving the escorts issues revision r%1 (nothing is printed).</source>
        <translation>此清单尚未签发：保存押解人员将签发第 %1 版（不打印）。</translation>
    </message>
    <message>
        <location filename="../dialogs/escorts.py" line="75" />
        <source>The escorts are printed on the manifest and carried into its later revisions.</source>
        <translation>押解人员打印在清单上，并带入清单以后的各个版本。</translation>
    </message>
    <message>
        <location filename="../dialogs/escorts.py" line="85" />
        <source>&amp;Add escort</source>
        <translation>添加押解人员(&amp;A)</translation>
    </message>
    <message>
        <location filename="../dialogs/escorts.py" line="87" />
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../dialogs/escorts.py" line="214" />
        <source>&lt;b&gt;%1 of %2 required&lt;/b&gt;</source>
        <translation>&lt;b&gt;已列 %1 人，要求 %2 人&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../dialogs/escorts.py" line="217" />
        <source>Fewer escorts than the plan required.</source>
        <translation>押解人员少于计划要求。</translation>
    </message>
    <message>
        <location filename="../dialogs/escorts.py" line="220" />
        <source>Fewer escorts than the plan requires: the manifest prints a warning. You can still save.</source>
        <translation>押解人员少于计划要求：清单上将打印警示。仍可保存。</translation>
    </message>
    <message>
        <location filename="../dialogs/escorts.py" line="224" />
        <source>&lt;b&gt;%1 listed&lt;/b&gt;</source>
        <translation>&lt;b&gt;已列 %1 人&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../dialogs/escorts.py" line="225" />
        <source>The plan requires no escorts here.</source>
        <translation>计划对此未要求押解人员。</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../screens/exports_data.py" line="33" />
        <source>Names (Chinese and Latin)</source>
        <extracomment>What each profile field gives the recipient (docs/exports.md), for labels and tooltips.</extracomment>
        <translation>姓名（中文及拉丁字母）</translation>
    </message>
    <message>
        <location filename="../screens/exports_data.py" line="34" />
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../screens/exports_data.py" line="35" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../screens/exports_data.py" line="36" />
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../screens/exports_data.py" line="37" />
        <source>Travel document</source>
        <translation>旅行证件</translation>
    </message>
    <message>
        <location filename="../screens/exports_data.py" line="38" />
        <source>Case reference</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../screens/exports_data.py" line="39" />
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../screens/exports_data.py" line="40" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../screens/exports_data.py" line="41" />
        <source>Flags (minor, victim, pregnant, separate)</source>
        <translation>标记（未成年、受害人、孕妇、单独押送）</translation>
    </message>
    <message>
        <location filename="../screens/exports_data.py" line="42" />
        <source>Medical flag and note</source>
        <translation>医疗标记及说明</translation>
    </message>
    <message>
        <location filename="../screens/exports_data.py" line="45" />
        <source>Crossing handovers</source>
        <translation>口岸移交</translation>
    </message>
    <message>
        <location filename="../screens/exports_data.py" line="46" />
        <source>Flights</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="30" />
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="31" />
        <source>CSV (UTF-8)</source>
        <translation>CSV（UTF-8）</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="32" />
        <source>Calendar (iCalendar, no personal data)</source>
        <translation>日历（iCalendar，不含个人信息）</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="33" />
        <source>Plan document (JSON)</source>
        <translation>计划文档（JSON）</translation>
    </message>
    <message>
        <location filename="../screens/exports_form.py" line="34" />
        <source>Passenger list (UN/EDIFACT PAXLST)</source>
        <translation>旅客名单（UN/EDIFACT PAXLST）</translation>
    </message>
</context>
<context>
    <name>ExportsScreen</name>
    <message>
        <location filename="../screens/exports.py" line="78" />
        <source>New export</source>
        <translation>新建导出</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="87" />
        <source>Partner profiles: what each recipient gets</source>
        <translation>合作方配置：各接收方获得的信息</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="89" />
        <source>Tick a box to give a field; double-click a carrier to change it. Every change can be undone (Ctrl+Z) and is audited. New profiles: &lt;tt&gt;repatplan partner set&lt;/tt&gt;.</source>
        <translation>勾选即提供该字段；双击承运人可修改。每项修改均可撤销（Ctrl+Z）并记入审计。新建配置：&lt;tt&gt;repatplan partner set&lt;/tt&gt;。</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="97" />
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="97" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="97" />
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="97" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="98" />
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="98" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="98" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="98" />
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="99" />
        <source>Encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="99" />
        <source>Fields given</source>
        <translation>提供的字段</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="102" />
        <source>Exports made</source>
        <translation>已完成的导出</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="124" />
        <source>&amp;Save export as…</source>
        <translation>导出另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="199" />
        <source>7-Zip archive (*.7z)</source>
        <translation>7-Zip 压缩包 (*.7z)</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="200" />
        <source>Save export as</source>
        <translation>导出另存为</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="237" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="263" />
        <source>, encrypted</source>
        <translation>，已加密</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="265" />
        <source>Written: &lt;b&gt;%1&lt;/b&gt; for %2 (%3 rows, %4 people%5).</source>
        <translation>已写入：&lt;b&gt;%1&lt;/b&gt;，接收方 %2（%3 行，%4 人%5）。</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="275" />
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="277" />
        <source>The export failed; nothing was written.</source>
        <translation>导出失败；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="284" />
        <location filename="../screens/exports.py" line="286" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="301" />
        <source>yes: Office password (AES-256)</source>
        <translation>是：Office 密码（AES-256）</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="302" />
        <source>yes: 7-Zip archive (AES-256)</source>
        <translation>是：7-Zip 压缩包（AES-256）</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="303" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="306" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="307" />
        <source>none (a calendar)</source>
        <translation>无（日历）</translation>
    </message>
    <message>
        <location filename="../screens/exports.py" line="308" />
        <source>head counts only</source>
        <translation>仅人数</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../import_wizard.py" line="87" />
        <source>Choose a persons list</source>
        <translation>选择人员名单</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="88" />
        <source>A CSV or Excel file in the repatplan template (other column names can be matched on the next page).</source>
        <translation>repatplan 模板格式的 CSV 或 Excel 文件（列名不同可在下一页对应）。</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="91" />
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="92" />
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="107" />
        <source>Import persons</source>
        <translation>导入人员</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <location filename="../caseload_models.py" line="90" />
        <source>minor</source>
        <translation>未成年</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="91" />
        <source>medical</source>
        <translation>医疗</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="92" />
        <source>victim</source>
        <translation>受害人</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="93" />
        <source>pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="94" />
        <source>separate</source>
        <translation>单独押送</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <location filename="../widgets/gantt.py" line="166" />
        <source>closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../widgets/gantt.py" line="167" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../widgets/gantt.py" line="169" />
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../dialogs/people_actions.py" line="197" />
        <source>Keep together</source>
        <translation>同行</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="200" />
        <source>empty: no longer kept together</source>
        <translation>留空：不再同行</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="201" />
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../dialogs/handover.py" line="45" />
        <source>Handed over</source>
        <translation>已移交</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="46" />
        <source>Struck: not present</source>
        <translation>除名：未到场</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="47" />
        <source>Struck: refused by receiving side</source>
        <translation>除名：接收方拒收</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="48" />
        <source>Struck: medical hold</source>
        <translation>除名：因病滞留</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="49" />
        <source>Struck: other (say why)</source>
        <translation>除名：其他（请说明）</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="53" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="54" />
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="55" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="56" />
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="57" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="58" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../dialogs/handover.py" line="59" />
        <source>Strike for good as</source>
        <translation>永久注销原因</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../import_wizard_columns.py" line="30" />
        <source>Person reference</source>
        <translation>人员编号</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="31" />
        <source>Family name (native)</source>
        <translation>姓（本国文字）</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="32" />
        <source>Given name (native)</source>
        <translation>名（本国文字）</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="33" />
        <source>Latin name</source>
        <translation>拉丁文姓名</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="34" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="35" />
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="36" />
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="37" />
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="38" />
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="39" />
        <source>Document expiry</source>
        <translation>证件有效期至</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="40" />
        <source>Issuing country</source>
        <translation>签发国</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="41" />
        <source>MRZ</source>
        <translation>机读区</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="42" />
        <source>Holding site</source>
        <translation>羁押点</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="43" />
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="44" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="45" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="46" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="47" />
        <source>Ready date</source>
        <translation>就绪日期</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="48" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="49" />
        <source>Keep-together group</source>
        <translation>同行分组</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="50" />
        <source>Medical note</source>
        <translation>医疗备注</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="51" />
        <source>Trafficking screening</source>
        <translation>拐卖受害人甄别</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="52" />
        <source>Keep apart from</source>
        <translation>须分开的人员</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="53" />
        <source>Identity verified</source>
        <translation>身份已核实</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="54" />
        <source>Travel document issued</source>
        <translation>旅行证件已签发</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="55" />
        <source>Exit clearance</source>
        <translation>出境许可</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="56" />
        <source>Fit to travel</source>
        <translation>适宜出行</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../import_wizard.py" line="320" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="333" />
        <source>Importing… Cancel stops it and writes nothing.</source>
        <translation>正在导入……取消将中止导入且不写入任何内容。</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="344" />
        <source>Importing</source>
        <translation>导入中</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="352" />
        <source>Imported: %1 created, %2 updated, %3 unchanged.</source>
        <translation>已导入：新建 %1，更新 %2，未变 %3。</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="360" />
        <source>Import cancelled: nothing was written.</source>
        <translation>导入已取消：未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../import_wizard_columns.py" line="64" />
        <source>date of birth is in the future</source>
        <extracomment>Template column → its label (translated where shown, context "ImportColumns"). The problems without a value inside (planner/importing/person_rules.py, person_checks.py).</extracomment>
        <translation>出生日期在未来</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="65" />
        <source>date of birth is before 1900</source>
        <translation>出生日期早于 1900 年</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="66" />
        <source>not an ISO 3166-1 alpha-3 country code (e.g. CHN, MMR, THA)</source>
        <translation>不是 ISO 3166-1 三字母国家代码（例如 CHN、MMR、THA）</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="68" />
        <source>sex must be M, F or X (male/female/男/女 accepted)</source>
        <translation>性别须为 M、F 或 X（也可填 male/female/男/女）</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="69" />
        <source>a document number is required for a passport</source>
        <translation>护照须填写证件号码</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="70" />
        <source>a document number is given but the document type is none (or empty)</source>
        <translation>填写了证件号码，但证件类型为 none（或为空）</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="72" />
        <source>document type must be passport, etc (emergency travel certificate), national_id or none</source>
        <translation>证件类型须为 passport、etc（旅行证）、national_id 或 none</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="74" />
        <source>a two-digit year is ambiguous: write the year in full</source>
        <translation>两位数年份有歧义：请写完整年份</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="75" />
        <source>unknown site code (no holding site with this code in the database)</source>
        <translation>未知的羁押点代码（数据库中没有此代码的羁押点）</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="77" />
        <source>no receiving point serves this province</source>
        <translation>没有接收点负责此省份</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="78" />
        <source>batch exists at a different site</source>
        <translation>该批次属于另一个羁押点</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="79" />
        <source>flag pregnant on a person whose sex is not F</source>
        <translation>性别不是 F 的人员带有 pregnant（怀孕）标记</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="80" />
        <source>a person cannot be kept apart from themselves</source>
        <translation>人员不能与自己分开</translation>
    </message>
    <message>
        <location filename="../import_wizard_columns.py" line="81" />
        <source>screening must be not_screened, screened_suspect or screened_victim</source>
        <translation>甄别结果须为 not_screened、screened_suspect 或 screened_victim</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../import_wizard.py" line="376" />
        <source>Import persons</source>
        <translation>导入人员</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="53" />
        <source>Screens</source>
        <extracomment>a (re)load reached the screens</extracomment>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131" />
        <source>Operator: %1</source>
        <translation>操作员：%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132" />
        <source>Operator: not set</source>
        <translation>操作员：未设置</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="153" />
        <source>About repatplan</source>
        <translation>关于 repatplan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="155" />
        <source>&lt;p&gt;Planning of cross-border repatriation logistics.&lt;/p&gt;</source>
        <translation>&lt;p&gt;跨境遣返物流规划。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Manifests</name>
    <message>
        <location filename="../screens/manifests_views.py" line="32" />
        <location filename="../screens/manifests_views.py" line="44" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="33" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="34" />
        <source>Manifest number</source>
        <translation>交接清单编号</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="35" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="36" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="37" />
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="38" />
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="39" />
        <source>Handover</source>
        <translation>移交</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="40" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="45" />
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="46" />
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="47" />
        <source>Manifested</source>
        <translation>列入清单</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="48" />
        <source>Handed over</source>
        <translation>已移交</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="49" />
        <source>Struck off</source>
        <translation>除名</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="50" />
        <source>Unaccounted</source>
        <translation>去向不明</translation>
    </message>
    <message>
        <location filename="../screens/manifests_views.py" line="51" />
        <source>People unaccounted for</source>
        <translation>去向不明人员</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../import_wizard.py" line="130" />
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="131" />
        <source>Each template field and the column of your file it comes from. Required fields are marked *.</source>
        <translation>每个模板字段及其在您文件中的来源列。必填字段标有 *。</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="164" />
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="183" />
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
        <location filename="../main_menus.py" line="71" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="81" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="82" />
        <location filename="../main_menus.py" line="146" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="85" />
        <location filename="../main_menus.py" line="148" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="91" />
        <source>&amp;Operator…</source>
        <translation>操作员(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="92" />
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="102" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="115" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="117" />
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="121" />
        <source>&amp;People</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="121" />
        <source>&amp;Batches</source>
        <translation>批次(&amp;B)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="128" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="129" />
        <source>&amp;About repatplan</source>
        <translation>关于 repatplan(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="133" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="145" />
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="147" />
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
    <name>NetworkActions</name>
    <message>
        <location filename="../screens/network_actions.py" line="70" />
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="121" />
        <source>Add flight</source>
        <translation>新增航班</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="122" />
        <source>From</source>
        <translation>出发地</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="123" />
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="144" />
        <source>flight %1 cancelled</source>
        <translation>航班 %1 已取消</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="155" />
        <source>Close a crossing</source>
        <translation>关闭口岸</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="155" />
        <source>The planner will not use the crossing on these days; undo reopens it.</source>
        <translation>规划器在这些日期不使用该口岸；撤销即可重新开放。</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="157" />
        <source>&amp;Crossing:</source>
        <translation>口岸(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="158" />
        <source>&amp;First day:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="159" />
        <source>&amp;Last day:</source>
        <translation>结束日期(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="172" />
        <source>%1 closed %2 to %3</source>
        <translation>%1 于 %2 至 %3 关闭</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="183" />
        <location filename="../screens/network_actions.py" line="192" />
        <source>Reopen a crossing</source>
        <translation>重新开放口岸通道</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="184" />
        <source>The selected crossing has no closures.</source>
        <translation>所选口岸通道没有关闭记录。</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="185" />
        <source>No crossing is closed on any day.</source>
        <translation>没有任何口岸通道在任何日期关闭。</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="193" />
        <source>The closure is removed: the planner may use the crossing on those days again; undo closes it again.</source>
        <translation>取消该关闭：规划器可在这些日期再次使用该口岸通道；撤销将再次关闭。</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="194" />
        <source>&amp;Closure:</source>
        <translation>关闭时段(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="214" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="215" />
        <source>%1. There is no published plan to re-plan; the next plan respects it.</source>
        <translation>%1。没有可重新规划的已发布计划；下一次规划将遵循此项。</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="222" />
        <source>Re-plan?</source>
        <translation>重新规划？</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="223" />
        <source>%1. Re-plan from the published plan now? Only what must move is moved; the changes are listed on the Plan screen.</source>
        <translation>%1。现在基于已发布的计划重新规划吗？只调整必须调整的部分；变更将列在“计划”界面。</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="227" />
        <source>Re-plan now</source>
        <translation>立即重新规划</translation>
    </message>
    <message>
        <location filename="../screens/network_actions.py" line="228" />
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
</context>
<context>
    <name>NetworkCommands</name>
    <message>
        <location filename="../screens/network_commands.py" line="24" />
        <source>location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="25" />
        <source>crossing</source>
        <translation>口岸通道</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="26" />
        <source>flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="27" />
        <source>leg</source>
        <translation>路段</translation>
    </message>
    <message>
        <location filename="../screens/network_commands.py" line="28" />
        <source>receiving point</source>
        <translation>接收点</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <location filename="../screens/network_forms.py" line="34" />
        <location filename="../screens/network_forms.py" line="41" />
        <location filename="../screens/network_forms.py" line="67" />
        <source>Name</source>
        <extracomment>(field, label, type) per kind; types: str, int, int?, float, time, datetime, bool, mode, list (comma-separated), coord (degrees, empty = none)</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="35" />
        <source>Local name</source>
        <translation>当地名称</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="36" />
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="37" />
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="38" />
        <source>Holding capacity</source>
        <translation>羁押容量</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="40" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="42" />
        <source>People a day</source>
        <translation>每日人数</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="43" />
        <source>Open weekdays (1=Mon)</source>
        <translation>开放星期（1=周一）</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="45" />
        <source>Opens</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="46" />
        <source>Closes</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="47" />
        <source>Handover minutes</source>
        <translation>交接分钟数</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="49" />
        <source>Flight number</source>
        <translation>航班号</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="50" />
        <source>Carrier</source>
        <translation>承运人</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="51" />
        <source>Departs (local)</source>
        <translation>起飞（当地时间）</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="53" />
        <source>Arrives (local)</source>
        <translation>到达（当地时间）</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="55" />
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="56" />
        <source>Most detainees</source>
        <translation>最多被遣返人员</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="57" />
        <source>Escorts per detainee</source>
        <translation>每名被遣返人员的押解人数</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="59" />
        <source>Charter cost</source>
        <translation>包机费用</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="60" />
        <source>The planner may choose it</source>
        <translation>规划器可选用</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="62" />
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="63" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="64" />
        <source>People per vehicle</source>
        <translation>每车人数</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="65" />
        <source>Vehicles a day</source>
        <translation>每日车辆</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="66" />
        <source>Cost per vehicle</source>
        <translation>每车费用</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="68" />
        <source>Intake a day</source>
        <translation>每日接收量</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="70" />
        <source>Provinces served</source>
        <translation>服务省份</translation>
    </message>
</context>
<context>
    <name>NetworkImportDialog</name>
    <message>
        <location filename="../dialogs/network_import.py" line="78" />
        <location filename="../dialogs/network_import.py" line="121" />
        <source>Import network</source>
        <extracomment>the import was written (the report is passed); the screens should reload</extracomment>
        <translation>导入路网</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="80" />
        <source>Network file (JSON) to import</source>
        <translation>要导入的路网文件（JSON）</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="81" />
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="83" />
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="84" />
        <source>Look for every problem; nothing is written</source>
        <translation>查找所有问题；不写入任何数据</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="91" />
        <source>Locations, crossings, legs, receiving points and flights are added, or updated when their code is already there; nothing is deleted. The whole file is checked first: with any problem, nothing is imported.</source>
        <translation>地点、口岸通道、路段、接收点和航班将被新增；代码已存在的则更新；不会删除任何数据。先检查整个文件：只要有一个问题，就不导入任何数据。</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="98" />
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="98" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="103" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="144" />
        <source>Checking %1… nothing is written.</source>
        <translation>正在检查 %1…尚未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="147" />
        <source>Checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="156" />
        <source>nothing</source>
        <translation>无内容</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="160" />
        <source>%1 problems found; nothing has been imported. Fix the file and check it again (the import is all or nothing).</source>
        <translation>发现 %1 个问题；未导入任何数据。请修改文件后再次检查（导入要么全部成功，要么全部不导入）。</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="164" />
        <source>No problems. The file has %1. Import writes it in one go.</source>
        <translation>没有问题。文件包含 %1。导入将一次性写入。</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="171" />
        <source>(the file)</source>
        <translation>（文件本身）</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="178" />
        <source>locations</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="178" />
        <source>crossings</source>
        <translation>口岸通道</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="179" />
        <source>legs</source>
        <translation>路段</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="179" />
        <source>receiving points</source>
        <translation>接收点</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="180" />
        <source>flights</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="194" />
        <source>Importing… Cancel stops it and writes nothing.</source>
        <translation>正在导入……取消将中止导入且不写入任何内容。</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="195" />
        <source>Importing</source>
        <translation>导入中</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="203" />
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1：新增 %2，更新 %3，未变 %4</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="207" />
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="213" />
        <source>Import cancelled: nothing was written.</source>
        <translation>导入已取消：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="215" />
        <source>The file has problems now; nothing was imported.</source>
        <translation>文件现在有问题；未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="220" />
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../dialogs/network_import.py" line="228" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
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
    <name>NetworkRules</name>
    <message>
        <location filename="../screens/network_forms.py" line="76" />
        <source>must not be negative</source>
        <extracomment>The messages of `planner.services.network_edits` validation, for translation.</extracomment>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="77" />
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="78" />
        <source>between -90 and 90</source>
        <translation>须在 -90 到 90 之间</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="79" />
        <source>between -180 and 180</source>
        <translation>须在 -180 到 180 之间</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="80" />
        <source>not a time zone of the time-zone database (e.g. Asia/Yangon)</source>
        <translation>不是时区数据库中的时区（例如 Asia/Yangon）</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="82" />
        <source>ISO weekdays 1 (Monday) to 7 (Sunday), each once</source>
        <translation>ISO 星期 1（周一）至 7（周日），每个只出现一次</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="83" />
        <source>must be after the opening time</source>
        <translation>须晚于开放时间</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="84" />
        <source>before the departure</source>
        <translation>早于起飞时间</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="85" />
        <source>more detainees than seats</source>
        <translation>被遣返人员多于座位</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="86" />
        <source>the same airport as the origin</source>
        <translation>与出发机场相同</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="87" />
        <source>at least 1</source>
        <translation>至少为 1</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="88" />
        <source>road or rail</source>
        <translation>公路或铁路</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="89" />
        <source>distinct names of 1 to 64 characters, separated by commas</source>
        <translation>互不相同、长度 1 到 64 个字符的名称，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="91" />
        <source>1 to 32 capital letters, digits, - or _</source>
        <translation>1 到 32 个大写字母、数字、- 或 _</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="92" />
        <source>already used by another row of this kind</source>
        <translation>已被同类的另一行使用</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="93" />
        <source>not an ISO 3166-1 alpha-3 country code (e.g. MMR)</source>
        <translation>不是 ISO 3166-1 三字母国家代码（例如 MMR）</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="94" />
        <source>choose what the place is</source>
        <translation>请选择地点类型</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="95" />
        <source>choose a place</source>
        <translation>请选择地点</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="96" />
        <source>must be a border checkpoint</source>
        <translation>必须是边境检查站</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="97" />
        <source>the same place as the other end</source>
        <translation>与另一端是同一地点</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="98" />
        <source>this leg (same ends and mode) already exists</source>
        <translation>该路段（相同两端和方式）已存在</translation>
    </message>
    <message>
        <location filename="../screens/network_forms.py" line="261" />
        <source>a number of degrees, or empty</source>
        <translation>度数，或留空</translation>
    </message>
</context>
<context>
    <name>NetworkScreen</name>
    <message>
        <location filename="../screens/network.py" line="76" />
        <source>Import &amp;network…</source>
        <extracomment>the user chose to re-plan after a disruption here (the reason is passed)</extracomment>
        <translation>导入路网(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="77" />
        <source>Check a network file (JSON), then import it</source>
        <translation>检查路网文件（JSON），然后导入</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="82" />
        <source>Locations</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="82" />
        <source>Crossings</source>
        <translation>口岸通道</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="83" />
        <source>Flights</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="83" />
        <source>Legs</source>
        <translation>路段</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="84" />
        <source>Receiving points</source>
        <translation>接收点</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="100" />
        <source>Plan on &amp;day:</source>
        <translation>计划日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="102" />
        <source>Whole region</source>
        <translation>整个区域</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="130" />
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="131" />
        <source>A new row; the form checks it as you type</source>
        <translation>新增一行；表单会在输入时进行检查</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="134" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="135" />
        <source>Change the selected row (double-click does the same)</source>
        <translation>修改所选行（双击亦可）</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="138" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="139" />
        <source>Delete the selected row if nothing uses it (Del); undo puts it back</source>
        <translation>删除所选行（若无任何数据使用它）(Del)；撤销可恢复</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="149" />
        <source>Import network…</source>
        <translation>导入路网…</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="160" />
        <source>&amp;Close for some days…</source>
        <translation>关闭若干天(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="161" />
        <source>A disruption: the planner will avoid these days</source>
        <translation>干扰事件：规划器将避开这些日期</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="163" />
        <source>&amp;Reopen…</source>
        <translation>重新开放(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="164" />
        <source>Remove a closure of the selected crossing</source>
        <translation>取消所选口岸通道的一次关闭</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="178" />
        <source>&amp;All days</source>
        <translation>全部日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="181" />
        <source>&amp;Add flight…</source>
        <translation>新增航班(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="183" />
        <source>Con&amp;firm</source>
        <translation>确认(&amp;F)</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="184" />
        <source>Mark the selected flight confirmed by the carrier</source>
        <translation>将所选航班标记为承运人已确认</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="186" />
        <source>Cancel flight</source>
        <translation>取消航班</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="187" />
        <source>A disruption: the flight is no longer available; you are offered a re-plan</source>
        <translation>干扰事件：该航班不再可用；系统将建议重新规划</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="231" />
        <source>No plan yet: the map shows the network only.</source>
        <translation>尚无计划：地图仅显示运输网络。</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="262" />
        <source>%1 flights shown</source>
        <translation>显示 %1 个航班</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="272" />
        <source>Plan %1 (%2) on %3: %4 people cross a border, %5 fly.</source>
        <translation>计划 %1（%2）%3：%4 人过境，%5 人乘机。</translation>
    </message>
    <message>
        <location filename="../screens/network.py" line="279" />
        <source>Not on the map (no coordinates): %1.</source>
        <translation>未在地图上显示（无坐标）：%1。</translation>
    </message>
</context>
<context>
    <name>NetworkTables</name>
    <message>
        <location filename="../screens/network_tables.py" line="32" />
        <source>holding site</source>
        <translation>羁押场所</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="33" />
        <source>border checkpoint</source>
        <translation>边境检查站</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="34" />
        <source>airport</source>
        <translation>机场</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="35" />
        <source>receiving point</source>
        <translation>接收点</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="36" />
        <source>staging</source>
        <translation>中转点</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="38" />
        <source>proposed</source>
        <translation>拟定</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="39" />
        <source>requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="40" />
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="41" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="42" />
        <source>road</source>
        <translation>公路</translation>
    </message>
    <message>
        <location filename="../screens/network_tables.py" line="43" />
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
        <location filename="../screens/people.py" line="59" />
        <source>&amp;Assign to batch…</source>
        <extracomment>the detail editor shows the person read last (or none)</extracomment>
        <translation>分配到批次(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../screens/people.py" line="60" />
        <source>&amp;Mark readiness step done…</source>
        <translation>标记准备步骤完成(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../screens/people.py" line="62" />
        <source>&amp;Strike…</source>
        <translation>注销(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../screens/people.py" line="63" />
        <source>&amp;Keep together…</source>
        <translation>设为同行(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../screens/people.py" line="64" />
        <source>Keep &amp;apart (two people)</source>
        <translation>分开押送（两人）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../screens/people.py" line="66" />
        <source>Save person</source>
        <translation>保存人员</translation>
    </message>
    <message>
        <location filename="../screens/people.py" line="68" />
        <source>&amp;History in the audit trail</source>
        <translation>审计日志中的历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../screens/people.py" line="71" />
        <source>Every change, export and print of this record, in the Audit screen</source>
        <translation>在审计界面中查看此对象的每次变更、导出和打印</translation>
    </message>
    <message>
        <location filename="../screens/people.py" line="72" />
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../screens/people.py" line="73" />
        <source>Bulk actions on the selected people</source>
        <translation>对所选人员的批量操作</translation>
    </message>
    <message>
        <location filename="../screens/people.py" line="171" />
        <source>Reading the person…</source>
        <translation>正在读取人员信息…</translation>
    </message>
    <message>
        <location filename="../screens/people.py" line="173" />
        <source>Could not read the person</source>
        <translation>无法读取人员信息</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../widgets/person_editor.py" line="57" />
        <location filename="../widgets/person_editor.py" line="204" />
        <source>Select a person to see and edit their details.</source>
        <extracomment>The rules' "&lt;column&gt; is required", shown with the field's label instead of the column name.</extracomment>
        <translation>选择一名人员以查看和编辑详细信息。</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="68" />
        <source>Family name (native)</source>
        <translation>姓（本国文字）</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="69" />
        <source>Given name (native)</source>
        <translation>名（本国文字）</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="70" />
        <source>Latin name</source>
        <translation>拉丁文姓名</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="70" />
        <source>SURNAME Given, as in the document</source>
        <translation>姓 名，与证件一致（大写姓氏）</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="71" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="71" />
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="72" />
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="73" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="74" />
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="75" />
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="75" />
        <location filename="../widgets/person_editor.py" line="84" />
        <source>ISO code, e.g. CHN</source>
        <translation>ISO 代码，例如 CHN</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="76" />
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="77" />
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="78" />
        <source>Emergency travel certificate</source>
        <translation>紧急旅行证</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="80" />
        <source>National ID</source>
        <translation>身份证</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="81" />
        <source>No document</source>
        <translation>无证件</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="82" />
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="83" />
        <source>Document expiry</source>
        <translation>证件有效期至</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="84" />
        <source>Issuing country</source>
        <translation>签发国</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="91" />
        <source>Two lines of 44 characters (passport MRZ)</source>
        <translation>两行，每行 44 个字符（护照机读区）</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="92" />
        <source>MRZ</source>
        <translation>机读区</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="93" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="94" />
        <source>Keep-together group</source>
        <translation>同行分组</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="95" />
        <source>people sharing this travel together</source>
        <translation>分组相同的人员一同押送</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="96" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="97" />
        <source>Medical case</source>
        <translation>医疗情况</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="98" />
        <source>Pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="99" />
        <source>Travels separately</source>
        <translation>单独押送</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="102" />
        <source>Medical note</source>
        <translation>医疗备注</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="103" />
        <source>Trafficking screening</source>
        <translation>拐卖受害人甄别</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="104" />
        <source>Not screened</source>
        <translation>未甄别</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="105" />
        <source>Screened: suspect</source>
        <translation>已甄别：疑似</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="106" />
        <source>Screened: victim</source>
        <translation>已甄别：受害人</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="110" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="112" />
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="113" />
        <source>Save (Ctrl+S); undo with Ctrl+Z</source>
        <translation>保存（Ctrl+S）；用 Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="114" />
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="124" />
        <source>Readiness</source>
        <translation>准备情况</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="130" />
        <source>No longer keep apart</source>
        <translation>取消分开押送</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="132" />
        <source>Kept apart from</source>
        <translation>须分开押送的人员</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="138" />
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="138" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="138" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="139" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="141" />
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="214" />
        <source>Identity verified</source>
        <translation>身份已核实</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="215" />
        <source>Travel document issued</source>
        <translation>旅行证件已签发</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="216" />
        <source>Exit clearance</source>
        <translation>出境许可</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="217" />
        <source>Fit to travel</source>
        <translation>适宜出行</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="220" />
        <source>Site: %1 · Batch: %2</source>
        <translation>羁押点：%1 · 批次：%2</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="239" />
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="268" />
        <source>not a date: %1 (use YYYY-MM-DD)</source>
        <translation>不是日期：%1（请按 YYYY-MM-DD 填写）</translation>
    </message>
    <message>
        <location filename="../widgets/person_editor.py" line="309" />
        <source>%1 is required</source>
        <translation>%1为必填项</translation>
    </message>
</context>
<context>
    <name>PlanCompare</name>
    <message>
        <location filename="../screens/plan_compare.py" line="94" />
        <source>Co&amp;mpare</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="96" />
        <source>Choose two plan versions.</source>
        <translation>请选择两个计划版本。</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="97" />
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="97" />
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="102" />
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="102" />
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="102" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="102" />
        <source>In A</source>
        <translation>在 A 中</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="103" />
        <source>In B</source>
        <translation>在 B 中</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="107" />
        <source>Plan &amp;A:</source>
        <translation>计划 &amp;A：</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="109" />
        <source>Plan &amp;B:</source>
        <translation>计划 &amp;B：</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="150" />
        <source>Press Compare to compare the two versions chosen.</source>
        <translation>按“比较”以比较所选的两个版本。</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="165" />
        <source>Comparing plans…</source>
        <translation>正在比较计划…</translation>
    </message>
    <message>
        <location filename="../screens/plan_compare.py" line="175" />
        <source>Plan %1 (A) against plan %2 (B): %3 changes, %4 people on another itinerary or (un)scheduled.</source>
        <translation>计划 %1（A）与计划 %2（B）相比：%3 项变更，%4 人改换行程或排期变化。</translation>
    </message>
</context>
<context>
    <name>PlanRunMixin</name>
    <message>
        <location filename="../screens/plan_running.py" line="72" />
        <source>Nothing to re-plan from</source>
        <translation>没有可据以重新规划的计划</translation>
    </message>
    <message>
        <location filename="../screens/plan_running.py" line="73" />
        <source>There is no published plan yet. Run a plan and publish it first.</source>
        <translation>尚无已发布的计划。请先运行规划并发布。</translation>
    </message>
    <message>
        <location filename="../screens/plan_running.py" line="85" />
        <source>Preparing the model…</source>
        <translation>正在准备模型…</translation>
    </message>
    <message>
        <location filename="../screens/plan_running.py" line="101" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../screens/plan_running.py" line="112" />
        <source>Searching… %1 s</source>
        <translation>正在搜索… %1 秒</translation>
    </message>
    <message>
        <location filename="../screens/plan_running.py" line="114" />
        <source>Cancelling… %1 s</source>
        <translation>正在取消… %1 秒</translation>
    </message>
    <message>
        <location filename="../screens/plan_running.py" line="117" />
        <source>objective %1 · bound %2 · gap %3</source>
        <translation>目标值 %1 · 界 %2 · 差距 %3</translation>
    </message>
    <message>
        <location filename="../screens/plan_running.py" line="127" />
        <source>Stopped by you after %1 s; the best plan found so far is kept as a draft.</source>
        <translation>您在 %1 秒后停止；目前找到的最佳计划已保存为草稿。</translation>
    </message>
    <message>
        <location filename="../screens/plan_running.py" line="130" />
        <source>Finished in %1 s.</source>
        <translation>用时 %1 秒完成。</translation>
    </message>
    <message>
        <location filename="../screens/plan_running.py" line="135" />
        <source>The chart shows the search; the result adds %1 for moves the disruption forces on every plan.</source>
        <translation>图表显示搜索过程；结果另加 %1，即干扰事件使任何计划都必须进行的调整。</translation>
    </message>
    <message>
        <location filename="../screens/plan_running.py" line="139" />
        <source>Plan %1 — draft</source>
        <translation>计划 %1 — 草稿</translation>
    </message>
    <message>
        <location filename="../screens/plan_running.py" line="150" />
        <source>The planner stopped with an error.</source>
        <translation>规划器因错误而停止。</translation>
    </message>
    <message>
        <location filename="../screens/plan_running.py" line="151" />
        <source>Planning failed</source>
        <translation>规划失败</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <location filename="../screens/plan.py" line="78" />
        <source>The plan version shown</source>
        <extracomment>a run (plan or re-plan) finished: its outcome, or None when it failed the plan shown changed (after a run, a choice of version, or a reload)</extracomment>
        <translation>当前显示的计划版本</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="84" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="85" />
        <source>How long the optimiser may search</source>
        <translation>优化器可搜索的时长</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="86" />
        <source>&amp;Run plan</source>
        <translation>运行规划(&amp;R)</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="87" />
        <source>Make a new plan for everyone ready (a draft)</source>
        <translation>为所有已就绪人员制定新计划（草稿）</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="89" />
        <source>Re-&amp;plan</source>
        <translation>重新规划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="91" />
        <source>Re-plan from the published plan, moving only what must move</source>
        <translation>基于已发布的计划重新规划，只调整必须调整的部分</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="93" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="94" />
        <source>Stop the search; the best plan found so far is kept as a draft (Esc)</source>
        <translation>停止搜索；目前找到的最佳计划保存为草稿（Esc）</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="99" />
        <source>&amp;Disruption</source>
        <translation>干扰事件(&amp;D)</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="103" />
        <source>P&amp;ublish</source>
        <translation>发布(&amp;U)</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="105" />
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
        <location filename="../screens/plan.py" line="135" />
        <source>Search: objective and bound</source>
        <translation>搜索：目标值与界</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="139" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="256" />
        <source>Reading plan %1…</source>
        <translation>正在读取计划 %1…</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="266" />
        <source>&lt;p&gt;No plan yet.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Run plan&lt;/b&gt; to let the optimiser plan everyone who is ready; the plan is kept as a draft until you publish it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;尚无计划。&lt;/p&gt;&lt;p&gt;按&lt;b&gt;运行规划&lt;/b&gt;，由优化器为所有已就绪人员制定计划；在发布之前，计划保存为草稿。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="272" />
        <source>No plan yet: crossings and flights by day appear here after a run.</source>
        <translation>尚无计划：运行后此处按日显示口岸和航班。</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="283" />
        <source>Unscheduled (%1)</source>
        <translation>未排期（%1）</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="332" />
        <source>Publish plan</source>
        <translation>发布计划</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="333" />
        <source>Publish plan %1? The plan published now is superseded, and people in this plan are marked scheduled.</source>
        <translation>发布计划 %1？当前已发布的计划将被取代，本计划中的人员将标记为已排期。</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="343" />
        <source>Plan %1 published; %2 status changes recorded.</source>
        <translation>计划 %1 已发布；记录了 %2 项状态变更。</translation>
    </message>
    <message>
        <location filename="../screens/plan.py" line="348" />
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
        <location filename="../screens/plan_view.py" line="66" />
        <source>optimal (proven: no better plan exists)</source>
        <translation>最优（已证明不存在更好的计划）</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="67" />
        <source>feasible (the best plan found; not proven optimal)</source>
        <translation>可行（已找到的最佳计划，未证明最优）</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="68" />
        <source>a quick plan only (no optimisation)</source>
        <translation>仅快速计划（未优化）</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="69" />
        <source>no plan satisfies every rule</source>
        <translation>没有计划能满足所有规则</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="72" />
        <source>Ready people left out</source>
        <translation>未排期的就绪人员</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="73" />
        <source>Days in custody (weighted)</source>
        <translation>羁押天数（加权）</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="74" />
        <source>Days late after a legal deadline</source>
        <translation>超过法定期限的天数</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="75" />
        <source>Charter flights operated</source>
        <translation>执飞包机</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="76" />
        <source>Escort seats</source>
        <translation>押解座位</translation>
    </message>
    <message>
        <location filename="../screens/plan_view.py" line="77" />
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
        <location filename="../import_wizard.py" line="198" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="205" />
        <source>&amp;Use the suggested matches</source>
        <translation>采用建议的对应(&amp;U)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="211" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="211" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="211" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="212" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="213" />
        <source>&amp;Export rejected rows…</source>
        <translation>导出被拒绝的行(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="238" />
        <source>Checking every row… nothing is written yet.</source>
        <translation>正在检查每一行……尚未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="242" />
        <source>Checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="255" />
        <source>%1 rows: %2 can be imported, %3 have problems (%4 issues). Nothing has been written.</source>
        <translation>共 %1 行：%2 行可导入，%3 行有问题（%4 处）。尚未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="261" />
        <source>Fix the rows in the file (export them with their errors) and choose it again; the import is all or nothing.</source>
        <translation>请在文件中修正这些行（可连同错误说明一起导出），然后重新选择该文件；导入要么全部成功，要么全部不写入。</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="300" />
        <source>Export rejected rows</source>
        <translation>导出被拒绝的行</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="309" />
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
        <location filename="../dialogs/people_actions.py" line="37" />
        <source>Released</source>
        <translation>已释放</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="38" />
        <source>Hospitalised</source>
        <translation>已住院</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="39" />
        <source>Other legal process</source>
        <translation>其他法律程序</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="40" />
        <source>Absconded</source>
        <translation>已潜逃</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="41" />
        <source>Deceased</source>
        <translation>已死亡</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="42" />
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
    <name>SigningDialog</name>
    <message>
        <location filename="../dialogs/signing.py" line="34" />
        <source>Sign the manifests</source>
        <extracomment>the password (str), or None: save unsigned this time</extracomment>
        <translation>为清单签名</translation>
    </message>
    <message>
        <location filename="../dialogs/signing.py" line="36" />
        <source>%1 will be signed with the agency's certificate:</source>
        <translation>%1 将使用本机构的证书签名：</translation>
    </message>
    <message>
        <location filename="../dialogs/signing.py" line="39" />
        <source>Valid until %1 · file %2</source>
        <translation>有效期至 %1 · 文件 %2</translation>
    </message>
    <message>
        <location filename="../dialogs/signing.py" line="42" />
        <source>The certificate file is missing: signing will fail. Ask the administrator, or save unsigned this time.</source>
        <translation>证书文件不存在：签名将失败。请联系管理员，或本次不签名保存。</translation>
    </message>
    <message>
        <location filename="../dialogs/signing.py" line="52" />
        <source>Certificate &amp;password:</source>
        <translation>证书密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../dialogs/signing.py" line="53" />
        <source>Asked once while the app runs: the opened certificate stays in memory until you quit. The password is never saved.</source>
        <translation>程序运行期间只询问一次：打开的证书保留在内存中，直到退出程序。密码从不保存。</translation>
    </message>
    <message>
        <location filename="../dialogs/signing.py" line="59" />
        <source>&amp;Sign</source>
        <translation>签名(&amp;S)</translation>
    </message>
    <message>
        <location filename="../dialogs/signing.py" line="62" />
        <source>&amp;Don't sign this time</source>
        <translation>本次不签名(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SigningSession</name>
    <message>
        <location filename="../screens/manifests_signing.py" line="54" />
        <source>Not signed (no certificate configured)</source>
        <extracomment>shows an error over a widget: (parent, error, title)</extracomment>
        <translation>不签名（未配置证书）</translation>
    </message>
    <message>
        <location filename="../screens/manifests_signing.py" line="55" />
        <source>Saved PDFs are not signed. An administrator sets the agency's certificate with: repatplan manifest signer set --p12 FILE</source>
        <translation>保存的 PDF 不签名。管理员可用以下命令设置本机构的证书：repatplan manifest signer set --p12 FILE</translation>
    </message>
    <message>
        <location filename="../screens/manifests_signing.py" line="57" />
        <source>Saved PDFs are signed (PAdES) with this certificate, valid until %1; file %2. Printing on paper is not signed.</source>
        <translation>保存的 PDF 使用此证书签名（PAdES），有效期至 %1；文件 %2。纸质打印不签名。</translation>
    </message>
    <message>
        <location filename="../screens/manifests_signing.py" line="61" />
        <source>Signing certificate missing: %1</source>
        <translation>签名证书不存在：%1</translation>
    </message>
    <message>
        <location filename="../screens/manifests_signing.py" line="63" />
        <source>Signed with: %1</source>
        <translation>签名证书：%1</translation>
    </message>
    <message>
        <location filename="../screens/manifests_signing.py" line="121" />
        <source>Cannot use the signing certificate</source>
        <translation>无法使用签名证书</translation>
    </message>
    <message>
        <location filename="../screens/manifests_signing.py" line="124" />
        <source>Opening the signing certificate…</source>
        <translation>正在打开签名证书…</translation>
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
        <location filename="../caseload_models.py" line="83" />
        <source>Detained</source>
        <translation>羁押中</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="84" />
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="85" />
        <source>Cleared</source>
        <translation>已放行</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="86" />
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="87" />
        <source>In transit</source>
        <translation>途中</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="88" />
        <source>Handed over</source>
        <translation>已移交</translation>
    </message>
    <message>
        <location filename="../caseload_models.py" line="89" />
        <source>Struck</source>
        <translation>已注销</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../dialogs/people_actions.py" line="95" />
        <source>Mark a readiness step done</source>
        <translation>标记准备步骤完成</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="107" />
        <source>&amp;Step:</source>
        <extracomment>step → person id → the date it was done, for the selected people who have it done</extracomment>
        <translation>步骤(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="108" />
        <source>&amp;Done on:</source>
        <translation>完成日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="149" />
        <source>The selected person has this step done already (on %1); the date stays.</source>
        <translation>所选人员已于 %1 完成此步骤；日期保持不变。</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="152" />
        <source>All %1 already have this step done (earliest %2); their dates stay: nothing changes.</source>
        <translation>全部 %1 人均已完成此步骤（最早 %2）；日期保持不变：没有任何更改。</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="155" />
        <source>%1 of %2 already have this step done (earliest %3); their dates stay.</source>
        <translation>%2 人中已有 %1 人完成此步骤（最早 %3）；他们的日期保持不变。</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="162" />
        <source>A date already recorded is changed in the person's detail editor.</source>
        <translation>已登记的日期请在人员详情编辑器中修改。</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../dialogs/people_actions.py" line="31" />
        <source>Identity verified</source>
        <translation>身份已核实</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="32" />
        <source>Travel document issued</source>
        <translation>旅行证件已签发</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="33" />
        <source>Exit clearance</source>
        <translation>出境许可</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="34" />
        <source>Fit to travel</source>
        <translation>适宜出行</translation>
    </message>
</context>
<context>
    <name>StrikeDialog</name>
    <message>
        <location filename="../dialogs/people_actions.py" line="175" />
        <source>Strike from the caseload</source>
        <translation>从案件中注销</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="181" />
        <source>Striking is final: the status rules allow no way back, so it cannot be undone.</source>
        <translation>注销是最终状态：状态规则不允许恢复，因此无法撤销。</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="185" />
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../dialogs/people_actions.py" line="186" />
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
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../screens/audit_verify.py" line="56" />
        <source>Problems found in the audit chain</source>
        <translation>审计哈希链中发现的问题</translation>
    </message>
    <message>
        <location filename="../screens/audit_verify.py" line="72" />
        <source>The audit chain is intact:</source>
        <translation>审计哈希链完整：</translation>
    </message>
    <message>
        <location filename="../screens/audit_verify.py" line="73" />
        <source>%1 entries, every hash and link checked. Head hash %2 — write it down to compare later.</source>
        <translation>共 %1 条记录，每个哈希和链接均已校验。链头哈希 %2——请记下以便日后比对。</translation>
    </message>
    <message>
        <location filename="../screens/audit_verify.py" line="80" />
        <source>The audit chain is BROKEN:</source>
        <translation>审计哈希链已被破坏：</translation>
    </message>
    <message>
        <location filename="../screens/audit_verify.py" line="81" />
        <source>%1 problem(s) in %2 entries. Click one to show its entry.</source>
        <translation>%2 条记录中有 %1 个问题。点击某个问题可显示对应记录。</translation>
    </message>
    <message>
        <location filename="../screens/audit_verify.py" line="95" />
        <source>The check was cancelled before the end: nothing is known about the entries it did not reach.</source>
        <translation>校验在完成前被取消：未校验到的记录状态未知。</translation>
    </message>
</context>
</TS>