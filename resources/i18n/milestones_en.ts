<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../src/milestones/app.py" line="247" />
        <source>打开自动备份</source>
        <translation>Open a daily backup</translation>
    </message>
    <message>
        <location filename="../../src/milestones/app.py" line="247" />
        <source>计划数据库 (*.db)</source>
        <translation>Plan databases (*.db)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/app.py" line="255" />
        <source>打开数据库</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <location filename="../../src/milestones/app.py" line="256" />
        <source>计划数据库 (*.db *.sqlite);;所有文件 (*)</source>
        <translation>Plan databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/app.py" line="269" />
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../src/milestones/app.py" line="270" />
        <source>可以从自动备份恢复（每天第一次打开时备份，保留7天），或打开另一个计划数据库。</source>
        <translation>A daily backup (taken at the day's first opening, kept for 7 days) can be restored, or another plan database opened.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/app.py" line="271" />
        <source>打开自动备份…</source>
        <translation>Open a daily backup…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/app.py" line="272" />
        <source>打开其他数据库…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/app.py" line="273" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../src/milestones/app.py" line="118" />
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../src/milestones/app.py" line="119" />
        <source>操作未完成：%1
已保存的数据不受影响。详细信息已记入 %2</source>
        <translation>The action did not complete: %1
Data already saved is not affected. Details are in %2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/app.py" line="171" />
        <source>这个计划已经打开：%1</source>
        <translation>This plan is open already: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/app.py" line="194" />
        <source>共享数据库已升级，升级前的数据已备份到本机 %1</source>
        <translation>The shared database was upgraded; its data as it was is backed up on this computer as %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/app.py" line="197" />
        <source>数据库已升级，原文件备份为 %1</source>
        <translation>The database was upgraded; the old file was kept as %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/app.py" line="200" />
        <source>已建立计划数据库 %1，载入了随程序附带的渝中区2024年计划；其他区县请用“文件 → 新建计划数据库…”另建空的计划数据库</source>
        <translation>Made the plan database %1 with the bundled 2024 plan of Yuzhong; another district makes an empty one of its own with File → New plan database…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/app.py" line="204" />
        <source>已新建空的计划数据库 %1</source>
        <translation>Made the empty plan database %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/app.py" line="299" />
        <source>已自动备份今天的计划：%1</source>
        <translation>Today's plan backed up: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/app.py" line="300" />
        <source>今天的自动备份未完成：%1</source>
        <translation>Today's backup not made: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/app.py" line="392" />
        <source>%1项修改未写入“%2”，已暂存在本机，下次打开它时可以写入</source>
        <translation>%1 change(s) not written to “%2” are kept on this computer and can be written the next time it is opened</translation>
    </message>
    <message>
        <location filename="../../src/milestones/app.py" line="407" />
        <source>还有%1项修改等待连接恢复后写入，写入后才能切换</source>
        <translation>%1 change(s) wait for the connection to be written; switch once they are</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/milestones/ui/backups.py" line="54" />
        <source>备份</source>
        <translation>backup</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/backups.py" line="56" />
        <location filename="../../src/milestones/ui/backups.py" line="77" />
        <source>备份数据库</source>
        <translation>Back up the plan</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/backups.py" line="31" />
        <location filename="../../src/milestones/ui/backups.py" line="57" />
        <source>计划数据库 (*.db)</source>
        <translation>Plan databases (*.db)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/backups.py" line="30" />
        <source>打开自动备份</source>
        <translation>Open a daily backup</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/backups.py" line="44" />
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/backups.py" line="67" />
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/backups.py" line="75" />
        <source>已备份到 %1（%2个项目），备份文件已校验。</source>
        <translation>Backed up to %1 (%2 projects); the copy is checked.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/backups.py" line="78" />
        <source>需要时用“文件 → 打开数据库…”打开这个文件即可。</source>
        <translation>When needed, open this file with File → Open database….</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/backups.py" line="83" />
        <source>备份未完成</source>
        <translation>Backup not made</translation>
    </message>
</context>
<context>
    <name>BreakdownDialog</name>
    <message>
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="27" />
        <source>分类统计（截至%1）</source>
        <translation>Breakdown (as of %1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="30" />
        <source>按：</source>
        <translation>By:</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="32" />
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="37" />
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="32" />
        <source>区域</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="32" />
        <source>板块</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="37" />
        <source>项目数</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="37" />
        <source>年度计划投资(亿元)</source>
        <translation>Annual planned investment (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="37" />
        <source>截至本季度完成投资(亿元)</source>
        <translation>Invested to the quarter (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="38" />
        <source>投资完成率</source>
        <translation>Investment completion</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="38" />
        <source>已开工</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="38" />
        <source>已完工</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="38" />
        <source>严重滞后</source>
        <translation>Very late</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="38" />
        <source>滞后</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="45" />
        <source>双击一行查看这些项目；“复制”后可直接粘贴到 Word 或 Excel</source>
        <translation>Double-click a row for its projects; Copy pastes into Word or Excel as a table</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="47" />
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="62" />
        <source>未分类</source>
        <translation>No class</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="62" />
        <source>未指定区域</source>
        <translation>No zone</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="62" />
        <source>未指定板块</source>
        <translation>No area</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/breakdown_dialog.py" line="66" />
        <source>合计</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../src/milestones/ui/bulk_dialog.py" line="23" />
        <source>批量修改</source>
        <translation>Bulk edit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/bulk_dialog.py" line="28" />
        <source>修改所选的 %1 个项目</source>
        <translation>Change the %1 selected projects</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/bulk_dialog.py" line="67" />
        <source>新值（留空则清除）</source>
        <translation>New value (empty clears it)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/bulk_dialog.py" line="68" />
        <source>选择或填写名称（留空则清除）</source>
        <translation>Choose or type a name (empty clears it)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/bulk_dialog.py" line="38" />
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/bulk_dialog.py" line="39" />
        <source>值</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="164" />
        <source>%1安排</source>
        <translation>%1 step</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="164" />
        <source>%1完成</source>
        <translation>%1 done</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="165" />
        <source>%1完成投资(亿元)</source>
        <translation>%1 actual investment (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="165" />
        <source>%1计划投资(亿元)</source>
        <translation>%1 planned investment (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="166" />
        <source>%1年计划投资(亿元)</source>
        <translation>%1 planned investment (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="166" />
        <source>%1（%2年）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="168" />
        <source>列入</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="168" />
        <source>移出</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="169" />
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/change_text.py" line="21" />
        <source>（空）</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/change_text.py" line="43" />
        <source>%1 %2（%3）：%4 → %5</source>
        <translation>%1 %2 (%3): %4 → %5</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/change_text.py" line="65" />
        <source>不在%1年计划中</source>
        <translation>Not on the %1 list</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/change_text.py" line="67" />
        <source>已于%1由%2移出%3年计划</source>
        <translation>Taken off the %3 list on %1 by %2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/change_text.py" line="69" />
        <source>已于%1移出%3年计划</source>
        <translation>Taken off the %3 list on %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/change_text.py" line="72" />
        <source>原因：%1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="343" />
        <source>共%n次修改，其余见项目窗口的“修改记录”</source>
        <translation>%n changes in all; the project window's Changes tab has the rest</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/change_text.py" line="58" />
        <source>修改记录：</source>
        <translation>Changes:</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="161" />
        <source>编辑</source>
        <translation>edit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="161" />
        <source>导入</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="162" />
        <source>撤销导入</source>
        <translation>import undone</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_model.py" line="348" />
        <source>共%n次修改</source>
        <translation>%n changes in all</translation>
    </message>
</context>
<context>
    <name>ChecksDialog</name>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="37" />
        <source>数据检查</source>
        <translation>Data check</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="40" />
        <source>问题：</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="45" />
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="53" />
        <source>标为无误的问题不再计入，措辞变了（数字改了）会重新列出</source>
        <translation>Problems marked as right are counted no more; once worded differently (a figure changed) they are listed again</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="70" />
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="70" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="71" />
        <source>无误说明</source>
        <translation>Marked as right</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="85" />
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="86" />
        <source>把列出的问题复制为表格，可粘贴到 Word 或 Excel 发给填报单位</source>
        <translation>Copy the problems listed as a table, to paste into Word or Excel for the units</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="88" />
        <location filename="../../src/milestones/ui/checks_dialog.py" line="224" />
        <source>标为无误…</source>
        <translation>Mark as right…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="89" />
        <source>选中的问题是本计划的实际情况（如同一地块的两个单独立项），不再计入；可写明原因</source>
        <translation>The chosen problems are how this plan really is (two works of one site, each its own project): count them no more, with the reason if you like</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="91" />
        <source>取消标记</source>
        <translation>Unmark</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="110" />
        <source>显示标为无误的（%1）</source>
        <translation>Show those marked as right (%1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="116" />
        <source>只看本次导入带来的（%1）</source>
        <translation>Only what the import brought (%1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="138" />
        <source>全部（%1）</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="124" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="161" />
        <source>双击打开项目</source>
        <translation>Double-click to open the project</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="213" />
        <source>把“%1”并入“%2”…</source>
        <translation>Merge “%1” into “%2”…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="216" />
        <source>把“%1”移出计划（与“%2”重复）…</source>
        <translation>Take “%1” off the list (the same as “%2”)…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="221" />
        <source>把年度计划投资改为四个季度合计（%1亿元）</source>
        <translation>Set the year's planned investment to the four quarters' total (%1, 100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="242" />
        <source>修改“%1”的年度计划投资</source>
        <translation>Change the year's planned investment of “%1”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="252" />
        <source>把“%1”移出%2年计划？它与“%3”名称相近，应是同一项目。移出后它的记录和历史保留，可以撤销。</source>
        <translation>Take “%1” off the %2 list? Its name is like “%3”'s: it should be the same project. Its record and history stay, and this can be undone.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="254" />
        <source>移出重复项目</source>
        <translation>Take a duplicate off the list</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="257" />
        <source>它已填报本年完成投资%1亿元，移出后不再计入本计划；如属“%2”，请先填到“%2”。</source>
        <translation>It reports %1 (100M CNY) invested this year, which the plan will no longer count: if it is “%2”'s, enter it there first.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="268" />
        <source>与“%1”重复</source>
        <translation>The same as “%1”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="285" />
        <source>标为无误</source>
        <translation>Mark as right</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="286" />
        <source>%1处问题标为无误，不再计入。原因（可不填，同事会看到）：</source>
        <translation>%1 problem(s) marked as right, counted no more. Why (optional, colleagues will see it):</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="159" />
        <source>双击在举措与目标中查看</source>
        <translation>Double-click to see it among the targets</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="70" />
        <source>项目、目标或指标</source>
        <translation>Project, target or indicator</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="81" />
        <source>双击一行打开项目、查看目标或指标；改正后这一行自动消失。</source>
        <translation>Double-click a row to open its project or see its target or indicator; once fixed, the row goes.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="160" />
        <source>双击在指标中查看</source>
        <translation>Double-click to see it in its year's indicators</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="175" />
        <source>没有发现问题</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="177" />
        <source>共%1处</source>
        <translation>%1 found</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/checks_dialog.py" line="178" />
        <source>（每类最多列出%1处）</source>
        <translation> (at most %1 of a kind listed)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="9" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="9" />
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="10" />
        <source>区域</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="10" />
        <source>板块</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="11" />
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="11" />
        <source>性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="12" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="12" />
        <source>总投资(亿元)</source>
        <translation>Total investment (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="13" />
        <source>年度计划投资(亿元)</source>
        <translation>Annual planned investment (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="13" />
        <source>计划开工</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="14" />
        <source>截至上年底累计完成投资(亿元)</source>
        <translation>Invested before the year (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="15" />
        <source>实际开工</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="15" />
        <source>计划完工</source>
        <translation>Planned completion</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="16" />
        <source>实际完工</source>
        <translation>Actual completion</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="16" />
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="17" />
        <source>配合单位</source>
        <translation>Working with</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="17" />
        <source>牵头领导</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="18" />
        <source>责任人</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="19" />
        <source>业主单位</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="19" />
        <source>项目编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="20" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="20" />
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="21" />
        <source>部分</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="21" />
        <source>举措</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="22" />
        <source>目标（原文）</source>
        <translation>Target (as written)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="22" />
        <source>指标对象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="23" />
        <source>方式</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="23" />
        <source>目标值</source>
        <translation>Target value</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="24" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="24" />
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="25" />
        <source>完成值</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="25" />
        <source>完成情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="26" />
        <source>指标</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="26" />
        <source>属性</source>
        <translation>Binding</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="27" />
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="27" />
        <source>上年完成</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="28" />
        <source>评价</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="28" />
        <source>原因说明</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="29" />
        <source>调整为</source>
        <translation>Replaced by</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="29" />
        <source>季度安排</source>
        <translation>Quarterly steps</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="30" />
        <source>截至本季度完成投资(亿元)</source>
        <translation>Invested to the quarter (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="30" />
        <source>投资完成率</source>
        <translation>Investment completion</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="31" />
        <source>预警原因</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="31" />
        <source>建设内容及规模</source>
        <translation>Content and scale</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="32" />
        <source>建设起止年限</source>
        <translation>Construction years</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="32" />
        <source>建设地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="169" />
        <source>年度计划</source>
        <translation>Year's list</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/milestones/ui/conflict_dialog.py" line="10" />
        <source>修改冲突</source>
        <translation>Conflicting change</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/conflict_dialog.py" line="12" />
        <source>“%1”在您修改期间已被他人修改。请选择保留哪个值：</source>
        <translation>“%1” was changed by someone else while you edited it. Choose which value to keep:</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/conflict_dialog.py" line="14" />
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/conflict_dialog.py" line="14" />
        <source>您的修改</source>
        <translation>Your change</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/conflict_dialog.py" line="14" />
        <source>当前值（他人修改后）</source>
        <translation>Current value (theirs)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/conflict_dialog.py" line="22" />
        <source>保留我的修改</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/conflict_dialog.py" line="23" />
        <source>采用当前值</source>
        <translation>Take theirs</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../src/milestones/ui/connect_dialog.py" line="45" />
        <source>连接共享数据库</source>
        <translation>Connect to a shared database</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/connect_dialog.py" line="55" />
        <source>在系统密钥环中记住密码</source>
        <translation>Remember the password in the system keyring</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/connect_dialog.py" line="56" />
        <source>服务器</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/connect_dialog.py" line="57" />
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/connect_dialog.py" line="58" />
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/connect_dialog.py" line="59" />
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/connect_dialog.py" line="60" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="76" />
        <source>截至季度：</source>
        <translation>As of quarter:</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="91" />
        <source>分类统计…</source>
        <translation>Breakdown…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="92" />
        <source>按类别、区域或板块统计项目数、投资、开工完工和预警，可复制到汇报材料</source>
        <translation>Projects, investment, starts, completions and warnings by class, zone or area, to copy into a report</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="95" />
        <source>数据检查…</source>
        <translation>Data check…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="97" />
        <source>上报前查一查：年度计划大于总投资、完工早于开工、名称相近的重复项目、完成情况与完成值不符、未填单位等</source>
        <translation>Before the report goes: a year's plan over the total, a completion before the start, one project listed twice, a status its figure contradicts, no unit…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="101" />
        <location filename="../../src/milestones/ui/dashboard.py" line="275" />
        <source>存档上报…</source>
        <translation>Keep as reported…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="102" />
        <source>把本季度的数字和各项目此刻的预警、投资、开工完工原样存档：以后更正数据或修改预警规则，不改变已上报的内容</source>
        <translation>Keep the quarter's figures and each project's warning, investment, start and completion as they are now: later corrections or rule changes do not change what was reported</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="106" />
        <source>进展情况文字…</source>
        <translation>Progress paragraph…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="107" />
        <source>把本页的数字写成汇报材料里的一段文字，可复制后修改</source>
        <translation>These figures written as a report's paragraph, to copy and edit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="110" />
        <source>导出推进情况表…</source>
        <translation>Export progress table…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="111" />
        <source>逐项目的年度投资完成、开工竣工、形象进度和预警及原因，附分类统计，存为可打印的 Excel 表格</source>
        <translation>Each project's investment this year, start and completion, progress and warning with its reason, and the breakdown, as an Excel table ready to print</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="120" />
        <source>开工、完工：计划 / 已列入 / 已完成</source>
        <translation>Starts and completions: planned / listed / done</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="123" />
        <location filename="../../src/milestones/ui/dashboard.py" line="422" />
        <source>开工计划</source>
        <translation>Starts planned</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="123" />
        <location filename="../../src/milestones/ui/dashboard.py" line="422" />
        <source>开工列入</source>
        <translation>Starts listed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="123" />
        <source>已开工</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="124" />
        <location filename="../../src/milestones/ui/dashboard.py" line="423" />
        <source>完工计划</source>
        <translation>Completions planned</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="124" />
        <location filename="../../src/milestones/ui/dashboard.py" line="423" />
        <source>完工列入</source>
        <translation>Completions listed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="124" />
        <source>已完工</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="149" />
        <source>年度投资与序时进度</source>
        <translation>Annual investment and time elapsed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="153" />
        <source>重点项目：已列入 / 计划</source>
        <translation>Key projects: listed / in the plan</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="154" />
        <source>计划年度投资（亿元）</source>
        <translation>Planned annual investment (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="154" />
        <source>项目年度计划投资合计（亿元）</source>
        <translation>Sum of projects' annual plans (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="155" />
        <source>截至本季度完成投资（亿元）</source>
        <translation>Invested to date (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="155" />
        <location filename="../../src/milestones/ui/dashboard.py" line="459" />
        <source>投资完成率</source>
        <translation>Investment completion</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="156" />
        <source>序时进度</source>
        <translation>Time elapsed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="156" />
        <source>与序时进度相差</source>
        <translation>Against time elapsed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="157" />
        <source>本季度已报投资的项目</source>
        <translation>Projects that reported the quarter</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="162" />
        <source>点击查看尚未填报本季度投资的项目</source>
        <translation>Click to list the projects yet to report this quarter's investment</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="170" />
        <location filename="../../src/milestones/ui/dashboard.py" line="472" />
        <source>分区预警</source>
        <translation>Warnings by zone</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="174" />
        <source>年度指标</source>
        <translation>Indicators of the year</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="177" />
        <source>工作举措量化目标</source>
        <translation>Quantified targets of the measures</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="208" />
        <source>进展情况（%1）</source>
        <translation>Progress (%1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="211" />
        <source>按现在的数据</source>
        <translation>From today's data</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="213" />
        <source>上报存档时（%1）</source>
        <translation>As reported (kept %1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="225" />
        <source>存档%1的上报？

将保存本页的数字，以及%2个项目此刻的预警、本年完成投资和开工完工情况。以后更正数据或修改预警规则，存档不变；项目的预警记录会注明上报时的情况。可以撤销。</source>
        <translation>Keep the report of %1?

The figures of this page are kept, with the warning, the year's investment, start and completion of %2 projects as they are now. Later corrections or rule changes leave it as it is; a project's warning history will say what was reported. This can be undone.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="228" />
        <source>%1已于%3存档上报。

用现在的数据重新存档，替换原来的存档？（%2个项目；可以撤销）</source>
        <translation>The report of %1 was kept on %3.

Keep it again from today's data, replacing what was kept? (%2 projects; this can be undone)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="231" />
        <source>存档上报</source>
        <translation>Keep the report</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="252" />
        <source>数据检查发现%1处问题（%2）。</source>
        <translation>The data check finds %1 problem(s) (%2).</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="254" />
        <source>先检查…</source>
        <translation>Check first…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="264" />
        <source>存档%1上报</source>
        <translation>Keep the report of %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="264" />
        <source>重新存档%1上报</source>
        <translation>Keep the report of %1 again</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="275" />
        <source>重新存档…</source>
        <translation>Keep again…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="278" />
        <source>本季度尚未存档上报</source>
        <translation>Not kept as reported yet</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="281" />
        <source>已于%1存档上报</source>
        <translation>Reported and kept on %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="282" />
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/milestones/ui/dashboard.py" line="284" />
        <source>此后%n个项目预警有变</source>
        <translation><numerusform>%n project(s) with another warning since</numerusform><numerusform>%n project(s) with another warning since</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/milestones/ui/dashboard.py" line="287" />
        <source>新列入%n个</source>
        <translation><numerusform>%n added since</numerusform><numerusform>%n added since</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/milestones/ui/dashboard.py" line="289" />
        <source>移出%n个</source>
        <translation><numerusform>%n removed since</numerusform><numerusform>%n removed since</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="291" />
        <source>此后各项目预警未变</source>
        <translation>no warning has changed since</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="292" />
        <location filename="../../src/milestones/ui/dashboard.py" line="345" />
        <location filename="../../src/milestones/ui/dashboard.py" line="348" />
        <location filename="../../src/milestones/ui/dashboard.py" line="354" />
        <location filename="../../src/milestones/ui/dashboard.py" line="357" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="339" />
        <source>截至%1：开工率 %2，竣工率 %3</source>
        <translation>To %1: started %2 of those due, completed %3 of those due</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/milestones/ui/dashboard.py" line="347" />
        <source>计划调整过的项目%n个</source>
        <translation><numerusform>%n project(s) with a revised plan</numerusform><numerusform>%n project(s) with a revised plan</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="351" />
        <source>名单确定后调入%1个、调出%2个</source>
        <translation>since the list was made, %1 added and %2 removed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="352" />
        <source>名单确定后调入%1个</source>
        <translation>since the list was made, %1 added</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="352" />
        <source>名单确定后调出%2个</source>
        <translation>since the list was made, %2 removed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="357" />
        <source>计划数未填，点此填写</source>
        <translation>the plan's figures are not given: click to give them</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="361" />
        <source>应开工、应完工含计划只写年份（如“2024年开工”）的项目，以该年四季度为期：开工%1个，完工%2个</source>
        <translation>Due to start or complete includes the projects whose plan names only the year (2024年开工), due by its fourth quarter: %1 starts, %2 completions</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="366" />
        <source>%1 个</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="367" />
        <location filename="../../src/milestones/ui/dashboard.py" line="374" />
        <source>%1 / %2 个</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="376" />
        <source>落后 %1 个百分点</source>
        <translation>%1 points behind</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="377" />
        <source>超前 %1 个百分点</source>
        <translation>%1 points ahead</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="378" />
        <source>持平</source>
        <translation>level</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="383" />
        <source>目标数</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="383" />
        <source>截至本季度到期</source>
        <translation>Due by this quarter</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="385" />
        <source>到期未填报</source>
        <translation>Due, not reported</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="388" />
        <source>未到期、未达序时进度</source>
        <translation>Not due, behind pace</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="390" />
        <source>完成时限已调整</source>
        <translation>Deadline revised</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="392" />
        <source>目标已调整</source>
        <translation>Target reworded</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="396" />
        <source>本季度有安排</source>
        <translation>Steps this quarter</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="396" />
        <source>达到安排</source>
        <translation>Steps reached</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="397" />
        <source>落后于安排</source>
        <translation>Behind their steps</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="397" />
        <source>安排未报进展</source>
        <translation>Steps not reported</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="467" />
        <source>分板块预警</source>
        <translation>Warnings by area</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="468" />
        <source>未指定板块</source>
        <translation>No area</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="473" />
        <source>未指定区域</source>
        <translation>No zone</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="482" />
        <source>点击查看这些项目</source>
        <translation>Click to list these projects</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="490" />
        <source>完成 %1 亿元 / 年度计划 %2 亿元</source>
        <translation>%1 of the year's %2 (100M CNY) invested</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="504" />
        <source>已列入</source>
        <translation>Listed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="507" />
        <source>达到时序进度</source>
        <translation>On pace</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="508" />
        <source>基本达到时序进度</source>
        <translation>Nearly on pace</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="509" />
        <source>未达时序进度</source>
        <translation>Behind pace</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="515" />
        <source>未标注属性</source>
        <translation>Type not stated</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="516" />
        <source>点击查看这些指标</source>
        <translation>Click to list these indicators</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="521" />
        <source>点击查看这些目标</source>
        <translation>Click to list these targets</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="384" />
        <location filename="../../src/milestones/ui/dashboard.py" line="505" />
        <source>完成</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="384" />
        <location filename="../../src/milestones/ui/dashboard.py" line="505" />
        <source>未完成</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="510" />
        <source>调整</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="385" />
        <location filename="../../src/milestones/ui/dashboard.py" line="511" />
        <source>无法评价</source>
        <translation>Cannot be scored</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="342" />
        <source>未开工%1个</source>
        <translation>%1 not started</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="343" />
        <source>未完工%1个</source>
        <translation>%1 not completed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="344" />
        <source>上年及以前计划的%1</source>
        <translation>due in an earlier year: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="344" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="504" />
        <source>已列入 / 计划</source>
        <translation>Listed / in the plan</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="510" />
        <source>待填报</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="512" />
        <source>约束性</source>
        <translation>Binding</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/dashboard.py" line="513" />
        <source>预期性</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="68" />
        <source>东部</source>
        <translation>East</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="68" />
        <source>中部</source>
        <translation>Central</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="69" />
        <source>西部</source>
        <translation>West</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="69" />
        <source>全区</source>
        <translation>District-wide</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <location filename="../../src/milestones/ui/delegates.py" line="51" />
        <source>如 2024年一季度、2024Q1、2024年3月</source>
        <translation>e.g. 2024Q1, 2024-03, 2024年一季度</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/delegates.py" line="154" />
        <source>亿元</source>
        <translation>100M CNY</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="542" />
        <source>没有“%1”这个区域；可填：%2</source>
        <translation>there is no zone “%1”; the zones are %2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="543" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="547" />
        <source>没有名为“%1”的板块；可在单元格的下拉列表中选择</source>
        <translation>there is no area named “%1”; choose one from the cell's list</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="561" />
        <source>序号过大（最大 %1）</source>
        <translation>The number is too large (at most %1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="571" />
        <source>项目名称不能为空</source>
        <translation>The project name cannot be empty</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="597" />
        <source>“%1”不是季度；请填如 2024年一季度、2024Q1、2024-03-15</source>
        <translation>“%1” is not a quarter; write e.g. 2024Q1, 2024-03-15 or 2024年一季度</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="605" />
        <source>投资不能为负数</source>
        <translation>Investment cannot be negative</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="559" />
        <source>序号应为整数</source>
        <translation>The number must be a whole number</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/row_models.py" line="258" />
        <source>“%1”不是季度</source>
        <translation>“%1” is not a quarter</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/row_models.py" line="266" />
        <source>属性应为“约束性”或“预期性”</source>
        <translation>Binding must be “binding” or “expected”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/row_models.py" line="275" />
        <source>“%1”的单位“%2”与本行的单位“%3”不是同一种量：记为文字，不作评价</source>
        <translation>“%1” is in “%2” and the row in “%3”, which measure different things: kept as words, not judged</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_model.py" line="272" />
        <source>季度安排只填%1年的季度</source>
        <translation>Steps are for the quarters of %1 only</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_model.py" line="359" />
        <source>目标原文不能为空</source>
        <translation>The target text cannot be empty</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/indicators_model.py" line="177" />
        <source>没有名为“%1”的指标：先在指标表中新增它，再填写调整为</source>
        <translation>No indicator is named “%1”: add it to an indicator table first, then give it under Replaced by</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/indicators_model.py" line="180" />
        <source>不能调整为它自己</source>
        <translation>An indicator cannot be adjusted to itself</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/row_models.py" line="389" />
        <source>“%1”不是以“%2”计的数</source>
        <translation>“%1” is not a figure in “%2”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="157" />
        <source>“%1”应写成“一季度：完成……”</source>
        <translation>Write “%1” as “Q1: …”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="157" />
        <source>%1写了两次</source>
        <translation>%1 is given twice</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="173" />
        <source>举措名称不能为空</source>
        <translation>The measure's title cannot be empty</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="173" />
        <source>部分名称不能为空</source>
        <translation>The section's title cannot be empty</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="174" />
        <source>指标名称不能为空</source>
        <translation>The indicator's name cannot be empty</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="48" />
        <source>导出附件表格</source>
        <translation>Export attachment table</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="66" />
        <source>一季度</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="66" />
        <source>二季度</source>
        <translation>Q2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="66" />
        <source>三季度</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="66" />
        <source>四季度</source>
        <translation>Q4</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="138" />
        <location filename="../../src/milestones/ui/export_dialog.py" line="159" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="76" />
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="61" />
        <source>附“横道图”工作表（按季度的计划与实际）</source>
        <translation>Add a timeline sheet (planned and actual by quarter)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="65" />
        <source>不附</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="71" />
        <source>按存档上报时的预警和完成投资</source>
        <translation>Warnings and investment as kept when reported</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="83" />
        <source>表格</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="84" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="85" />
        <source>区域</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="86" />
        <source>板块</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="87" />
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="88" />
        <source>只导出当前筛选的项目（%1）</source>
        <translation>Export only the projects in view (%1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="97" />
        <location filename="../../src/milestones/ui/export_dialog.py" line="216" />
        <source>只含计划已调整的项目（计划调整表，附原计划）</source>
        <translation>Only the projects whose plan was revised (a table of revisions, with the original plan)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="103" />
        <location filename="../../src/milestones/ui/export_dialog.py" line="200" />
        <source>季度填报列</source>
        <translation>Quarter's report form</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="106" />
        <location filename="../../src/milestones/ui/export_dialog.py" line="207" />
        <source>只含尚未填报该季度投资的项目</source>
        <translation>Only projects that have not reported that quarter</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="113" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="115" />
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="170" />
        <source>全部（一个文件）</source>
        <translation>All (one file)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="173" />
        <source>每个单位一个文件</source>
        <translation>A file for each unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="200" />
        <source>截至季度</source>
        <translation>As of quarter</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="208" />
        <source>只含尚未填报该季度的目标</source>
        <translation>Only the targets not yet reported for that quarter</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="215" />
        <source>只含年内调整过的目标（调整表，附调整前的完成时限、目标、单位）</source>
        <translation>Only the targets revised in the year (a table of revisions, with their deadline, wording and units before)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="263" />
        <source>保存到文件夹</source>
        <translation>Save to folder</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="268" />
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="288" />
        <location filename="../../src/milestones/ui/export_dialog.py" line="367" />
        <source>文件已存在</source>
        <translation>File exists</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="289" />
        <source>“%1”已存在。要替换它吗？</source>
        <translation>“%1” already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="333" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="368" />
        <source>“%1”中已有各单位的“%2”。要替换它们吗？</source>
        <translation>“%1” already holds the units' “%2”. Replace them?</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="384" />
        <source>正在为各单位导出…</source>
        <translation>Exporting each unit's table…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="333" />
        <location filename="../../src/milestones/ui/export_dialog.py" line="384" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/export_dialog.py" line="406" />
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="75" />
        <source>指标完成情况（附件1）</source>
        <translation>Indicator results (annex 1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="75" />
        <source>指标目标（附件2）</source>
        <translation>Indicator targets (annex 2)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="76" />
        <source>重点项目</source>
        <translation>Key projects</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="76" />
        <source>举措与目标</source>
        <translation>Measures and targets</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="77" />
        <source>重点项目推进情况表（季度）</source>
        <translation>Key projects' progress (quarter)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="77" />
        <source>各单位进展（季度）</source>
        <translation>Units' progress (quarter)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="80" />
        <source>东部</source>
        <translation>East</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="80" />
        <source>中部</source>
        <translation>Central</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="81" />
        <source>西部</source>
        <translation>West</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="81" />
        <source>全区</source>
        <translation>District-wide</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="101" />
        <source>上一级标题</source>
        <translation>Heading above</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="101" />
        <source>建设地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="102" />
        <source>计划投资(亿元)</source>
        <translation>planned investment (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="103" />
        <source>完成投资(亿元)</source>
        <translation>actual investment (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="104" />
        <source>累计完成投资(亿元)</source>
        <translation>invested this year to date (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="105" />
        <source>形象进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="106" />
        <source>形象进度目标</source>
        <translation>progress goal</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="107" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="108" />
        <source>区域</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="109" />
        <source>板块</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="110" />
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="111" />
        <source>总投资(亿元)</source>
        <translation>Total investment (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="112" />
        <source>年度计划投资(亿元)</source>
        <translation>Annual planned investment (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="113" />
        <source>截至上年底累计完成投资(亿元)</source>
        <translation>Invested before the year (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="114" />
        <source>计划开工</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="115" />
        <source>计划完工</source>
        <translation>Planned completion</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="116" />
        <source>实际开工</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="117" />
        <source>实际完工</source>
        <translation>Actual completion</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="118" />
        <source>性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="119" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="120" />
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="121" />
        <source>配合单位</source>
        <translation>Working with</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="122" />
        <source>业主单位</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="123" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="124" />
        <source>工作措施</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="125" />
        <source>责任人</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="126" />
        <source>项目编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="127" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="128" />
        <source>属性</source>
        <translation>Binding</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="129" />
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="130" />
        <source>目标方式</source>
        <translation>Target type</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="131" />
        <source>目标值</source>
        <translation>Target value</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="132" />
        <source>目标单位</source>
        <translation>Target unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="133" />
        <source>完成值</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="134" />
        <source>完成情况（原文）</source>
        <translation>Actual (as written)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="135" />
        <source>上年完成</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="136" />
        <source>上年完成（原文）</source>
        <translation>Previous year (as written)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="137" />
        <source>完成情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="138" />
        <source>原因说明</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="139" />
        <source>部分</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="140" />
        <source>举措</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="141" />
        <source>目标（原文）</source>
        <translation>Target (as written)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="142" />
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="143" />
        <source>方式</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="144" />
        <source>指标对象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="145" />
        <source>列入计划</source>
        <translation>On the list</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="146" />
        <source>建设内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="147" />
        <source>建设年限</source>
        <translation>Construction years</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="148" />
        <source>牵头领导</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="149" />
        <source>计划开工（原文）</source>
        <translation>Planned start (as written)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="150" />
        <source>计划完工（原文）</source>
        <translation>Planned completion (as written)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="151" />
        <source>完成时限（原文）</source>
        <translation>Deadline (as written)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="152" />
        <source>季度安排</source>
        <translation>Quarterly steps</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="153" />
        <source>完成</source>
        <translation>done:</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="100" />
        <source>节点：%1</source>
        <translation>Milestone: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="102" />
        <source>节点：%1（实际）</source>
        <translation>Milestone: %1 (reached)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="104" />
        <source>节点：%1（说明）</source>
        <translation>Milestone: %1 (note)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="106" />
        <source>节点：%1（计划日期）</source>
        <translation>Milestone: %1 (planned day)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="108" />
        <source>节点：%1（实际日期）</source>
        <translation>Milestone: %1 (day reached)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="131" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="131" />
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="45" />
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="48" />
        <source>搜索“%1”</source>
        <translation>search “%1”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="49" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="86" />
        <source>搜索项目名称、单位、备注…</source>
        <translation>Search projects, units, notes…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="98" />
        <location filename="../../src/milestones/ui/filter_bar.py" line="303" />
        <source>含已移出</source>
        <translation>Include removed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="101" />
        <location filename="../../src/milestones/ui/filter_bar.py" line="299" />
        <source>区域</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="101" />
        <location filename="../../src/milestones/ui/filter_bar.py" line="300" />
        <source>板块</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="102" />
        <location filename="../../src/milestones/ui/filter_bar.py" line="300" />
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="102" />
        <location filename="../../src/milestones/ui/filter_bar.py" line="300" />
        <source>性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="103" />
        <location filename="../../src/milestones/ui/filter_bar.py" line="301" />
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="103" />
        <location filename="../../src/milestones/ui/filter_bar.py" line="301" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="103" />
        <location filename="../../src/milestones/ui/filter_bar.py" line="301" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="121" />
        <source>清除筛选</source>
        <translation>Clear the filter</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="122" />
        <source>各下拉框回到“全部”，清空搜索</source>
        <translation>Every box back to “All”, the search emptied</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="133" />
        <location filename="../../src/milestones/ui/filter_bar.py" line="179" />
        <location filename="../../src/milestones/ui/filter_bar.py" line="189" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="142" />
        <source>未指定</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="155" />
        <source>未报本季度投资</source>
        <translation>Quarter not reported</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="156" />
        <source>上报后预警有变</source>
        <translation>Warning changed since reported</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="157" />
        <source>上报后名单有变</source>
        <translation>List changed since reported</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="158" />
        <source>计划已调整</source>
        <translation>Plan revised</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="159" />
        <source>计划时间已过上年</source>
        <translation>Plan from a past year</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="160" />
        <source>名单已调整</source>
        <translation>List changed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/filter_bar.py" line="162" />
        <source>导入后预警有变</source>
        <translation>Warning changed by the last import</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../src/milestones/ui/help_dialog.py" line="32" />
        <source>使用说明</source>
        <translation>Quick guide</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/help_dialog.py" line="42" />
        <source>在说明中查找…</source>
        <translation>Find in the guide…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/help_dialog.py" line="45" />
        <source>查找下一个</source>
        <translation>Find next</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/help_dialog.py" line="47" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="371" />
        <source>导入：%1</source>
        <translation>Import: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="375" />
        <location filename="../../src/milestones/ui/import_dialog.py" line="467" />
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="391" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="393" />
        <source>标注问题…</source>
        <translation>Mark problems…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="394" />
        <source>另存一份文件副本：有问题的单元格标色并加批注，首页列出全部问题，便于退回填报单位修改</source>
        <translation>Save a copy of the file with each cell that has a problem coloured and commented, and every problem listed on a first sheet, to send back to whoever filled it in</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="398" />
        <source>导入到新建的计划数据库…</source>
        <translation>Import into a new plan database…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="417" />
        <location filename="../../src/milestones/ui/import_dialog.py" line="423" />
        <source>自动识别</source>
        <translation>Detect</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="426" />
        <source>表格类型</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="426" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="494" />
        <source>同事刚修改了计划：以上比对是修改前的；点“导入”时按最新的计划核对，涉及同样的记录会重新预览。</source>
        <translation>A colleague has just changed the plan: the comparison above is from before it; Import checks against the plan as it is then, and previews again where the same records were changed.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="505" />
        <source>错误：</source>
        <translation>Error: </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="510" />
        <source>“%1”：隐藏的工作表，未导入</source>
        <translation>“%1”: a hidden sheet, not imported</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="512" />
        <source>“%1”：没有表格，未导入</source>
        <translation>“%1”: no table, not imported</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="516" />
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="516" />
        <source>年度未知</source>
        <translation>year unknown</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/milestones/ui/import_dialog.py" line="517" />
        <source>%n 条</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="522" />
        <source>；标为调出、移出计划 %1</source>
        <translation>; marked as leaving, taken off the list %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="553" />
        <source>错误 %1</source>
        <translation>errors: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="553" />
        <source>提示 %1</source>
        <translation>warnings: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="553" />
        <source>说明 %1</source>
        <translation>notes: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/milestones/ui/import_dialog.py" line="563" />
        <source>标为调出，导入时移出计划（记入清单变动，可撤销）：%n 个</source>
        <translation><numerusform>Marked as leaving the list, taken off it by the import (in the list's record, can be undone): %n project</numerusform><numerusform>Marked as leaving the list, taken off it by the import (in the list's record, can be undone): %n projects</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="575" />
        <source>这是%1完整的项目清单：将上列 %2 个项目移出计划（记入清单变动，可撤销）</source>
        <translation>This is the whole list of %1: take the %2 projects above off the plan (kept in the list's history; can be undone)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="612" />
        <source>新建一个空的计划数据库（%1的），把这个文件导入其中；当前的计划不改动</source>
        <translation>Make a new, empty plan database (for %1) and import this file into it; the plan open now is not changed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="627" />
        <source>标注问题</source>
        <translation>Mark problems</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="627" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="634" />
        <source>不能覆盖原文件：请另选文件名。</source>
        <translation>The original file cannot be overwritten: choose another name.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="637" />
        <source>正在标注问题…</source>
        <translation>Marking the problems…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="647" />
        <source>已另存标注了问题的副本：%1（%2 处）</source>
        <translation>A copy with the problems marked was saved: %1 (%2 cells)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="650" />
        <source>图片</source>
        <translation>pictures</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="650" />
        <source>图形</source>
        <translation>shapes</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="650" />
        <source>宏</source>
        <translation>macros</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="651" />
        <source>；副本中没有原文件的%1（原文件未改动）</source>
        <translation>; the copy does not have the original's %1 (the original is unchanged)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="652" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="660" />
        <source>无法写入标注副本：%1</source>
        <translation>The marked copy could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="671" />
        <source>数据库中有而文件中没有（%1）：导入不改动这些记录</source>
        <translation>In the database but not in the file (%1): the import leaves them as they are</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="579" />
        <source>这是%1年完整的项目清单：将上列 %2 个项目移出计划（记入清单变动，可撤销）</source>
        <translation>This is the whole %1 list: take the %2 projects above off the plan (kept in the list's history; can be undone)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="670" />
        <source>数据库中有而文件中没有（%1）：导入后移出计划</source>
        <translation>In the database but not in the file (%1): taken off the plan</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="599" />
        <source>标题和表头中没有年度：请在上方“年度”中选择。</source>
        <translation>The title and headers give no year: choose it under “Year” above.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="514" />
        <source>“%1”：%2，%3，%4；新增 %5，修改 %6，不变 %7，文件中没有 %8；错误 %9</source>
        <translation>“%1”: %2, %3, %4; %5 new, %6 changed, %7 unchanged, %8 not in the file; errors: %9</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="556" />
        <source>问题（%1）</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="601" />
        <source>文件有错误：改正后再导入。未写入任何数据。</source>
        <translation>The file has errors: correct them and import again. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="673" />
        <source>%1的表格：</source>
        <translation>%1's table: </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="679" />
        <source>无法读取：%1</source>
        <translation>Cannot read: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="690" />
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="637" />
        <location filename="../../src/milestones/ui/import_dialog.py" line="690" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="783" />
        <source>已取消导入，未写入任何数据。</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="786" />
        <source>导入失败，未写入任何数据：%1</source>
        <translation>Import failed; nothing was written: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="72" />
        <source>指标完成情况（附件1）</source>
        <translation>Indicator results (annex 1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="72" />
        <source>指标目标（附件2）</source>
        <translation>Indicator targets (annex 2)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="73" />
        <source>重点项目</source>
        <translation>Key projects</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="73" />
        <source>举措与目标</source>
        <translation>Measures and targets</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="74" />
        <source>未识别</source>
        <translation>Not recognised</translation>
    </message>
</context>
<context>
    <name>IndicatorHistoryDialog</name>
    <message>
        <location filename="../../src/milestones/ui/indicator_history.py" line="31" />
        <source>历年情况：%1</source>
        <translation>Over the years: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/indicator_history.py" line="34" />
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/indicator_history.py" line="34" />
        <location filename="../../src/milestones/ui/indicator_history.py" line="76" />
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/indicator_history.py" line="34" />
        <location filename="../../src/milestones/ui/indicator_history.py" line="77" />
        <source>完成值</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/indicator_history.py" line="34" />
        <source>评价</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/indicator_history.py" line="35" />
        <source>完成情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/indicator_history.py" line="55" />
        <source>图中只画全年的完成值，以及与指标同单位的目标；季度或1-9月的数字只列在表中。</source>
        <translation>Drawn: the whole years' figures and the targets in the indicator's unit; a quarter's or 1-9月 figure is only listed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/indicator_history.py" line="61" />
        <source>没有可画的数字：目标或完成值是文字，或只有一年的一部分。</source>
        <translation>Nothing to draw: the targets or figures are words, or of part of a year only.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/indicator_history.py" line="63" />
        <source>复制</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../src/milestones/ui/lang.py" line="36" />
        <source>约束性</source>
        <translation>Binding</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/lang.py" line="37" />
        <source>预期性</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/indicators_model.py" line="142" />
        <source>取自%1年指标表的完成值；在此填写即为本表自己的上年完成</source>
        <translation>Taken from the result in the %1 indicator table; typed here, it becomes this table's own figure</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../src/milestones/ui/indicators_page.py" line="21" />
        <source>搜索指标、目标、完成情况、原因…</source>
        <translation>Search indicators, targets, results, reasons…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/indicators_page.py" line="25" />
        <location filename="../../src/milestones/ui/indicators_page.py" line="34" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/indicators_page.py" line="37" />
        <source>评价</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/indicators_page.py" line="38" />
        <source>属性</source>
        <translation>Binding</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/indicators_page.py" line="39" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/indicators_page.py" line="56" />
        <source>没有符合筛选条件的指标（%1）</source>
        <translation>No indicator matches the filter (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/milestones/ui/indicators_page.py" line="60" />
        <source>共 %n 个指标</source>
        <translation><numerusform>%n indicator</numerusform><numerusform>%n indicators</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/indicators_page.py" line="63" />
        <source>%1年共 %2 个指标</source>
        <translation>%2 indicators of %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/indicators_page.py" line="64" />
        <source>显示 %1 个，%2年共 %3 个指标</source>
        <translation>%1 of %3 indicators of %2 shown</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="54" />
        <source>约束性</source>
        <translation>Binding</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="54" />
        <source>预期性</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="55" />
        <source>未标注属性</source>
        <translation>Type not stated</translation>
    </message>
</context>
<context>
    <name>LightRulesDialog</name>
    <message>
        <location filename="../../src/milestones/ui/light_rules_dialog.py" line="22" />
        <source>预警规则</source>
        <translation>Warning rules</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/light_rules_dialog.py" line="24" />
        <source>规则保存在计划数据库中，共用数据库的同事看到同样的预警；表格、时间轴、概览、各单位进展和打印都按它判断。</source>
        <translation>The rules are kept in the plan's database: colleagues sharing it see the same warnings; the table, the timeline, the dashboard, units' progress and printouts all judge by them.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/light_rules_dialog.py" line="28" />
        <source>开工、完工晚于计划</source>
        <translation>Start or completion later than planned</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/light_rules_dialog.py" line="32" />
        <source>滞后（黄）：晚</source>
        <translation>Late (yellow): by</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/light_rules_dialog.py" line="33" />
        <source>严重滞后（红）：晚</source>
        <translation>Very late (red): by</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/light_rules_dialog.py" line="36" />
        <source>年度投资完成率落后序时进度</source>
        <translation>Year's investment behind the time elapsed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/light_rules_dialog.py" line="41" />
        <source>滞后（黄）：超过</source>
        <translation>Late (yellow): more than</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/light_rules_dialog.py" line="42" />
        <source>严重滞后（红）：超过</source>
        <translation>Very late (red): more than</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/light_rules_dialog.py" line="43" />
        <source>完成率不足序时进度的</source>
        <translation>Investment under</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/light_rules_dialog.py" line="46" />
        <source>% 也为严重滞后</source>
        <translation>% of the time elapsed is very late too</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/light_rules_dialog.py" line="54" />
        <source>只在项目已填报本年度实际投资时判断；未填报不算作零。</source>
        <translation>Judged only once a project has reported this year's actual investment; nothing reported is not zero.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/light_rules_dialog.py" line="60" />
        <source>指标累计完成落后时序进度</source>
        <translation>Indicators short of the time elapsed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/light_rules_dialog.py" line="65" />
        <source>基本达到时序进度：不超过</source>
        <translation>Nearly on pace: at most</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/light_rules_dialog.py" line="67" />
        <source>按全年目标计：完成全年目标的72%、时序进度75%，落后3个百分点。设为 0 则凡落后都为未达时序进度。</source>
        <translation>Counted against the year's target: 72% of the year's target done at 75% of the year gone is 3 points short. At 0, any shortfall is behind pace.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/light_rules_dialog.py" line="80" />
        <source>恢复默认</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/light_rules_dialog.py" line="97" />
        <source>只读：只能查看规则</source>
        <translation>Read-only: the rules can only be viewed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/light_rules_dialog.py" line="108" />
        <source> 个季度及以上</source>
        <translation> quarter(s) or more</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/light_rules_dialog.py" line="116" />
        <source> 个百分点</source>
        <translation> points</translation>
    </message>
</context>
<context>
    <name>Lights</name>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="35" />
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="35" />
        <source>正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="36" />
        <source>滞后</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="36" />
        <source>严重滞后</source>
        <translation>Very late</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="37" />
        <source>未到期</source>
        <translation>Not due</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="104" />
        <location filename="../../src/milestones/ui/project_model.py" line="359" />
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="105" />
        <location filename="../../src/milestones/ui/project_model.py" line="391" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="294" />
        <source>计划原文，没有季度（按该年四季度为期限）；可改填季度，如 2024年二季度</source>
        <translation>The plan's own words, with no quarter (due by that year's fourth quarter); a quarter may be typed instead, e.g. 2024Q2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="298" />
        <source>计划原文：%1</source>
        <translation>The plan's words: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="361" />
        <source>%1：%2（已上报）</source>
        <translation>%1: %2 (reported)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="363" />
        <source>%1：上报时%3，现为%2</source>
        <translation>%1: %3 when reported, %2 now</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="386" />
        <source>已移出</source>
        <translation>Removed</translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <location filename="../../src/milestones/ui/list_columns.py" line="59" />
        <source>显示全部列</source>
        <translation>Show all columns</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/list_columns.py" line="60" />
        <source>恢复默认列宽</source>
        <translation>Reset column widths</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/milestones/ui/list_page.py" line="64" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/list_page.py" line="100" />
        <source>清除筛选</source>
        <translation>Clear the filter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="67" />
        <source>milestones — 年度计划与重点项目进度</source>
        <translation>milestones — annual plan and key projects</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="72" />
        <source>（%1年）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="569" />
        <source>修改已暂存</source>
        <translation>Changes kept</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="642" />
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="659" />
        <source>计划正由另一位同事或另一个程序写入（如导入一份大表）。您的修改（%1 项）已暂存在本机，对方写完后会自动写入；即使关闭程序也不会丢失，下次打开这个数据库时可以写入。</source>
        <translation>A colleague or another program is writing to the plan (an import of a large table, say). Your changes (%1) are kept on this computer and written as soon as they are done; closing the program does not lose them: they can be written the next time this database opens.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="662" />
        <source>计划正由另一位同事或另一个程序写入（如导入一份大表）。您的修改（%1 项）已暂存，对方写完后会自动写入；请勿关闭程序。</source>
        <translation>A colleague or another program is writing to the plan (an import of a large table, say). Your changes (%1) are kept and written as soon as they are done; do not close the program.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="667" />
        <source>对方已写完，暂存的修改已写入</source>
        <translation>The other is done writing; the kept changes are written</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="668" />
        <source>连接已恢复，暂存的修改已写入</source>
        <translation>Connection back; the kept changes are written</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="670" />
        <source>对方已写完；暂存的修改中有%1项未能写入，原因见提示</source>
        <translation>The other is done writing; %1 of the kept changes could not be written (the messages say why)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="671" />
        <source>连接已恢复；暂存的修改中有%1项未能写入，原因见提示</source>
        <translation>Connection back; %1 of the kept changes could not be written (the messages say why)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="290" />
        <source>新增项目…</source>
        <translation>Add project…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="289" />
        <source>新增目标…</source>
        <translation>Add target…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="289" />
        <source>新增指标…</source>
        <translation>Add indicator…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="298" />
        <source>移出计划…</source>
        <translation>Remove from plan…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_dialogs.py" line="168" />
        <source>关于 milestones</source>
        <translation>About milestones</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="355" />
        <source>没有符合筛选条件的项目（%1）</source>
        <translation>No project matches the filter (%1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="356" />
        <source>%1年的计划中还没有重点项目。可以用“新增项目”逐个添加，或用“导入表格”导入重点项目表。</source>
        <translation>The %1 plan has no key project yet. Add them one by one with “Add project”, or import the key project table with “Import table”.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="358" />
        <source>清除筛选</source>
        <translation>Clear the filter</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_dialogs.py" line="47" />
        <source>预警规则已修改，各处预警已按新规则显示</source>
        <translation>Warning rules changed: every warning now follows them</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_dialogs.py" line="68" />
        <source>%1年计划数已保存</source>
        <translation>The %1 plan's figures are saved</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_dialogs.py" line="83" />
        <source>撤销记录</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_dialogs.py" line="86" />
        <source>点击一步，回到做完这一步时：其后各步撤销，再点后面的一步可重做。</source>
        <translation>Click a step to go back to just after it: the steps after it are undone; click a later one to redo.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_dialogs.py" line="91" />
        <source>（打开时）</source>
        <translation>(as opened)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="454" />
        <source>正在批量修改…</source>
        <translation>Bulk editing…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="457" />
        <source>已停止批量修改，未写入任何内容</source>
        <translation>Bulk edit stopped; nothing was written</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="480" />
        <source>请先在表中选择要删除的行</source>
        <translation>Choose the rows to delete in the table first</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="489" />
        <source>请先选择要移出计划的项目</source>
        <translation>Choose the projects to take off the plan first</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="493" />
        <source>移出计划</source>
        <translation>Remove from plan</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="494" />
        <source>将 %1 个项目移出%2年计划（记录保留，可撤销）。原因：</source>
        <translation>Remove %1 project(s) from the %2 plan (their records stay; this can be undone). Reason:</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="297" />
        <source>删除所选指标…</source>
        <translation>Delete chosen indicators…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="297" />
        <source>删除所选目标…</source>
        <translation>Delete chosen targets…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_files.py" line="159" />
        <source>已新建%1年计划：可导入%1年的计划报告，或在“编辑 → 计划数…”中填写计划数；如是误建，可用“文件 → 删除年度计划…”删除</source>
        <translation>The %1 plan is open: import its plan report, or give its figures under Edit → Plan figures…; if it was opened by mistake, remove it with File → Remove a year's plan…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="633" />
        <source>%1年计划已被他人删除</source>
        <translation>The %1 plan was removed by someone else</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="635" />
        <source>%1年计划已不在数据库中</source>
        <translation>The %1 plan is no longer in the database</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="645" />
        <source>共享数据库：%1（服务器 %2，用户 %3）</source>
        <translation>Shared database: %1 (server %2, user %3)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="650" />
        <source>与数据库的连接中断。您的修改（%1 项）已暂存在本机，连接恢复后会自动写入；即使关闭程序也不会丢失，下次打开这个数据库时可以写入。</source>
        <translation>The connection to the database is lost. Your changes (%1) are kept on this computer and written when it is back; closing the program does not lose them: they can be written the next time this database is opened.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="176" />
        <location filename="../../src/milestones/ui/window_files.py" line="39" />
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="468" />
        <source>请在重点项目表或进度时间轴上选择项目</source>
        <translation>Choose the projects in the key projects' list or on the timeline</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_files.py" line="80" />
        <source>已生成 %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_files.py" line="81" />
        <source>已生成%n页：%1</source>
        <translation>Written: %n pages, %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_files.py" line="96" />
        <source>打开计划数据库</source>
        <translation>Open plan database</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_files.py" line="97" />
        <source>计划数据库 (*.db *.sqlite);;所有文件 (*)</source>
        <translation>Plan databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_files.py" line="110" />
        <location filename="../../src/milestones/ui/window_files.py" line="120" />
        <source>新建计划数据库</source>
        <translation>New plan database</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_files.py" line="111" />
        <source>新计划.db</source>
        <translation>new plan.db</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_files.py" line="112" />
        <source>计划数据库 (*.db *.sqlite)</source>
        <translation>Plan databases (*.db *.sqlite)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_files.py" line="120" />
        <source>%1 已经存在。新建不会覆盖已有的文件：可以打开它，或换一个文件名新建。</source>
        <translation>%1 already exists. A new database never replaces a file: open it, or choose another name.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_files.py" line="124" />
        <source>打开它</source>
        <translation>Open it</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_files.py" line="127" />
        <source>换一个文件名…</source>
        <translation>Another name…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_files.py" line="144" />
        <source>新建%1年计划，并把%2年未完工的项目结转？已开工的列为续建；%2年计划新开工而未填实际开工的仍列为新开工，前期项目仍为前期。

截至上年底累计完成投资按%2年各季度完成投资累计。</source>
        <translation>Create the %1 plan and carry over the unfinished projects of %2? Those started continue (续建); those %2 planned to start (新开工) with no actual start stay 新开工, and preparatory ones (前期) stay so.

Their investment to the end of last year adds %2's quarters to it. </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_files.py" line="147" />
        <source>%2年的指标带入%1年指标表，上年完成已填，目标待定。</source>
        <translation>%2's indicators go into the %1 table with last year's result filled in and the targets to set.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_files.py" line="148" />
        <source>新建下一年度计划</source>
        <translation>New plan for next year</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_dialogs.py" line="170" />
        <source>&lt;b&gt;milestones&lt;/b&gt; %1&lt;br&gt;区县年度计划与重点项目季度进度管理。&lt;br&gt;许可：MIT；内置字体：文泉驿微米黑（Apache-2.0）。</source>
        <translation>&lt;b&gt;milestones&lt;/b&gt; %1&lt;br&gt;Quarterly planner for a district's annual plan and key projects.&lt;br&gt;Licence: MIT; bundled font: WenQuanYi Micro Hei (Apache-2.0).</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="542" />
        <source>请选中要合并的两个项目（按住 Ctrl 点选）</source>
        <translation>Choose the two projects to merge (Ctrl+click)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="557" />
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="595" />
        <source>只读：%1 只能查看</source>
        <translation>Read-only: %1 may only view</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="597" />
        <source>共享数据库：%1 可编辑</source>
        <translation>Shared database: %1 may edit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/main_window.py" line="653" />
        <source>与数据库的连接中断。您的修改（%1 项）已暂存，连接恢复后会自动写入；请勿关闭程序。</source>
        <translation>The connection to the database was lost. Your changes (%1) are kept and will be written when it is back; do not close the program.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="66" />
        <source>东部</source>
        <translation>East</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="66" />
        <source>中部</source>
        <translation>Central</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="67" />
        <source>西部</source>
        <translation>West</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="67" />
        <source>全区</source>
        <translation>District-wide</translation>
    </message>
</context>
<context>
    <name>MergeBox</name>
    <message>
        <location filename="../../src/milestones/ui/merge_box.py" line="26" />
        <source>合并重复项目</source>
        <translation>Merge a duplicate</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/merge_box.py" line="27" />
        <source>把“%1”并入“%2”？</source>
        <translation>Merge “%1” into “%2”?</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/merge_box.py" line="31" />
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/merge_box.py" line="32" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/merge_box.py" line="35" />
        <source>改为保留“%1”…</source>
        <translation>Keep “%1” instead…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/merge_box.py" line="47" />
        <source>并入“%1”</source>
        <translation>Merged into “%1”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/merge_box.py" line="71" />
        <source>节点 %1</source>
        <translation>Milestones %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/merge_box.py" line="74" />
        <source>形象进度%1条</source>
        <translation>%1 progress note(s)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/merge_box.py" line="76" />
        <source>“%1”将填入：</source>
        <translation>“%1” gains:</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/merge_box.py" line="78" />
        <source>“%1”没有“%2”缺少的内容。</source>
        <translation>“%1” holds nothing “%2” lacks.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/merge_box.py" line="80" />
        <source>%1 %2（“%3”为%4）</source>
        <translation>%1 %2 (“%3” says %4)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/merge_box.py" line="81" />
        <source>两者不同处保留“%1”的：</source>
        <translation>Where the two differ, “%1”'s stays:</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/merge_box.py" line="84" />
        <source>其他年度计划中“%1”将填入：</source>
        <translation>In the other years' plans “%1” gains:</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/merge_box.py" line="87" />
        <source>“%1”移出%2年计划，记录和历史保留，可以撤销。</source>
        <translation>“%1” leaves the list of %2; its record and history stay, and this can be undone.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../src/milestones/ui/navigation.py" line="45" />
        <source>%1年计划</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/navigation.py" line="46" />
        <source>重点项目</source>
        <translation>Key projects</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/navigation.py" line="47" />
        <source>进度时间轴</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/navigation.py" line="48" />
        <source>各单位进展</source>
        <translation>Progress by unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/navigation.py" line="53" />
        <source>工作举措与目标</source>
        <translation>Measures and targets</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/navigation.py" line="63" />
        <source>指标</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/navigation.py" line="65" />
        <source>%1年指标</source>
        <translation>Indicators %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/navigation.py" line="111" />
        <source>删除该年度计划…</source>
        <translation>Remove this year's plan…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/navigation.py" line="114" />
        <source>删除部分…</source>
        <translation>Delete the section…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/navigation.py" line="117" />
        <source>修改上一级标题…</source>
        <translation>Rename the heading above…</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="31" />
        <source>新增项目</source>
        <translation>Add project</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="40" />
        <source>如：解放碑步行街提升</source>
        <translation>e.g. 解放碑步行街提升</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="45" />
        <location filename="../../src/milestones/ui/new_project.py" line="94" />
        <source>未指定</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="62" />
        <source>（可不填）</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="63" />
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="64" />
        <source>区域</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="65" />
        <source>板块</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="66" />
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="75" />
        <location filename="../../src/milestones/ui/new_project.py" line="123" />
        <location filename="../../src/milestones/ui/new_project.py" line="155" />
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="77" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="127" />
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="128" />
        <source>责任单位 %1</source>
        <translation>unit %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="130" />
        <source>“%1”（%2）</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="132" />
        <source>本年计划中有名称相近的%1，序号 %2：是同一个项目吗？</source>
        <translation>This year's plan has %1, No. %2, named alike: the same project?</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="136" />
        <source>本年计划中已有%1，序号 %2。同一项目请勿重复新增；两个同名项目，请在名称中写明区域或内容。</source>
        <translation>This year's plan has %1 already, No. %2. Do not add one project twice; for two projects of one name, say the zone or the work in the name.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="134" />
        <location filename="../../src/milestones/ui/new_project.py" line="138" />
        <source>转到该项目</source>
        <translation>Go to it</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="140" />
        <source>%1曾列入本年计划，已移出。恢复后沿用其进度、投资和备注记录。</source>
        <translation>%1 was on this year's plan and was taken off it. Put back, it keeps its schedule, investment and notes.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="141" />
        <source>恢复到本年计划</source>
        <translation>Put back on this year's plan</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="143" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="144" />
        <source>%1年计划中有%2。列入本年计划，沿用其进度、投资和备注记录。</source>
        <translation>The %1 plan lists %2. Listed this year, it keeps its schedule, investment and notes.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="146" />
        <source>列入本年计划</source>
        <translation>List it this year</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="148" />
        <source>（共有 %1 个同名项目）</source>
        <translation> (%1 projects have this name)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/new_project.py" line="155" />
        <source>仍然新增</source>
        <translation>Add anyway</translation>
    </message>
</context>
<context>
    <name>NoPlanPage</name>
    <message>
        <location filename="../../src/milestones/ui/no_plan_page.py" line="24" />
        <source>这个计划数据库中还没有年度计划</source>
        <translation>There is no year's plan in this plan database yet</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/no_plan_page.py" line="32" />
        <source>导入本年度的计划报告（Word 文档或文本，从中读出工作举措和量化目标），或重点项目表、举措与目标表，就建立了这一年的计划：xlsx、WPS 或 LibreOffice 的表格、CSV，也可以把文件拖到窗口上。导入前先预览，确认后才写入。指标表按年度保存在左侧“指标”下。
也可以打开已有的计划数据库，或连接办公室共用的共享数据库。</source>
        <translation>Import this year's plan report (a Word document or its text: its measures and quantified targets are read from it), or its key project table or measures and targets, and the year's plan is made: xlsx, WPS or LibreOffice spreadsheets, CSV — or drop the file on the window. The import is previewed first and written only when confirmed. Indicator tables are kept by year, under Indicators on the left.
Or open an existing plan database, or connect to the office's shared database.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/no_plan_page.py" line="48" />
        <source>导入表格…</source>
        <translation>Import table…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/no_plan_page.py" line="51" />
        <source>打开数据库…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/no_plan_page.py" line="52" />
        <source>连接共享数据库…</source>
        <translation>Connect to shared database…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/no_plan_page.py" line="53" />
        <source>使用说明</source>
        <translation>Quick guide</translation>
    </message>
</context>
<context>
    <name>OthersWatch</name>
    <message>
        <location filename="../../src/milestones/ui/others_watch.py" line="36" />
        <source>与共享数据库的连接中断，正在重试…</source>
        <translation>Connection to the shared database lost; retrying…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/others_watch.py" line="43" />
        <source>已显示他人的最新修改</source>
        <translation>Showing others' latest changes</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/others_watch.py" line="52" />
        <source>计划文件已不在原处：只能查看</source>
        <translation>The plan file is gone: view only</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/others_watch.py" line="53" />
        <source>计划文件已不在原处</source>
        <translation>The plan file is gone</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/others_watch.py" line="54" />
        <source>计划文件 %1 已被删除、移走或被另一个文件替换。打开着的计划仍然完整，但修改已无法保存到这个文件，现在只能查看。

请把它另存为新文件，程序随即打开新文件，可以继续工作。</source>
        <translation>The plan file %1 was deleted, moved or replaced by another file. The plan open here is whole, but changes can no longer be saved to that file: it is view only now.

Save it as a new file; the program then opens it and you can go on working.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/others_watch.py" line="58" />
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
</context>
<context>
    <name>Paste</name>
    <message>
        <location filename="../../src/milestones/ui/cell_paste.py" line="74" />
        <source>粘贴的内容有%1列，超出了表格右侧</source>
        <translation>The pasted cells are %1 columns wide: past the table's right edge</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/cell_paste.py" line="79" />
        <source>粘贴的内容有%1行，超出了表格末行</source>
        <translation>The pasted cells are %1 rows high: past the table's last row</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/cell_paste.py" line="81" />
        <source>一次最多粘贴%1格</source>
        <translation>At most %1 cells are pasted at once</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="459" />
        <location filename="../../src/milestones/ui/row_models.py" line="299" />
        <source>“%1”列不能修改</source>
        <translation>The “%1” column cannot be changed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="471" />
        <location filename="../../src/milestones/ui/row_models.py" line="291" />
        <location filename="../../src/milestones/ui/row_models.py" line="306" />
        <source>“%1”的“%2”：%3</source>
        <translation>“%1”, %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/row_models.py" line="301" />
        <source>“%1”请双击单元格逐格修改</source>
        <translation>“%1” is changed cell by cell: double-click the cell</translation>
    </message>
</context>
<context>
    <name>PendingChanges</name>
    <message>
        <location filename="../../src/milestones/ui/pending_changes.py" line="39" />
        <source>计划正由另一位同事或另一个程序写入，还有%1项修改没有写入。它们已暂存在本机，下次打开这个数据库时可以写入。</source>
        <translation>A colleague or another program is writing to the plan and %1 change(s) are not written yet. They are kept on this computer and can be written the next time this database opens.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/pending_changes.py" line="41" />
        <source>计划正由另一位同事或另一个程序写入，还有%1项修改没有写入。现在关闭，这些修改将丢失。</source>
        <translation>A colleague or another program is writing to the plan and %1 change(s) are not written yet. Closing now loses them.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/pending_changes.py" line="43" />
        <source>与数据库的连接中断，还有%1项修改没有写入。它们已暂存在本机，下次打开这个数据库时可以写入。</source>
        <translation>The connection to the database is lost and %1 change(s) are not written yet. They are kept on this computer and can be written the next time this database is opened.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/pending_changes.py" line="44" />
        <source>与数据库的连接中断，还有%1项修改没有写入。现在关闭，这些修改将丢失。</source>
        <translation>The connection to the database is lost and %1 change(s) are not written yet. Closing now loses them.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/pending_changes.py" line="45" />
        <source>修改尚未写入</source>
        <translation>Changes not written yet</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/pending_changes.py" line="48" />
        <source>再试写入</source>
        <translation>Try writing again</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/pending_changes.py" line="50" />
        <source>关闭，下次打开时写入</source>
        <translation>Close, write them next time</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/pending_changes.py" line="52" />
        <source>放弃修改并关闭</source>
        <translation>Close, losing them</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/pending_changes.py" line="53" />
        <source>不关闭</source>
        <translation>Don't close</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/pending_changes.py" line="66" />
        <source>对方仍在写入，修改继续暂存</source>
        <translation>The other is still writing: the changes stay kept</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/pending_changes.py" line="67" />
        <source>仍无法连接数据库，修改继续暂存</source>
        <translation>The database still cannot be reached: the changes stay kept</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/pending_changes.py" line="84" />
        <location filename="../../src/milestones/ui/pending_changes.py" line="94" />
        <source>上次未写入的修改</source>
        <translation>Changes not written last time</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/pending_changes.py" line="85" />
        <source>上次断线时暂存在本机的修改无法读取，文件已另存为：
%1</source>
        <translation>The changes kept on this computer when the connection was lost cannot be read; the file was moved to:
%1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/pending_changes.py" line="95" />
        <source>上次有%1项修改暂存在本机，没有写入（当时数据库连接中断，或同事正在写入）：</source>
        <translation>Last time %1 change(s) were kept on this computer and not written (the connection to the database was lost, or a colleague was writing):</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/pending_changes.py" line="96" />
        <source>现在写入？同事已改过的同一处会提示冲突，不会覆盖。</source>
        <translation>Write them now? Where a colleague has changed the same value since, you are told; it is not overwritten.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/pending_changes.py" line="99" />
        <source>写入</source>
        <translation>Write</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/pending_changes.py" line="101" />
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/pending_changes.py" line="102" />
        <source>放弃这些修改</source>
        <translation>Give them up</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/pending_changes.py" line="113" />
        <source>上次暂存的修改已写入</source>
        <translation>The changes kept last time are written</translation>
    </message>
</context>
<context>
    <name>PlanFiguresDialog</name>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="33" />
        <source>%1年计划数</source>
        <translation>The %1 plan's figures</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="36" />
        <source>计划报告中写明的计划数：概览以此对照已列入的项目和指标。空白表示未定。</source>
        <translation>The figures the plan report states: the dashboard holds the projects and indicators listed against them. Blank: not stated.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="66" />
        <source>计划</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="69" />
        <source>计划名称</source>
        <translation>Plan's title</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="69" />
        <source>如：重庆市渝中区2025年国民经济和社会发展计划</source>
        <translation>e.g. 重庆市渝中区2025年国民经济和社会发展计划</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="70" />
        <source>印发单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="70" />
        <source>如：重庆市渝中区人民政府</source>
        <translation>e.g. 重庆市渝中区人民政府</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="71" />
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="71" />
        <source>如：渝中府发〔2025〕8号（可不填）</source>
        <translation>e.g. 渝中府发〔2025〕8号 (optional)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="77" />
        <source>重点项目</source>
        <translation>Key projects</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="78" />
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="143" />
        <source>年度计划投资</source>
        <translation>Annual planned investment</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="78" />
        <source>亿元</source>
        <translation>100M CNY</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="79" />
        <source>各季度开工、完工</source>
        <translation>Starts and completions by quarter</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="81" />
        <source>计划开工（个）</source>
        <translation>Planned starts</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="82" />
        <source>计划完工（个）</source>
        <translation>Planned completions</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="92" />
        <source>%1年指标</source>
        <translation>Indicators %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="93" />
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="96" />
        <source>共</source>
        <translation>In all</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="93" />
        <source>约束性</source>
        <translation>Binding</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="94" />
        <source>预期性</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="95" />
        <source>%1年指标完成情况</source>
        <translation>The %1 indicators' results</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="96" />
        <source>完成</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="97" />
        <source>未完成</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="98" />
        <source>调整</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="106" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="107" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="109" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="126" />
        <source>%1应为%2，而不是“%3”</source>
        <translation>%1 should be %2, not “%3”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="127" />
        <source>整数</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="127" />
        <source>数字</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="135" />
        <source>计划名称不能为空：打印的时间轴以它为标题</source>
        <translation>The plan's title cannot be empty: it heads the printed timeline</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="140" />
        <source>%1计划开工</source>
        <translation>Planned starts in %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="140" />
        <source>%1计划完工</source>
        <translation>Planned completions in %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="143" />
        <source>重点项目数</source>
        <translation>The number of key projects</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="144" />
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="145" />
        <source>%1年指标项数</source>
        <translation>The number of %1 indicators</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="144" />
        <source>约束性指标项数</source>
        <translation>The number of binding indicators</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="145" />
        <source>预期性指标项数</source>
        <translation>The number of expected indicators</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="146" />
        <source>完成的指标项数</source>
        <translation>The number of indicators met</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="146" />
        <source>未完成的指标项数</source>
        <translation>The number of indicators not met</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_figures_dialog.py" line="147" />
        <source>调整的指标项数</source>
        <translation>The number of indicators adjusted</translation>
    </message>
</context>
<context>
    <name>PlanRowEdits</name>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="109" />
        <source>新增目标</source>
        <translation>Add target</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="115" />
        <source>选择，或填写新的部分</source>
        <translation>Choose one, or type a new section</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="140" />
        <source>不填则以举措本身为目标（按是否完成评价）</source>
        <translation>Left empty, the measure itself is the target (judged done or not)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="141" />
        <source>如：新增创新孵化平台2家以上</source>
        <translation>e.g. 新增创新孵化平台2家以上</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="146" />
        <source>选择，或填写新的举措</source>
        <translation>Choose one, or type a new measure</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="155" />
        <source>（可不填）</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="159" />
        <source>举措</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="160" />
        <source>目标（原文）</source>
        <translation>Target (as written)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="161" />
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="162" />
        <source>完成季度</source>
        <translation>Quarter due</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="157" />
        <source>如 三季度、%1年9月（可不填）</source>
        <translation>e.g. Q3, %1年9月 (optional)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="158" />
        <source>部分</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="184" />
        <source>请选择举措，或填写新的举措</source>
        <translation>Choose a measure, or type a new one</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="186" />
        <source>请选择举措所属的部分，或填写新的部分</source>
        <translation>Choose the measure's section, or type a new one</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="188" />
        <source>目标原文不能为空</source>
        <translation>The target text cannot be empty</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="190" />
        <source>“%1”不是季度</source>
        <translation>“%1” is not a quarter</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="209" />
        <source>未新增目标：%1</source>
        <translation>Target not added: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="230" />
        <source>新增%1年指标</source>
        <translation>Add an indicator to %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="233" />
        <source>如：规模以上工业增加值增速</source>
        <translation>e.g. 规模以上工业增加值增速</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="235" />
        <source>如 %、亿元</source>
        <translation>e.g. %, 亿元</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="248" />
        <source>如：增长6%左右（可不填）</source>
        <translation>e.g. 增长6%左右 (optional)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="250" />
        <source>未标注</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="250" />
        <source>约束性</source>
        <translation>Binding</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="250" />
        <source>预期性</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="252" />
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="253" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="254" />
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="255" />
        <source>属性</source>
        <translation>Binding</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="274" />
        <source>未新增指标：指标名称不能为空</source>
        <translation>Indicator not added: its name cannot be empty</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="294" />
        <source>删除这%1个目标？</source>
        <translation>Delete these %1 target(s)?</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="295" />
        <source>从%2年指标中删除这%1个指标？</source>
        <translation>Delete these %1 indicator(s) from %2's table?</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="305" />
        <source>举措%1没有其他目标，随之删除。</source>
        <translation>Measure %1 has no other target and goes with it.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="306" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="307" />
        <source>删除目标</source>
        <translation>Delete targets</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="307" />
        <source>删除指标</source>
        <translation>Delete indicators</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="298" />
        <source>连同其季度安排和完成情况一并删除；可以撤销。</source>
        <translation>Their quarters' steps and results go with them; this can be undone.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="299" />
        <source>其他年度的该指标不受影响；可以撤销。</source>
        <translation>Other years of these indicators stay; this can be undone.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="314" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="315" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="335" />
        <source>删除举措</source>
        <translation>Delete the measure</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="335" />
        <source>删除举措“%1”？</source>
        <translation>Delete measure “%1”?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="336" />
        <source>连同它的%n个目标及其季度安排和完成情况一并删除；可以撤销。</source>
        <translation><numerusform>Its %n target(s) go with it, with their quarterly steps and results; this can be undone.</numerusform><numerusform>Its %n target(s) go with it, with their quarterly steps and results; this can be undone.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="334" />
        <source>删除举措“%1”</source>
        <translation>Delete measure “%1”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="365" />
        <source>删除部分</source>
        <translation>Delete the section</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="365" />
        <source>删除部分“%1”？</source>
        <translation>Delete section “%1”?</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="362" />
        <source>连同其中%1项举措、%2个目标及其季度安排和完成情况一并删除；可以撤销。</source>
        <translation>Its measures (%1) and their targets (%2) go with it, with their quarterly steps and results; this can be undone.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="364" />
        <source>其中没有举措；可以撤销。</source>
        <translation>It holds no measures; this can be undone.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="355" />
        <source>删除部分“%1”</source>
        <translation>Delete section “%1”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="374" />
        <source>修改上一级标题</source>
        <translation>Rename the heading above</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="374" />
        <source>其下各部分的上一级标题（留空则取消分组）：</source>
        <translation>The heading over its sections (left empty, they stand on their own):</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="390" />
        <source>修改上一级标题“%1”</source>
        <translation>Rename the heading above “%1”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="391" />
        <source>取消上一级标题“%1”</source>
        <translation>Take away the heading above “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="397" />
        <source>删除%n个目标</source>
        <translation><numerusform>Delete %n target(s)</numerusform><numerusform>Delete %n target(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="397" />
        <source>删除%n个指标</source>
        <translation><numerusform>Delete %n indicator(s)</numerusform><numerusform>Delete %n indicator(s)</numerusform></translation>
    </message>
</context>
<context>
    <name>PlanYears</name>
    <message>
        <location filename="../../src/milestones/ui/plan_years.py" line="30" />
        <location filename="../../src/milestones/ui/plan_years.py" line="34" />
        <location filename="../../src/milestones/ui/plan_years.py" line="58" />
        <source>删除年度计划</source>
        <translation>Remove a year's plan</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_years.py" line="31" />
        <source>数据库中只有一个年度计划，不能删除。</source>
        <translation>The database holds one year's plan only: it cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_years.py" line="35" />
        <source>删除哪一年的计划？</source>
        <translation>Remove which year's plan?</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_years.py" line="49" />
        <source>· 计划内%1个项目：其中%2个只在本年度，连同其季度投资和记录一并删除，其余保留在其他年度</source>
        <translation>· %1 projects on its list: %2 of them on no other year's list go with their quarters and records; the rest stay in the other years</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_years.py" line="52" />
        <source>· %1条举措、%2个目标</source>
        <translation>· %1 measures, %2 targets</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_years.py" line="54" />
        <source>· %1年指标%2项</source>
        <translation>· %2 indicators of %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_years.py" line="56" />
        <source>· %1份存档上报</source>
        <translation>· %1 kept report(s)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_years.py" line="57" />
        <source>删除前先把整个数据库备份到自动备份文件夹；删除不能撤销，需要时用“文件 → 打开自动备份…”找回。</source>
        <translation>The whole database is first backed up to the backups folder; the removal cannot be undone — when needed, get it back from there (File → Open a daily backup…).</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_years.py" line="59" />
        <source>删除%1年计划？</source>
        <translation>Remove the %1 plan?</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_years.py" line="63" />
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_years.py" line="64" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_years.py" line="76" />
        <source>正在备份并删除%1年计划…</source>
        <translation>Backing up and removing the %1 plan…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_years.py" line="84" />
        <source>已删除%1年计划；删除前的备份：%2</source>
        <translation>The %1 plan is removed; the backup taken before: %2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_years.py" line="96" />
        <source>未删除年度计划</source>
        <translation>The plan was not removed</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="43" />
        <source>打印季度进度时间轴</source>
        <translation>Print the quarterly timeline</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="46" />
        <source>区域（每个区域单独成组分页）</source>
        <translation>Zones (each on its own pages)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="59" />
        <source>只打印当前筛选的项目（%1）</source>
        <translation>Print only the projects in view (%1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="66" />
        <source>只打印所选的%1个项目</source>
        <translation>Print only the %1 chosen project(s)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="87" />
        <source>时段</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="89" />
        <source>计划工期</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="90" />
        <source>实际工期</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="91" />
        <source>节点</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="92" />
        <source>季度投资</source>
        <translation>Quarterly investment</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="93" />
        <source>责任单位列</source>
        <translation>Responsible unit column</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="99" />
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="103" />
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="108" />
        <source>横向</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="109" />
        <source>纵向</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="113" />
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="115" />
        <source>适合页宽</source>
        <translation>Fit to page width</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="116" />
        <source>固定比例（超出页宽时分页拼接）：每季度</source>
        <translation>Fixed scale (tiled across pages), per quarter:</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="128" />
        <source>缩放</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="129" />
        <source>每页都印图例</source>
        <translation>Legend on every page</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="136" />
        <source>页脚发文单位</source>
        <translation>Office in the footer</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="140" />
        <source>预览…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="141" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="142" />
        <source>存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="143" />
        <source>存为 PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="174" />
        <source>起始季度</source>
        <translation>first quarter</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="174" />
        <source>截止季度</source>
        <translation>last quarter</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="178" />
        <source>时段的%1：%2</source>
        <translation>The period's %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="218" />
        <source>所选的%1个项目</source>
        <translation>The %1 chosen project(s)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="220" />
        <source>筛选（%1）</source>
        <translation>Only: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="242" />
        <location filename="../../src/milestones/ui/print_dialog.py" line="252" />
        <source>未能打印</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="246" />
        <location filename="../../src/milestones/ui/print_dialog.py" line="311" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="253" />
        <source>无法开始打印：打印机不可用，或打印到的文件无法写入。</source>
        <translation>Printing could not start: the printer is not available, or the file printed to cannot be written.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="271" />
        <source>已停止打印</source>
        <translation>Printing stopped</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/milestones/ui/print_dialog.py" line="272" />
        <source>已停止。已画好的%n页已交给打印机，如不需要，请在系统的打印队列中取消。</source>
        <translation><numerusform>Stopped. The page drawn has gone to the printer; cancel it in the system's print queue if it is not wanted.</numerusform><numerusform>Stopped. The %n pages drawn have gone to the printer; cancel them in the system's print queue if they are not wanted.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="304" />
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="246" />
        <location filename="../../src/milestones/ui/print_dialog.py" line="311" />
        <source>正在生成…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="131" />
        <source>首页附概况（进展情况文字和分区统计）</source>
        <translation>A summary first (the progress paragraph and the figures by zone or area)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/print_dialog.py" line="188" />
        <location filename="../../src/milestones/ui/print_dialog.py" line="332" />
        <source>未能生成</source>
        <translation>Could not write</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="93" />
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="93" />
        <source>一季度</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="94" />
        <source>二季度</source>
        <translation>Q2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="94" />
        <source>三季度</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="95" />
        <source>四季度</source>
        <translation>Q4</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="95" />
        <source>上半年</source>
        <translation>First half</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="96" />
        <source>下半年</source>
        <translation>Second half</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="96" />
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="97" />
        <source>全区</source>
        <translation>District-wide</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="97" />
        <source>东部</source>
        <translation>East</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="98" />
        <source>中部</source>
        <translation>Central</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="98" />
        <source>西部</source>
        <translation>West</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="295" />
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="295" />
        <source>提示</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="295" />
        <location filename="../../src/milestones/ui/strings.py" line="86" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="84" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="84" />
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="85" />
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="85" />
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="86" />
        <source>内容</source>
        <translation>Found</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="146" />
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="146" />
        <source>项目编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="147" />
        <source>区域</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="147" />
        <source>板块</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="148" />
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="149" />
        <source>建设内容及规模</source>
        <translation>Content and scale</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="150" />
        <source>建设起止年限</source>
        <translation>Construction years</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="152" />
        <source>总投资(亿元)</source>
        <translation>Total investment (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="158" />
        <source>业主单位</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="158" />
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="160" />
        <source>责任人</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="160" />
        <source>牵头领导</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="161" />
        <source>计划开工</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="163" />
        <source>实际开工</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="164" />
        <source>计划完工</source>
        <translation>Planned completion</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="166" />
        <source>实际完工</source>
        <translation>Actual completion</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="167" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="167" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="177" />
        <location filename="../../src/milestones/ui/project_dialog.py" line="304" />
        <source>%1 亿元</source>
        <translation>%1 (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="179" />
        <source>（年度计划的%1）</source>
        <translation> (%1 of the year's plan)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="182" />
        <source>截至%1完成投资</source>
        <translation>Invested to %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="183" />
        <source>预警（截至%1）</source>
        <translation>Warning (as of %1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="201" />
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="202" />
        <location filename="../../src/milestones/ui/project_dialog.py" line="246" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="202" />
        <source>性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="202" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="202" />
        <source>年度计划投资(亿元)</source>
        <translation>Annual planned investment (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="203" />
        <source>在列</source>
        <translation>On list</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="154" />
        <location filename="../../src/milestones/ui/project_dialog.py" line="203" />
        <source>截至上年底累计完成投资(亿元)</source>
        <translation>Invested before the year (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="151" />
        <source>建设地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="155" />
        <source>%1年计划投资(亿元)</source>
        <translation>%1 planned investment (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="159" />
        <source>配合单位</source>
        <translation>Working with</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="205" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="205" />
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="206" />
        <source>各年度</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="212" />
        <source>节点名称</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="228" />
        <source>以季度合计为年度计划投资</source>
        <translation>Make the quarters' total the year's plan</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="242" />
        <location filename="../../src/milestones/ui/project_dialog.py" line="519" />
        <source>节点</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="250" />
        <source>没有调整记录。项目列入或移出年度计划时，日期和原因记在这里。</source>
        <translation>No list changes. When the project is added to or removed from a year's plan, the date and the reason are kept here.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="253" />
        <source>时间</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="253" />
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="253" />
        <source>原为</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="253" />
        <source>改为</source>
        <translation>Became</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="246" />
        <location filename="../../src/milestones/ui/project_dialog.py" line="253" />
        <source>修改人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="254" />
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="258" />
        <source>还没有修改记录。已填的值被修改或清除时（计划开工、完工，季度投资，责任单位等），谁、何时、原为、改为记在这里；第一次填写的值不记。</source>
        <translation>No changes yet. When a value already given is changed or cleared (planned start or completion, quarterly investment, the unit responsible …), who, when, what it was and what it became are kept here; a value given for the first time is not.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="260" />
        <source>修改记录</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="266" />
        <source>上一个(&amp;P)</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="267" />
        <source>下一个(&amp;N)</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="274" />
        <source>保存已填写的内容，打开项目表中的上一个项目</source>
        <translation>Save what was typed and open the previous project of the list</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="275" />
        <source>保存已填写的内容，打开项目表中的下一个项目</source>
        <translation>Save what was typed and open the next project of the list</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="283" />
        <location filename="../../src/milestones/ui/project_dialog.py" line="566" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="285" />
        <source>保存已填写的内容（%1）</source>
        <translation>Save what was typed (%1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="305" />
        <source>%1年各季度计划投资合计 %2</source>
        <translation>Planned for the quarters of %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="306" />
        <source>未填</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="307" />
        <source>（年度计划投资 %1）</source>
        <translation>; the year's plan: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="308" />
        <source>（年度计划投资未填）</source>
        <translation>; the year's plan not given</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="311" />
        <source>比年度计划投资多 %1</source>
        <translation>%1 more than the year's plan</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="311" />
        <source>比年度计划投资少 %1</source>
        <translation>%1 less than the year's plan</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="314" />
        <source>完成投资合计 %1</source>
        <translation>invested: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="316" />
        <source>，为年度计划的 %1</source>
        <translation>, %1 of the year's plan</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="319" />
        <source>有读不懂的值，未计入</source>
        <translation>some values could not be read and are left out</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="320" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="350" />
        <source>第%1个，共%2个</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="395" />
        <source>如 2024年一季度、2024Q1、2024-03-15</source>
        <translation>e.g. 2024年一季度, 2024Q1, 2024-03-15</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="471" />
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="526" />
        <source>修改“%1”的基本信息</source>
        <translation>Edit the record of “%1”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="544" />
        <source>修改“%1”的%2</source>
        <translation>Change %2 of “%1”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="564" />
        <source>有尚未保存的修改。</source>
        <translation>There are changes not saved yet.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="567" />
        <source>不保存</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="568" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="592" />
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="623" />
        <source>他人已修改%1，现显示其修改后的值</source>
        <translation>Someone else changed %1; their value is shown now</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="624" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="638" />
        <source>%1（原计划%2）</source>
        <translation>%1 (originally %2)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="213" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="208" />
        <location filename="../../src/milestones/ui/project_dialog.py" line="217" />
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="208" />
        <source>计划投资(亿元)</source>
        <translation>Planned (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="208" />
        <source>完成投资(亿元)</source>
        <translation>Actual (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="241" />
        <location filename="../../src/milestones/ui/project_dialog.py" line="519" />
        <source>季度投资</source>
        <translation>Quarterly investment</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="217" />
        <location filename="../../src/milestones/ui/project_dialog.py" line="246" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="212" />
        <source>计划季度</source>
        <translation>Planned quarter</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="212" />
        <source>计划日期</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="213" />
        <source>实际季度</source>
        <translation>Actual quarter</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="213" />
        <source>实际日期</source>
        <translation>Actual date</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="217" />
        <location filename="../../src/milestones/ui/project_dialog.py" line="243" />
        <location filename="../../src/milestones/ui/project_dialog.py" line="519" />
        <source>形象进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="244" />
        <source>列入</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="244" />
        <source>移出</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="246" />
        <source>变动</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="247" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="251" />
        <source>调整记录</source>
        <translation>List changes</translation>
    </message>
</context>
<context>
    <name>ProjectFoot</name>
    <message>
        <location filename="../../src/milestones/ui/project_foot.py" line="33" />
        <source>按当前筛选的项目合计；选中多个项目时为所选项目的合计</source>
        <translation>Totals of the projects the list shows; with several chosen, of those chosen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/milestones/ui/project_foot.py" line="52" />
        <location filename="../../src/milestones/ui/project_foot.py" line="67" />
        <source>共 %n 个项目</source>
        <translation><numerusform>%n project</numerusform><numerusform>%n projects</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_foot.py" line="69" />
        <source>，已选 %1 个</source>
        <translation>, %1 chosen</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_foot.py" line="85" />
        <source>所选合计：%1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_foot.py" line="87" />
        <source>合计：%1</source>
        <translation>Totals: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_foot.py" line="94" />
        <source>总投资 %1 亿元</source>
        <translation>investment %1 (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_foot.py" line="96" />
        <source>年度计划投资 %1 亿元</source>
        <translation>this year's plan %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_foot.py" line="98" />
        <source>截至%1完成投资 %2 亿元</source>
        <translation>invested by the end of %1 %2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_foot.py" line="101" />
        <source>（完成率 %1）</source>
        <translation> (%1 of the year's plan)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_foot.py" line="103" />
        <source>，</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>RecentChangesDialog</name>
    <message>
        <location filename="../../src/milestones/ui/changes_dialog.py" line="27" />
        <source>最近修改</source>
        <translation>Recent changes</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/changes_dialog.py" line="31" />
        <source>按项目名称、目标或修改人查找…</source>
        <translation>Find by project, target or author…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/changes_dialog.py" line="37" />
        <source>时间</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/changes_dialog.py" line="37" />
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/changes_dialog.py" line="37" />
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/changes_dialog.py" line="37" />
        <source>原为</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/changes_dialog.py" line="37" />
        <source>改为</source>
        <translation>Became</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/changes_dialog.py" line="37" />
        <source>修改人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/changes_dialog.py" line="38" />
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/changes_dialog.py" line="64" />
        <source>双击打开项目</source>
        <translation>Double-click to open the project</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/changes_dialog.py" line="64" />
        <source>双击显示该目标</source>
        <translation>Double-click to show the target</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/changes_dialog.py" line="69" />
        <source>没有记录</source>
        <translation>Nothing recorded</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/changes_dialog.py" line="69" />
        <source>没有相符的记录</source>
        <translation>Nothing matches</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/changes_dialog.py" line="71" />
        <source>最近%1次</source>
        <translation>The latest %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/changes_dialog.py" line="73" />
        <source>共%1次</source>
        <translation>%1 in all</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="183" />
        <source>找不到计划文件</source>
        <translation>Plan file not found</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="184" />
        <source>找不到 %1：它可能已被移走、改名或删除，或者所在的网络盘、U 盘没有连接。</source>
        <translation>%1 is not there: it may have been moved, renamed or deleted, or its network drive or USB drive is not connected.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="187" />
        <source>从最近列表中移除</source>
        <translation>Remove from the recent list</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="180" />
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="186" />
        <source>修改：</source>
        <translation>Changed: </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="186" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="189" />
        <source>新增（与“%1”相近）</source>
        <translation>New (like “%1”)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="190" />
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="191" />
        <source>不变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="233" />
        <source>%1前</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="239" />
        <source>原完成时限：%1</source>
        <translation>Original deadline: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="195" />
        <source>原目标：%1</source>
        <translation>Original target: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="195" />
        <source>原责任单位：%1</source>
        <translation>Responsible unit before: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="196" />
        <source>原配合单位：%1</source>
        <translation>Partner units before: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="196" />
        <source>原牵头领导：%1</source>
        <translation>Leader before: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="250" />
        <source>原计划：%1</source>
        <translation>Original plan: %1</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="176" />
        <source>查找和替换</source>
        <translation>Find and Replace</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="183" />
        <source>（空白：删去查找的内容）</source>
        <translation>(empty: removes what is found)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="184" />
        <source>查找内容</source>
        <translation>Find what</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="185" />
        <source>替换为</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="188" />
        <location filename="../../src/milestones/ui/find_replace.py" line="227" />
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="191" />
        <source>单元格完全匹配</source>
        <translation>Match entire cell contents</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="192" />
        <source>区分大小写</source>
        <translation>Match case</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="193" />
        <source>区分全角/半角</source>
        <translation>Match full/half width</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="194" />
        <source>不勾选时，全角字符与半角字符视为相同，如“（”与“(”</source>
        <translation>Unticked, full-width and half-width characters are the same, e.g. “（” and “(”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="195" />
        <source>包括隐藏的列</source>
        <translation>Hidden columns too</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="196" />
        <source>如 Excel：隐藏的列（如业主单位）也查找和替换</source>
        <translation>As in Excel: hidden columns (the owner, say) are searched and replaced too</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="210" />
        <source>查找下一个(&amp;F)</source>
        <translation>&amp;Find next</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="211" />
        <source>查找全部(&amp;I)</source>
        <translation>F&amp;ind all</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="212" />
        <source>替换(&amp;R)</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="213" />
        <source>全部替换(&amp;A)</source>
        <translation>Replace &amp;all</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="214" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="227" />
        <source>所在行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="227" />
        <source>内容</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="265" />
        <source>在重点项目表、举措与目标或指标表中查找和替换。</source>
        <translation>Find and replace in the key project list, Measures and targets or an indicator table.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="266" />
        <location filename="../../src/milestones/ui/find_replace.py" line="285" />
        <source>只在所选的行中</source>
        <translation>Only in the chosen rows</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="269" />
        <source>全部显示的列</source>
        <translation>All columns shown</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="269" />
        <source>全部列</source>
        <translation>All columns</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="284" />
        <source>只在所选的%1行中</source>
        <translation>Only in the %1 chosen row(s)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="314" />
        <source>正在查找…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="355" />
        <source>已从头继续查找</source>
        <translation>Went on from the top</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="357" />
        <location filename="../../src/milestones/ui/find_replace.py" line="415" />
        <source>在隐藏的列“%1”中</source>
        <translation>in the hidden column “%1”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="358" />
        <location filename="../../src/milestones/ui/find_replace.py" line="416" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="361" />
        <location filename="../../src/milestones/ui/find_replace.py" line="378" />
        <source>已停止查找</source>
        <translation>Search stopped</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="363" />
        <location filename="../../src/milestones/ui/find_replace.py" line="393" />
        <location filename="../../src/milestones/ui/find_replace.py" line="501" />
        <source>找不到“%1”</source>
        <translation>Cannot find “%1”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="391" />
        <source>找到%1个单元格</source>
        <translation>%1 cell(s) found</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="410" />
        <source>“%1”不在当前列表中（已筛选或移出）</source>
        <translation>“%1” is not in the list now (filtered out or removed)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="413" />
        <source>第%1处，共%2处</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="474" />
        <source>这一列不能修改</source>
        <translation>This column cannot be changed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="493" />
        <source>已停止查找，未替换任何内容</source>
        <translation>Search stopped; nothing replaced</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="499" />
        <source>；%1格在不能修改的列中，未替换</source>
        <translation>; %1 cell(s) in columns that cannot be changed were left</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="506" />
        <source>已替换%1处（%2格）</source>
        <translation>Replaced %1 time(s) (%2 cell(s))</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="516" />
        <source>未替换：%1</source>
        <translation>Not replaced: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="520" />
        <source>替换“%1”为“%2”（%3处）</source>
        <translation>Replace “%1” with “%2” (%3 time(s))</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="522" />
        <source>正在替换…</source>
        <translation>Replacing…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/find_replace.py" line="524" />
        <source>已停止替换，未写入任何内容</source>
        <translation>Replacing stopped; nothing written</translation>
    </message>
</context>
<context>
    <name>RowMenus</name>
    <message>
        <location filename="../../src/milestones/ui/row_menus.py" line="46" />
        <source>历年情况…</source>
        <translation>Over the years…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/row_menus.py" line="47" />
        <source>新增指标…</source>
        <translation>Add indicator…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/row_menus.py" line="47" />
        <source>删除所选指标…</source>
        <translation>Delete chosen indicators…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/row_menus.py" line="52" />
        <source>编辑举措说明…</source>
        <translation>Edit what the measure does…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/row_menus.py" line="53" />
        <source>编辑季度安排…</source>
        <translation>Edit quarterly steps…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/row_menus.py" line="54" />
        <source>删除举措…</source>
        <translation>Delete the measure…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/row_menus.py" line="55" />
        <source>新增目标…</source>
        <translation>Add target…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/row_menus.py" line="55" />
        <source>删除所选目标…</source>
        <translation>Delete chosen targets…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/row_menus.py" line="93" />
        <source>季度安排</source>
        <translation>Quarterly steps</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/row_menus.py" line="98" />
        <source>每行一个季度，如：一季度：完成方案设计</source>
        <translation>A quarter a line, e.g. Q1: design finished</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/row_menus.py" line="116" />
        <source>举措说明</source>
        <translation>What the measure does</translation>
    </message>
</context>
<context>
    <name>SameNameChoices</name>
    <message>
        <location filename="../../src/milestones/ui/same_names.py" line="75" />
        <source>板块“%1”即已有的“%2”：按已有板块导入，不新建</source>
        <translation>The area “%1” is the plan's “%2”: import it as that one, not as a new area</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/same_names.py" line="76" />
        <source>“%1”即已有项目“%2”：按已有项目导入，不新增</source>
        <translation>“%1” is the plan's project “%2”: import it as that one, not as a new project</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/same_names.py" line="77" />
        <source>“%1”即已有指标“%2”：按已有指标导入，不新增</source>
        <translation>“%1” is the indicator “%2” the plan has: import it as that one, not as a new indicator</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/same_names.py" line="78" />
        <source>调出的“%1”即已有项目“%2”：从计划中调出该项目</source>
        <translation>“%1”, taken off in the file, is the plan's project “%2”: take that one off the list</translation>
    </message>
</context>
<context>
    <name>Standings</name>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="45" />
        <source>完成</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="45" />
        <source>未完成</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="46" />
        <source>到期未填报</source>
        <translation>Due, not reported</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="46" />
        <source>无法评价</source>
        <translation>Cannot be scored</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="47" />
        <source>未到期</source>
        <translation>Not due</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="49" />
        <source>已调整</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="49" />
        <source>待填报</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="50" />
        <source>达到时序进度</source>
        <translation>On pace</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="50" />
        <source>未达时序进度</source>
        <translation>Behind pace</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="51" />
        <source>基本达到时序进度</source>
        <translation>Nearly on pace</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/indicators_model.py" line="154" />
        <source>完成全年目标的%1%，时序进度%2%</source>
        <translation>%1% of the year's target done, %2% of the year gone</translation>
    </message>
</context>
<context>
    <name>TableEdits</name>
    <message>
        <location filename="../../src/milestones/ui/cell_paste.py" line="121" />
        <source>停止</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/cell_paste.py" line="189" />
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/cell_paste.py" line="190" />
        <source>复制（含表头）</source>
        <translation>Copy with the headings</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/cell_paste.py" line="191" />
        <source>粘贴</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/cell_paste.py" line="202" />
        <source>已复制%1行</source>
        <translation>%1 row(s) copied</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/cell_paste.py" line="216" />
        <source>未粘贴：%1</source>
        <translation>Not pasted: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/cell_paste.py" line="221" />
        <source>正在粘贴…</source>
        <translation>Pasting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/milestones/ui/cell_paste.py" line="221" />
        <source>粘贴%n格</source>
        <translation><numerusform>Paste %n cell(s)</numerusform><numerusform>Paste %n cell(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/milestones/ui/cell_paste.py" line="221" />
        <source>已粘贴%n格</source>
        <translation><numerusform>%n cell(s) pasted</numerusform><numerusform>%n cell(s) pasted</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/cell_paste.py" line="222" />
        <source>已停止粘贴，未写入任何内容</source>
        <translation>Paste stopped; nothing was written</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/cell_paste.py" line="253" />
        <source>未填充：%1</source>
        <translation>Not filled: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/cell_paste.py" line="258" />
        <source>正在填充…</source>
        <translation>Filling…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/milestones/ui/cell_paste.py" line="258" />
        <source>向下填充%n格</source>
        <translation><numerusform>Fill down %n cell(s)</numerusform><numerusform>Fill down %n cell(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/milestones/ui/cell_paste.py" line="258" />
        <source>已向下填充%n格</source>
        <translation><numerusform>%n cell(s) filled down</numerusform><numerusform>%n cell(s) filled down</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/cell_paste.py" line="259" />
        <source>已停止填充，未写入任何内容</source>
        <translation>Filling stopped; nothing written</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/cell_paste.py" line="273" />
        <source>未清除：%1</source>
        <translation>Not cleared: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/milestones/ui/cell_paste.py" line="278" />
        <source>清除%n格</source>
        <translation><numerusform>Clear %n cell(s)</numerusform><numerusform>Clear %n cell(s)</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/cell_paste.py" line="278" />
        <source>正在清除…</source>
        <translation>Clearing…</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="40" />
        <source>左右</source>
        <translation>about</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="40" />
        <source>不低于</source>
        <translation>at least</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="41" />
        <source>不高于</source>
        <translation>at most</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="41" />
        <source>高于</source>
        <translation>above</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="42" />
        <source>低于</source>
        <translation>below</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="42" />
        <source>达到</source>
        <translation>reach</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="42" />
        <source>文字</source>
        <translation>in words</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_model.py" line="187" />
        <source>未到期，落后于安排</source>
        <translation>Not due, behind its step</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_model.py" line="287" />
        <location filename="../../src/milestones/ui/targets_model.py" line="302" />
        <source>表中原文：%1</source>
        <translation>As the list wrote it: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_model.py" line="329" />
        <source>截至%1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_model.py" line="387" />
        <source>（完成：%1）</source>
        <translation> (done: %1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_model.py" line="389" />
        <source>，落后</source>
        <translation>, behind</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../src/milestones/ui/targets_page.py" line="24" />
        <source>搜索举措、目标、单位、备注…</source>
        <translation>Search measures, targets, units, notes…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_page.py" line="32" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_page.py" line="33" />
        <source>落后于本季度安排</source>
        <translation>Behind this quarter's step</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_page.py" line="33" />
        <source>完成时限已调整</source>
        <translation>Deadline revised</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_page.py" line="34" />
        <source>目标已调整</source>
        <translation>Target reworded</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_page.py" line="38" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_page.py" line="55" />
        <source>本年计划还没有工作举措与目标：导入计划报告或工作举措表（导入表格…），或用“新增目标”逐条填写</source>
        <translation>This year's plan has no measures or targets yet: import the plan report or a measures table (Import table…), or add them one at a time with Add target</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/milestones/ui/targets_page.py" line="57" />
        <source>共 %n 个目标</source>
        <translation><numerusform>%n target</numerusform><numerusform>%n targets</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_page.py" line="61" />
        <source>没有符合筛选条件的目标（%1）</source>
        <translation>No target matches the filter (%1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_page.py" line="65" />
        <source>截至%1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_page.py" line="65" />
        <source>评价</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_page.py" line="58" />
        <source>显示 %1 个，共 %2 个目标</source>
        <translation>%1 of %2 targets shown</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../src/milestones/ui/clipboard.py" line="39" />
        <source>复制</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>TimelineOrder</name>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="295" />
        <source>清单顺序</source>
        <translation>List order</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="296" />
        <source>计划开工</source>
        <translation>By planned start</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="297" />
        <source>计划完工</source>
        <translation>By planned completion</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="298" />
        <source>预警（严重滞后在前）</source>
        <translation>Warning (worst first)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="340" />
        <source>整年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="341" />
        <source>显示整个计划年度（Home）</source>
        <translation>Show the whole plan year (Home)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="353" />
        <source>每个板块内各项目的先后：清单顺序，按计划开工或完工的先后，或严重滞后、滞后的在前；打印时间轴同样排列</source>
        <translation>The order of the projects within each area: the list's, by planned start or completion, or the very late and late first; Print timeline prints them so</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="356" />
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="358" />
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="359" />
        <source>季度投资</source>
        <translation>Quarterly investment</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="525" />
        <source>%1 个项目</source>
        <translation>%1 projects</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="700" />
        <source>计划：%1 → %2</source>
        <translation>Planned: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="703" />
        <source>原计划：%1 → %2（已调整）</source>
        <translation>Original plan: %1 → %2 (revised)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="706" />
        <source>实际：%1 → %2</source>
        <translation>Actual: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="709" />
        <source>责任单位：%1</source>
        <translation>Responsible unit: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="712" />
        <source>建设地点：%1</source>
        <translation>Location: %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="714" />
        <source>预警（截至%1）：%2</source>
        <translation>Warning (as of %1): %2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="741" />
        <source>%1节点：%2</source>
        <translation>%1 milestone: %2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="741" />
        <source>%1节点：%2（已完成）</source>
        <translation>%1 milestone: %2 (reached)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="744" />
        <source>%1完成节点：%2</source>
        <translation>%1 milestone reached: %2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="747" />
        <source>%1投资：计划 %2 亿元，完成 %3 亿元</source>
        <translation>%1 investment: planned %2, actual %3 (100M CNY)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="751" />
        <source>%1形象进度：%2</source>
        <translation>%1 progress on site: %2</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/timeline_view.py" line="778" />
        <source>调整“%1”的计划工期</source>
        <translation>Move the plan of “%1”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="89" />
        <source>全区</source>
        <translation>District-wide</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="89" />
        <source>东部</source>
        <translation>East</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="90" />
        <source>中部</source>
        <translation>Central</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="90" />
        <source>西部</source>
        <translation>West</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="424" />
        <source>修改“%1”的%2</source>
        <translation>Change %2 of “%1”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_model.py" line="486" />
        <source>批量修改%n个项目的%1</source>
        <translation>Change %1 of %n project(s)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/row_models.py" line="331" />
        <location filename="../../src/milestones/ui/row_models.py" line="364" />
        <source>修改%1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_model.py" line="177" />
        <source>修改举措说明“%1”</source>
        <translation>Edit what measure “%1” does</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_model.py" line="239" />
        <source>把目标移到举措“%1”</source>
        <translation>Move the target to measure “%1”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_model.py" line="241" />
        <source>把举措移到部分“%1”</source>
        <translation>Move the measure to section “%1”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/targets_model.py" line="262" />
        <source>修改季度安排</source>
        <translation>Edit quarterly steps</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="67" />
        <source>未能重做（%1）</source>
        <translation>Could not redo (%1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="73" />
        <source>未能撤销（%1）</source>
        <translation>Could not undo (%1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/operations.py" line="247" />
        <location filename="../../src/milestones/ui/undo.py" line="502" />
        <source>未能写入（%1）</source>
        <translation>Not written (%1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/operations.py" line="248" />
        <location filename="../../src/milestones/ui/undo.py" line="85" />
        <location filename="../../src/milestones/ui/undo.py" line="100" />
        <location filename="../../src/milestones/ui/undo.py" line="503" />
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="175" />
        <source>新增项目“%1”</source>
        <translation>Add project “%1”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="186" />
        <source>手工新增</source>
        <translation>Added by hand</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="178" />
        <source>重做新增</source>
        <translation>Redo add</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="179" />
        <source>撤销新增</source>
        <translation>Undo add</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="195" />
        <source>列入计划“%1”</source>
        <translation>List “%1” on the plan</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="205" />
        <source>手工列入</source>
        <translation>Listed by hand</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="197" />
        <source>重做列入</source>
        <translation>Redo listing</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="95" />
        <source>与数据库的连接中断，未写入任何内容；连接恢复后再做一次即可</source>
        <translation>The connection to the database is lost: nothing was written. Do it again once it is back</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="198" />
        <source>撤销列入</source>
        <translation>Undo listing</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="213" />
        <source>移出%n个项目</source>
        <translation>Remove %n project(s)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="228" />
        <source>撤销移出</source>
        <translation>Undo removal</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="236" />
        <source>合并重复项目</source>
        <translation>Merge a duplicate</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="254" />
        <source>撤销合并</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="283" />
        <source>修改预警规则</source>
        <translation>Change the warning rules</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="308" />
        <source>修改%1年计划数</source>
        <translation>Change the %1 plan's figures</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="414" />
        <source>新增目标“%1”</source>
        <translation>Add target “%1”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="432" />
        <source>新增指标“%1”</source>
        <translation>Add indicator “%1”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="546" />
        <source>它已被他人删除</source>
        <translation>it was deleted by someone else</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="549" />
        <source>同事此后又调整了“%1”是否列入计划，保留同事的调整</source>
        <translation>a colleague has since moved “%1” on or off the year's list; their move is kept</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="552" />
        <source>同事已修改了同一处，保留同事的修改</source>
        <translation>a colleague changed the same value since; theirs is kept</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/undo.py" line="553" />
        <source>同事已修改了“%1”的同一处，保留同事的修改</source>
        <translation>a colleague changed the same value of “%1” since; theirs is kept</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/import_dialog.py" line="308" />
        <source>导入 %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="175" />
        <source>修改举措名称“%1”</source>
        <translation>Rename measure “%1”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="175" />
        <source>修改部分名称“%1”</source>
        <translation>Rename section “%1”</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <location filename="../../src/milestones/ui/units_view.py" line="73" />
        <source>催报名单…</source>
        <translation>Chase list…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/units_view.py" line="75" />
        <source>本季度尚未报送投资的项目、到期未填报的目标，按单位写成催报通知</source>
        <translation>The projects with no investment for the quarter and the targets due and not reported, by unit, as a notice to send</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/units_view.py" line="78" />
        <source>导出表格…</source>
        <translation>Export table…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/units_view.py" line="86" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/units_view.py" line="133" />
        <source>目标和项目都还没有填写责任单位：导入带“责任单位”列的表格，或在表中填写后，这里按单位列出进展。</source>
        <translation>No target or project names a responsible unit yet: import a table with a 责任单位 column, or fill it in, and each unit's progress is listed here.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/units_view.py" line="136" />
        <source>截至%1，各单位牵头的目标、指标和负责的重点项目（点击数字查看）</source>
        <translation>As of %1: the targets and indicators each unit leads and the key projects it is responsible for (click a figure to list them)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/units_view.py" line="137" />
        <source>截至%1，各单位牵头的目标和负责的重点项目（点击数字查看）</source>
        <translation>As of %1: the targets each unit leads and the key projects it is responsible for (click a figure to list them)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/units_view.py" line="152" />
        <source>点击查看</source>
        <translation>Click to list them</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/units_view.py" line="164" />
        <source>催报名单（%1）</source>
        <translation>Chase list (%1)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/units_view.py" line="174" />
        <source>导出各单位进展</source>
        <translation>Export progress by unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/units_view.py" line="182" />
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/units_view.py" line="194" />
        <source>将“%1”改名为…</source>
        <translation>Rename “%1”…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/units_view.py" line="200" />
        <source>单位改名</source>
        <translation>Rename a unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/units_view.py" line="201" />
        <source>“%1”改为（可选已有单位，或输入新名称）：</source>
        <translation>Rename “%1” to (a unit listed, or a new name):</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/units_view.py" line="221" />
        <source>单位“%1”改名为“%2”</source>
        <translation>Rename unit “%1” to “%2”</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/units_view.py" line="244" />
        <source>原名“%1”。</source>
        <translation>Was “%1”. </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="58" />
        <source>牵头目标</source>
        <translation>Targets led</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="58" />
        <source>完成</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="59" />
        <source>未完成</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="59" />
        <source>到期未填报</source>
        <translation>Due, not reported</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="60" />
        <source>落后于本季度安排</source>
        <translation>Behind this quarter's step</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="60" />
        <source>重点项目</source>
        <translation>Key projects</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="61" />
        <source>严重滞后</source>
        <translation>Very late</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="61" />
        <source>滞后</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="62" />
        <source>未报本季度投资</source>
        <translation>Quarter not reported</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="62" />
        <source>牵头指标</source>
        <translation>Indicators led</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="63" />
        <source>指标未完成</source>
        <translation>Indicators not met</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/strings.py" line="63" />
        <source>指标未达时序进度</source>
        <translation>Indicators behind pace</translation>
    </message>
</context>
<context>
    <name>Waiting</name>
    <message>
        <location filename="../../src/milestones/ui/waiting_cells.py" line="36" />
        <source>已暂存，尚未写入数据库；写入后自动更新</source>
        <translation>Kept, not written to the database yet; updated once it is</translation>
    </message>
</context>
<context>
    <name>WindowImports</name>
    <message>
        <location filename="../../src/milestones/ui/window_imports.py" line="44" />
        <source>导入附件表格</source>
        <translation>Import attachment table</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_imports.py" line="45" />
        <source>表格或计划报告 (*.xlsx *.xlsm *.ods *.csv *.xls *.html *.htm *.mht *.docx *.txt);;所有文件 (*)</source>
        <translation>Spreadsheets or plan reports (*.xlsx *.xlsm *.ods *.csv *.xls *.html *.htm *.mht *.docx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_imports.py" line="124" />
        <source>转为%1 %2 个</source>
        <translation>%2 now %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/milestones/ui/window_imports.py" line="127" />
        <source>截至%1，本次导入使%n个项目的预警有变：</source>
        <translation><numerusform>As of %1, this import changed the warning of %n project(s): </numerusform><numerusform>As of %1, this import changed the warning of %n project(s): </numerusform></translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_imports.py" line="128" />
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_imports.py" line="128" />
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_imports.py" line="129" />
        <source>导入后预警有变</source>
        <translation>Warning changed by the last import</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_imports.py" line="129" />
        <source>导入后数据检查</source>
        <translation>Data check after the import</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_imports.py" line="133" />
        <source>查看这些项目</source>
        <translation>Show these projects</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_imports.py" line="143" />
        <source>数据检查发现本次导入带来至少%1处新问题（%2）。</source>
        <translation>The data check finds at least %1 new problems from this import (%2).</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_imports.py" line="144" />
        <source>数据检查发现本次导入带来%1处新问题（%2）。</source>
        <translation>The data check finds %1 new problem(s) from this import (%2).</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_imports.py" line="149" />
        <source>数据检查…</source>
        <translation>Data check…</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="43" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="45" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="47" />
        <source>新增项目…</source>
        <translation>Add project…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="48" />
        <source>移出计划…</source>
        <translation>Remove from plan…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="50" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="51" />
        <source>替换…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="53" />
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="54" />
        <source>粘贴</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="55" />
        <source>向下填充</source>
        <translation>Fill down</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="56" />
        <source>批量修改所选项目…</source>
        <translation>Bulk edit selected projects…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="57" />
        <source>合并所选的两个项目…</source>
        <translation>Merge the two chosen projects…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="58" />
        <source>预警规则…</source>
        <translation>Warning rules…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="59" />
        <source>计划数…</source>
        <translation>Plan figures…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="60" />
        <source>最近修改…</source>
        <translation>Recent changes…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="61" />
        <source>数据检查…</source>
        <translation>Data check…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="62" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="63" />
        <source>打开数据库…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="64" />
        <source>新建计划数据库…</source>
        <translation>New plan database…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="66" />
        <source>连接共享数据库…</source>
        <translation>Connect to shared database…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="70" />
        <source>备份数据库…</source>
        <translation>Back up the plan…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="71" />
        <source>打开自动备份…</source>
        <translation>Open a daily backup…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="72" />
        <source>新建下一年度计划…</source>
        <translation>New plan for next year…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="82" />
        <source>删除年度计划…</source>
        <translation>Remove a year's plan…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="83" />
        <source>导入表格…</source>
        <translation>Import table…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="84" />
        <source>导出表格…</source>
        <translation>Export table…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="85" />
        <source>打印时间轴…</source>
        <translation>Print timeline…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="86" />
        <source>关于 milestones</source>
        <translation>About milestones</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="87" />
        <source>使用说明</source>
        <translation>Quick guide</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="88" />
        <source>项目表</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="89" />
        <source>举措与目标</source>
        <translation>Measures and targets</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="90" />
        <source>指标</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="91" />
        <source>概览</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="92" />
        <source>进度时间轴</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="93" />
        <source>各单位进展</source>
        <translation>Progress by unit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="109" />
        <source>清除单元格</source>
        <translation>Clear cells</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="118" />
        <source>打开项目…</source>
        <translation>Open project…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="130" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="128" />
        <source>最近打开</source>
        <translation>Recent databases</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="134" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="129" />
        <source>撤销记录…</source>
        <translation>Undo history…</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="138" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="141" />
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="142" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/window_menus.py" line="143" />
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>_DetailTable</name>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="66" />
        <source>添加一行</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/project_dialog.py" line="67" />
        <source>删除所选行</source>
        <translation>Delete selected rows</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="45" />
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/milestones/ui/plan_row_edits.py" line="46" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>