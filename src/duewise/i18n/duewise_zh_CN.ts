<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CalculatorPage</name>
    <message>
        <location filename="../ui/pages/calculator.py" line="15"/>
        <source>Not available yet</source>
        <translation>暂未开放</translation>
    </message>
    <message>
        <location filename="../ui/pages/calculator.py" line="20"/>
        <source>Missed-payment calculator</source>
        <translation>逾期计算器</translation>
    </message>
    <message>
        <location filename="../ui/pages/calculator.py" line="21"/>
        <source>See what one missed payment costs now, and what it costs the next loan.</source>
        <translation>看清一次逾期现在要多花多少钱，以及会让下一笔贷款贵多少。</translation>
    </message>
    <message>
        <location filename="../ui/pages/calculator.py" line="22"/>
        <source>The calculator is not in this version of DueWise yet.</source>
        <translation>本版明白账还没有逾期计算器。</translation>
    </message>
    <message>
        <location filename="../ui/pages/calculator.py" line="24"/>
        <source>JD Baitiao, Huabei, bank cards, US cards and loans</source>
        <translation>京东白条、花呗、银行信用卡、美国信用卡和贷款</translation>
    </message>
    <message>
        <location filename="../ui/pages/calculator.py" line="25"/>
        <source>Penalties, fees and interest on interest, month by month</source>
        <translation>违约金、各类费用和利滚利，逐月列出</translation>
    </message>
    <message>
        <location filename="../ui/pages/calculator.py" line="26"/>
        <source>The credit-report record and how long it stays</source>
        <translation>征信记录会怎么写、保留多久</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../ui/pages/check.py" line="15"/>
        <source>Not available yet</source>
        <translation>暂未开放</translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="20"/>
        <source>Check yourself</source>
        <translation>自测</translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="21"/>
        <source>Find out what you already know and what to study next.</source>
        <translation>看看自己已经掌握了什么，接下来该学什么。</translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="22"/>
        <source>Quizzes are not in this version of DueWise yet.</source>
        <translation>本版明白账还没有测验。</translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="24"/>
        <source>A diagnostic test and a final test on the same objectives</source>
        <translation>针对相同学习目标的摸底测试和结业测试</translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="25"/>
        <source>Quizzes at the end of every lesson</source>
        <translation>每课课后小测</translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="26"/>
        <source>Review of missed questions, spaced over days</source>
        <translation>错题按间隔复习</translation>
    </message>
</context>
<context>
    <name>ClassroomPage</name>
    <message>
        <location filename="../ui/pages/classroom.py" line="15"/>
        <source>Not available yet</source>
        <translation>暂未开放</translation>
    </message>
    <message>
        <location filename="../ui/pages/classroom.py" line="20"/>
        <source>Classroom</source>
        <translation>课堂</translation>
    </message>
    <message>
        <location filename="../ui/pages/classroom.py" line="21"/>
        <source>Teach with a projector and collect results, all offline.</source>
        <translation>用投影仪上课、收集成绩，全程离线。</translation>
    </message>
    <message>
        <location filename="../ui/pages/classroom.py" line="22"/>
        <source>Classroom tools are not in this version of DueWise yet.</source>
        <translation>本版明白账还没有课堂工具。</translation>
    </message>
    <message>
        <location filename="../ui/pages/classroom.py" line="24"/>
        <source>Presenter mode with very large type</source>
        <translation>大字号演示模式</translation>
    </message>
    <message>
        <location filename="../ui/pages/classroom.py" line="25"/>
        <source>Class quizzes with tallies and answer charts</source>
        <translation>全班测验：统计举手人数，显示答案分布图</translation>
    </message>
    <message>
        <location filename="../ui/pages/classroom.py" line="26"/>
        <source>Learner profiles, results files and class reports</source>
        <translation>学员档案、成绩文件和班级报告</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../ui/pages/learn.py" line="15"/>
        <source>Not available yet</source>
        <translation>暂未开放</translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="20"/>
        <source>Learn</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="21"/>
        <source>Short lessons on consumer credit, in Chinese and English.</source>
        <translation>关于消费信贷的简短课程，中英双语。</translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="22"/>
        <source>The lessons are not in this version of DueWise yet.</source>
        <translation>本版明白账还没有课程内容。</translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="24"/>
        <source>Twelve lessons: from what credit is to getting back on track</source>
        <translation>十二课：从什么是信用，到逾期后如何重回正轨</translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="25"/>
        <source>Live calculators inside the lessons</source>
        <translation>课文里嵌入可操作的计算器</translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="26"/>
        <source>A glossary with definitions in both languages</source>
        <translation>中英双语术语表</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="196"/>
        <source>It was written by a newer version of DueWise.</source>
        <extracomment>(page id, module, class). Pages are imported and built the first time they are shown, so start-up pays only for the page the user lands on.</extracomment>
        <translation>它由更新版本的明白账创建。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="198"/>
        <source>It could not be read (it may be damaged).</source>
        <translation>无法读取（文件可能已损坏）。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="200"/>
        <source>Your previous data file was set aside and a new one was started. %1 </source>
        <translation>原来的数据文件已另行保存，并新建了数据文件。%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="203"/>
        <source>The old file was kept as: %1</source>
        <translation>旧文件保存在：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="229"/>
        <source>DueWise — understand your credit</source>
        <translation>明白账 — 看懂你的信用</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="230"/>
        <source>DueWise</source>
        <translation>明白账</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="231"/>
        <source>Use credit wisely</source>
        <translation>聪明地使用信用</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="233"/>
        <source>Learn</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="234"/>
        <source>Check yourself</source>
        <translation>自测</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="235"/>
        <source>Missed-payment calculator</source>
        <translation>逾期计算器</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="236"/>
        <source>Repayment planner</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="237"/>
        <source>Classroom</source>
        <translation>课堂</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="238"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="244"/>
        <source>Places</source>
        <translation>功能区</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="245"/>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <location filename="../ui/pages/planner.py" line="15"/>
        <source>Not available yet</source>
        <translation>暂未开放</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="20"/>
        <source>Repayment planner</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="21"/>
        <source>List your debts and get a month-by-month plan you can follow.</source>
        <translation>列出你的欠款，得到一份逐月可执行的还款计划。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="22"/>
        <source>The planner is not in this version of DueWise yet.</source>
        <translation>本版明白账还没有还款计划功能。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="24"/>
        <source>Avalanche, snowball and your own order, side by side</source>
        <translation>雪崩法、雪球法和自定顺序，并排比较</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="25"/>
        <source>A clear warning when the budget cannot cover the minimums</source>
        <translation>预算不够还最低还款额时明确提醒</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="26"/>
        <source>Export to CSV, PDF and your calendar</source>
        <translation>导出为 CSV、PDF 和日历</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/pages/settings.py" line="113"/>
        <source>Delete all my data?</source>
        <translation>删除我的全部数据？</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="115"/>
        <source>Delete everything</source>
        <translation>全部删除</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="118"/>
        <source>Nothing was deleted.</source>
        <translation>没有删除任何数据。</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="123"/>
        <source>All your data was deleted.</source>
        <translation>你的全部数据已删除。</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="140"/>
        <source>This deletes, on this computer:
• every learner profile and its quiz answers, progress and review queue
• saved missed-payment scenarios and repayment plans
• your settings (language, text size, theme, window position)

Files you exported (CSV, PDF, calendars) are not touched. This cannot be undone.</source>
        <translation>将删除这台电脑上的：
• 所有学员档案，以及其中的答题记录、学习进度和复习队列
• 已保存的逾期情景和还款计划
• 你的设置（语言、字号、主题、窗口位置）

你导出的文件（CSV、PDF、日历）不受影响。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="151"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="152"/>
        <source>Changes apply at once and are remembered.</source>
        <translation>修改立即生效，并会被记住。</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="153"/>
        <source>Language and appearance</source>
        <translation>语言和外观</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="154"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="155"/>
        <source>&amp;Text size</source>
        <translation>字号(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="156"/>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="158"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="159"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="160"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="164"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="165"/>
        <source>Text size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="166"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="167"/>
        <source>Your data</source>
        <translation>你的数据</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="170"/>
        <source>DueWise works offline. There is no account, and nothing you enter leaves this computer.</source>
        <translation>明白账完全离线运行：无需注册账号，你输入的任何内容都不会离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="174"/>
        <source>Kept in: %1</source>
        <translation>保存位置：%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="175"/>
        <source>Delete all my data…</source>
        <translation>删除我的全部数据…</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="176"/>
        <source>Delete all my data</source>
        <translation>删除我的全部数据</translation>
    </message>
</context>
</TS>
